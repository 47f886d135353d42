// Draws each chart of the page from the JSON embedded beside it, with the locally served plotly.js.
(function () {
  "use strict";
  function gambarSemua() {
    document.querySelectorAll("figure.kursus-grafik").forEach(function (gambar) {
      var wadah = gambar.querySelector(".kursus-plot");
      var sumber = gambar.querySelector("script.kursus-plot-data");
      if (!wadah || !sumber || wadah.dataset.digambar) return;
      var spec = JSON.parse(sumber.textContent);
      window.Plotly.newPlot(wadah, spec.data, spec.layout, spec.config).then(function () {
        wadah.dataset.digambar = "ya";
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", gambarSemua);
  } else {
    gambarSemua();
  }
})();
