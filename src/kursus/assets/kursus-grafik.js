// Draws each chart of the page from the JSON embedded beside it, with the locally served plotly.js.
// Plotly's own menus and sliders are drawn in SVG, which a keyboard cannot reach and which overflow on a
// phone; they are turned into ordinary HTML buttons and range inputs that run the same Plotly commands.
(function () {
  "use strict";

  function jalankan(plot, method, args) {
    args = args || [];
    if (method === "update") return window.Plotly.update(plot, args[0] || {}, args[1] || {});
    if (method === "restyle") return window.Plotly.restyle(plot, args[0] || {}, args[1]);
    if (method === "relayout") return window.Plotly.relayout(plot, args[0] || {});
    return null;
  }

  function buatTombol(plot, menu, judul) {
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
        jalankan(plot, b.method, b.args);
        grup.querySelectorAll("button").forEach(function (x) {
          x.setAttribute("aria-pressed", String(x === t));
        });
      });
      grup.appendChild(t);
    });
    return grup;
  }

  function buatPenggeser(plot, slider, judul) {
    var wadah = document.createElement("div");
    wadah.className = "kursus-kontrol kursus-penggeser";
    var id = "penggeser-" + Math.random().toString(36).slice(2, 9);
    var label = document.createElement("label");
    label.htmlFor = id;
    var awalan = (slider.currentvalue && slider.currentvalue.prefix) || "Pilihan: ";
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
      jalankan(plot, langkah.method, langkah.args);
    });
    label.textContent = awalan;
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

  function gambarSemua() {
    document.querySelectorAll("figure.kursus-grafik").forEach(function (gambar) {
      var plot = gambar.querySelector(".kursus-plot");
      var sumber = gambar.querySelector("script.kursus-plot-data");
      if (!plot || !sumber || plot.dataset.digambar) return;
      var spec = JSON.parse(sumber.textContent);
      var menus = spec.layout.updatemenus || [];
      var sliders = spec.layout.sliders || [];
      delete spec.layout.updatemenus;
      delete spec.layout.sliders;
      var judul = (gambar.querySelector(".kursus-grafik-judul") || {}).textContent || "grafik";
      menus.forEach(function (m) { gambar.insertBefore(buatTombol(plot, m, judul), plot); });
      sliders.forEach(function (s) { gambar.insertBefore(buatPenggeser(plot, s, judul), plot.nextSibling); });
      window.Plotly.newPlot(plot, spec.data, spec.layout, spec.config).then(function () {
        plot.dataset.digambar = "ya";
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", gambarSemua);
  } else {
    gambarSemua();
  }
})();
