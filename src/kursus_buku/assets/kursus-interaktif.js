// Kernel-free interactivity for the static book: self-check quizzes and views switched by menus.
(function () {
  "use strict";

  function siapkanKuis(form) {
    var total = Number(form.dataset.total);
    var skor = form.querySelector(".kursus-skor");
    var hasil = {};
    form.querySelectorAll("fieldset.kursus-soal").forEach(function (soal, i) {
      var tombol = soal.querySelector(".kursus-periksa");
      var umpan = soal.querySelector(".kursus-umpan");
      var teks = JSON.parse(soal.dataset.umpan);
      tombol.addEventListener("click", function () {
        var dipilih = soal.querySelector("input[type=radio]:checked");
        soal.classList.remove("kursus-benar", "kursus-salah");
        if (!dipilih) {
          umpan.textContent = "Pilih salah satu jawaban dulu.";
          return;
        }
        var benar = dipilih.value === soal.dataset.benar;
        soal.classList.add(benar ? "kursus-benar" : "kursus-salah");
        umpan.textContent = benar ? teks.benar : teks.salah;
        hasil[i] = benar;
        var jumlahBenar = Object.keys(hasil).filter(function (k) { return hasil[k]; }).length;
        skor.textContent = "Skor: " + jumlahBenar + " benar dari " + Object.keys(hasil).length +
          " yang sudah dijawab (" + total + " soal).";
      });
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
  }

  // A view chooser: its <select> menus form a key; the panel whose data-kunci matches is shown.
  function siapkanPilihan(akar) {
    var menu = akar.querySelectorAll("select[data-bagian]");
    var panel = akar.querySelectorAll("[data-kunci]");
    var kosong = akar.querySelector(".kursus-tidak-ada");
    function tampilkan() {
      var kunci = Array.prototype.map.call(menu, function (m) { return m.value; }).join("|");
      var ada = false;
      panel.forEach(function (p) {
        var cocok = p.dataset.kunci === kunci;
        p.hidden = !cocok;
        ada = ada || cocok;
      });
      if (kosong) kosong.hidden = ada;
    }
    menu.forEach(function (m) { m.addEventListener("change", tampilkan); });
    tampilkan();
  }

  function siapkanSemua() {
    document.querySelectorAll("form.kursus-kuis").forEach(siapkanKuis);
    document.querySelectorAll(".kursus-pilihan").forEach(siapkanPilihan);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", siapkanSemua);
  } else {
    siapkanSemua();
  }
})();
