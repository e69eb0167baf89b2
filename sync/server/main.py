"""``cpi-server``: serve the API, or run an administrative command.

    cpi-server [serve] [--host 127.0.0.1] [--port 8470] [--database URL] [--docs]
               [--device-idle-days 90]
    cpi-server create-office CODE "Name" REGION LOCALITY
    cpi-server create-user LOGIN "Display name" ROLE [--office CODE]   (password on stdin)
    cpi-server enrolment-code LOGIN [--valid-days N]   (a one-time code to enrol a computer)
    cpi-server set-password LOGIN      (password on stdin; to change at the next enrolment)
    cpi-server disable-user LOGIN      (every device revoked and wiped; no enrolment)
    cpi-server enable-user LOGIN
    cpi-server transfer CASE_NUMBER LOGIN
    cpi-server devices [--user LOGIN]
    cpi-server revoke-device DEVICE_ID
    cpi-server security-log [--since YYYY-MM-DD]
    cpi-server import-providers FILE [--check]   (the ONE's register of providers, CSV)
    cpi-server db-status
    cpi-server upgrade     (after installing a new version, servers stopped, database saved)
    cpi-server semester-list DATE --out FILE.pdf [--language fr|de]
    cpi-server statistics FROM TO --out FILE.pdf [--language fr|de] [--csv FOLDER]

At start (``serve`` and every command but ``db-status`` and ``upgrade``), the database must be
at this version: an empty one is created, one an older cpi-server made is refused with the
command to run (``upgrade``), one a newer cpi-server upgraded is refused. ``upgrade`` brings it
to this version in one transaction, one line per step on stdout; ``db-status`` shows where it
stands without changing it. ``--database`` may come before or after the command.

The database is an SQLite file in the user's data folder unless ``--database`` or the
``CPI_SERVER_DATABASE`` environment variable gives a URL (``postgresql://...`` in production).
A refused command, a usage mistake or an unreachable database ends with one line on stderr and
exit code 1, never a traceback: operators script these commands.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import uuid
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import NoReturn

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.domain import UserRole
from app.process import forbid_core_dumps
from sync.server import admin, directory, migrate, national, revocations, security
from sync.server.auth import DEVICE_IDLE_DAYS
from sync.server.db import (
    APPLICATION_NAME,
    UPGRADE_APPLICATION_NAME,
    DatabaseRefused,
    default_url,
    make_engine,
    prepare_database,
    upgrade_database,
)

DEFAULT_PORT = 8470


def main(argv: list[str] | None = None) -> int:
    forbid_core_dumps()  # memory holds the families' records: never a core file (app.process)
    args = _parser().parse_args(argv)
    url = args.database or os.environ.get("CPI_SERVER_DATABASE") or default_url()
    command = args.command or "serve"
    if command != "upgrade":  # which prints its own progress on stdout
        _show_migrations()
    try:
        if command == "db-status":
            return _db_status(url)
        if command == "upgrade":
            return _upgrade(url)
        sessions = _open(url, _upgrade_advice(args.database))
        if command == "serve":
            _replay_revocations(sessions)
            return _serve(sessions, args.host, args.port, args.docs, args.device_idle_days)
        _run(command, args, sessions)
    except admin.AdminError as refused:
        print(f"cpi-server: {refused}", file=sys.stderr)
        return 1
    return 0


def _show_migrations() -> None:
    """What a start does to the database (created), on stderr (revisions, no data)."""
    logger = logging.getLogger(migrate.log.name)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("cpi-server: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def _upgrade_advice(option: str | None) -> str:
    """The command that upgrades the database this one was given (``--database``'s URL
    without its password; the environment's variable is the same for both commands)."""
    if option is None:
        return "cpi-server upgrade"
    try:
        shown = make_url(option).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "cpi-server upgrade --database URL"
    return f"cpi-server upgrade --database {shown}"


def _open(url: str, advice: str) -> sessionmaker[Session]:
    engine, shown = _engine(url)
    try:
        return prepare_database(engine, advice)
    except SQLAlchemyError as exc:
        raise admin.AdminError(f"La base de données {shown} est inaccessible : "
                               f"{_first_line(exc)}") from None
    except DatabaseRefused as exc:
        raise admin.AdminError(str(exc)) from None


def _db_status(url: str) -> int:
    """Where the database stands and what a start or ``upgrade`` would do, without changing
    anything.
    Exit code 1 when neither a start nor ``upgrade`` can use it (newer, or older than the
    baseline)."""
    engine, shown = _engine(url)
    try:
        with engine.connect() as connection:
            found = migrate.status(connection)
            refused = migrate.refusal(connection, found)
    except SQLAlchemyError as exc:
        raise admin.AdminError(f"La base de données {shown} est inaccessible : "
                               f"{_first_line(exc)}") from None
    finally:
        engine.dispose()
    print(f"Base : {shown}")
    print(f"Révision de la base : {found.current or 'aucune'}")
    print(f"Révision de ce serveur : {found.head}")
    print(f"État : {found.state.value}")
    if found.state is migrate.SchemaState.EMPTY:
        print("Au démarrage : tables créées à la révision de ce serveur.")
    elif found.state is migrate.SchemaState.UNVERSIONED and refused is None:
        print(f"cpi-server upgrade : marquée à la révision {migrate.BASELINE}, puis mise à "
              "jour ; un démarrage la refuse avant.")
    elif found.state is migrate.SchemaState.BEHIND:
        print("cpi-server upgrade : les étapes ci-dessous ; un démarrage la refuse avant.")
    print(f"Étapes en attente : {len(found.pending)}")
    for step in found.pending:
        print(f"  {step.revision} {step.description}")
    if refused is not None:
        print(f"cpi-server: {refused}", file=sys.stderr)
        return 1
    return 0


def _upgrade(url: str) -> int:
    """``cpi-server upgrade``: the database brought to this version in one transaction, one
    line per step as it is applied (revisions and titles, never data)."""
    engine, shown = _engine(url, UPGRADE_APPLICATION_NAME)
    print(f"Base : {shown}", flush=True)
    waiting: list[migrate.Step] = []  # the steps not applied yet, in order

    def planned(found: migrate.SchemaStatus) -> None:
        waiting.extend(found.pending)
        if found.state is migrate.SchemaState.EMPTY:
            print(f"Base vide : tables créées à la révision {found.head}.", flush=True)
            return
        if found.state is migrate.SchemaState.UNVERSIONED:
            print(f"Base d'un cpi-server antérieur aux migrations : marquée à la révision "
                  f"{migrate.BASELINE}.", flush=True)
        if not found.pending:
            print(f"Base déjà à la révision de ce serveur ({found.head}) : rien à faire.",
                  flush=True)
            return
        print(f"Révision {found.current or migrate.BASELINE} vers {found.head} : "
              f"{len(found.pending)} étape(s), en une seule transaction (une étape qui "
              "échoue laisse la base comme elle était).", flush=True)
        if engine.dialect.name == "sqlite":
            print("SQLite : gardez une copie de la base faite serveur arrêté avant cette mise "
                  "à jour (sqlite3 FICHIER \".backup 'COPIE'\") ; c'est le seul retour à la "
                  "version précédente.", flush=True)

    def applied(step: migrate.StepApplied) -> None:
        waiting.pop(0)
        print(f"Étape {step.done}/{step.total} : {step.step.revision} "
              f"{step.step.description} ({step.seconds:.1f} s)", flush=True)

    try:
        upgraded = upgrade_database(engine, planned=planned, applied=applied)
    except SQLAlchemyError as exc:
        failed = (f" à l'étape {waiting[0].revision} ({waiting[0].description})" if waiting
                  else "")
        raise admin.AdminError(f"La mise à jour a échoué{failed}, la base est restée comme "
                               f"elle était : {_first_line(exc)}") from None
    except DatabaseRefused as exc:
        raise admin.AdminError(str(exc)) from None
    finally:
        engine.dispose()
    if upgraded.applied:
        print(f"Base mise à jour : révision {upgraded.before.head}, {len(upgraded.applied)} "
              "étape(s) validée(s). Démarrez les serveurs.", flush=True)
    return 0


def _engine(url: str, application_name: str = APPLICATION_NAME) -> tuple[Engine, str]:
    try:
        shown = make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        readable = url.rsplit("@", 1)[-1]  # never a password on stderr
        raise admin.AdminError(
            f"Adresse de base de données illisible : {readable} (attendu : "
            "sqlite:///chemin/fichier ou postgresql://utilisateur@hôte/base).") from None
    try:
        return make_engine(url, application_name), shown
    except (ArgumentError, ValueError) as exc:
        raise admin.AdminError(f"Adresse de base de données illisible : {shown} "
                               f"({exc}).") from None


def _run(command: str, args: argparse.Namespace, sessions: sessionmaker[Session]) -> None:
    by = security.console()
    try:
        if command == "create-office":
            print(admin.create_office(sessions, args.code, args.name, args.region,
                                      args.locality))
        elif command == "create-user":
            user_id = admin.create_user(sessions, args.login, args.name, UserRole(args.role),
                                        args.office, _password(), by=by)
            print(user_id)
        elif command == "transfer":
            admin.transfer_case(sessions, args.case_number, args.login, by=by)
        elif command == "devices":
            _devices(sessions, args.user)
        elif command == "held":
            for number, login, count in admin.held_restores(sessions):
                print(f"{number}\t{login}\t{count}")
        elif command == "anonymisations":
            for number, on, person, login, at in admin.anonymisations(sessions):
                print(f"{number}\t{on.isoformat()}\t{person}\t{login}\t{at.isoformat()}")
        elif command == "revoke-device":
            device_id = _device_id(args.device_id)
            admin.revoke_device(sessions, device_id, by=by)
            revocations.remember(revocations.Revocation(
                revocations.Revoked.DEVICE, str(device_id), revocations.now()))
        elif command == "semester-list":
            placed = national.semester_list(sessions, _day(args.date), args.language)
            national.write_private(Path(args.out), placed.pdf)
            abroad = sum(child.abroad for child in placed.listed.children)
            print(f"{len(placed.listed.children)} enfant(s) placé(s), dont {abroad} à "
                  f"l'étranger : {args.out}")
        elif command == "statistics":
            stats = national.statistics(sessions, _day(args.since), _day(args.until),
                                        args.language)
            national.write_private(Path(args.out), stats.pdf)
            print(f"{len(stats.extract.tables['durations'])} dossier(s) : {args.out}")
            if args.csv:
                for path in national.write_csv(Path(args.csv), stats.extract):
                    print(path)
        elif command == "disable-user":
            count = admin.disable_user(sessions, args.login, by=by)
            revocations.remember(revocations.Revocation(
                revocations.Revoked.USER, args.login, revocations.now()))
            print(f"{args.login} désactivé : {count} poste(s) révoqué(s), effacé(s) à leur "
                  "prochain contact avec le serveur ; aucun enrôlement possible.")
        elif command == "enable-user":
            admin.enable_user(sessions, args.login, by=by)
            revocations.remember(revocations.Revocation(
                revocations.Revoked.USER_ENABLED, args.login, revocations.now()))
            print(f"{args.login} réactivé : un poste peut être enrôlé avec un nouveau code "
                  "(cpi-server enrolment-code) ; les postes révoqués le restent.")
        elif command == "set-password":
            admin.set_password(sessions, args.login, _password(), by=by)
            print(f"Mot de passe de {args.login} fixé : à remplacer au prochain enrôlement.")
        elif command == "enrolment-code":
            print(admin.enrolment_code(sessions, args.login, args.valid_days, by=by))
        elif command == "security-log":
            _security_log(sessions, args.since)
        elif command == "audit-export":
            document = admin.audit_export(sessions, args.case_number,
                                          csv=bool(args.out and args.out.endswith(".csv")),
                                          by=by)
            if args.out:
                national.write_private(Path(args.out), document)
                print(args.out)
            else:
                sys.stdout.buffer.write(document)
                sys.stdout.flush()
        elif command == "import-providers":
            print(_import_providers(sessions, args.file, args.check).summary())
    except SQLAlchemyError as exc:
        raise admin.AdminError(f"La base de données a refusé la commande : "
                               f"{_first_line(exc)}") from None


def _devices(sessions: sessionmaker[Session], login: str | None) -> None:
    """One line per device, by user: id, login, name, state, enrolled, last seen (UTC)."""
    disabled = admin.disabled_logins(sessions)
    for device, owner in admin.devices(sessions, login):
        state = "révoqué" if device.revoked_at else "actif"
        if owner in disabled:
            state += " (compte désactivé)"
        print(f"{device.id}\t{owner}\t{device.name}\t{state}\t"
              f"{_when(device.enrolled_at)}\t{_when(device.last_seen_at)}")


def _security_log(sessions: sessionmaker[Session], since: str | None) -> None:
    """One line per event, oldest first: time (UTC), kind, login, device, address, detail."""
    start = None
    if since:
        try:
            start = datetime.combine(date.fromisoformat(since), time(), UTC)
        except ValueError:
            raise admin.AdminError(f"Date illisible : {since} (attendu : AAAA-MM-JJ).") \
                from None
    for event in security.read(sessions, start):
        print(f"{_when(event.at)}\t{event.kind}\t{event.login or '-'}\t"
              f"{event.device_id or '-'}\t{event.remote_address or '-'}\t"
              f"{event.detail or '-'}")


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "-"
    if moment.tzinfo is None:  # SQLite gives back UTC without its zone
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _import_providers(sessions: sessionmaker[Session], path: str,
                      check: bool) -> directory.ImportReport:
    try:
        content = Path(path).read_bytes()
    except OSError as exc:
        raise admin.AdminError(f"Fichier illisible : {path} ({exc.strerror}).") from None
    try:
        return directory.import_register(sessions, content, check=check)
    except directory.RegisterRefused as refused:
        raise admin.AdminError(str(refused)) from None


def _password() -> str:
    """Asked without echo at a terminal; read from the first line of stdin in scripts."""
    if sys.stdin.isatty():
        return getpass.getpass("Mot de passe : ")
    return sys.stdin.readline().rstrip("\r\n")


def _device_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise admin.AdminError(f"{text} n'est pas un identifiant de poste (cpi-server devices "
                               "les liste).") from None


def _day(text: str) -> date:
    """A date as operators type it: 2026-04-01 or 01/04/2026."""
    for parse in (date.fromisoformat, _french_day):
        try:
            return parse(text)
        except ValueError:
            continue
    raise admin.AdminError(f"Date illisible : {text} (attendu : 2026-04-01 ou 01/04/2026).")


def _french_day(text: str) -> date:
    day, month, year = (int(part) for part in text.split("/"))
    return date(year, month, day)


def _first_line(exc: SQLAlchemyError) -> str:
    return str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]


