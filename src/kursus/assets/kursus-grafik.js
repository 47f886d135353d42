// Draws each chart of the page from the JSON embedded beside it, with the locally served plotly.js,
// and makes the chart's own buttons and dropdowns usable by keyboard (plotly.js draws them in SVG).
(function () {
  "use strict";

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

    function tandai() {
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

  function gambarSemua() {
    document.querySelectorAll("figure.kursus-grafik").forEach(function (gambar) {
      var wadah = gambar.querySelector(".kursus-plot");
      var sumber = gambar.querySelector("script.kursus-plot-data");
      if (!wadah || !sumber || wadah.dataset.digambar) return;
      var spec = JSON.parse(sumber.textContent);
      window.Plotly.newPlot(wadah, spec.data, spec.layout, spec.config).then(function () {
        tombolKeyboard(wadah);
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
