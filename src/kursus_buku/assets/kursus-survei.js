// The class survey on the static page: builds the same CSV as kursus.survei.ke_csv in the browser and
// offers it as a download. Nothing leaves the device; works from a USB stick (file://) too.
// A student is identified by class and nomor absen, not by name (children's personal data).
// The cell rules (aman_sel, siput) mirror kursus/survei/aturan.py and come from the rules embedded in the form.
(function () {
  "use strict";

  function Aturan(spek) {
    var banyak = new RegExp(spek.spasi + "+", "g"), kendali = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
    function tanpaKendali(t) { return t.replace(kendali, ""); }
    function kunciTeks(t) {
      t = tanpaKendali(t.normalize("NFKC").replace(banyak, " ")).toLowerCase();
      return t.replace(banyak, " ").replace(/^ +| +$/g, "");
    }
    function mulaiRumus(t) {
      t = tanpaKendali(t).normalize("NFKC").replace(/^[ \t\r\n\u00a0\u3000]+/, "");
      return spek.awalan_rumus.some(function (a) { return t.indexOf(a) === 0; });
    }
    this.amanSel = function (teks) {  // aturan.aman_sel
      var t = Array.from(String(teks)).map(function (c) {
        return spek.ganti_dengan_spasi.indexOf(c) >= 0 ? " " : c;
      }).join("");
      t = tanpaKendali(t.normalize("NFC")).replace(banyak, " ").replace(/^ +| +$/g, "");
      return mulaiRumus(t.replace(/^'+/, "")) ? "'" + t : t;
    };
    function fnv1a(teks) {
      var h = 0x811c9dc5;
      new TextEncoder().encode(teks).forEach(function (b) { h = Math.imul(h ^ b, 0x01000193) >>> 0; });
      return ("0000000" + h.toString(16)).slice(-8);
    }
    this.siput = function (teks) {  // aturan.siput
      var lipat = teks.normalize("NFKD").replace(/\p{M}/gu, "");
      var hasil = lipat.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/^-+|-+$/g, "");
      var hilang = Array.from(teks.normalize("NFKC")).some(function (c) { return c.codePointAt(0) > 127; });
      if (hilang || (!hasil && kunciTeks(teks))) hasil = [hasil, fnv1a(kunciTeks(teks))].filter(Boolean).join("-");
      return hasil;
    };
  }

  function pasang(form) {
    var spek = JSON.parse(form.querySelector("script.kursus-survei-aturan").textContent);
    var A = new Aturan(spek);
    var kolomBlok = form.dataset.blok.split(",");
    var pesan = form.querySelector(".kursus-survei-pesan");
    var tautan = null;  // the download link, made with the first file: a link without an address is not a link
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
      var kelas = form.elements.kelas.value.trim(), absen = form.elements.absen.value.trim();
      if (tautan) tautan.hidden = true;
      if (!kelas || !absen) { pesan.textContent = "Isi kelas dan nomor absenmu dulu."; return; }
      if (!/^[0-9]+$/.test(absen) || +absen < 1 || +absen > spek.absen_maks) {
        pesan.textContent = "Nomor absen harus bilangan bulat 1 sampai " + spek.absen_maks + ".";
        return;
      }
      absen = String(parseInt(absen, 10));
      var baris = penilaian();
      if (!baris.length) { pesan.textContent = "Belum ada platform yang kamu nilai."; return; }
      var teks = spek.kolom_orang.concat(["platform"], kolomBlok).join(",") + "\r\n";
      baris.forEach(function (b) {
        teks += [A.amanSel(kelas), A.amanSel(absen), A.amanSel(b[0])].concat(b[1]).join(",") + "\r\n";
      });
      var berkas = ["survei", A.siput(kelas), "absen-" + (absen.length < 2 ? "0" : "") + absen]
        .filter(Boolean).join("-") + ".csv";
      if (tautan) URL.revokeObjectURL(tautan.href);
      else {
        tautan = document.createElement("a");
        tautan.className = "kursus-survei-unduh";
        form.querySelector("button[type=submit]").after(" ", tautan);
      }
      tautan.href = URL.createObjectURL(new Blob(["\ufeff" + teks], { type: "text/csv;charset=utf-8" }));
      tautan.download = berkas;
      tautan.textContent = "Unduh berkas CSV (" + berkas + ")";
      tautan.hidden = false;
      pesan.textContent = "Berkas siap. Unduh, lalu kirimkan kepada gurumu secara pribadi.";
      tautan.focus();
    });
  }

  function mulai() { document.querySelectorAll("form.kursus-survei-form").forEach(pasang); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mulai);
  else mulai();
})();
