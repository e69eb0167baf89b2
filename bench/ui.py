"""Responsiveness of the caseload window: search latency and the longest GUI stall.

Run from the project root: ``python bench/ui.py`` (Qt runs offscreen). Two encrypted stores are
generated: 10,000 dossiers for the search latency per keystroke (the service, rows included,
beside the bare FTS5 query on the same store), and 2,000 dossiers for the GUI-thread watchdog
(``tests/watchdog.py``, the one the tests use), which measures the longest gap in a 5 ms timer's
ticks while the window loads the caseload, answers a search typed key by key, opens the newest
dossier (150 contacts logged: the heaviest window) and its contact log tab, and opens the step 2
wizard to save a draft, then locks and unlocks with the dossier open. Last, the unlock as an
agent meets it, in a fresh process each round (``--unlock-child``): the application's own
start-up (``ui.main``) on that store, the unlock dialog shown, the passphrase typed key by key,
submitted, until the caseload is shown; the main window is built during that phase, as in the
application.
The window scenarios run ROUNDS times (the first round pays first-use costs, as an agent's
first dossier of the day does); the goal takes the longest stall of all rounds. Beside it: the
GUI thread's own CPU time within that stall, and the load average, to tell our work from a busy
machine.
Goals (issue 4): longest stall under 50 ms; median search latency under 30 ms.
Search across what was written (issue 19): the 10,000 dossiers also get their written texts
(a person's notes, a request, six contact notes, a conference's minutes, an evaluation: about
1,500 characters a dossier, from a vocabulary of a few hundred words, so that short prefixes
match thousands of dossiers), and words of those texts are typed key by key beside the names:
the same goal, 30 ms per keystroke. ``python bench/ui.py search`` runs the search part alone.
The dossier window opens on its overview (issue 16): on the same store, the newest dossier's
window (load off the GUI thread + build + first paint) with the overview as first page against
the same window without it, alternated run by run; goal: under 10 ms more.
``python bench/ui.py overview`` runs that comparison alone (on a smaller store).
"""

from __future__ import annotations

import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, text
from timing import interleaved_medians
from workflow import generate  # bench/ itself, the script's folder

from app.domain import (
    CaseConference,
    Evaluation,
    EvaluationOutcome,
    Request,
    RequestChannel,
    RequesterKind,
)
from app.domain.base import new_id
from app.domain.coordination import ContactChannel, ContactLogEntry
from app.services.base.context import ServiceContext
from app.services.caseload.search import fts_query, search_caseload
from app.services.dossier.detail import load_dossier_detail
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store import search_index
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import Store, create_store, unlock_store
from tests.watchdog import StallWatchdog
from ui.dossier_window import DossierWindow
from ui.main_window import MainWindow
from ui.operations import StoreOperations, freeze_heap
from ui.qt import QApplication, QPlainTextEdit
from ui.wizards.assessment import AssessmentWizard
from ui.wizards.draft_wizard import DraftWizard

TYPED = ("famille4", "enfant1 famille77", "famille123", "bench-0042")
#: Words of the written texts, typed as an agent looks for something noted (issue 19).
TEXT_TYPED = ("scolarité", "absences répétées", "logement famille77", "orthophoniste")
STALL_LIMIT_MS = 50.0
SEARCH_LIMIT_MS = 30.0
OVERVIEW_EXTRA_LIMIT_MS = 10.0
OVERVIEW_REPEATS = 15
PASSPHRASE = "banc d'essai quetsch 2026"
WINDOW_CASES = 2_000
CONTACTS = 150
ROUNDS = 5
OFFICE = "sud-esch-sur-alzette"
UNLOCK_PHASE = "unlock: dialog, typing, caseload shown"
#: About ten keys a second: the passphrase takes 2.5 s, while the warm-up works.
KEY_PAUSE_S = 0.1


def new_store(root: Path, name: str, cases: int) -> Store:
    store = create_store(root / name, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                         kdf=LIGHT_KDF_FOR_TESTS)
    prepare_store(ServiceContext(store))
    generate(store, cases)
    return store


