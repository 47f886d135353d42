// Projector view: the slides of a .kursus-layar block shown one at a time, filling the screen.
// Without this script (or when printing) the slides are simply read one after another.
(function () {
  "use strict";
  function pasang(layar) {
    var slides = layar.querySelectorAll(".kursus-slide");
    var posisi = layar.querySelector(".kursus-layar-posisi");
    var ke = 0;

    function tampil(i) {
      ke = Math.max(0, Math.min(slides.length - 1, i));
      for (var j = 0; j < slides.length; j++) {
        slides[j].classList.toggle("kursus-slide-aktif", j === ke);
      }
      posisi.textContent = "Tayangan " + (ke + 1) + " dari " + slides.length;
    }
    function mulai() {
      document.documentElement.classList.add("kursus-layar-terbuka");
      layar.classList.add("kursus-layar-aktif");
      tampil(0);
      if (layar.requestFullscreen) {
        layar.requestFullscreen().catch(function () { /* the fixed overlay still fills the window */ });
      }
      layar.querySelector(".kursus-layar-berikut").focus();
    }
    function keluar() {
      layar.classList.remove("kursus-layar-aktif");
      document.documentElement.classList.remove("kursus-layar-terbuka");
      if (document.fullscreenElement && document.exitFullscreen) {
        document.exitFullscreen().catch(function () {});
      }
      layar.querySelector(".kursus-layar-mulai").focus();
    }
    layar.querySelector(".kursus-layar-mulai").addEventListener("click", mulai);
    layar.querySelector(".kursus-layar-keluar").addEventListener("click", keluar);
    layar.querySelector(".kursus-layar-sebelum").addEventListener("click", function () { tampil(ke - 1); });
    layar.querySelector(".kursus-layar-berikut").addEventListener("click", function () { tampil(ke + 1); });
    document.addEventListener("fullscreenchange", function () {
      if (!document.fullscreenElement && layar.classList.contains("kursus-layar-aktif")) { keluar(); }
    });
    document.addEventListener("keydown", function (e) {
      if (!layar.classList.contains("kursus-layar-aktif")) { return; }
      var tombol = {ArrowRight: ke + 1, PageDown: ke + 1, " ": ke + 1, ArrowLeft: ke - 1, PageUp: ke - 1,
                    Home: 0, End: slides.length - 1};
      if (e.key === "Escape") {
        keluar();
      } else if (Object.prototype.hasOwnProperty.call(tombol, e.key)) {
        e.preventDefault();
        tampil(tombol[e.key]);
      }
    });
  }
  function siap() {
    var semua = document.querySelectorAll(".kursus-layar");
    for (var i = 0; i < semua.length; i++) { pasang(semua[i]); }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", siap);
  } else {
    siap();
  }
})();