def _replay_revocations(sessions: sessionmaker[Session]) -> None:
    """A restored database may have forgotten revocations made since its backup: put back
    what the journal outside it says (``sync.server.revocations``)."""
    replayed = revocations.replay(sessions)
    if replayed:
        print(f"cpi-server: {replayed} révocation(s) remise(s) en place depuis le journal "
              f"{revocations.journal_path()} (la base avait été restaurée).", file=sys.stderr)


def _serve(sessions: sessionmaker[Session], host: str, port: int, docs: bool,
           idle_days: int) -> int:
    import uvicorn

    from sync.server.app import ServerOptions, build_app

    uvicorn.run(build_app(sessions, ServerOptions(docs, idle_days)), host=host, port=port,
                log_level="warning")
    return 0


class _Parser(argparse.ArgumentParser):
    """Usage mistakes end like refused commands: a clear line and exit code 1."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(1, f"{self.prog}: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="cpi-server", description="Serveur central de l'ONE.")
    parser.add_argument("--database", help="URL de la base (SQLite par défaut)")
    commands = parser.add_subparsers(dest="command")
    serve = commands.add_parser("serve", help="servir l'API")
    for target in (parser, serve):
        target.add_argument("--host", default="127.0.0.1")
        target.add_argument("--port", type=int, default=DEFAULT_PORT)
        target.add_argument("--docs", action="store_true",
                            help="publier la description de l'API (/docs, /openapi.json)")
        target.add_argument("--device-idle-days", type=int, default=DEVICE_IDLE_DAYS,
                            metavar="JOURS", help="un poste sans contact depuis plus de JOURS "
                            f"jours s'enrôle à nouveau (défaut : {DEVICE_IDLE_DAYS})")
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
    listed = commands.add_parser("devices", help="lister les postes enrôlés, par utilisateur")
    listed.add_argument("--user", metavar="LOGIN", help="les postes de cet utilisateur")
    commands.add_parser("held", help="lister ce que des postes ont rendu après une "
                        "restauration, en attente du dossier (cpi-server transfer)")
    commands.add_parser("anonymisations", help="lister les anonymisations faites à la "
                        "demande des personnes (art. 7) : dossier, date de la demande, "
                        "personne (identifiant), agent, réception")
    revoke = commands.add_parser("revoke-device", help="révoquer un poste")
    revoke.add_argument("device_id")
    for name, text in (
            ("disable-user", "désactiver un utilisateur : ses postes révoqués et effacés, "
                             "plus d'enrôlement"),
            ("enable-user", "réactiver un utilisateur (ses postes révoqués le restent)"),
            ("set-password", "fixer un mot de passe (sur stdin), à remplacer au prochain "
                             "enrôlement")):
        commands.add_parser(name, help=text).add_argument("login")
    code = commands.add_parser("enrolment-code", help="donner un code d'enrôlement à usage "
                               "unique pour un nouveau poste")
    code.add_argument("login")
    code.add_argument("--valid-days", type=int, default=admin.DEFAULT_CODE_DAYS,
                      help=f"jours de validité (défaut : {admin.DEFAULT_CODE_DAYS}, "
                           f"au plus {admin.MAX_CODE_DAYS})")
    log = commands.add_parser("security-log", help="le journal de sécurité (enrôlements, "
                              "échecs de connexion, actes d'administration)")
    log.add_argument("--since", metavar="AAAA-MM-JJ", help="depuis ce jour (UTC)")
    providers = commands.add_parser(
        "import-providers", help="importer le registre des prestataires et de leurs agréments "
        "(CSV de l'ONE, « ; », dates jj/mm/aaaa)")
    providers.add_argument("file")
    providers.add_argument("--check", action="store_true",
                           help="vérifier le fichier et dire ce qui changerait, sans rien écrire")
    audit = commands.add_parser("audit-export", help="l'historique d'un dossier (qui a "
                                "modifié quoi, depuis quel poste, quand), en JSON ou en CSV")
    audit.add_argument("case_number")
    audit.add_argument("--out", metavar="FICHIER.json|FICHIER.csv",
                       help="le fichier à écrire (CSV si son nom finit par .csv ; sinon la "
                            "sortie standard, en JSON)")
    commands.add_parser("db-status", help="montrer la révision de la base et les étapes de "
                        "mise à jour en attente, sans rien changer")
    commands.add_parser("upgrade", help="mettre la base à la version de ce serveur, en une "
                        "transaction (serveurs arrêtés, base sauvegardée ; une fois, avant de "
                        "les démarrer)")
    placed = commands.add_parser("semester-list", help="la liste semestrielle des enfants "
                                 "placés (art. 6), tous les bureaux, en PDF")
    placed.add_argument("date", help="le 1er avril ou le 1er octobre (2026-04-01)")
    stats = commands.add_parser("statistics", help="les statistiques anonymisées (art. 7) "
                                "d'une période, tous les bureaux, en PDF")
    stats.add_argument("since", metavar="FROM", help="premier jour (2026-01-01)")
    stats.add_argument("until", metavar="TO", help="dernier jour (2026-06-30)")
    stats.add_argument("--csv", metavar="DOSSIER",
                       help="écrire aussi les trois tableaux en CSV dans ce dossier")
    for document in (placed, stats):
        document.add_argument("--out", required=True, metavar="FICHIER.pdf",
                              help="le PDF à écrire (lisible par ce compte seulement)")
        document.add_argument("--language", choices=national.LANGUAGES, default="fr")
    for sub in commands.choices.values():  # also after the command (SUPPRESS: kept if before)
        sub.add_argument("--database", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
