// The theme's bootstrap.js (pydata-sphinx-theme 0.17.1, scripts/bootstrap.js) with only the two Bootstrap
// components the book's pages use: Dropdown (the header's download and launch menus) and Tooltip (header buttons,
// the theme's sidebar button). The theme's own file carries all of Bootstrap (modal, carousel, toast...: 81 KB).
// What the theme's script does besides is done here the same way: tooltips started on every
// [data-bs-toggle="tooltip"], the back-to-top button, and window.bootstrap for the theme's other script.
import Dropdown from "bootstrap/js/src/dropdown.js";
import Tooltip from "bootstrap/js/src/tooltip.js";

function ready(callback) {
  if (document.readyState != "loading") callback();
  else document.addEventListener("DOMContentLoaded", callback);
}

function startTooltips() {
  document.querySelectorAll('[data-bs-toggle="tooltip"]').forEach(
    (el) => new Tooltip(el, { delay: { show: 500, hide: 100 } }));
}

function backToTop() {
  const btn = document.getElementById("pst-back-to-top");
  if (!btn) return;
  btn.addEventListener("click", () => {
    document.body.scrollTop = 0;
    document.documentElement.scrollTop = 0;
  });
  const header = document.getElementsByClassName("bd-header")[0].getBoundingClientRect();
  let oldScroll = window.scrollY;
  window.addEventListener("scroll", () => {
    btn.style.display = oldScroll > window.scrollY && window.scrollY > header.bottom ? "block" : "none";
    oldScroll = window.scrollY;
  });
}

ready(startTooltips);
ready(backToTop);

window.bootstrap = { Dropdown, Tooltip };