def keystrokes(typed: tuple[str, ...] = TYPED) -> list[str]:
    return [word[:end] for word in typed for end in range(1, len(word) + 1)]


#: The written texts' vocabulary: common words of social work notes, and fillers.
_VOCABULARY = (
    "école scolarité absences répétées retards devoirs institutrice enseignant classe "
    "logement loyer déménagement appartement chauffage santé médecin pédiatre orthophoniste "
    "psychologue thérapie sommeil alimentation hygiène vêtements argent budget dettes travail "
    "chômage emploi horaires nuit garde crèche maison relais grand-mère oncle tante frère soeur "
    "père mère parents conflit dispute violence calme progrès difficulté soutien visite domicile "
    "téléphone rendez-vous réunion concertation mesure objectif projet plan accord refus "
    "inquiétude confiance cadre règles limites loisirs sport football musique piscine vacances "
    "week-end anniversaire fête transport bus trajet retard colère tristesse joie fatigue "
    "le la les un une des du de et avec pour sans dans sur chez très plus moins toujours "
    "souvent parfois jamais bien mal encore déjà aussi mais donc car")
VOCABULARY = _VOCABULARY.split()


def add_written(store: Store, seed: int = 19) -> float:
    """Each dossier's written texts (notes, request, contacts, minutes, evaluation), written
    with the index's triggers dropped and the index rebuilt once after (a trigger re-indexes
    the whole dossier at each record: 80,000 records took 8 minutes on a busy day). Returns
    the ms one more contact note costs through the triggers (median of 200, one per
    dossier, in one transaction like a download's page)."""
    rng = random.Random(seed)

    def words(count: int) -> str:
        return " ".join(rng.choice(VOCABULARY) for _ in range(count)).capitalize() + "."

    now = datetime.now(UTC)
    with store.transaction("bench_written", None, from_server=True) as session:
        cases = session.execute(text(
            "SELECT id, (SELECT min(p.id) FROM person p WHERE p.case_id = c.id) FROM case_file c"
            )).all()
        session.execute(text("UPDATE person SET notes = :notes WHERE id = :id"),
                        [{"id": person, "notes": words(20)} for _case, person in cases])
        rows: dict[type[Any], list[dict[str, Any]]] = {
            Request: [], ContactLogEntry: [], CaseConference: [], Evaluation: []}
        for case_hex, _person in cases:
            case_id = uuid.UUID(case_hex)
            rows[Request].append({
                "id": new_id(), "case_id": case_id, "received_on": date.today(),
                "channel": RequestChannel.TELEPHONE_PERMANENCE,
                "requester_kind": RequesterKind.PARENT, "what": words(25)})
            rows[ContactLogEntry] += [{
                "id": new_id(), "case_id": case_id, "contact_at": now - timedelta(days=day),
                "with_whom": words(3), "channel": ContactChannel.TELEPHONE,
                "summary": words(30)} for day in range(6)]
            rows[CaseConference].append({
                "id": new_id(), "case_id": case_id, "held_on": date.today(),
                "place": "Maison relais", "minutes": words(40), "decisions": words(10)})
            rows[Evaluation].append({
                "id": new_id(), "case_id": case_id, "evaluated_on": date.today(),
                "outcome": EvaluationOutcome.CONTINUE, "proposals": words(20)})
        search_index.drop(session.connection())
        for model, values in rows.items():
            session.execute(insert(model), values)
        search_index.install(session.connection())
    with store.transaction("bench_one_more", None, from_server=True) as session:
        costs = []
        for case_hex, _person in cases[:200]:
            start = time.perf_counter()
            session.execute(insert(ContactLogEntry), {
                "id": new_id(), "case_id": uuid.UUID(case_hex), "contact_at": now,
                "with_whom": words(3), "channel": ContactChannel.TELEPHONE,
                "summary": words(30)})
            costs.append(time.perf_counter() - start)
    return statistics.median(costs) * 1000


