#!/usr/bin/env bash
# The fresh-machine check: a clean Debian 12 root (debootstrap) with only git, make and python3-venv added,
# the repository cloned into it, and the README's two commands run there, as a newcomer would.
#
#   sudo make check-fresh                  # or: sudo bash tools/check_fresh.sh
#   FRESH_SUITE=trixie sudo make check-fresh   # the same on Debian 13 (Python 3.13)
#
# It tests what is committed (the clone takes HEAD). It needs root (debootstrap, chroot, mounts), the Debian
# mirror and PyPI; it takes 20-40 minutes and several GB under FRESH_DIR, so it is not part of `make test`.
# The tests that install the package under Colab's Python (3.13) fetch that Python with uv when the root has
# none; where the machine cannot download it, FRESH_EXTRA_PYTHON names a host interpreter folder (e.g. a pyenv
# version) that is mounted read-only at the same path inside the root. The log is $FRESH_DIR/check.log.
# In this project's own sandbox: FRESH_EXTRA_PYTHON=/root/.pyenv/versions/3.13.0
#   FRESH_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt sudo -E make check-fresh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SUITE=${FRESH_SUITE:-bookworm}
MIRROR=${FRESH_MIRROR:-http://deb.debian.org/debian}
FRESH_DIR=${FRESH_DIR:-/var/tmp/kursus-fresh}
TARGET=$FRESH_DIR/$SUITE
LOG=$FRESH_DIR/check.log
EXTRA=${FRESH_EXTRA_PYTHON:-}
# Where the network intercepts TLS with its own authority (as some school and office networks do), name the
# host's CA bundle: pip, uv and git inside the root then trust it too.
CA=${FRESH_CA_BUNDLE:-}

say() { printf '\n== %s\n' "$*" | tee -a "$LOG"; }

[ "$(id -u)" = 0 ] || { echo "check-fresh butuh root (debootstrap, chroot): jalankan dengan sudo." >&2; exit 2; }
mkdir -p "$FRESH_DIR"
: > "$LOG"
command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }

MOUNTS=()
cleanup() {
  for ((i=${#MOUNTS[@]}-1; i>=0; i--)); do umount -l "${MOUNTS[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
bind() {  # bind SRC DEST [ro]
  mkdir -p "$2"
  mount --bind "$1" "$2"
  MOUNTS+=("$2")
  if [ "${3:-}" = ro ]; then mount -o remount,bind,ro "$2"; fi
}

say "1. A clean Debian ($SUITE) root in $TARGET"
# Never delete through a bind mount left by an interrupted run (it would reach the host's /dev or the repo).
if grep -q " $TARGET/" /proc/mounts; then
  echo "Masih ada mount di $TARGET dari jalankan sebelumnya; lepas dulu: umount -R $TARGET/*" >&2; exit 2
fi
rm -rf --one-file-system "$TARGET"
debootstrap --variant=minbase "$SUITE" "$TARGET" "$MIRROR" >>"$LOG" 2>&1
cp /etc/resolv.conf "$TARGET/etc/resolv.conf"
mount -t proc proc "$TARGET/proc"; MOUNTS+=("$TARGET/proc")
bind /sys "$TARGET/sys"
bind /dev "$TARGET/dev"
bind /dev/pts "$TARGET/dev/pts"   # a pty for IPython's %pip (pexpect), as on any real machine
mkdir -p "$TARGET/dev/shm"; mount -t tmpfs -o size=2g tmpfs "$TARGET/dev/shm"; MOUNTS+=("$TARGET/dev/shm")
bind "$ROOT" "$TARGET/mnt/asal" ro
if [ -n "$EXTRA" ]; then bind "$EXTRA" "$TARGET$EXTRA" ro; fi

CA_ENV=()
if [ -n "$CA" ]; then
  cp "$CA" "$TARGET/etc/fresh-ca-bundle.crt"
  CA_ENV=(PIP_CERT=/etc/fresh-ca-bundle.crt SSL_CERT_FILE=/etc/fresh-ca-bundle.crt
          REQUESTS_CA_BUNDLE=/etc/fresh-ca-bundle.crt GIT_SSL_CAINFO=/etc/fresh-ca-bundle.crt)
fi
in_root() { chroot "$TARGET" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  LANG=C.UTF-8 TERM=dumb CI=true "${CA_ENV[@]}" bash -lc "$*"; }

say "2. Only git, make and python3-venv"
in_root "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq git make python3-venv" >>"$LOG" 2>&1
in_root "python3 --version; git --version | head -1; make --version | head -1" | tee -a "$LOG"

say "3. git clone (HEAD of $ROOT)"
in_root "git config --global --add safe.directory '*' && git clone -q /mnt/asal /root/kursus && git -C /root/kursus log --oneline -1" | tee -a "$LOG"

status=0
say "4. make book"
SECONDS=0
in_root "cd /root/kursus && make book" >>"$LOG" 2>&1 || status=$?
echo "make book: exit $status after ${SECONDS}s" | tee -a "$LOG"
if [ "$status" = 0 ]; then
  say "5. make test"
  SECONDS=0
  in_root "cd /root/kursus && make test" >>"$LOG" 2>&1 || status=$?
  echo "make test: exit $status after ${SECONDS}s" | tee -a "$LOG"
  grep -E '^(=+ .*(passed|failed|error).* =+|FAILED|ERROR)' "$LOG" | tail -20 || true
fi
exit "$status"
