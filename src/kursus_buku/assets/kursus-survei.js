// The class survey on the static page: builds the same CSV as kursus.survei.ke_csv in the browser and
// offers it as a download. Nothing leaves the device; works from a USB stick (file://) too.
(function () {
  "use strict";
  var AWALAN_RUMUS = ["=", "+", "-", "@", "\t", "\r"];

  function netralkan(teks) {  // mirrors kursus.survei.netralkan
    return AWALAN_RUMUS.indexOf(teks.charAt(0)) >= 0 ? "'" + teks : teks;
  }
  function sel(teks) {  // CSV quoting as Python's csv module does (QUOTE_MINIMAL)
    return /[",\r\n]/.test(teks) ? '"' + teks.replace(/"/g, '""') + '"' : teks;
  }
  function siput(teks) {  // mirrors kursus.survei.nama_berkas
    return teks.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
  }

  function pasang(form) {
    var kolomBlok = form.dataset.blok.split(",");
    var pesan = form.querySelector(".kursus-survei-pesan");
    var tautan = form.querySelector(".kursus-survei-unduh");
    var kemajuan = form.querySelector(".kursus-survei-kemajuan");
    var total = form.querySelectorAll("fieldset[data-platform]").length;

    function penilaian() {
      var hasil = [];
      form.querySelectorAll("fieldset[data-platform]").forEach(function (fs) {
        var skor = kolomBlok.map(function (b) { return fs.querySelector("select[data-blok='" + b + "']").value; });
        if (skor.some(function (s) { return s !== ""; })) hasil.push([fs.dataset.platform, skor]);
      });
      return hasil;
    }
    function perbaruiKemajuan() {
      kemajuan.textContent = "Sudah dinilai: " + penilaian().length + " dari " + total + " platform.";
    }
    form.addEventListener("change", perbaruiKemajuan);
    perbaruiKemajuan();

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var nama = form.elements.nama.value.trim(), kelas = form.elements.kelas.value.trim();
      tautan.hidden = true;
      if (!nama || !kelas) { pesan.textContent = "Isi nama dan kelasmu dulu."; return; }
      var baris = penilaian();
      if (!baris.length) { pesan.textContent = "Belum ada platform yang kamu nilai."; return; }
      var teks = ["nama", "kelas", "platform"].concat(kolomBlok).join(",") + "\r\n";
      baris.forEach(function (b) {
        teks += [nama, kelas, b[0]].concat(b[1]).map(function (v) { return sel(netralkan(v)); }).join(",") + "\r\n";
      });
      var berkas = ["survei", siput(kelas), siput(nama)].filter(Boolean).join("-") + ".csv";
      if (tautan.href) URL.revokeObjectURL(tautan.href);
      tautan.href = URL.createObjectURL(new Blob(["\ufeff" + teks], { type: "text/csv;charset=utf-8" }));
      tautan.download = berkas;
      tautan.textContent = "Unduh berkas CSV (" + berkas + ")";
      tautan.hidden = false;
      pesan.textContent = "Berkas siap. Unduh, lalu kirimkan kepada gurumu.";
      tautan.focus();
    });
  }

  function mulai() { document.querySelectorAll("form.kursus-survei-form").forEach(pasang); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mulai);
  else mulai();
})();