def raw_fts_s(store: Store, typed: str, clock: Callable[[], float] = time.perf_counter
              ) -> float:
    """The bare FTS5 query of one keystroke, in seconds of ``clock``."""
    query = fts_query(typed)
    start = clock()
    with store.reading() as session:
        session.execute(text("SELECT rowid FROM case_search WHERE case_search MATCH :q "
                             "ORDER BY rowid LIMIT 200"), {"q": query}).all()
    return clock() - start


def search_latency(store: Store, typed_words: tuple[str, ...] = TYPED,
                   clock: Callable[[], float] = time.perf_counter) -> tuple[float, float]:
    """Median ms per keystroke: the service (rows included) and the bare FTS query.
    ``clock``: the wall clock, or ``time.thread_time`` (the thread's own CPU: what a busy
    machine does not inflate; the store runs on the calling thread)."""
    ctx = ServiceContext(store)
    today = date.today()
    service, raw = [], []
    # As in the app, the collector does not run by itself (``ui/gui_gc.py``: the GUI thread
    # collects in pauses): a full collection of this process's heap (10,000 generated
    # dossiers) fell inside keystrokes at random.
    gc.collect()
    gc.disable()
    try:
        for typed in keystrokes(typed_words) * 3:
            start = clock()
            search_caseload(ctx, typed, today=today)
            service.append(clock() - start)
            raw.append(raw_fts_s(store, typed, clock))
    finally:
        gc.enable()
    return statistics.median(service) * 1000, statistics.median(raw) * 1000


def raw_fts_median_ms(store: Store) -> float:
    """The bare FTS query on the window's store, the reference printed beside the stalls."""
    return statistics.median(raw_fts_s(store, typed) for typed in keystrokes()) * 1000


def add_contact_log(agent: ServiceContext, case_id: uuid.UUID, count: int) -> None:
    """A long contact log on one dossier (through the ORM, so the history records it too)."""
    now = datetime.now(UTC)
    with agent.transaction("bench_contacts") as session:
        session.add_all([ContactLogEntry(
            case_id=case_id, contact_at=now - timedelta(days=day),
            with_whom=f"École fondamentale {day}", channel=ContactChannel.TELEPHONE,
            summary="Échange sur la scolarité, les absences et le cadre des devoirs. " * 3)
            for day in range(count)])


