"""``cpi-terrain --self-test URL``: an agent's first day, once, on a throwaway caseload, against
the ``cpi-server`` at URL; one line per step, then exit code 0, or the failed step's reason and 1.

Why: a frozen bundle can lack a module, a data file or a Qt plugin that only one path needs.
This walks those paths in the installed program itself (tests/installer/test_frozen_smoke.py
builds the bundle and runs it; the IT team can run it on a new machine): create the encrypted
store through the unlock dialog, enrol with the server, open an invented dossier in its
window, render its intervention plan in the print preview, sync it up.

The login, password and a one-time enrolment code (``cpi-server enrolment-code LOGIN``) come
on stdin (three lines), never in the command line; or, for the windowed program on Windows (no
console, so no stdin or stdout), from the environment (``CPI_SELF_TEST_LOGIN``,
``CPI_SELF_TEST_PASSWORD``, ``CPI_SELF_TEST_CODE``), the lines then written to the file given
with ``--report`` too and the outcome in the exit code. Nothing stays
behind: the caseload lives in a temporary folder of the profile, deleted at the end; the plan's
PDF stays in memory; the system keyring is not used. The lines are for the IT team's terminal
and scripts, in the application's language; each begins with ``self-test`` and the step's
number.
"""

from __future__ import annotations

import getpass
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO, TypeVar

import platformdirs

from app.errors import CpiError
from app.i18n import QT_TRANSLATE_NOOP, Text, current_language
from app.services.base.context import ServiceContext
from app.services.dossier.detail import DossierDetail
from app.store.store import Store
from sync.client.engine import SyncReport
from ui.network import NetworkOperations
from ui.operations import StoreOperations
from ui.qt import QCoreApplication, QEvent, QEventLoop, QTimer

T = TypeVar("T")
#: Each step gets this long (the first one loads the core; a CI machine may be busy).
STEP_TIMEOUT_S = 180.0
DEVICE_NAME = "poste d'essai (self-test)"
#: The invented family: always the same one, taken as far as a plan awaiting signatures.
FAMILY_SEED = 2008
#: The steps' names, in the order they run (translated when printed).
STEPS = (QT_TRANSLATE_NOOP("SelfTest", "profile"), QT_TRANSLATE_NOOP("SelfTest", "store"),
         QT_TRANSLATE_NOOP("SelfTest", "enrolment"), QT_TRANSLATE_NOOP("SelfTest", "dossier"),
         QT_TRANSLATE_NOOP("SelfTest", "window"), QT_TRANSLATE_NOOP("SelfTest", "plan"),
         QT_TRANSLATE_NOOP("SelfTest", "sync"))

#: What the self-test prints (translated: French first, German complete).
_FAILED = QT_TRANSLATE_NOOP("SelfTest", "{step}: FAILED — {reason}")
_PASSED = QT_TRANSLATE_NOOP("SelfTest", "self-test: passed in {seconds} s")
_CREDENTIALS_EXPECTED = QT_TRANSLATE_NOOP(
    "SelfTest",
    "login, password and enrolment code expected on standard input")
_LOGIN = QT_TRANSLATE_NOOP("SelfTest", "Login: ")
_PASSWORD = QT_TRANSLATE_NOOP("SelfTest", "Password: ")
_CODE = QT_TRANSLATE_NOOP("SelfTest", "Enrolment code: ")
_CREDENTIALS_ONE_LINE_EACH = QT_TRANSLATE_NOOP(
    "SelfTest",
    "login, password and enrolment code expected on standard input, one line each")
_TEMPORARY_CASELOAD = QT_TRANSLATE_NOOP("SelfTest", "temporary caseload in {folder}")
_TEMPORARY_FOLDER_ALREADY_HOLDS = QT_TRANSLATE_NOOP(
    "SelfTest",
    "the temporary folder already holds a caseload")
_CREATING_CASELOAD = QT_TRANSLATE_NOOP("SelfTest", "creating the caseload")
_ENROLMENT = QT_TRANSLATE_NOOP("SelfTest", "enrolment")
_SERVER_NAMED_NO_USER = QT_TRANSLATE_NOOP("SelfTest", "the server named no user")
_COMPUTER_ENROLLED_WITH_FOR = QT_TRANSLATE_NOOP(
    "SelfTest",
    "computer enrolled with {url} for {login}")
