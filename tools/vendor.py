"""Fetch the vendored browser libraries from the npm registry and check them against vendor/manifest.json.

    python tools/vendor.py          # fetch every file listed in the manifest, verify its SHA-256
    python tools/vendor.py --check  # only verify the files already in vendor/ (no network)

The manifest is the record of origin: registry package, version, path inside the package, checksum.
To upgrade a library, change its version, run with --update, review the diff, and commit.

An entry with "built_by" is not a file of the package but built from it by the named folder of tools/ (its
package.json and package-lock.json pin every input; `npm ci`, then `node bangun.mjs OUTPUT`): the book's own
plotly.js bundle with only the trace types its charts use, and Bootstrap with only Dropdown and Tooltip. To
upgrade one, change the version in that folder's
package.json, run `npm install` there, then this script with --update.

An entry's "served" says how readers get it: true (default) copies the file to every built book's
_static/kursus/ (loaded only on pages that need it); "icons" means it is an SVG the book turns into its
small icon stylesheet; "theme" means it is copied over the theme's file named by "replaces" (same address,
so the theme's pages load it unchanged); false means it is never served (test assets such as axe-core).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "vendor"
MANIFEST = VENDOR / "manifest.json"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check() -> list[str]:
    problems = []
    for entry in json.loads(MANIFEST.read_text())["files"]:
        path = VENDOR / entry["file"]
        if not path.exists():
            problems.append(f"{entry['file']}: missing")
        elif sha256(path) != entry["sha256"]:
            problems.append(f"{entry['file']}: checksum differs from manifest")
    return problems


def build(entry: dict, tmp: Path) -> bytes:
    """The bytes of a built entry: its tools/ folder's pinned packages installed, then its build script run."""
    folder = ROOT / entry["built_by"]
    pinned = json.loads((folder / "package.json").read_text())["devDependencies"].get(entry["package"])
    if pinned != entry["version"]:
        sys.exit(f"{entry['file']}: {folder}/package.json pins {entry['package']} {pinned}, "
                 f"the manifest says {entry['version']}")
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=folder, check=True)
    out = tmp / entry["file"]
    subprocess.run(["node", "bangun.mjs", str(out)], cwd=folder, check=True)
    return out.read_bytes()


def fetch(update: bool = False) -> None:
    manifest = json.loads(MANIFEST.read_text())
    packed: dict[str, Path] = {}  # one download per package version, however many files it gives
    with tempfile.TemporaryDirectory() as tmp:
        for entry in manifest["files"]:
            spec = f"{entry['package']}@{entry['version']}"
            if "built_by" in entry:
                data = build(entry, Path(tmp))
            else:
                if spec not in packed:
                    out = subprocess.run(["npm", "pack", spec, "--silent", "--pack-destination", tmp], check=True,
                                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
                    packed[spec] = Path(tmp) / out
                with tarfile.open(packed[spec]) as tar:
                    data = tar.extractfile(f"package/{entry['path_in_package']}").read()
            digest = hashlib.sha256(data).hexdigest()
            if update:
                entry["sha256"] = digest
            elif digest != entry["sha256"]:
                sys.exit(f"{spec}: {'built' if 'built_by' in entry else 'registry'} file checksum {digest} "
                         "differs from manifest")
            target = VENDOR / entry["file"]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            print(f"{entry['file']}: {spec} ok ({len(data)} bytes)")
    if update:
        MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        bad = check()
        print("\n".join(bad) or "vendor: every file matches the manifest")
        sys.exit(1 if bad else 0)
    fetch(update="--update" in sys.argv)
