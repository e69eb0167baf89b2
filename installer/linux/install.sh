#!/bin/sh
# Install CPI Terrain for every user of this computer (as root): the program in
# /opt/cpi-terrain, its menu entry and icon. Run again to update; the agents' encrypted
# caseloads live in their own folders (~/.local/share/cpi-terrain) and are never touched.
# Remove: rm -rf /opt/cpi-terrain /usr/share/applications/cpi-terrain.desktop
#         /usr/share/icons/hicolor/scalable/apps/cpi-terrain.svg
# --server URL (optional): the office server's address, written for every user to
# /etc/xdg/ONE/cpi-terrain.ini; the agent's first run then asks only for the login.
set -eu
here=$(dirname "$(readlink -f "$0")")
server=""
if [ "${1:-}" = "--server" ] && [ -n "${2:-}" ]; then server=$2; fi
if [ "$(id -u)" -ne 0 ]; then
    echo "Lancez ce script en administrateur (root) / Bitte als Administrator (root) starten." >&2
    exit 1
fi
rm -rf /opt/cpi-terrain.new
cp -a "$here" /opt/cpi-terrain.new
rm -rf /opt/cpi-terrain.old
if [ -d /opt/cpi-terrain ]; then mv /opt/cpi-terrain /opt/cpi-terrain.old; fi
mv /opt/cpi-terrain.new /opt/cpi-terrain
rm -rf /opt/cpi-terrain.old
install -D -m 0644 "$here/cpi-terrain.desktop" /usr/share/applications/cpi-terrain.desktop
install -D -m 0644 "$here/cpi-terrain.svg" /usr/share/icons/hicolor/scalable/apps/cpi-terrain.svg
if [ -n "$server" ]; then
    install -d -m 0755 /etc/xdg/ONE
    printf '[sync]\nserver_url=%s\n' "$server" > /etc/xdg/ONE/cpi-terrain.ini
    chmod 0644 /etc/xdg/ONE/cpi-terrain.ini
fi
echo "CPI Terrain installé dans /opt/cpi-terrain / installiert in /opt/cpi-terrain."
