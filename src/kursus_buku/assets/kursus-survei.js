// The class survey on the static page: builds the same CSV as kursus.survei.ke_csv in the browser and
// offers it as a download. Nothing leaves the device; works from a USB stick (file://) too.
// A student is identified by class and nomor absen, not by name (children's personal data).
// The cell rules (aman_sel, siput) mirror kursus/survei/aturan.py and come from the rules embedded in the form.
(function () {
  "use strict";

  function Aturan(spek) {
    var banyak = new RegExp(spek.spasi + "+", "g"), spasi = new Set(Array.from(spek.huruf_spasi));
    var kendali = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, kendaliAscii = /[\x00-\x1f\x7f]/g, ascii = /^[\x00-\x7f]*$/;
    // aturan.normal: only the Unicode subset (Unicode 3.2 plus unicode_tambahan) is normalised.
    var luar = [], awal = 0;
    spek.rentang_unicode.forEach(function (r) { if (r[0] > awal) luar.push([awal, r[0] - 1]); awal = r[1] + 1; });
    if (awal <= 0x10FFFF) luar.push([awal, 0x10FFFF]);
    function hex(c) { return "\\u{" + c.toString(16) + "}"; }
    var reLuar = new RegExp("([" + luar.map(function (r) { return hex(r[0]) + "-" + hex(r[1]); }).join("") + "]+)", "u");
    function perBagian(t, ubah) {
      if (ascii.test(t)) return ubah(t);
      return t.split(reLuar).map(function (b, i) { return i % 2 ? b : ubah(b); }).join("");
    }
    function normal(t, bentuk) { return ascii.test(t) ? t : perBagian(t, function (b) { return b.normalize(bentuk); }); }
    function kecil(t) { return perBagian(t, function (b) { return b.toLowerCase(); }); }
    function tanpaKendali(t) {
      if (ascii.test(t)) return t.replace(kendaliAscii, "");
      return perBagian(t, function (b) { return b.replace(kendali, ""); });
    }
    function kunciTeks(t) {
      t = kecil(tanpaKendali(normal(t, "NFKC").replace(banyak, " ")));
      return t.replace(banyak, " ").replace(/^ | $/g, "");
    }
    function mulaiRumus(t) {
      t = normal(tanpaKendali(t), "NFKC").replace(/^[ \t\r\n\u00a0\u3000]+/, "");
      return spek.awalan_rumus.some(function (a) { return t.indexOf(a) === 0; });
    }
    function potong(t) {
      var a = 0, b = t.length;
      while (a < b && spasi.has(t[a])) a++;
      while (b > a && spasi.has(t[b - 1])) b--;
      return t.slice(a, b);
    }
    this.potong = potong;
    this.rapikan = function (t) { return normal(potong(t).replace(banyak, " "), "NFC"); };  // aturan.rapikan
    this.bukaSel = function (t) {  // aturan.buka_sel
      return t.charAt(0) === "'" && mulaiRumus(t.replace(/^'+/, "")) ? t.slice(1) : t;
    };
    this.kutip = function (v, n) {  // aturan.kutip
      var huruf = Array.from(v);
      if (huruf.length > (n || 30)) v = huruf.slice(0, n || 30).join("") + "…";
      return "'" + v.replace(/[\r\n]/g, " ") + "'";
    };
    this.pesan = function (kunci, nilai) {
      return spek.pesan[kunci].replace(/\{(\w+)\}/g, function (_, k) { return String(nilai[k]); });
    };
    this.amanSel = function (teks) {  // aturan.aman_sel
      var t = Array.from(String(teks)).map(function (c) {
        return spek.ganti_dengan_spasi.indexOf(c) >= 0 ? " " : c;
      }).join("");
      t = tanpaKendali(normal(t, "NFC")).replace(banyak, " ").replace(/^ | $/g, "");
      return mulaiRumus(t.replace(/^'+/, "")) ? "'" + t : t;
    };
    function fnv1a(teks) {
      var h = 0x811c9dc5;
      new TextEncoder().encode(teks).forEach(function (b) { h = Math.imul(h ^ b, 0x01000193) >>> 0; });
      return ("0000000" + h.toString(16)).slice(-8);
    }
    this.siput = function (teks) {  // aturan.siput
      var lipat = normal(teks, "NFKD").replace(/\p{M}/gu, "");
      var hasil = kecil(lipat).replace(/[^a-z0-9]+/g, "-").replace(/^-+/, "").slice(0, 40).replace(/^-+/, "");
      while (hasil.charAt(hasil.length - 1) === "-") hasil = hasil.slice(0, -1);
      var hilang = !ascii.test(normal(teks, "NFKC"));
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

    // aturan.salah_orang: the class and nomor absen checked with the import's own rules, so the form never
    // offers a file the teacher's import would refuse.
    function salahOrang(kelas, absen) {
      var maks = spek.batas.absen_maks;
      if (!A.rapikan(kelas) || !absen) return A.pesan("isi_orang", {});
      if (absen.length > 6 || !/^[0-9]+$/.test(absen) || +absen < 1 || +absen > maks) return A.pesan("absen_form", { maks: maks });
      var dibaca = A.bukaSel(A.rapikan(A.amanSel(kelas)));
      if (!dibaca) return A.pesan("kelas_form", { nilai: A.kutip(kelas) });
      if (Array.from(dibaca).length > spek.batas.panjang_sel) return A.pesan("kelas_panjang", { maks: spek.batas.panjang_sel });
      return "";
    }

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var kelas = form.elements.kelas.value, absen = A.potong(form.elements.absen.value);
      if (tautan) tautan.hidden = true;
      var salah = salahOrang(kelas, absen);
      if (salah) { pesan.textContent = salah; return; }
      absen = String(parseInt(absen, 10));
      var baris = penilaian();
      if (!baris.length) { pesan.textContent = A.pesan("belum_menilai", {}); return; }
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
