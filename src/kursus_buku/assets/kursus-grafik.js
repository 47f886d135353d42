// Draws each chart of the page from the JSON embedded beside it, with the locally served plotly.js.
// Every chart first shows its picture, made at build (kursus_buku.gambar); plotly.js (1.1 MB) is fetched only
// when the reader reaches for a chart (taps or clicks it, focuses it, or uses its controls), and the live chart
// then takes the picture's place in the same box, so a chapter costs what a text page costs until then.
// Plotly's own menus and sliders are drawn in SVG, which a keyboard cannot reach and which overflow on a
// phone; they are turned into ordinary HTML buttons and range inputs that run the same Plotly commands.
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
  // Replaced at build by kursus_buku with the shared templates (kursus.tampilan.templat_bersama()).
  var TEMPLAT = {};
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

  function jalankan(plot, method, args) {
    args = args || [];
    if (method === "update") return window.Plotly.update(plot, args[0] || {}, args[1] || {});
    if (method === "restyle") return window.Plotly.restyle(plot, args[0] || {}, args[1]);
    if (method === "relayout") return window.Plotly.relayout(plot, args[0] || {});
    return null;
  }

  function buatTombol(siap, menu, judul) {
    var grup = document.createElement("div");
    grup.className = "kursus-kontrol";
    grup.setAttribute("role", "group");
    grup.setAttribute("aria-label", "Ubah tampilan grafik: " + judul);
    var aktif = menu.active === undefined ? 0 : menu.active;
    menu.buttons.forEach(function (b, i) {
      var t = document.createElement("button");
      t.type = "button";
      t.textContent = b.label;
      t.setAttribute("aria-pressed", String(i === aktif));
      t.addEventListener("click", function () {
        siap.then(function (plot) { return jalankan(plot, b.method, b.args); });
        grup.querySelectorAll("button").forEach(function (x) {
          x.setAttribute("aria-pressed", String(x === t));
        });
      });
      grup.appendChild(t);
    });
    return grup;
  }

  function buatPenggeser(siap, slider) {
    var wadah = document.createElement("div");
    wadah.className = "kursus-kontrol kursus-penggeser";
    var id = "penggeser-" + Math.random().toString(36).slice(2, 9);
    var label = document.createElement("label");
    label.htmlFor = id;
    var nilai = document.createElement("output");
    nilai.htmlFor = id;
    var masukan = document.createElement("input");
    masukan.type = "range";
    masukan.id = id;
    masukan.min = 0;
    masukan.max = slider.steps.length - 1;
    masukan.step = 1;
    masukan.value = slider.active || 0;
    function tampil() {
      var langkah = slider.steps[Number(masukan.value)];
      nilai.textContent = langkah.label;
      masukan.setAttribute("aria-valuetext", langkah.label);
      return langkah;
    }
    masukan.addEventListener("input", function () {
      var langkah = tampil();
      siap.then(function (plot) { return jalankan(plot, langkah.method, langkah.args); });
    });
    label.textContent = (slider.currentvalue && slider.currentvalue.prefix) || "Pilihan: ";
    label.appendChild(nilai);
    tampil();
    var skala = document.createElement("div");
    skala.className = "kursus-skala";
    skala.setAttribute("aria-hidden", "true");
    slider.steps.forEach(function (s) {
      var span = document.createElement("span");
      span.textContent = s.label;
      skala.appendChild(span);
    });
    wadah.appendChild(label);
    wadah.appendChild(masukan);
    wadah.appendChild(skala);
    return wadah;
  }

  // The controls appear at once; they act as soon as the chart is drawn.
  function siapkan(figur) {
    var plot = figur.querySelector(".kursus-plot");
    var sumber = figur.querySelector("script.kursus-plot-data");
    if (!plot || !sumber || figur.kursusSiap) return;
    var spec = JSON.parse(sumber.textContent);
    // A shared Plotly template comes by name; the build writes the templates into this script (TEMPLAT).
    if (typeof spec.layout.template === "string") {
      spec.layout.template = TEMPLAT[spec.layout.template];
    }
    var menus = spec.layout.updatemenus || [];
    var sliders = spec.layout.sliders || [];
    delete spec.layout.updatemenus;
    delete spec.layout.sliders;
    spec.config = Object.assign({locale: "id", locales: {id: {dictionary: KAMUS}}}, spec.config);
    var mulai;
    var siap = new Promise(function (r) { mulai = r; });
    figur.kursusSiap = {spec: spec, plot: plot, mulai: mulai};
    var judul = (figur.querySelector(".kursus-grafik-judul") || {}).textContent || "grafik";
    var kotak = plot.closest(".kursus-plot-wadah") || plot;  // the chart's box (picture, then live chart)
    menus.forEach(function (m) { kotak.parentNode.insertBefore(buatTombol(siap, m, judul), kotak); });
    sliders.forEach(function (s) { kotak.parentNode.insertBefore(buatPenggeser(siap, s), kotak.nextSibling); });
  }

  function gambar(figur) {
    var s = figur.kursusSiap;
    if (!s || s.plot.dataset.digambar || s.plot.dataset.menggambar) return;
    s.plot.dataset.menggambar = "ya";
    var tombol = figur.querySelector(".kursus-gambar");
    if (tombol) tombol.setAttribute("aria-busy", "true");
    plotly().then(function () {
      return window.Plotly.newPlot(s.plot, s.spec.data, s.spec.layout, s.spec.config);
    }).then(function () {
      s.plot.dataset.digambar = "ya";
      if (tombol) {
        // The picture gives way in the same box; a keyboard user stays on the chart.
        var fokus = document.activeElement === tombol;
        tombol.remove();
        if (fokus) {
          s.plot.setAttribute("tabindex", "-1");
          s.plot.focus({preventScroll: true});
        }
      }
      s.mulai(s.plot);
    }, function () {
      delete s.plot.dataset.menggambar;
      if (tombol) tombol.removeAttribute("aria-busy");
    });
  }

  // Reaching for a chart: a tap, click or focus on its picture, or on one of its controls.
  function pantau(figur) {
    function minta(e) {
      if (e.target.closest && e.target.closest(".kursus-plot-wadah, .kursus-kontrol")) gambar(figur);
    }
    figur.addEventListener("pointerdown", minta);
    figur.addEventListener("click", minta);
    figur.addEventListener("focusin", minta);
  }

  function gambarSemua() {
    var figur = Array.prototype.slice.call(document.querySelectorAll("figure.kursus-grafik"));
    figur.forEach(siapkan);
    figur.forEach(function (f) {
      pantau(f);
      // A page built without pictures (or an old one) draws its charts at once.
      if (!f.querySelector(".kursus-gambar")) gambar(f);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", gambarSemua);
  } else {
    gambarSemua();
  }
})();