_DEMO_DOSSIER = QT_TRANSLATE_NOOP("SelfTest", "demo dossier")
_DOSSIER_HAS_NO_PLAN = QT_TRANSLATE_NOOP("SelfTest", "dossier {number} has no plan to sign")
_SHOWING_WINDOW = QT_TRANSLATE_NOOP("SelfTest", "showing the window")
_DOSSIER_WINDOW_OFFERS_NO = QT_TRANSLATE_NOOP("SelfTest", "the dossier window offers no document")
_TRANSLATIONS_MISSING_FROM_INSTALLATION = QT_TRANSLATE_NOOP(
    "SelfTest",
    "translations ({language}) missing from the installation")
_WINDOW_OPENED_TABS_LANGUAGE = QT_TRANSLATE_NOOP(
    "SelfTest",
    "window « {title} » opened, {tabs} tabs, language {language}")
_DOCUMENTS_MENU_DOES_NOT = QT_TRANSLATE_NOOP(
    "SelfTest",
    "the Documents menu does not start with the plan: {entry}")
_PLAN_PREVIEW = QT_TRANSLATE_NOOP("SelfTest", "plan preview")
_RENDERED_PLAN_IS_NOT = QT_TRANSLATE_NOOP(
    "SelfTest",
    "the rendered plan is not a complete PDF ({size} bytes)")
_SYNC = QT_TRANSLATE_NOOP("SelfTest", "sync")
_OUTBOX = QT_TRANSLATE_NOOP("SelfTest", "outbox")
_CHANGES_STILL_TO_SEND = QT_TRANSLATE_NOOP("SelfTest", "{count} changes still to send")
_STEP_OK = QT_TRANSLATE_NOOP("SelfTest", "{step}: ok — {detail} ({seconds} s)")
_NOTHING_AFTER = QT_TRANSLATE_NOOP("SelfTest", "{what}: nothing after {seconds} s")
_ENROLLED_USER_HAS_NO = QT_TRANSLATE_NOOP(
    "SelfTest",
    "the enrolled user has no regional office (a CPI agent is expected)")
_STORE_CREATED = QT_TRANSLATE_NOOP(
    "SelfTest",
    "encrypted caseload created ({count} migrations, protection: {mode})")
_DOSSIER_CREATED = QT_TRANSLATE_NOOP(
    "SelfTest",
    "dossier {number} created (invented family, step {step}, plan awaiting "
    "signatures)")
_PLAN_RENDERED = QT_TRANSLATE_NOOP(
    "SelfTest",
    "intervention plan v{version} rendered in memory: PDF of {size} bytes, {pages} "
    "page(s) in the preview")
_NOT_ALL_ACCEPTED = QT_TRANSLATE_NOOP(
    "SelfTest",
    "the server did not accept everything: {uploaded} sent, {applied} applied, "
    "{merged} merged, {conflicts} in conflict, {rejected} refused")
_SYNCED = QT_TRANSLATE_NOOP(
    "SelfTest",
    "{uploaded} changes sent, {applied} applied by the server, {downloaded} "
    "received")


class SelfTestFailed(Exception):
    """A step did not do what it should; the message says what happened."""


#: The credentials from the environment, for a program without a console (Windows).
LOGIN_VARIABLE, PASSWORD_VARIABLE = "CPI_SELF_TEST_LOGIN", "CPI_SELF_TEST_PASSWORD"
CODE_VARIABLE = "CPI_SELF_TEST_CODE"
_report: Path | None = None


def run_self_test(server_url: str, stdin: TextIO | None = None,
                  report: Path | None = None) -> int:
    """Run every step; 0 when all worked, 1 otherwise (the reason on the last line).
    ``report``: a file that receives the lines too (replaced)."""
    global _report
    _report = report
    if report is not None:
        report.write_text("", encoding="utf-8")
    started = time.monotonic()
    try:
        from_env = (os.environ.get(LOGIN_VARIABLE), os.environ.get(PASSWORD_VARIABLE),
                    os.environ.get(CODE_VARIABLE))
        if from_env[0] and from_env[1]:
            login, password, code = from_env[0].strip(), from_env[1], (from_env[2] or "").strip()
        else:
            login, password, code = read_credentials(sys.stdin if stdin is None else stdin)
    except SelfTestFailed as failure:
        _say(_FAILED.format(step="self-test",
                                                                   reason=failure))
        return 1
    from ui.main import APP_NAME
    profile = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    profile.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="self-test-", dir=profile))
    run = SelfTest(server_url, login, password, folder, code)
    try:
        run.run_all()
    except SelfTestFailed:
        return 1
    finally:
        run.close()
        shutil.rmtree(folder, ignore_errors=True)
    _say(_PASSED.format(
        seconds=f"{time.monotonic() - started:.1f}"))
    return 0


