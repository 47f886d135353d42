// Draws each chart of the page from the JSON embedded beside it, with the locally served plotly.js.
// plotly.js (1.1 MB) is fetched only when a chart comes near the screen (or the page is printed), so
// the text of a chapter shows and responds at once on a slow phone.
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
    var menus = spec.layout.updatemenus || [];
    var sliders = spec.layout.sliders || [];
    delete spec.layout.updatemenus;
    delete spec.layout.sliders;
    spec.config = Object.assign({locale: "id", locales: {id: {dictionary: KAMUS}}}, spec.config);
    var mulai;
    var siap = new Promise(function (r) { mulai = r; });
    figur.kursusSiap = {spec: spec, plot: plot, mulai: mulai};
    var judul = (figur.querySelector(".kursus-grafik-judul") || {}).textContent || "grafik";
    menus.forEach(function (m) { figur.insertBefore(buatTombol(siap, m, judul), plot); });
    sliders.forEach(function (s) { figur.insertBefore(buatPenggeser(siap, s), plot.nextSibling); });
  }

  function gambar(figur) {
    var s = figur.kursusSiap;
    if (!s || s.plot.dataset.digambar || s.plot.dataset.menggambar) return;
    s.plot.dataset.menggambar = "ya";
    plotly().then(function () {
      return window.Plotly.newPlot(s.plot, s.spec.data, s.spec.layout, s.spec.config);
    }).then(function () {
      s.plot.dataset.digambar = "ya";
      s.mulai(s.plot);
    });
  }

  function gambarSemua() {
    var figur = Array.prototype.slice.call(document.querySelectorAll("figure.kursus-grafik"));
    figur.forEach(siapkan);
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
