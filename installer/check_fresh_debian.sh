#!/bin/sh
# Proves the README's Quick start on a bare Debian 12 (only python3), in a debootstrap chroot.
# Usage, as root: installer/check_fresh_debian.sh [CHROOT_DIR]   (needs debootstrap and network
# access to the Debian mirror and PyPI). Runs `bootstrap.py test`, then the demo with screenshots.
set -eu
ROOT=${1:-/tmp/cpi-fresh-bookworm}
HERE=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -x "$ROOT/usr/bin/python3" ]; then
    debootstrap --variant=minbase --include=python3 bookworm "$ROOT" http://deb.debian.org/debian
fi
for fs in proc sys dev dev/pts; do
    mountpoint -q "$ROOT/$fs" || mount --bind "/$fs" "$ROOT/$fs"
done
trap 'for fs in dev/pts dev sys proc; do umount -l "$ROOT/$fs" 2>/dev/null || true; done' EXIT
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
# Behind a TLS-inspecting proxy the host's CA bundle is what makes PyPI reachable; a real
# fresh machine does not need this (its bundle is Debian's, used by pip's own certifi).
mkdir -p "$ROOT/etc/ssl/certs" && cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/host-ca.crt"
rm -rf "$ROOT/opt/cpi-terrain" && mkdir -p "$ROOT/opt/cpi-terrain"
git -C "$HERE" archive HEAD | tar -x -C "$ROOT/opt/cpi-terrain"
chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    PIP_CERT=/etc/ssl/host-ca.crt SSL_CERT_FILE=/etc/ssl/host-ca.crt \
    sh -c 'cd /opt/cpi-terrain && python3 bootstrap.py test && \
           python3 bootstrap.py demo -- --screenshot /tmp/fresh-shots && ls -l /tmp/fresh-shots'