def spin_until(app: QApplication, done: Callable[[], bool], timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not answer in time")
        app.processEvents()
        time.sleep(0.001)


def pause(app: QApplication, seconds: float) -> None:
    """Let the event loop run, as between two keystrokes."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)


def settle(app: QApplication, ops: StoreOperations) -> None:
    """The lane idle, then 250 ms more so the last paints (and the dossier window's tabs,
    built a group per turn after its first paint) happen under the watch, with ticks enough
    to prove the watchdog ran on a busy machine."""
    spin_until(app, lambda: not ops.busy)
    pause(app, 0.25)


def gui_stalls(app: QApplication, store: Store) -> dict[str, list[tuple[float, float]]]:
    """Each scenario's longest stall and the GUI thread's CPU time within it, per round."""
    ctx = ServiceContext(store)
    agent = sign_in_local_agent(ctx, "agent.bench", "Agent banc", OFFICE)
    newest = search_caseload(ctx, "", today=date.today())[0].case_id
    add_contact_log(agent, newest, CONTACTS)
    ops = StoreOperations()
    window = MainWindow(ops, lambda: None)
    window.resize(1366, 768)
    window.show()
    spin_until(app, lambda: window.isVisible())
    settle(app, ops)
    freeze_heap()  # as ui.main does once the modules are loaded, before the unlock
    watchdog = StallWatchdog()
    stalls: dict[str, list[tuple[float, float]]] = {}

    def measured(name: str, action: Callable[[], None], done: Callable[[], bool]) -> None:
        with watchdog.watch(name):
            action()
            spin_until(app, done)
            settle(app, ops)
        assert watchdog.ticks > 10, f"{name}: the watchdog did not tick"
        stalls.setdefault(name, []).append((watchdog.stalls[name], watchdog.stall_cpu[name]))

    def type_search() -> None:
        for char in "famille12":  # about 5 keys a second, as people type
            window.search.insert(char)
            pause(app, 0.2)

    opened: list[DraftWizard] = []

    def open_wizard_and_type() -> None:
        AssessmentWizard.launch(ops, agent, newest, opened.append)
        spin_until(app, lambda: bool(opened))
        field = opened[0].findChildren(QPlainTextEdit)[0]
        for char in "Absences répétées":
            field.insertPlainText(char)
            pause(app, 0.05)

    for _ in range(ROUNDS):
        opened.clear()
        measured("load the caseload", lambda: window.attach(agent),
                 lambda: window.model.rowCount() == WINDOW_CASES)
        measured("search typed key by key", type_search,
                 lambda: 0 < window.model.rowCount() < WINDOW_CASES)
        window.search.clear()
        spin_until(app, lambda: window.model.rowCount() == WINDOW_CASES)
        settle(app, ops)
        measured("open the newest dossier", lambda: window.table.activated.emit(
            window.proxy.index(0, 0)), lambda: bool(window.dossier_windows))
        tabs = window.dossier_windows[0].tabs
        contacts = next(i for i in range(tabs.count()) if tabs.tabText(i).startswith("Contacts"))
        measured(f"show its contact log tab ({CONTACTS} lines)",
                 partial(tabs.setCurrentIndex, contacts), lambda: True)
        measured("open a wizard, type, save the draft", open_wizard_and_type,
                 lambda: bool(opened) and opened[0].saved_count >= 1)
        opened[0].close()
        window.lock()  # with the dossier open: unlocking brings it back
        ops.wait()
        settle(app, ops)
        measured("unlock: caseload, then the open dossier", lambda: window.attach(agent),
                 lambda: bool(window.dossier_windows))
        for dossier in window.dossier_windows:
            dossier.close()
        window.dossier_windows.clear()
        window.lock()
        ops.wait()
        settle(app, ops)
    return stalls


def overview_open(app: QApplication, store: Store) -> dict[str, float]:
    """Median ms of CPU to open the newest dossier's window (its 150 contacts logged by
    ``gui_stalls``) with and without the overview: the load, the window, its first paint."""
    ctx = ServiceContext(store)
    agent = sign_in_local_agent(ctx, "agent.bench", "Agent banc", OFFICE)
    newest = search_caseload(ctx, "", today=date.today())[0].case_id

    def open_window(overview: bool) -> None:
        window = DossierWindow(load_dossier_detail(agent, newest, overview=overview))
        window.show()
        app.processEvents()
        window.close()
        window.deleteLater()
        app.processEvents()

    # The thread's own CPU time (load and window both run on it here): on a busy machine the
    # wall clock added 20-40 ms of waiting for a core, more than the difference measured.
    medians = interleaved_medians({"with": partial(open_window, True),
                                   "without": partial(open_window, False)}, OVERVIEW_REPEATS,
                                  time.thread_time)
    load = interleaved_medians({
        "with": lambda: load_dossier_detail(agent, newest),
        "without": lambda: load_dossier_detail(agent, newest, overview=False)},
        OVERVIEW_REPEATS, time.thread_time)
    return {"open with": medians["with"] * 1000, "open without": medians["without"] * 1000,
            "load with": load["with"] * 1000, "load without": load["without"] * 1000}


def print_overview(figures: dict[str, float]) -> None:
    print(f"the newest dossier's window ({CONTACTS} contacts), median of {OVERVIEW_REPEATS} "
          "alternated runs, ms of the thread's own CPU")
    print(f"{'':40} {'without':>8} {'with':>8} {'extra':>8}")
    for what in ("load", "open"):
        without, with_ = figures[f"{what} without"], figures[f"{what} with"]
        label = "load (store lane)" if what == "load" else "open (load, build, first paint)"
        print(f"{label:40} {without:8.1f} {with_:8.1f} {with_ - without:8.1f}")
    extra = figures["open with"] - figures["open without"]
    print(f"goal: overview_open_extra_ms = {extra:.1f} (limit {OVERVIEW_EXTRA_LIMIT_MS:.0f}) "
          f"{'ok' if extra < OVERVIEW_EXTRA_LIMIT_MS else 'MISSED'}")


def overview_only(app: QApplication) -> None:
    with tempfile.TemporaryDirectory(prefix="cpi-bench-") as scratch:
        store = new_store(Path(scratch), "window", 200)
        agent = sign_in_local_agent(ServiceContext(store), "agent.bench", "Agent banc", OFFICE)
        add_contact_log(agent, search_caseload(agent, "", today=date.today())[0].case_id,
                        CONTACTS)
        figures = overview_open(app, store)
        store.lock()
    print_overview(figures)


def unlock_child(store_dir: Path) -> None:
    """In a fresh process: the application's start-up on the store, then the watched phase
    from the unlock dialog to the caseload shown. Prints one JSON line for the parent."""
    from ui.i18n import install_translations
    from ui.main import Application, parse_args
    app = QApplication(sys.argv[:1])
    install_translations(app, "fr")  # as ui.main.main does, before the dialog
    application = Application(parse_args(["--store", str(store_dir)]))
    watchdog = StallWatchdog()
    with watchdog.watch(UNLOCK_PHASE):
        application.start()
        dialog = application.dialog
        assert dialog is not None
        spin_until(app, dialog.isVisible)
        pause(app, 0.3)
        for char in PASSPHRASE:
            dialog.passphrase.insert(char)
            pause(app, KEY_PAUSE_S)
        dialog.submit.click()
        spin_until(app, lambda: application._window is not None
                   and application._window.isVisible()
                   and application._window.model.rowCount() == WINDOW_CASES)
        pause(app, 0.3)
    assert watchdog.ticks > 10, "the watchdog did not tick"
    print(json.dumps({"stall": watchdog.stalls[UNLOCK_PHASE],
                      "cpu": watchdog.stall_cpu[UNLOCK_PHASE],
                      "busiest_cpu": watchdog.busiest_cpu_ms}), flush=True)
    application.window.lock()
    application.shutdown()


def unlock_rounds(root: Path, store_dir: Path) -> list[tuple[float, float]]:
    """ROUNDS fresh processes, each unlocking the store (settings and logs in ``root``)."""
    env = {**os.environ, "XDG_DATA_HOME": str(root / "data"),
           "XDG_STATE_HOME": str(root / "state"), "XDG_CONFIG_HOME": str(root / "config"),
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    rounds = []
    for _ in range(ROUNDS):
        out = subprocess.run([sys.executable, __file__, "--unlock-child", str(store_dir)],
                             env=env, capture_output=True, text=True, timeout=120,
                             check=True).stdout
        figures = json.loads(out.strip().splitlines()[-1])
        rounds.append((float(figures["stall"]), float(figures["cpu"])))
    return rounds


SearchFigures = dict[str, tuple[float, float]]


def searches(root: Path) -> tuple[SearchFigures, float]:
    """The search per keystroke over 10,000 dossiers: names and numbers typed before and
    after the written texts are added, and words of the texts; and what one more contact
    note costs through the index's triggers."""
    big = reopened(new_store(root, "search", 10_000), root / "search")
    cpu = time.thread_time
    figures = {"names, numbers (no written texts)": search_latency(big),
               "  its thread's CPU ": search_latency(big, clock=cpu)}
    written_ms = add_written(big)
    big = reopened(big, root / "search")
    figures["names, numbers"] = search_latency(big)
    figures["  its thread's CPU  "] = search_latency(big, clock=cpu)
    figures["words of the written texts"] = search_latency(big, TEXT_TYPED)
    figures["  its thread's CPU   "] = search_latency(big, TEXT_TYPED, clock=cpu)
    big.lock()
    return figures, written_ms


