#!/bin/sh
# Install CPI Terrain for every user of this computer (as root): the program in
# /opt/cpi-terrain, its menu entry and icon. Run again to update; the agents' encrypted
# caseloads live in their own folders (~/.local/share/cpi-terrain) and are never touched.
# Remove: rm -rf /opt/cpi-terrain /usr/share/applications/cpi-terrain.desktop
#         /usr/share/icons/hicolor/scalable/apps/cpi-terrain.svg
# --server URL (optional): the office server's address, written for every user to
# /etc/xdg/ONE/cpi-terrain.ini; the agent's first run then asks only for the login.
# The installed folder belongs to root, whoever unpacked it (else that user could change the
# program every agent runs). Printed plans do not stay in CUPS's spool: PreserveJobFiles No
# in /etc/cups/cupsd.conf (CUPS keeps each job's document a day by default).
# CPI_INSTALL_ROOT (tests only): a folder standing for / .
set -eu
here=$(dirname "$(readlink -f "$0")")
root=${CPI_INSTALL_ROOT:-}
server=""
if [ "${1:-}" = "--server" ] && [ -n "${2:-}" ]; then server=$2; fi
if [ "$(id -u)" -ne 0 ]; then
    echo "Lancez ce script en administrateur (root) / Bitte als Administrator (root) starten." >&2
    exit 1
fi
mkdir -p "$root/opt"
rm -rf "$root/opt/cpi-terrain.new"
cp -R --preserve=mode,timestamps,links "$here" "$root/opt/cpi-terrain.new"
chown -R 0:0 "$root/opt/cpi-terrain.new"
chmod -R go-w "$root/opt/cpi-terrain.new"
rm -rf "$root/opt/cpi-terrain.old"
if [ -d "$root/opt/cpi-terrain" ]; then mv "$root/opt/cpi-terrain" "$root/opt/cpi-terrain.old"; fi
mv "$root/opt/cpi-terrain.new" "$root/opt/cpi-terrain"
rm -rf "$root/opt/cpi-terrain.old"
install -D -m 0644 "$here/cpi-terrain.desktop" "$root/usr/share/applications/cpi-terrain.desktop"
install -D -m 0644 "$here/cpi-terrain.svg" \
    "$root/usr/share/icons/hicolor/scalable/apps/cpi-terrain.svg"
if [ -n "$server" ]; then
    install -d -m 0755 "$root/etc/xdg/ONE"
    printf '[sync]\nserver_url=%s\n' "$server" > "$root/etc/xdg/ONE/cpi-terrain.ini"
    chmod 0644 "$root/etc/xdg/ONE/cpi-terrain.ini"
fi
cupsd_conf="$root/etc/cups/cupsd.conf"
if [ -f "$cupsd_conf" ]; then
    if grep -q '^[[:space:]]*PreserveJobFiles' "$cupsd_conf"; then
        sed -i 's/^[[:space:]]*PreserveJobFiles.*/PreserveJobFiles No/' "$cupsd_conf"
    else
        printf '\n# CPI Terrain: printed plans do not stay in the spool\nPreserveJobFiles No\n' \
            >> "$cupsd_conf"
    fi
    if [ -z "$root" ] && command -v systemctl > /dev/null 2>&1; then
        systemctl try-restart cups.service 2> /dev/null || true
    fi
fi
echo "CPI Terrain installé dans /opt/cpi-terrain / installiert in /opt/cpi-terrain."
