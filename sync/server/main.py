"""``cpi-server``: serve the API, or run an administrative command.

    cpi-server [serve] [--host 127.0.0.1] [--port 8470] [--database URL]
    cpi-server create-office CODE "Name" REGION LOCALITY
    cpi-server create-user LOGIN "Display name" ROLE [--office CODE]   (password on stdin)
    cpi-server transfer CASE_NUMBER LOGIN
    cpi-server devices
    cpi-server revoke-device DEVICE_ID

The database is an SQLite file in the user's data folder unless ``--database`` or the
``CPI_SERVER_DATABASE`` environment variable gives a URL (``postgresql://...`` in production).
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid

from app.domain import UserRole
from sync.server import admin
from sync.server.db import default_url, make_engine, prepare_database

DEFAULT_PORT = 8470


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    url = args.database or os.environ.get("CPI_SERVER_DATABASE") or default_url()
    command = args.command or "serve"
    if command == "serve":
        return _serve(url, args.host, args.port)
    sessions = prepare_database(make_engine(url))
    try:
        if command == "create-office":
            print(admin.create_office(sessions, args.code, args.name, args.region,
                                      args.locality))
        elif command == "create-user":
            password = sys.stdin.readline().rstrip("\n")
            user_id = admin.create_user(sessions, args.login, args.name, UserRole(args.role),
                                        args.office, password)
            print(user_id)
        elif command == "transfer":
            admin.transfer_case(sessions, args.case_number, args.login)
        elif command == "devices":
            for device, login in admin.devices(sessions):
                state = "révoqué" if device.revoked_at else "actif"
                print(f"{device.id}\t{login}\t{device.name}\t{state}")
        elif command == "revoke-device":
            admin.revoke_device(sessions, uuid.UUID(args.device_id))
    except admin.AdminError as refused:
        print(f"cpi-server: {refused}", file=sys.stderr)
        return 1
    return 0


def _serve(url: str, host: str, port: int) -> int:
    import uvicorn

    from sync.server.app import create_app

    uvicorn.run(create_app(url), host=host, port=port, log_level="warning")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cpi-server", description="Serveur central de l'ONE.")
    parser.add_argument("--database", help="URL de la base (SQLite par défaut)")
    commands = parser.add_subparsers(dest="command")
    serve = commands.add_parser("serve", help="servir l'API")
    for target in (parser, serve):
        target.add_argument("--host", default="127.0.0.1")
        target.add_argument("--port", type=int, default=DEFAULT_PORT)
    office = commands.add_parser("create-office", help="créer un bureau régional")
    for name in ("code", "name", "region", "locality"):
        office.add_argument(name)
    user = commands.add_parser("create-user", help="créer un utilisateur (mot de passe sur stdin)")
    user.add_argument("login")
    user.add_argument("name")
    user.add_argument("role", choices=[role.value for role in UserRole])
    user.add_argument("--office")
    transfer = commands.add_parser("transfer", help="confier un dossier à un autre agent")
    transfer.add_argument("case_number")
    transfer.add_argument("login")
    commands.add_parser("devices", help="lister les postes enrôlés")
    revoke = commands.add_parser("revoke-device", help="révoquer un poste")
    revoke.add_argument("device_id")
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