def read_credentials(stream: TextIO | None) -> tuple[str, str, str]:
    """The login, the password, then the enrolment code: one line each from a script, asked
    at a terminal."""
    if stream is None:  # a windowed program on Windows has no stdin
        raise SelfTestFailed(_CREDENTIALS_EXPECTED)
    if stream.isatty():
        login = input(str(_LOGIN)).strip()
        password = getpass.getpass(str(_PASSWORD))
        code = input(str(_CODE)).strip()
    else:
        login, password = stream.readline().strip(), stream.readline().rstrip("\r\n")
        code = stream.readline().strip()
    if not login or not password or not code:
        raise SelfTestFailed(_CREDENTIALS_ONE_LINE_EACH)
    return login, password, code


@dataclass
class _Failure:
    error: BaseException


class SelfTest:
    """The steps, one after the other on the GUI thread; the store and the network work on
    their lanes as in the application, waited for in a local event loop."""

    def __init__(self, server_url: str, login: str, password: str, folder: Path,
                 code: str) -> None:
        self.server_url, self._login, self._password = server_url, login, password
        self._code = code
        self.folder = folder
        self.operations = StoreOperations()
        self.network = NetworkOperations()
        self.store: Store | None = None
        self.agent: ServiceContext | None = None
        self.detail: DossierDetail | None = None
        self.window: Any = None  # DossierWindow, imported with the step (as the app does)
        self.errors: list[BaseException] = []  # raised in Qt slots (see _slot_error)
        self._number = 0

    # --- Steps --------------------------------------------------------------------------

    def run_all(self) -> None:
        previous_hook = sys.excepthook
        sys.excepthook = self._slot_error
        try:
            self._step(self.profile)
            self._step(self.create_store)
            self._step(self.enrol)
            self._step(self.make_dossier)
            self._step(self.open_window)
            self._step(self.render_plan)
            self._step(self.sync)
        finally:
            sys.excepthook = previous_hook

    def profile(self) -> Text:
        return _TEMPORARY_CASELOAD.format(folder=self.folder)

    def create_store(self) -> Text:
        """Through the unlock dialog, as on a new computer (Argon2id, SQLCipher, migrations)."""
        from app.services.setup.demo import demo_passphrase
        from app.services.setup.store import prepare_store
        from ui.unlock_dialog import UnlockDialog
        passphrase = demo_passphrase()
        dialog = UnlockDialog(self.folder / "store", self.operations, keyring_backend=None,
                              after_open=lambda store: prepare_store(ServiceContext(store)))
        try:
            if not dialog.creating:
                raise SelfTestFailed(_TEMPORARY_FOLDER_ALREADY_HOLDS)
            dialog.show()
            dialog.passphrase.setText(passphrase)
            dialog.confirmation.setText(passphrase)
            dialog.submit.click()
            self._wait(lambda: dialog.store is not None or not dialog.message.isHidden(),
                       _CREATING_CASELOAD)
            if dialog.store is None:
                raise SelfTestFailed(dialog.message.text())
            self.store = dialog.store
        finally:
            dialog.close()
            dialog.deleteLater()
        report = self.store.report
        return _STORE_CREATED.format(count=report.migrations_applied,
                                                   mode=report.mode.value)

    def enrol(self) -> Text:
        from ui.sync_work import enrol, run_sync
        assert self.store is not None
        ctx = ServiceContext(self.store)
        url, login, password, code = self.server_url, self._login, self._password, self._code
        self.agent = agent = self._on_network(
            lambda _report: enrol(ctx, url, login, password, DEVICE_NAME, None, code),
            _ENROLMENT)
        if self.agent.actor_id is None:
            raise SelfTestFailed(_SERVER_NAMED_NO_USER)
        # The first download, as a new laptop's first run: the ONE's provider directory,
        # which the invented dossier's measure takes its provider from.
        self._on_network(lambda progress: run_sync(agent, None, progress), _ENROLMENT)
        return _COMPUTER_ENROLLED_WITH_FOR.format(
            url=url, login=login)

    def make_dossier(self) -> Text:
        agent = self.agent
        assert agent is not None
        self.detail = self._on_store(lambda: _demo_dossier(agent),
                                     _DEMO_DOSSIER)
        row = self.detail.summary.row
        if not _frozen_versions(self.detail):
            raise SelfTestFailed(_DOSSIER_HAS_NO_PLAN.format(
                number=row.number))
        return _DOSSIER_CREATED.format(number=row.number, step=row.current_step)

    def open_window(self) -> Text:
        from ui.dossier_window import DossierWindow
        assert self.detail is not None and self.agent is not None
        self.window = window = DossierWindow(self.detail, self.operations, self.agent)
        window.resize(1366, 768)  # the smallest screen agents have
        window.show()
        window.show_plan_tab()
        self._wait(lambda: window.isVisible(), _SHOWING_WINDOW)
        if window.documents is None or not window.documents.actions():
            raise SelfTestFailed(_DOSSIER_WINDOW_OFFERS_NO)
        if current_language() != "en" and window.add_person_action.text() == "Add a person…":
            raise SelfTestFailed(_TRANSLATIONS_MISSING_FROM_INSTALLATION.format(
                language=current_language()))
        return _WINDOW_OPENED_TABS_LANGUAGE.format(
            title=window.windowTitle(), tabs=window.tabs.count(), language=current_language())

    def render_plan(self) -> Text:
        """The plan's entry of the Documents menu: ReportLab renders, PDFium draws the pages."""
        window = self.window
        assert window is not None and window.documents is not None and self.detail is not None
        versions = _frozen_versions(self.detail)
        entry = window.documents.plan_entries[0]  # the newest plan version
        if str(versions[0]) not in entry.text():
            raise SelfTestFailed(_DOCUMENTS_MENU_DOES_NOT.format(
                entry=entry.text()))
        entry.trigger()
        preview = window.documents.previews[-1]
        try:
            self._wait(lambda: bool(preview.pages) or bool(preview.message.text()),
                       _PLAN_PREVIEW)
            pdf, pages = preview.pdf, len(preview.pages)
            if not pages:
                raise SelfTestFailed(preview.message.text())
        finally:
            preview.close()  # the PDF and its pages leave memory with it
        if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
            raise SelfTestFailed(_RENDERED_PLAN_IS_NOT.format(
                size=len(pdf)))
        return _PLAN_RENDERED.format(version=versions[0], size=len(pdf), pages=pages)

    def sync(self) -> Text:
        from app.services.sync.local import pending_count
        from ui.sync_work import run_sync
        agent = self.agent
        assert agent is not None
        report: SyncReport = self._on_network(lambda progress: run_sync(agent, None, progress),
                                              _SYNC)
        refused = report.rejected + report.conflicts
        if refused or not report.applied or report.applied + report.merged != report.uploaded:
            raise SelfTestFailed(_NOT_ALL_ACCEPTED.format(
                uploaded=report.uploaded, applied=report.applied, merged=report.merged,
                conflicts=report.conflicts, rejected=report.rejected))
        left = self._on_store(lambda: pending_count(agent), _OUTBOX)
        if left:
            raise SelfTestFailed(_CHANGES_STILL_TO_SEND.format(
                count=left))
        return _SYNCED.format(uploaded=report.uploaded, applied=report.applied,
                                                   downloaded=report.downloaded)

    # --- Machinery ----------------------------------------------------------------------

    def _step(self, action: Callable[[], Text]) -> None:
        self._number += 1
        name = f"self-test [{self._number}/{len(STEPS)}] {STEPS[self._number - 1]}"
        started = time.monotonic()
        try:
            detail = action()
        except SelfTestFailed as failure:
            _say(_FAILED.format(step=name, reason=failure))
            raise
        except Exception as error:  # a bug or a missing piece of the installation
            traceback.print_exc()
            _say(_FAILED.format(step=name,
                                                                       reason=_describe(error)))
            raise SelfTestFailed(_describe(error)) from error
        _say(_STEP_OK.format(
            step=name, detail=detail, seconds=f"{time.monotonic() - started:.1f}"))

    def _on_store(self, work: Callable[[], T], what: Text) -> T:
        outcome: list[T | _Failure] = []
        self.operations.run(work, outcome.append, lambda exc: outcome.append(_Failure(exc)))
        return self._outcome(outcome, what)

    def _on_network(self, work: Callable[[Callable[[Any], None]], T], what: Text) -> T:
        outcome: list[T | _Failure] = []
        self.network.run(work, outcome.append, lambda exc: outcome.append(_Failure(exc)))
        return self._outcome(outcome, what)

    def _outcome(self, outcome: list[T | _Failure], what: Text) -> T:
        self._wait(lambda: bool(outcome), what)
        value = outcome[0]
        if isinstance(value, _Failure):
            if not isinstance(value.error, CpiError | SelfTestFailed):
                traceback.print_exception(value.error)
            raise SelfTestFailed(_describe(value.error)) from value.error
        return value

    def _wait(self, ready: Callable[[], bool], what: Text) -> None:
        """Run the event loop until ``ready()``; an error raised in a slot meanwhile, or the
        step's time running out, fails the step."""
        deadline = time.monotonic() + STEP_TIMEOUT_S
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(
            lambda: loop.quit() if ready() or self.errors or time.monotonic() > deadline
            else None)
        timer.start()
        if not ready():
            loop.exec()
        timer.stop()
        if self.errors:
            raise SelfTestFailed(_describe(self.errors[0]))
        if not ready():
            raise SelfTestFailed(_NOTHING_AFTER.format(
                what=what, seconds=f"{STEP_TIMEOUT_S:.0f}"))

    def _slot_error(self, kind: type[BaseException], error: BaseException,
                    trace: TracebackType | None) -> None:
        """PySide hands an exception raised in a slot to ``sys.excepthook``: keep it."""
        traceback.print_exception(kind, error, trace)
        self.errors.append(error)

    def close(self) -> None:
        """Close the windows, lock the store, let the lanes finish (even after a failure)."""
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.network.wait()
        if self.store is not None:
            store, self.store = self.store, None
            # Ignored on purpose: the self-test's throwaway store, its outcome already known.
            self.operations.run(store.lock, lambda _: None, lambda _exc: None)
        self.operations.wait()
        # The lanes' last answers, then every deleteLater (relays, dialogs, the window) now,
        # while the lanes live: left to the next event loop of a longer-lived program (the
        # tests), after a failed step they crashed it in ~QObject (a relay destroyed after
        # the lane that owns it had gone with the failure's traceback).
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _demo_dossier(agent: ServiceContext) -> DossierDetail:
    """On the store lane: one invented family of the agent's office, taken to a plan awaiting
    signatures by the demo's own story (no validator needed for that stage)."""
    from app.domain import Office, User
    from app.services.dossier.detail import load_dossier_detail
    from app.services.setup import demo
    from app.services.setup import story as demo_story
    with agent.reading() as session:
        user = session.get(User, agent.actor_id)
        office = session.get(Office, user.office_id) if user and user.office_id else None
    if office is None:
        raise SelfTestFailed(_ENROLLED_USER_HAS_NO)
    opened = demo.populate(agent, [office.code], families=1, seed=FAMILY_SEED)[0]
    demo_story.advance_to(agent, agent, opened, "signing", random.Random(FAMILY_SEED),
                          date.today())
    return load_dossier_detail(agent, opened.case_id)


def _frozen_versions(detail: DossierDetail) -> list[int]:
    """Numbers of the versions printable for signature, newest first."""
    return sorted((v.number for v in detail.plan_versions if v.frozen_on is not None),
                  reverse=True)


def _describe(error: BaseException) -> str:
    if isinstance(error, SelfTestFailed):
        return str(error)
    if isinstance(error, CpiError):
        return error.message()
    return f"{type(error).__name__}: {error}"


def _say(line: Text | str) -> None:
    """One line on stdout (stderr when a windowed program has none), never a crash on an
    ASCII-only terminal; and in the report file when one was given."""
    if _report is not None:
        with _report.open("a", encoding="utf-8") as report:
            report.write(str(line) + "\n")
    stream = sys.stdout or sys.stderr
    if stream is None:
        return
    encoding = stream.encoding or "utf-8"
    stream.write(str(line).encode(encoding, errors="replace").decode(encoding) + "\n")
    stream.flush()
