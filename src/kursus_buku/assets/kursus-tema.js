// Small repairs of the theme's behaviour, loaded on every page.
(function () {
  "use strict";
  function siap() {
    // pydata-sphinx-theme opens the chapter list and the page contents from the FIRST .primary-toggle /
    // .secondary-toggle only; sphinx-book-theme shows its own (second) buttons, which did nothing on phones.
    ["primary", "secondary"].forEach(function (sisi) {
      var tombol = document.querySelectorAll("." + sisi + "-toggle");
      for (var i = 1; i < tombol.length; i++) {
        tombol[i].addEventListener("click", function (e) {
          e.preventDefault();
          e.stopPropagation();
          tombol[0].click();
        });
      }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", siap);
  } else {
    siap();
  }
})();
