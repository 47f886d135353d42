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
    var S = spek.spasi, banyak = new RegExp(S + "+", "g"), spasi = new Set(Array.from(spek.huruf_spasi));
    var kosongRe = new RegExp(S + '|[,;"]', "g"), ascii = /^[\x00-\x7f]*$/;
    var kendali = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, kendaliAscii = /[\x00-\x1f\x7f]/g;
    // aturan.normal: the Unicode subset (Unicode 3.2 plus unicode_tambahan) is normalised, the rest kept.
    var luar = [], awal = 0;
    spek.rentang_unicode.forEach(function (r) { if (r[0] > awal) luar.push([awal, r[0] - 1]); awal = r[1] + 1; });
    if (awal <= 0x10FFFF) luar.push([awal, 0x10FFFF]);
    function hex(c) { return "\\u{" + c.toString(16) + "}"; }
    var reLuar = new RegExp("([" + luar.map(function (r) { return hex(r[0]) + "-" + hex(r[1]); }).join("") + "]+)", "u");
    var self = this;
    function perBagian(t, ubah) {
      if (ascii.test(t)) return ubah(t);
      return t.split(reLuar).map(function (b, i) { return i % 2 ? b : ubah(b); }).join("");
    }
    this.normal = function (t, bentuk) { return ascii.test(t) ? t : perBagian(t, function (b) { return b.normalize(bentuk); }); };
    this.kecil = function (t) { return perBagian(t, function (b) { return b.toLowerCase(); }); };
    function tanpaKendali(t) {
      if (ascii.test(t)) return t.replace(kendaliAscii, "");
      return perBagian(t, function (b) { return b.replace(kendali, ""); });
    }
    this.spek = spek;
    this.batas = function (n) { return spek.batas[n]; };
    this.pesan = function (kunci, nilai) {
      return spek.pesan[kunci].replace(/\{(\w+)\}/g, function (_, k) { return String(nilai[k]); });
    };
    this.potong = function (t) {  // str.strip(HURUF_SPASI): linear, however many spaces
      var a = 0, b = t.length;
      while (a < b && spasi.has(t[a])) a++;
      while (b > a && spasi.has(t[b - 1])) b--;
      return t.slice(a, b);
    };
    var cetak = /^[\x20-\x7e]*$/;
    this.rapikan = function (t) {
      t = self.potong(t);
      if (cetak.test(t)) return t.indexOf("  ") < 0 ? t : t.replace(banyak, " ");  // the usual cell
      return self.normal(t.replace(banyak, " "), "NFC");
    };
    // Keys are remembered (the same class and platform come back on every line).
    function ingat(f) {
      var memo = new Map();
      return function (t) {
        var k = memo.get(t);
        if (k === undefined) { if (memo.size > 65536) memo.clear(); k = f(t); memo.set(t, k); }
        return k;
      };
    }
    this.kunciTeks = ingat(function (t) {
      t = self.normal(t, "NFKC").replace(banyak, " ");
      t = self.kecil(tanpaKendali(t));
      return t.replace(banyak, " ").replace(/^ | $/g, "");
    });
    this.kunciKelas = ingat(function (t) { return self.kunciTeks(t).replace(/[ .\-\/]/g, ""); });
    this.mulaiRumus = function (t) {
      t = self.normal(tanpaKendali(t), "NFKC").replace(/^[ \t\r\n\u00a0\u3000]+/, "");
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
    this.kosong = function (b) { return b.replace(kosongRe, "") === ""; };
    this.bilangan = function (t) {
      if (t.length === 1 && t >= "0" && t <= "9") return t.charCodeAt(0) - 48;
      var m = /^0*([0-9]{1,6})(?:[.,]0+)?$/.exec(self.normal(t, "NFKC"));
      return m ? parseInt(m[1], 10) : null;
    };
    this.kunciSiswa = function (kelas, absen, nama) {
      return absen !== null ? self.kunciKelas(kelas) + "#" + absen : self.kunciKelas(kelas) + "@" + self.kunciTeks(nama);
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
      s.kunci = self.kunciSiswa(kelas, absen, nama);
      s.label = absen !== null ? self.pesan("siswa_absen", { kelas: kelas, absen: absen })
        : self.pesan("siswa_nama", { kelas: kelas, kode: self.kodeNama(nama) });
      return s;
    };
  }

  // kursus.survei.berkas.baris_berkas: every line decoded on its own; a line that cannot be is a
  // {kolom, kode, pengodean} object (kolom counted in characters from 1), costing only that line.
  var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }), W1252 = new TextDecoder("windows-1252");
  function cobaUtf8(data) { try { return UTF8.decode(data); } catch (e) { return null; } }
  function salahUtf8(b) {  // index of the first byte of the first ill-formed sequence
    for (var i = 0; i < b.length;) {
      var c = b[i], n, lo = 0x80, hi = 0xBF;
      if (c < 0x80) { i += 1; continue; }
      if (c >= 0xC2 && c <= 0xDF) n = 1;
      else if (c >= 0xE0 && c <= 0xEF) { n = 2; if (c === 0xE0) lo = 0xA0; if (c === 0xED) hi = 0x9F; }
      else if (c >= 0xF0 && c <= 0xF4) { n = 3; if (c === 0xF0) lo = 0x90; if (c === 0xF4) hi = 0x8F; }
      else return i;
      for (var k = 1; k <= n; k++) {
        var d = b[i + k];
        if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xBF)) return i;
      }
      i += n + 1;
    }
    return -1;
  }
  function hexBesar(x, n) { var h = x.toString(16).toUpperCase(); while (h.length < n) h = "0" + h; return "0x" + h; }
  function utf8(b) {
    var t = cobaUtf8(b);
    if (t !== null) return t;
    var i = salahUtf8(b);
    return { kolom: Array.from(UTF8.decode(b.subarray(0, i))).length + 1, kode: hexBesar(b[i], 2), pengodean: "UTF-8" };
  }
  function pisahBita(isi) {
    var hasil = [], awal = 0;
    for (var i = 0; i < isi.length; i++) {
      var c = isi[i];
      if (c === 0x0A || c === 0x0D) {
        hasil.push(isi.subarray(awal, i));
        if (c === 0x0D && isi[i + 1] === 0x0A) i += 1;
        awal = i + 1;
      }
    }
    hasil.push(isi.subarray(awal));
    return hasil;
  }
  function adaNonAscii(b) { for (var i = 0; i < b.length; i++) if (b[i] > 0x7F) return true; return false; }
  function dariUnit(u, a, b) {
    var s = "";
    for (var i = a; i < b; i += 8192) s += String.fromCharCode.apply(null, u.subarray(i, Math.min(b, i + 8192)));
    return s;
  }
  function utf16(data, le) {
    var n = data.length >> 1, u = new Uint16Array(n), i;
    for (i = 0; i < n; i++) u[i] = le ? data[2 * i] | (data[2 * i + 1] << 8) : (data[2 * i] << 8) | data[2 * i + 1];
    var baris = [], awal = 0;
    function tutup(a, b) {
      var titik = 0;
      for (var j = a; j < b; j++) {
        var c = u[j];
        if (c >= 0xD800 && c <= 0xDBFF && j + 1 < b && u[j + 1] >= 0xDC00 && u[j + 1] <= 0xDFFF) { j += 1; titik += 1; continue; }
        if (c >= 0xD800 && c <= 0xDFFF) return { kolom: titik + 1, kode: hexBesar(c, 4), pengodean: "UTF-16" };
        titik += 1;
      }
      return dariUnit(u, a, b);
    }
    for (i = 0; i < n; i++) {
      if (u[i] === 0x0A || u[i] === 0x0D) {
        baris.push(tutup(awal, i));
        if (u[i] === 0x0D && u[i + 1] === 0x0A) i += 1;
        awal = i + 1;
      }
    }
    baris.push(tutup(awal, n));
    if (data.length % 2) {
      var akhir = baris[baris.length - 1];
      baris[baris.length - 1] = { kolom: typeof akhir === "string" ? Array.from(akhir).length + 1 : akhir.kolom,
        kode: hexBesar(data[data.length - 1], 2), pengodean: "UTF-16" };
    }
    return baris;
  }
  function barisBerkas(isi) {
    if ((isi[0] === 0xFF && isi[1] === 0xFE) || (isi[0] === 0xFE && isi[1] === 0xFF)) {
      var b16 = utf16(isi.subarray(2), isi[0] === 0xFF);
      var rusak = b16.every(function (b) { return typeof b !== "string"; });
      if (rusak || b16.some(function (b) { return typeof b === "string" && b.indexOf("\u0000") >= 0; })) return null;
      return b16;
    }
    var bom = isi[0] === 0xEF && isi[1] === 0xBB && isi[2] === 0xBF;
    if (bom) isi = isi.subarray(3);
    if (isi.indexOf(0) >= 0) return null;
    if (!bom) {
      var u = cobaUtf8(isi);
      if (u !== null) return u.split(/\r\n|\r|\n/);
      var mentah = pisahBita(isi);
      if (!mentah.some(function (b) { return adaNonAscii(b) && cobaUtf8(b) !== null; })) {
        return mentah.map(function (b) { return W1252.decode(b); });
      }
    }
    return pisahBita(isi).map(utf8);
  }

  // kursus.survei.sel.pecah
  function pecah(baris, pemisah, ketat) {
    if (baris.indexOf('"') < 0) return baris.split(pemisah);
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
        if (ketat && i !== (k < 0 ? n : k)) return null;
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

  // kursus.survei.sel.rekaman: a quoted cell may span lines (Alt+Enter), at most baris_per_sel of them.
  function rekaman(baris, i, pemisah, maks) {
    var sel = pecah(baris[i], pemisah);
    if (sel !== null) return [sel, i + 1];
    var gabung = baris[i];
    for (var j = i + 1; j < Math.min(baris.length, i + maks); j++) {
      if (typeof baris[j] !== "string") break;
      gabung += "\n" + baris[j];
      if (baris[j].indexOf('"') < 0) continue;
      sel = pecah(gabung, pemisah, true);
      if (sel !== null) return [sel, j + 1];
    }
    return [null, i + 1];
  }

  // The duplicate check keeps a fingerprint of each file, not its bytes: the length and two independent
  // 32-bit hashes (FNV-1a and a multiplicative one), 64 bits in all; two different class files sharing one
  // is not to be expected (Python keeps a SHA-256 of each file).
  function sidik(isi) {
    var h = 0x811c9dc5, g = 0x2545f491;
    for (var i = 0; i < isi.length; i++) {
      h = Math.imul(h ^ isi[i], 0x01000193);
      g = Math.imul(g ^ isi[i], 0x5bd1e995);
      g ^= g >>> 15;
    }
    return isi.length + ":" + (h >>> 0) + ":" + (g >>> 0);
  }

  // kursus.survei.impor._Penggabung
  function Penggabung(A) {
    var spek = A.spek, blok = spek.blok.map(function (b) { return b.id; });
    var wajib = ["kelas", "absen", "platform"].concat(blok), dipakai = ["kelas", "absen", "nama", "platform"].concat(blok);
    var platform = new Map();
    spek.platform.forEach(function (p) { platform.set(A.kecil(p), p); });
    Object.keys(spek.alias_platform).forEach(function (k) { platform.set(A.kecil(k), spek.alias_platform[k]); });
    var tanpaSkor = new Set(spek.tanpa_skor);
    var self = this;
    this.baris = []; this.masalah = []; this.dimuat = [];
    var dimuat = new Set(), isiLama = new Map(), dinilai = new Map(), siswaPertama = new Map();
    var namaDilihat = new Map(), labelDipakai = new Set(), jumlahBerkas = 0;

    function lewati(berkas, kunci, baris, nilai) {
      self.masalah.push({ berkas: berkas, baris: baris, pesan: A.pesan(kunci, nilai || {}) });
    }
    this.lewati = lewati;

    function namaKolom(sel) {
      if (sel.length > A.batas("panjang_sel") && Array.from(sel).length > A.batas("panjang_sel")) return "";
      var k = A.kunciTeks(sel), b = k.length;
      while (b > 0 && k[b - 1] === ":") b--;
      k = k.slice(0, b).replace(/^ | $/g, "");
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

    // The file's name in the report (a second file of the same name is told apart), or null past the limit.
    this.mulai = function (nama) {
      jumlahBerkas += 1;
      if (jumlahBerkas > A.batas("berkas_maks")) {
        if (jumlahBerkas === A.batas("berkas_maks") + 1) lewati(nama, "terlalu_banyak_berkas", null, { maks: A.batas("berkas_maks") });
        return null;
      }
      var ke = namaDilihat.get(nama) || 0, label = null;
      while (label === null || labelDipakai.has(label)) {  // a file may even be named like a label
        ke += 1;
        label = ke === 1 ? nama : A.pesan("nama_kembar", { nama: nama, ke: ke });
      }
      namaDilihat.set(nama, ke);
      labelDipakai.add(label);
      return label;
    };

    // The checks made before a file is read: hidden, its name's ending and its size.
    this.awal = function (label, nama, ukuran) {
      if (nama.charAt(0) === ".") { lewati(label, "tersembunyi"); return false; }
      var kecil = A.kecil(nama);
      if (!spek.akhiran_dibaca.some(function (a) { return kecil.slice(-a.length) === a; })) {
        var akhiran = kecil.replace(/^\.+/, "").indexOf(".") >= 0 ? kecil.slice(kecil.lastIndexOf(".")) : "tanpa akhiran";
        lewati(label, spek.akhiran_lembar_kerja.indexOf(akhiran) >= 0 ? "lembar_kerja" : "bukan_berkas_data", null,
          { akhiran: akhiran });
        return false;
      }
      if (ukuran > A.batas("ukuran_berkas")) {
        lewati(label, "terlalu_besar", null, { kb: Math.floor(A.batas("ukuran_berkas") / 1000) });
        return false;
      }
      return true;
    };

    this.isi = function (nama, isi) {
      var k = sidik(isi);
      if (isiLama.has(k)) return lewati(nama, "sama_persis", null, { berkas_lain: isiLama.get(k) });
      isiLama.set(k, nama);
      var baris = barisBerkas(isi);
      if (baris === null) return lewati(nama, "bukan_teks");
      if (baris.every(function (b) { return typeof b === "string" && A.kosong(b); })) return lewati(nama, "kosong");
      teksBerkas(nama, baris);
    };

    function rusak(nama, nomor, b) {
      lewati(nama, "baris_rusak", nomor, { kolom: b.kolom, kode: b.kode, pengodean: b.pengodean });
    }

    function teksBerkas(nama, baris) {
      var mulai = 0, pemisah = spek.pemisah.slice();
      var m = typeof baris[0] === "string" ? /^[ \t]*"?sep=([\s\S])"?[ \t]*$/iu.exec(baris[0]) : null;
      if (m) { mulai = 1; pemisah = [m[1]]; }
      var judul = null, terbaik = null, i;
      for (i = mulai; i < Math.min(baris.length, mulai + A.batas("baris_sebelum_judul")); i++) {
        if (typeof baris[i] !== "string" || A.kosong(baris[i])) continue;
        for (var p = 0; p < pemisah.length; p++) {
          var sel = pecah(baris[i], pemisah[p]);
          if (sel === null || sel.length > A.batas("kolom_maks")) continue;
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
      for (i = mulai; i < judul.i; i++) if (typeof baris[i] !== "string") rusak(nama, i + 1, baris[i]);
      var jumlahMasalah = self.masalah.length, adaIsi = false, maks = A.batas("baris_per_sel");
      for (i = judul.i + 1; i < baris.length;) {
        var b = baris[i];
        if (typeof b !== "string") { adaIsi = true; rusak(nama, i + 1, b); i += 1; continue; }
        if (A.kosong(b)) { i += 1; continue; }
        adaIsi = true;
        var r = rekaman(baris, i, judul.p, maks);
        satuBaris(nama, i + 1, r[0], posisi);
        i = r[1];
      }
      if (!adaIsi && self.masalah.length === jumlahMasalah) lewati(nama, "hanya_judul");
    }

    var B = {};
    ["kolom_maks", "panjang_sel", "absen_maks", "skor_min", "skor_maks"].forEach(function (k) { B[k] = A.batas(k); });

    function satuBaris(berkas, nomor, sel, posisi) {
      if (sel === null) return lewati(berkas, "kutip_terbuka", nomor);
      if (sel.length > B.kolom_maks) return lewati(berkas, "terlalu_banyak_kolom", nomor, { n: sel.length, maks: B.kolom_maks });
      var nilai = {};
      for (var d = 0; d < dipakai.length; d++) {
        var j = posisi.get(dipakai[d]), v = j !== undefined && j < sel.length ? A.rapikan(sel[j]) : "";
        var n = v.length > B.panjang_sel ? Array.from(v).length : 0;  // characters, as Python counts
        if (n > B.panjang_sel) {
          return lewati(berkas, "sel_terlalu_panjang", nomor, { kolom: dipakai[d], n: n, maks: B.panjang_sel });
        }
        nilai[dipakai[d]] = v;
      }
      function ambil(k) { return nilai[k]; }

      var kelas = A.bukaSel(ambil("kelas"));
      if (!kelas) return lewati(berkas, "orang_kosong", nomor, { kolom: "kelas" });
      var absenTeks = ambil("absen"), nama = A.bukaSel(ambil("nama")), absen = null;
      if (absenTeks) {
        absen = A.bilangan(absenTeks);
        if (absen === null || absen < 1 || absen > B.absen_maks) {
          return lewati(berkas, "absen_salah", nomor, { nilai: A.kutip(absenTeks, 10), maks: B.absen_maks });
        }
      } else if (!nama) {
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
        if (n === null || n < B.skor_min || n > B.skor_maks) salah.push(b + " = " + A.kutip(v, 10));
        skor[b] = n;
      });
      if (salah.length) {
        return lewati(berkas, "skor_salah", nomor, { min: A.batas("skor_min"), maks: A.batas("skor_maks"), rincian: salah.join("; ") });
      }
      if (blok.every(function (b) { return skor[b] === null; })) return lewati(berkas, "tanpa_skor", nomor, { platform: p });
      var kunciSiswa = A.kunciSiswa(kelas, absen, nama), siswa = siswaPertama.get(kunciSiswa);
      if (siswa === undefined) { siswa = A.siswa(kelas, absen, nama); siswaPertama.set(kunciSiswa, siswa); }
      var kunci = siswa.kunci + "\u0000" + p, lama = dinilai.get(kunci);
      if (lama) {
        if (lama.berkas === berkas) {
          return lewati(berkas, "ganda_baris", nomor, { siswa: siswa.label, platform: p, baris_lain: lama.baris });
        }
        return lewati(berkas, "ganda_berkas", nomor, { siswa: siswa.label, platform: p, berkas_lain: lama.berkas });
      }
      dinilai.set(kunci, { berkas: berkas, baris: nomor });
      if (!dimuat.has(berkas)) { dimuat.add(berkas); self.dimuat.push(berkas); }
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
    var spek = A.spek, baris = [], jumlah = new Map();  // one pass over the answers: count, sum, squares
    g.baris.forEach(function (r) {
      spek.blok.forEach(function (b) {
        var s = r.skor[b.id];
        if (s === null) return;
        var k = r.platform + "|" + b.id, a = jumlah.get(k);
        if (a === undefined) { a = { n: 0, t: 0, q: 0 }; jumlah.set(k, a); }
        a.n += 1; a.t += s; a.q += s * s;
      });
    });
    spek.platform.forEach(function (p) {
      spek.blok.forEach(function (b) {
        var a = jumlah.get(p + "|" + b.id) || { n: 0, t: 0, q: 0 }, n = a.n, t = a.t, q = a.q;
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

    // Each choice of files starts a new reading; a reading still under way when the next choice comes is
    // dropped, so what is shown always belongs to the latest choice.
    var generasi = 0;
    function olah(daftar) {  // [{nama, file} or {nama, galat}]
      var ini = ++generasi;
      daftar = daftar.slice().sort(function (a, b) { return banding(a.nama, b.nama); });
      laporan.textContent = "Membaca " + daftar.length + " berkas…";
      hasil.textContent = "";
      var g = new Penggabung(A), maks = A.batas("ukuran_berkas"), berikut = 0, KELOMPOK = 64;
      function baca(x) {  // no file larger than the limit is read
        if (x.galat || x.file.size > maks) return null;
        return x.file.arrayBuffer().then(function (buf) { return { isi: new Uint8Array(buf) }; },
          function (e) { return { galat: e && e.name === "NotFoundError" ? "hilang" : "gagal_baca" }; });
      }
      function olahSatu(x, isi) {
        var label = g.mulai(x.nama);
        if (label === null) return;
        if (x.galat) return g.lewati(label, x.galat);
        if (!g.awal(label, x.nama, x.file.size)) return;
        if (isi.galat) return g.lewati(label, isi.galat, null, { alasan: "mungkin folder, berkas terkunci, atau tidak ada izin" });
        g.isi(label, isi.isi);
      }
      // A few dozen files are read at once, then handled in order: memory stays small for any number of files.
      function kelompok() {
        if (ini !== generasi) return false;
        if (berikut >= daftar.length) return true;
        var bagian = daftar.slice(berikut, berikut + KELOMPOK);
        berikut += KELOMPOK;
        return Promise.all(bagian.map(baca)).then(function (isi) {
          if (ini !== generasi) return false;
          bagian.forEach(function (x, k) { olahSatu(x, isi[k]); });
          return kelompok();
        });
      }
      return Promise.resolve(kelompok()).then(function (lengkap) {
        if (!lengkap || ini !== generasi) return;
        gambarLaporan(A, g, laporan);
        var baris = ringkasan(A, g);
        hasil.appendChild(gambarBatang(A, baris));
        hasil.appendChild(gambarTabel(baris));
        proyektor.disabled = false;
        terapkanLayar();
        akar.dataset.selesai = String(Number(akar.dataset.selesai || 0) + 1);
      });
    }

    input.addEventListener("change", function () {
      if (input.files.length) olah(Array.from(input.files).map(function (f) { return { nama: f.name, file: f }; }));
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
      if (daftar.length) olah(daftar);
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
      // Text or a link dropped by accident carries no file: the results on screen stay as they are.
      if (daftar.length) olah(daftar);
    });
  }

  function mulai() { document.querySelectorAll(".kursus-survei-impor").forEach(pasang); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mulai);
  else mulai();
})();
