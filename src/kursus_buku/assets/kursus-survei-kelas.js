// The class survey's results on the static page, with no kernel and no internet: the teacher picks or drops
// the students' CSV files; they are read here, on this device, with the same rules and messages as the
// Python import (kursus.survei.impor, with .berkas and .sel), taken from the specification embedded in the page
// (data/survei_spesifikasi.yaml). Each step below mirrors a Python function of the same name; a change in
// one needs the same change in the other (tests/test_survei_browser.py compares them on the same files).
(function () {
  "use strict";

  function punya(obj, k) { return Object.prototype.hasOwnProperty.call(obj, k); }

  // Code-point order, as Python sorts strings.
  function banding(a, b) {
    var x = Array.from(a), y = Array.from(b);
    for (var i = 0; i < Math.min(x.length, y.length); i++) {
      var d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d) return d;
    }
    return x.length - y.length;
  }

  function Aturan(spek) {  // kursus.survei.aturan
    var S = spek.spasi;
    var tepi = new RegExp("^" + S + "+|" + S + "+$", "g"), banyak = new RegExp(S + "+", "g");
    var kendali = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
    var self = this;
    this.spek = spek;
    this.batas = function (n) { return spek.batas[n]; };
    this.pesan = function (kunci, nilai) {
      return spek.pesan[kunci].replace(/\{(\w+)\}/g, function (_, k) { return String(nilai[k]); });
    };
    this.rapikan = function (t) { return t.replace(tepi, "").replace(banyak, " ").normalize("NFC"); };
    function tanpaKendali(t) { return t.replace(kendali, ""); }
    this.kunciTeks = function (t) {
      t = t.normalize("NFKC").replace(banyak, " ");
      t = tanpaKendali(t).toLowerCase();
      return t.replace(banyak, " ").replace(/^ +| +$/g, "");
    };
    this.kunciKelas = function (t) { return self.kunciTeks(t).replace(/[ .\-\/]/g, ""); };
    this.mulaiRumus = function (t) {
      t = tanpaKendali(t).normalize("NFKC").replace(/^[ \t\r\n\u00a0\u3000]+/, "");
      return spek.awalan_rumus.some(function (a) { return t.indexOf(a) === 0; });
    };
    this.bukaSel = function (t) {
      return t.charAt(0) === "'" && self.mulaiRumus(t.replace(/^'+/, "")) ? t.slice(1) : t;
    };
    this.kutip = function (v, n) {
      var huruf = Array.from(v);
      if (huruf.length > (n || 30)) v = huruf.slice(0, n || 30).join("") + "…";
      return "'" + v.replace(/[\r\n]/g, " ") + "'";
    };
    this.kosong = function (b) { return b.replace(new RegExp(S + '|[,;"]', "g"), "") === ""; };
    this.bilangan = function (t) {
      var m = /^([0-9]+)(?:[.,]0+)?$/.exec(t.normalize("NFKC"));
      return m ? parseInt(m[1], 10) : null;
    };
    function fnv1a(teks) {  // aturan.fnv1a
      var h = 0x811c9dc5;
      new TextEncoder().encode(teks).forEach(function (b) { h = Math.imul(h ^ b, 0x01000193) >>> 0; });
      return ("0000000" + h.toString(16)).slice(-8);
    }
    this.siput = function (teks) {  // aturan.siput
      var lipat = teks.normalize("NFKD").replace(/\p{M}/gu, "");
      var hasil = lipat.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/^-+|-+$/g, "");
      var hilang = Array.from(teks.normalize("NFKC")).some(function (c) { return c.codePointAt(0) > 127; });
      if (hilang || (!hasil && self.kunciTeks(teks))) hasil = [hasil, fnv1a(self.kunciTeks(teks))].filter(Boolean).join("-");
      return hasil;
    };
    // aturan.kode_nama: a name is never shown, only this code.
    this.kodeNama = function (nama) { return ("000" + parseInt(fnv1a(self.kunciTeks(nama)), 16) % 10000).slice(-4); };
    this.siswa = function (kelas, absen, nama) {
      var s = { kelas: kelas, absen: absen, nama: nama };
      s.kunci = absen !== null ? self.kunciKelas(kelas) + "#" + absen : self.kunciKelas(kelas) + "@" + self.kunciTeks(nama);
      s.label = absen !== null ? self.pesan("siswa_absen", { kelas: kelas, absen: absen })
        : self.pesan("siswa_nama", { kelas: kelas, kode: self.kodeNama(nama) });
      return s;
    };
  }

  // kursus.survei.berkas.dekode
  function dekode(isi) {
    function coba(kode, data) {
      try { return new TextDecoder(kode, { fatal: true, ignoreBOM: true }).decode(data); } catch (e) { return null; }
    }
    function w1252(data) { return new TextDecoder("windows-1252").decode(data); }
    if (isi[0] === 0xEF && isi[1] === 0xBB && isi[2] === 0xBF) {
      var t = coba("utf-8", isi.subarray(3));
      return t === null ? w1252(isi) : t;
    }
    if (isi[0] === 0xFF && isi[1] === 0xFE) return coba("utf-16le", isi.subarray(2));
    if (isi[0] === 0xFE && isi[1] === 0xFF) return coba("utf-16be", isi.subarray(2));
    if (isi.indexOf(0) >= 0) return null;
    var u = coba("utf-8", isi);
    return u === null ? w1252(isi) : u;
  }

  // kursus.survei.sel.pecah
  function pecah(baris, pemisah) {
    var sel = [], i = 0, n = baris.length, k;
    for (;;) {
      if (i < n && baris.charAt(i) === '"') {
        i += 1;
        var isi = [];
        for (;;) {
          var j = baris.indexOf('"', i);
          if (j < 0) return null;
          isi.push(baris.slice(i, j));
          if (baris.charAt(j + 1) === '"') { isi.push('"'); i = j + 2; } else { i = j + 1; break; }
        }
        k = baris.indexOf(pemisah, i);
        isi.push(k < 0 ? baris.slice(i) : baris.slice(i, k));
        sel.push(isi.join(""));
      } else {
        k = baris.indexOf(pemisah, i);
        sel.push(k < 0 ? baris.slice(i) : baris.slice(i, k));
      }
      if (k < 0) return sel;
      i = k + pemisah.length;
    }
  }

  function samaIsi(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  // kursus.survei.impor._Penggabung
  function Penggabung(A) {
    var spek = A.spek, blok = spek.blok.map(function (b) { return b.id; });
    var wajib = ["kelas", "absen", "platform"].concat(blok);
    var platform = new Map();
    spek.platform.forEach(function (p) { platform.set(p.toLowerCase(), p); });
    Object.keys(spek.alias_platform).forEach(function (k) { platform.set(k.toLowerCase(), spek.alias_platform[k]); });
    var tanpaSkor = new Set(spek.tanpa_skor);
    var self = this;
    this.baris = []; this.masalah = []; this.dimuat = [];
    var isiLama = [], dinilai = new Map(), siswaPertama = new Map();

    function lewati(berkas, kunci, baris, nilai) {
      self.masalah.push({ berkas: berkas, baris: baris, pesan: A.pesan(kunci, nilai || {}) });
    }
    this.lewati = lewati;

    function namaKolom(sel) {
      var k = A.kunciTeks(sel).replace(/:+$/, "").replace(/^ +| +$/g, "");
      return punya(spek.alias_kolom, k) ? spek.alias_kolom[k] : k;
    }
    function cocok(kolom) {
      var ada = new Set(kolom);
      if (ada.has("nama")) ada.add("absen");
      return wajib.filter(function (k) { return !ada.has(k); });
    }
    function daftar(kolom) {
      return kolom.slice(0, 3).join(", ") + (kolom.length > 3 ? ", dan " + (kolom.length - 3) + " kolom lain" : "");
    }

    // The checks made before a file is read: its name and size.
    this.awal = function (nama, ukuran) {
      var kecil = nama.toLowerCase();
      if (!spek.akhiran_dibaca.some(function (a) { return kecil.slice(-a.length) === a; })) {
        var akhiran = kecil.replace(/^\.+/, "").indexOf(".") >= 0 ? kecil.slice(kecil.lastIndexOf(".")) : "tanpa akhiran";
        lewati(nama, spek.akhiran_lembar_kerja.indexOf(akhiran) >= 0 ? "lembar_kerja" : "bukan_berkas_data", null,
          { akhiran: akhiran });
        return false;
      }
      if (ukuran > A.batas("ukuran_berkas")) {
        lewati(nama, "terlalu_besar", null, { kb: Math.floor(A.batas("ukuran_berkas") / 1000) });
        return false;
      }
      return true;
    };

    this.isi = function (nama, isi) {
      var lama = isiLama.find(function (x) { return samaIsi(x.isi, isi); });
      if (lama) return lewati(nama, "sama_persis", null, { berkas_lain: lama.nama });
      isiLama.push({ nama: nama, isi: isi });
      var teks = dekode(isi);
      if (teks === null) return lewati(nama, "bukan_teks");
      var baris = teks.split(/\r\n|\r|\n/);
      if (baris.every(A.kosong)) return lewati(nama, "kosong");
      teksBerkas(nama, baris);
    };

    function teksBerkas(nama, baris) {
      var mulai = 0, pemisah = spek.pemisah.slice();
      var m = /^[ \t]*"?sep=([\s\S])"?[ \t]*$/iu.exec(baris[0]);
      if (m) { mulai = 1; pemisah = [m[1]]; }
      var judul = null, terbaik = null;
      for (var i = mulai; i < Math.min(baris.length, mulai + A.batas("baris_sebelum_judul")); i++) {
        if (A.kosong(baris[i])) continue;
        for (var p = 0; p < pemisah.length; p++) {
          var sel = pecah(baris[i], pemisah[p]);
          if (sel === null) continue;
          var kolom = sel.map(namaKolom), kurang = cocok(kolom);
          if (terbaik === null || kurang.length < terbaik.length) terbaik = kurang;
          if (!kurang.length) { judul = { i: i, p: pemisah[p], kolom: kolom }; break; }
        }
        if (judul) break;
      }
      if (!judul) {
        return lewati(nama, "tanpa_judul", null, { kolom: daftar(terbaik || wajib), n: A.batas("baris_sebelum_judul") });
      }
      var posisi = new Map();
      judul.kolom.forEach(function (k, j) { if (!posisi.has(k)) posisi.set(k, j); });
      var jumlahMasalah = self.masalah.length, adaIsi = false;
      for (var r = judul.i + 1; r < baris.length; r++) {
        if (A.kosong(baris[r])) continue;
        adaIsi = true;
        satuBaris(nama, r + 1, baris[r], judul.p, posisi);
      }
      if (!adaIsi && self.masalah.length === jumlahMasalah) lewati(nama, "hanya_judul");
    }

    function satuBaris(berkas, nomor, teks, pemisah, posisi) {
      var sel = pecah(teks, pemisah);
      if (sel === null) return lewati(berkas, "kutip_terbuka", nomor);
      function ambil(k) {
        var j = posisi.get(k);
        return j !== undefined && j < sel.length ? A.rapikan(sel[j]) : "";
      }
      var kelas = A.bukaSel(ambil("kelas"));
      if (!kelas) return lewati(berkas, "orang_kosong", nomor, { kolom: "kelas" });
      var absenTeks = ambil("absen"), nama = A.bukaSel(ambil("nama")), siswa;
      if (absenTeks) {
        var absen = A.bilangan(absenTeks);
        if (absen === null || absen < 1 || absen > A.batas("absen_maks")) {
          return lewati(berkas, "absen_salah", nomor, { nilai: A.kutip(absenTeks, 10), maks: A.batas("absen_maks") });
        }
        siswa = A.siswa(kelas, absen, nama);
      } else if (nama) {
        siswa = A.siswa(kelas, null, nama);
      } else {
        return lewati(berkas, "orang_kosong", nomor, { kolom: posisi.has("absen") ? "absen" : "nama" });
      }
      var platformTeks = ambil("platform");
      if (!platformTeks) return lewati(berkas, "platform_kosong", nomor);
      var p = platform.get(A.kunciTeks(platformTeks));
      if (p === undefined) {
        return lewati(berkas, "platform_asing", nomor, { nilai: A.kutip(platformTeks), pilihan: spek.platform.join(", ") });
      }
      var skor = {}, salah = [];
      blok.forEach(function (b) {
        var v = ambil(b);
        if (tanpaSkor.has(v)) { skor[b] = null; return; }
        var n = A.bilangan(v);
        if (n === null || n < A.batas("skor_min") || n > A.batas("skor_maks")) salah.push(b + " = " + A.kutip(v, 10));
        skor[b] = n;
      });
      if (salah.length) {
        return lewati(berkas, "skor_salah", nomor, { min: A.batas("skor_min"), maks: A.batas("skor_maks"), rincian: salah.join("; ") });
      }
      if (blok.every(function (b) { return skor[b] === null; })) return lewati(berkas, "tanpa_skor", nomor, { platform: p });
      if (!siswaPertama.has(siswa.kunci)) siswaPertama.set(siswa.kunci, siswa);
      siswa = siswaPertama.get(siswa.kunci);
      var kunci = siswa.kunci + "\u0000" + p, lama = dinilai.get(kunci);
      if (lama) {
        if (lama.berkas === berkas) {
          return lewati(berkas, "ganda_baris", nomor, { siswa: siswa.label, platform: p, baris_lain: lama.baris });
        }
        return lewati(berkas, "ganda_berkas", nomor, { siswa: siswa.label, platform: p, berkas_lain: lama.berkas });
      }
      dinilai.set(kunci, { berkas: berkas, baris: nomor });
      if (self.dimuat.indexOf(berkas) < 0) self.dimuat.push(berkas);
      self.baris.push({ siswa: siswa, platform: p, skor: skor });
    }
  }

  function teksMasalah(A, m) {
    return m.baris ? A.pesan("tempat_baris", { berkas: m.berkas, baris: m.baris, pesan: m.pesan })
      : A.pesan("tempat_berkas", { berkas: m.berkas, pesan: m.pesan });
  }

  // kursus.survei.kelas.angka
  function angka(x) {
    var h = Math.floor(x * 100 + 0.5), a = Math.abs(h), sisa = a % 100;
    return (h < 0 ? "−" : "") + Math.floor(a / 100) + "," + (sisa < 10 ? "0" : "") + sisa;
  }

  // kursus.survei.kelas.ringkasan + tabel_kelas
  function ringkasan(A, g) {
    var spek = A.spek, baris = [];
    spek.platform.forEach(function (p) {
      spek.blok.forEach(function (b) {
        var n = 0, t = 0, q = 0;
        g.baris.forEach(function (r) {
          var s = r.skor[b.id];
          if (r.platform === p && s !== null) { n += 1; t += s; q += s * s; }
        });
        var buku = spek.skor_buku[p + "|" + b.id];
        baris.push({
          platform: p, blok: b.nama, n: n, buku: buku,
          rata: n ? t / n : null,
          sel: [p, b.nama,
            n ? angka(t / n) : A.pesan("belum_dinilai", {}),
            n > 1 ? angka(Math.sqrt((n * q - t * t) / (n * (n - 1)))) : (n ? A.pesan("simpangan_kurang", {}) : "–"),
            String(n), String(buku),
            n ? angka((t - buku * n) / n) : "–"]
        });
      });
    });
    return baris;
  }

  var KOLOM = ["Platform", "Blok", "Rata-rata kelas", "Simpangan baku", "Jumlah penilai", "Penilaian buku",
    "Selisih (kelas − buku)"];

  function el(tag, kelas, teks) {
    var e = document.createElement(tag);
    if (kelas) e.className = kelas;
    if (teks !== undefined) e.textContent = teks;
    return e;
  }

  // kursus.survei.tampil.samaran: every name read from an older file, and its file-name form, with its stand-in.
  function samaran(A, g) {
    var nama = new Set();
    g.baris.forEach(function (r) { if (r.siswa.nama && r.siswa.nama.trim()) nama.add(r.siswa.nama); });
    var ganti = [];
    nama.forEach(function (n) {
      var kode = A.pesan("nama_samaran", { kode: A.kodeNama(n) });
      ganti.push([n, kode]);
      if (Array.from(A.siput(n)).length >= 3) ganti.push([A.siput(n), kode]);
    });
    return ganti.sort(function (a, b) {
      return Array.from(b[0]).length - Array.from(a[0]).length || banding(a[0], b[0]);
    });
  }

  function samarkan(teks, ganti) {
    ganti.forEach(function (g) { teks = teks.split(g[0]).join(g[1]); });
    return teks;
  }

  function gambarLaporan(A, g, wadah) {
    wadah.textContent = "";
    var siswa = new Map(), skor = 0;
    g.baris.forEach(function (r) {
      siswa.set(r.siswa.kunci, r.siswa);
      A.spek.blok.forEach(function (b) { if (r.skor[b.id] !== null) skor += 1; });
    });
    var lap = el("div", "kursus-laporan"), p = el("p");
    p.appendChild(el("strong", "", g.dimuat.length + " berkas dimuat"));
    p.appendChild(document.createTextNode(": jawaban " + siswa.size + " siswa, " + skor + " skor."));
    lap.appendChild(p);
    if (siswa.size) {
      var urut = Array.from(siswa.values()).sort(function (a, b) {
        return banding(a.kelas, b.kelas) || (a.absen === null) - (b.absen === null) ||
          (a.absen || 0) - (b.absen || 0) || banding(a.label, b.label);
      });
      var d = el("details");
      d.appendChild(el("summary", "", "Siswa yang jawabannya dimuat"));
      d.appendChild(el("p", "", urut.map(function (s) { return s.label; }).join(", ")));
      lap.appendChild(d);
    }
    if (!g.dimuat.length) {
      lap.appendChild(el("p", "", "Belum ada jawaban yang dapat dihitung. Periksa apakah berkas yang dipilih adalah " +
        "berkas CSV survei dari siswa."));
    }
    if (!g.masalah.length) {
      lap.appendChild(el("p", "", "Semua berkas terbaca tanpa masalah."));
    } else {
      lap.appendChild(el("p", "", "Dilewati (" + g.masalah.length + " catatan):"));
      var ul = el("ul", "kursus-impor-masalah");
      var ganti = samaran(A, g);
      g.masalah.forEach(function (m) { ul.appendChild(el("li", "", samarkan(teksMasalah(A, m), ganti))); });
      lap.appendChild(ul);
    }
    wadah.appendChild(lap);
  }

  function gambarTabel(baris) {
    var wadah = el("div", "kursus-tabel-wadah");
    wadah.tabIndex = 0;
    wadah.setAttribute("role", "region");
    wadah.setAttribute("aria-label", "Hasil survei kelas");
    var tabel = el("table", "kursus-tabel kursus-impor-tabel");
    tabel.appendChild(el("caption", "", "Hasil survei kelas"));
    var kepala = el("tr");
    KOLOM.forEach(function (k) { var th = el("th", "", k); th.scope = "col"; kepala.appendChild(th); });
    tabel.appendChild(el("thead")).appendChild(kepala);
    var badan = el("tbody");
    baris.forEach(function (r) {
      var tr = el("tr");
      r.sel.forEach(function (s, i) {
        var c = el(i ? "td" : "th", "", s);
        if (!i) c.scope = "row";
        tr.appendChild(c);
      });
      badan.appendChild(tr);
    });
    tabel.appendChild(badan);
    wadah.appendChild(tabel);
    return wadah;
  }

  // Bars in plain HTML: the class mean (bar) beside the book's rating (diamond), one platform at a time.
  function gambarBatang(A, baris) {
    var fig = el("figure", "kursus-impor-grafik");
    var pilih = el("select");
    var label = el("label", "", "Platform: ");
    label.appendChild(pilih);
    fig.appendChild(label);
    var isi = el("div", "kursus-impor-batang");
    fig.appendChild(isi);
    A.spek.platform.forEach(function (p) { var o = el("option", "", p); o.value = p; pilih.appendChild(o); });
    function tampil() {
      isi.textContent = "";
      baris.filter(function (r) { return r.platform === pilih.value; }).forEach(function (r) {
        var b = el("div", "kursus-impor-baris");
        b.appendChild(el("span", "kursus-impor-nama", r.blok));
        var jalur = el("span", "kursus-impor-jalur");
        if (r.n) {
          var batang = el("span", "kursus-impor-rata");
          batang.style.width = (r.rata / 5 * 100) + "%";
          jalur.appendChild(batang);
        }
        var buku = el("span", "kursus-impor-buku", "◆");
        buku.style.left = (r.buku / 5 * 100) + "%";
        buku.title = "Penilaian buku: " + r.buku;
        jalur.appendChild(buku);
        b.appendChild(jalur);
        b.appendChild(el("span", "kursus-impor-angka", r.n ? r.sel[2] + " (" + r.n + " penilai)" : r.sel[2]));
        isi.appendChild(b);
      });
    }
    pilih.addEventListener("change", tampil);
    tampil();
    fig.appendChild(el("figcaption", "", "Batang: rata-rata skor kelas (1–5); belah ketupat: penilaian buku. " +
      "Blok yang belum dinilai siapa pun ditandai, bukan digambar sebagai nol. Sumber: berkas survei yang dipilih, " +
      "diolah di peramban ini."));
    return fig;
  }

  function pasang(akar) {
    var A = new Aturan(JSON.parse(akar.querySelector("script.kursus-survei-spesifikasi").textContent));
    var input = akar.querySelector("input.kursus-impor-berkas");
    var inputFolder = akar.querySelector("input.kursus-impor-folder");
    var zona = akar.querySelector(".kursus-impor-jatuhkan");
    var laporan = akar.querySelector(".kursus-impor-laporan");
    var hasil = akar.querySelector(".kursus-impor-hasil");
    // The projector view: charts only (no file names, no list of students, no table), until pressed again.
    var proyektor = akar.querySelector("button.kursus-impor-proyektor");
    function terapkanLayar() {
      var aktif = akar.classList.contains("kursus-impor-layar");
      akar.querySelectorAll(".kursus-impor-jatuhkan, .kursus-impor-catatan, .kursus-impor-laporan, .kursus-tabel-wadah, " +
        ".kursus-catatan-live")
        .forEach(function (e) { e.hidden = aktif; });
      proyektor.setAttribute("aria-pressed", String(aktif));
      proyektor.textContent = aktif ? "Kembali ke tampilan guru (laporan dan tabel)" : "Tampilan proyektor: grafik saja";
    }
    proyektor.addEventListener("click", function () {
      akar.classList.toggle("kursus-impor-layar");
      terapkanLayar();
    });

    function olah(daftar) {  // [{nama, file} or {nama, galat}]
      daftar = daftar.filter(function (x) { return x.nama.charAt(0) !== "."; })
        .sort(function (a, b) { return banding(a.nama, b.nama); });
      laporan.textContent = "Membaca " + daftar.length + " berkas…";
      var g = new Penggabung(A);
      var urutan = Promise.resolve();
      daftar.forEach(function (x) {
        urutan = urutan.then(function () {
          if (x.galat) return g.lewati(x.nama, x.galat);
          if (!g.awal(x.nama, x.file.size)) return null;
          return x.file.arrayBuffer().then(function (buf) { g.isi(x.nama, new Uint8Array(buf)); }, function (e) {
            g.lewati(x.nama, e && e.name === "NotFoundError" ? "hilang" : "gagal_baca", null,
              { alasan: "mungkin folder, berkas terkunci, atau tidak ada izin" });
          });
        });
      });
      return urutan.then(function () {
        gambarLaporan(A, g, laporan);
        var baris = ringkasan(A, g);
        hasil.textContent = "";
        hasil.appendChild(gambarBatang(A, baris));
        hasil.appendChild(gambarTabel(baris));
        proyektor.disabled = false;
        terapkanLayar();
        akar.dataset.selesai = String(Number(akar.dataset.selesai || 0) + 1);
      });
    }

    input.addEventListener("change", function () {
      olah(Array.from(input.files).map(function (f) { return { nama: f.name, file: f }; }));
    });
    // A chosen folder brings the files of its subfolders too; like the Python folder import, a subfolder is
    // reported once and its files are not read.
    inputFolder.addEventListener("change", function () {
      var daftar = [], subfolder = new Set();
      Array.from(inputFolder.files).forEach(function (f) {
        var bagian = (f.webkitRelativePath || f.name).split("/");
        if (bagian.length > 2) {
          if (!subfolder.has(bagian[1])) { subfolder.add(bagian[1]); daftar.push({ nama: bagian[1], galat: "folder" }); }
        } else {
          daftar.push({ nama: f.name, file: f });
        }
      });
      olah(daftar);
    });
    ["dragenter", "dragover"].forEach(function (n) {
      zona.addEventListener(n, function (e) { e.preventDefault(); zona.classList.add("kursus-impor-aktif"); });
    });
    zona.addEventListener("dragleave", function () { zona.classList.remove("kursus-impor-aktif"); });
    zona.addEventListener("drop", function (e) {
      e.preventDefault();
      zona.classList.remove("kursus-impor-aktif");
      var daftar = [];
      Array.from(e.dataTransfer.items || []).forEach(function (item) {
        if (item.kind !== "file") return;
        var entri = item.webkitGetAsEntry && item.webkitGetAsEntry(), f = item.getAsFile();
        if (entri && entri.isDirectory) daftar.push({ nama: entri.name, galat: "folder" });
        else if (f) daftar.push({ nama: f.name, file: f });
      });
      olah(daftar);
    });
  }

  function mulai() { document.querySelectorAll(".kursus-survei-impor").forEach(pasang); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mulai);
  else mulai();
})();
