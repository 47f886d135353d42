// Draws each chart of the page from the JSON embedded beside it, with the locally served plotly.js,
// and makes the chart's own buttons, dropdowns and sliders usable by keyboard (plotly.js draws them in SVG).
// plotly.js (1.1 MB) is fetched only when a chart comes near the screen (or the page is printed), so
// the text of a chapter shows and responds at once on a slow phone.
(function () {
  "use strict";
  // plotly.js has no Indonesian labels for its own controls (its "id" locale is empty): the tool bar's
  // button names, which screen readers announce, and its messages, in the book's language.
  var KAMUS = {
    "Download plot as a PNG": "Unduh grafik sebagai PNG",
    "Download plot": "Unduh grafik",
    "Zoom": "Perbesar area",
    "Pan": "Geser",
    "Box Select": "Pilih dengan kotak",
    "Lasso Select": "Pilih dengan laso",
    "Zoom in": "Perbesar",
    "Zoom out": "Perkecil",
    "Autoscale": "Skala otomatis",
    "Reset axes": "Kembalikan sumbu",
    "Reset": "Kembalikan",
    "Reset view": "Kembalikan tampilan",
    "Reset views": "Kembalikan tampilan",
    "Toggle Spike Lines": "Tampilkan atau sembunyikan garis bantu",
    "Show closest data on hover": "Tampilkan data terdekat saat ditunjuk",
    "Compare data on hover": "Bandingkan data saat ditunjuk",
    "Toggle show closest data on hover": "Tampilkan atau sembunyikan data terdekat saat ditunjuk",
    "Double-click to zoom back out": "Klik dua kali untuk kembali ke ukuran semula",
    "Double-click on legend to isolate one trace": "Klik dua kali pada legenda untuk menampilkan satu data saja",
    "Taking snapshot - this may take a few seconds": "Membuat gambar; mungkin perlu beberapa detik",
    "Snapshot succeeded": "Gambar berhasil dibuat",
    "Sorry, there was a problem downloading your snapshot!": "Maaf, gambar gagal diunduh."
  };
  var skrip = document.currentScript;
  var alamatPlotly = new URL(skrip.getAttribute("data-plotly"), skrip.src).href;
  var muat = null;

  function plotly() {
    if (!muat) {
      muat = new Promise(function (berhasil, gagal) {
        var tag = document.createElement("script");
        tag.src = alamatPlotly;
        tag.onload = berhasil;
        tag.onerror = gagal;
        document.head.appendChild(tag);
      });
    }
    return muat;
  }

  // Plotly redraws its menus after every change; each redraw is labelled again and focus is restored.
  function tombolKeyboard(wadah) {
    var fokus = null;  // [menu, button] pressed by keyboard, refocused if the redraw replaced it
    var sejak = 0;

    function posisi(tombol) {
      var menu = tombol.closest("g.updatemenu-container");
      var semuaMenu = Array.prototype.slice.call(wadah.querySelectorAll("g.updatemenu-container"));
      var saudara = Array.prototype.slice.call(tombol.parentNode.children).filter(function (g) {
        return g.matches("g.updatemenu-button, g.updatemenu-header");
      });
      return [semuaMenu.indexOf(menu), tombol.matches("g.updatemenu-header") ? -1 : saudara.indexOf(tombol)];
    }

    function tekan(tombol) {
      fokus = posisi(tombol);
      sejak = Date.now();
      tombol.dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true, view: window}));
    }

    // A slider step runs the same Plotly command a click on it would, then marks itself active.
    var fokusGeser = -1;
    var sejakGeser = 0;

    function geser(i, j) {
      var slider = wadah.layout.sliders[i];
      j = Math.max(0, Math.min(slider.steps.length - 1, j));
      if (j === (slider.active || 0)) return;
      var langkah = slider.steps[j];
      fokusGeser = i;
      sejakGeser = Date.now();
      var jalan = langkah.method && langkah.method !== "skip" && langkah.execute !== false ?
        window.Plotly[langkah.method].apply(null, [wadah].concat(langkah.args || [])) : null;
      Promise.resolve(jalan).then(function () {
        var ubah = {};
        ubah["sliders[" + i + "].active"] = j;
        return window.Plotly.relayout(wadah, ubah);
      });
    }

    var TOMBOL_GESER = {ArrowRight: 1, ArrowUp: 1, PageUp: 1, ArrowLeft: -1, ArrowDown: -1, PageDown: -1};

    function tandaiPenggeser() {
      var sliders = (wadah.layout && wadah.layout.sliders) || [];
      wadah.querySelectorAll("g.slider-container").forEach(function (g, i) {
        var s = sliders[i];
        if (!s || !s.steps || !s.steps.length) return;
        var aktif = s.active || 0;
        var awalan = (s.currentvalue && s.currentvalue.prefix || "").replace(/[:\s]+$/, "");
        g.setAttribute("role", "slider");
        g.setAttribute("tabindex", "0");
        g.setAttribute("aria-label", awalan || "Penggeser grafik");
        g.setAttribute("aria-valuemin", "0");
        g.setAttribute("aria-valuemax", String(s.steps.length - 1));
        g.setAttribute("aria-valuenow", String(aktif));
        g.setAttribute("aria-valuetext", String(s.steps[aktif].label));
        if (!g.dataset.keyboard) {
          g.dataset.keyboard = "ya";
          g.addEventListener("keydown", function (e) {
            var sekarang = wadah.layout.sliders[i].active || 0;
            var akhir = wadah.layout.sliders[i].steps.length - 1;
            var tujuan = e.key in TOMBOL_GESER ? sekarang + TOMBOL_GESER[e.key] :
              e.key === "Home" ? 0 : e.key === "End" ? akhir : null;
            if (tujuan === null) return;
            e.preventDefault();
            geser(i, tujuan);
          });
        }
        if (fokusGeser === i && Date.now() - sejakGeser < 1500 && document.activeElement !== g &&
            (document.activeElement === document.body || document.activeElement === null)) {
          g.focus();
        }
      });
    }

    function tandai() {
      tandaiPenggeser();
      var menus = (wadah.layout && wadah.layout.updatemenus) || [];
      wadah.querySelectorAll("g.updatemenu-container").forEach(function (menu, i) {
        var aktif = menus[i] ? menus[i].active : undefined;
        var jenis = menus[i] ? menus[i].type : "dropdown";
        var nomor = 0;
        menu.querySelectorAll("g.updatemenu-header, g.updatemenu-button").forEach(function (tombol) {
          var teks = tombol.querySelector("text");
          var indeks = tombol.matches("g.updatemenu-header") ? -1 : nomor++;
          tombol.setAttribute("role", "button");
          tombol.setAttribute("tabindex", "0");
          if (teks) tombol.setAttribute("aria-label", teks.textContent);
          if (jenis === "buttons" && indeks >= 0) tombol.setAttribute("aria-pressed", String(indeks === aktif));
          if (indeks === -1) tombol.setAttribute("aria-haspopup", "true");
          if (!tombol.dataset.keyboard) {
            tombol.dataset.keyboard = "ya";
            tombol.addEventListener("keydown", function (e) {
              if (e.key === "Enter" || e.key === " ") {
                e.preventDefault();
                tekan(tombol);
              }
            });
          }
          if (fokus && fokus[0] === i && fokus[1] === indeks && Date.now() - sejak < 1500 &&
              (document.activeElement === document.body || document.activeElement === null)) {
            tombol.focus();
            fokus = null;
          }
        });
      });
    }

    var antre = false;
    new MutationObserver(function () {
      if (antre) return;
      antre = true;
      window.requestAnimationFrame(function () { antre = false; tandai(); });
    }).observe(wadah, {childList: true, subtree: true});
    tandai();
  }

  function gambar(figur) {
    var wadah = figur.querySelector(".kursus-plot");
    var sumber = figur.querySelector("script.kursus-plot-data");
    if (!wadah || !sumber || wadah.dataset.digambar || wadah.dataset.menggambar) return;
    wadah.dataset.menggambar = "ya";
    var spec = JSON.parse(sumber.textContent);
    spec.config = Object.assign({locale: "id", locales: {id: {dictionary: KAMUS}}}, spec.config);
    plotly().then(function () {
      return window.Plotly.newPlot(wadah, spec.data, spec.layout, spec.config);
    }).then(function () {
      tombolKeyboard(wadah);
      wadah.dataset.digambar = "ya";
    });
  }

  function gambarSemua() {
    var figur = Array.prototype.slice.call(document.querySelectorAll("figure.kursus-grafik"));
    window.addEventListener("beforeprint", function () { figur.forEach(gambar); });
    if (!("IntersectionObserver" in window)) {
      figur.forEach(gambar);
      return;
    }
    var pengamat = new IntersectionObserver(function (entri) {
      entri.forEach(function (e) {
        if (e.isIntersecting) {
          pengamat.unobserve(e.target);
          gambar(e.target);
        }
      });
    }, {rootMargin: "600px 0px"});
    figur.forEach(function (f) { pengamat.observe(f); });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", gambarSemua);
  } else {
    gambarSemua();
  }
})();