def reopened(store: Store, folder: Path) -> Store:
    """The store locked and unlocked again, as an agent's app finds it at unlock: the
    connection that wrote the 10,000 generated dossiers (or their 80,000 texts) in a few
    transactions reads about 40 % slower afterwards (18 ms against 12.6 a keystroke on
    2026-12-07); no session of the app writes that much at once."""
    store.lock()
    return unlock_store(folder, PASSPHRASE, keyring_backend=None)


def print_search(figures: SearchFigures, written_ms: float) -> float:
    """Print the search figures; returns the service's worst median (the goal's figure)."""
    print(f"search over 10000 dossiers, median of {len(keystrokes()) * 3} keystrokes "
          f"({len(keystrokes(TEXT_TYPED)) * 3} for the written texts; one more contact "
          f"note through the index's triggers: {written_ms:.2f} ms)")
    print(f"{'search per keystroke':40} {'raw FTS ms':>10} {'service ms':>11}")
    for name, (service, raw) in figures.items():
        print(f"{name:40} {raw:10.2f} {service:11.2f}")
    load = os.getloadavg()
    print(f"load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
          f"on {os.cpu_count()} cores")
    print()
    worst = max(service for name, (service, _raw) in figures.items()
                if not name.startswith(" "))
    print(f"goal: median_search_ms = {worst:.1f} (limit {SEARCH_LIMIT_MS:.0f}) "
          f"{'ok' if worst < SEARCH_LIMIT_MS else 'MISSED'}")
    print()
    return worst


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--unlock-child":
        unlock_child(Path(sys.argv[2]))
        return
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    if sys.argv[1:] == ["overview"]:
        overview_only(app)
        return
    if sys.argv[1:] == ["search"]:
        with tempfile.TemporaryDirectory(prefix="cpi-bench-") as scratch:
            print_search(*searches(Path(scratch)))
        return
    with tempfile.TemporaryDirectory(prefix="cpi-bench-") as scratch:
        root = Path(scratch)
        figures = searches(root)
        small = new_store(root, "window", WINDOW_CASES)
        stalls = gui_stalls(app, small)
        overview = overview_open(app, small)
        small_raw_ms = raw_fts_median_ms(small)
        small.lock()
        stalls[UNLOCK_PHASE] = unlock_rounds(root, root / "window")

    service_ms = print_search(*figures)
    print(f"GUI thread over {WINDOW_CASES} dossiers: longest stall of a 5 ms timer, "
          f"{ROUNDS} rounds (raw FTS per keystroke on this store: {small_raw_ms:.2f} ms)")
    print(f"{'':40} {'round 1':>8} {'median':>8} {'max':>8} {'its CPU':>8}")
    for name, rounds in stalls.items():
        figures = [stall for stall, _cpu in rounds]
        worst = max(rounds)
        print(f"{name:40} {figures[0]:8.0f} {statistics.median(figures):8.0f} "
              f"{worst[0]:8.0f} {worst[1]:8.1f}")
    print("(its CPU: the GUI thread's own work within the longest stall; the rest it waited, "
          "for the GIL or for a core)")
    load = os.getloadavg()
    print(f"load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
          f"on {os.cpu_count()} cores")
    print()
    longest = max(stall for rounds in stalls.values() for stall, _cpu in rounds)
    print(f"goal: longest_gui_stall_ms = {longest:.1f} (limit {STALL_LIMIT_MS:.0f}) "
          f"{'ok' if longest < STALL_LIMIT_MS else 'MISSED'}")
    print(f"goal: median_search_ms = {service_ms:.1f} (limit {SEARCH_LIMIT_MS:.0f}) "
          f"{'ok' if service_ms < SEARCH_LIMIT_MS else 'MISSED'}")
    print()
    print_overview(overview)


if __name__ == "__main__":
    main()
