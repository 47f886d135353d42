"""Write tests/berkas_survei/: survey files as students' devices really save them, good and broken.

Each file imitates one way a file reaches the teacher (what Excel set to Indonesian, LibreOffice, Google
Sheets, Notepad or a phone app writes), so that the Python import and the in-browser importer are tested on
the same bytes. Run it again after changing the survey columns: ``.venv/bin/python tools/buat_berkas_survei.py``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "berkas_survei"
BLOK = "identitas,percakapan,berbagi,kehadiran,hubungan,reputasi,kelompok"
KEPALA = f"kelas,absen,platform,{BLOK}"
KEPALA_LAMA = f"nama,kelas,platform,{BLOK}"


def baris(*rows: str, sep: str = ",", akhir: str = "\r\n") -> str:
    return akhir.join(r.replace(",", sep) if sep != "," else r for r in rows) + akhir


BERKAS: dict[str, bytes] = {
    # Excel set to Indonesian: "CSV (dipisahkan koma)" writes semicolons and Windows-1252, no BOM.
    "excel-indonesia.csv": baris(KEPALA, "8A,1,Facebook,5,4,3,3,5,3,5", "8A,1,Instagram,4,3,5,3,4,4,2",
                                 sep=";").encode("cp1252"),
    # Excel "CSV UTF-8 (dipisahkan koma)": BOM, commas, CRLF.
    "excel-utf8.csv": ("\ufeff" + baris(KEPALA, "8A,2,TikTok,3,3,5,2,2,4,2", "8A,2,YouTube,3,2,5,1,2,4,3")).encode(),
    # A byte-for-byte copy that arrived twice (WhatsApp adds " (1)").
    "salinan (1).csv": ("\ufeff" + baris(KEPALA, "8A,2,TikTok,3,3,5,2,2,4,2", "8A,2,YouTube,3,2,5,1,2,4,3")).encode(),
    # Excel "Teks Unicode": UTF-16LE with BOM, tab separated, saved as .txt.
    "excel-teks-unicode.txt": ("\ufeff" + baris(KEPALA, "8A,3,WhatsApp,2,5,3,5,4,1,4", sep="\t")).encode("utf-16-le"),
    # LibreOffice with "quote all text cells", LF endings, numbers typed as 4,0 (decimal comma).
    "libreoffice.csv": baris('"kelas","absen","platform",' + ",".join(f'"{b}"' for b in BLOK.split(",")),
                             '"8A","4","LinkedIn","4,0","2","3","1","5","5,0","2"', akhir="\n").encode(),
    # Google Sheets download with a title line and a blank line above the header, empty trailing columns.
    "google-sheets.csv": baris("Survei Platform Kelas 8A,,,,,,,,,", ",,,,,,,,,", KEPALA + ",,",
                               "8A,5,Facebook,5,4,4,3,5,3,5,,", "8A,5,X,3,5,5,3,2,4,3,,").encode(),
    # Notepad: "Save as" kept the .txt ending.
    "notepad.csv.txt": ("\ufeff" + baris(KEPALA, "8A,6,Instagram,5,3,5,3,4,5,2")).encode(),
    # A phone spreadsheet app: "sep=;" line, nomor absen typed "07", platforms typed by their nicknames.
    "ponsel.csv": baris("sep=;", KEPALA, "8A,07,twitter,2,5,5,3,2,3,3", "8A,07,ig,4,2,5,4,3,4,2",
                        sep=";", akhir="\n").encode(),
    # UTF-16 big-endian with BOM and old Mac line endings (CR only).
    "utf16-be.csv": ("\ufeff" + baris(KEPALA, "8A,9,YouTube,2,3,5,1,3,4,4", akhir="\r")).encode("utf-16-be"),
    # Older, name-based files: several students in one file.
    "lama-1-nama.csv": baris(KEPALA_LAMA, "Siti Aminah,8A,Facebook,3,2,5,,5,3,5",
                                  "Siti Aminah,8A,Instagram,3,2,5,1,4,3,3", "José Ramos,8A,TikTok,2,4,5,3,2,3,3",
                                  "Budi Santoso,8A,Facebook,5,4,3,2,5,3,5").encode(),
    # The same students again, written differently (case, spacing, decomposed é): duplicates are reported
    # and the first file wins; a new platform of a known student and a new student are kept.
    "lama-2-nama-lagi.csv": baris(KEPALA_LAMA, "  SITI   aminah ,8a,Facebook,1,1,1,1,1,1,1",
                                       "siti aminah,8 A,WhatsApp,2,5,3,5,4,1,4",
                                       "Jose\u0301 Ramos,8A,TikTok,1,1,1,1,1,1,1",
                                       "Dewi Lestari,8A,YouTube,3,3,5,2,3,4,3").encode(),
    # Windows-1252 with accented names and a comment column holding a byte Windows leaves undefined (0x81).
    "cp1252-catatan.csv": (baris(KEPALA_LAMA + ",catatan", "André Ñúñez,8B,LinkedIn,4,2,3,1,5,5,2,ok")
                           .encode("cp1252").replace(b",ok", b",o\x81k")),
    # A class list of several students in one file, 8B; one platform rated twice; class written two ways;
    # a full-width nomor absen.
    "kelas-8b.csv": baris(KEPALA, "8B,1,Facebook,4,4,4,3,5,3,5", "8B,2,Facebook,5,5,4,3,4,3,4",
                          "8 b,2,Facebook,1,1,1,1,1,1,1", "8B,\uff13,TikTok,2,3,5,2,1,5,3",
                          "8B,4,WhatsApp,1,5,4,5,5,1,4").encode(),
    # An unclosed quote: only its own line is lost.
    "kutip-terbuka.csv": baris(KEPALA, "8A,10,Facebook,4,4,4,3,5,3,5", '8A,10,"Instagram,4,4,5,3,4,4,2',
                               "8A,10,TikTok,3,3,5,2,2,4,2").encode(),
    # Every kind of bad line, between good ones.
    "baris-rusak.csv": baris(KEPALA, "8A,11,Facebook,4,4,7,3,5,3,5", '8A,11,Instagram,4,"4,5",5,3,4,4,2',
                             "8A,11,Snapchat,3,3,3,3,3,3,3", "8A,11,,3,3,3,3,3,3,3", "8A,abc,X,3,3,3,3,3,3,3",
                             "8A,150,X,3,3,3,3,3,3,3", ",11,X,3,3,3,3,3,3,3", "8A,11,YouTube,,,,,,,",
                             "8A,11,X,=1+1,3,3,3,3,3,3", "8A,11,LinkedIn,2,2,2,2,-,–,2").encode(),
    # A name that would be a formula, written safely by the survey form (apostrophe) and read back as typed.
    "rumus.csv": baris(KEPALA_LAMA, "'=HYPERLINK( http://x  klik ),8C,Facebook,3,3,3,3,3,3,3").encode(),
    # Broken or foreign files: each reported and skipped.
    # Excel: a name typed with Alt+Enter is one quoted cell holding a line break (LF inside, CRLF between rows).
    "excel-alt-enter.csv": baris(KEPALA_LAMA, '"Siti\nAminah",8D,Facebook,4,4,4,3,5,3,5',
                                 '"Budi\nSantoso",8D,TikTok,3,3,5,2,2,4,2').encode(),
    # A UTF-8 file (with BOM) where one line was typed on a Windows-1252 machine: only that line is lost.
    "utf8-bom-satu-bita.csv": ("\ufeff" + baris(KEPALA_LAMA, "Dewi,8D,Facebook,4,4,4,3,5,3,5")).encode()
                              + b"Caf\xe9,8D,Facebook,1,1,1,1,1,1,1\r\n"
                              + baris("Eko,8D,Facebook,2,2,2,2,2,2,2").encode(),
    "kosong.csv": b"",
    "spasi-saja.csv": b"  \r\n;;\r\n",
    "judul-saja.csv": baris(KEPALA).encode(),
    "daftar-hadir.csv": baris("No,Nama,Hadir", "1,Siti Aminah,ya").encode(),
    "gambar.csv": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",
    "foto-papan.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "tugas.xlsx": b"PK\x03\x04\x14\x00\x06\x00",
    "utf16-rusak.csv": b"\xff\xfe" + "kelas".encode("utf-16-le") + b"\x00",
    "video.csv": (KEPALA + "\r\n" + "8A,12,Facebook,1,1,1,1,1,1,1\r\n" * 8000).encode(),
}


def main() -> None:
    if FOLDER.exists():
        shutil.rmtree(FOLDER)
    FOLDER.mkdir(parents=True)
    for nama, isi in BERKAS.items():
        (FOLDER / nama).write_bytes(isi)
    print(f"{len(BERKAS)} berkas ditulis ke {FOLDER}")


if __name__ == "__main__":
    main()
