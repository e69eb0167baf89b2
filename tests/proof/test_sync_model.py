"""The model-based sync proof: four devices (two agents, an office clerk, a ONE validator) and
one server, all real code, driven by hypothesis through random offline work, random sync
orders and injected faults (lost requests and answers, duplicated and late deliveries, server
errors, timeouts, wrong clocks, a device killed at each labelled point of a sync, the server
restored from an older backup). After each quiet period (every device syncs, no fault) the
invariants of ``sync_invariants`` must hold. A failure is shrunk and printed with its seed."""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import unicodedata
import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from unittest import mock

import httpx
import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from sqlalchemy import select

from app.domain import Case, DossierDocument, RejectedChange
from app.services.base.context import ServiceContext
from app.services.sync import restore
from sync.client import engine
from sync.client.errors import ClockSkew, SyncProblem
from sync.server import admin, security
from sync.server.security import Reason
from tests.app.services.family import Family
from tests.proof import budget, sync_actions
from tests.proof.faults import Fault, Killed
from tests.proof.sync_anonymised import Named, Persons, as_anonymised, check_anonymised
from tests.proof.sync_documents import Attached, Documents, check_documents
from tests.proof.sync_invariants import Acked, check
from tests.proof.sync_world import Node, World

LOGINS = ("agent.a", "agent.b", "clerk", "validator")
WORKERS = ("agent.a", "agent.b", "clerk")
AGENTS = ("agent.a", "agent.b")
#: The labelled points of a sync where a device dies (the engine's steps, each its own store
#: transaction; "after outbox write" is a death between the work and the sync).
KILL_POINTS = ("after outbox write", "after upload", "after answer", "after page apply",
               "after cursor advance")
TOTALS: Counter[str] = Counter()


class SyncModel(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        # Replayable: ids (and so dossier numbers, and the order the rules pick records in)
        # come from a seeded generator, not from the clock and the system's randomness; a
        # failure replays as the same scenario, is shrunk and printed with its blob.
        self._ids = random.Random(0)
        self._id_clock_ms = 1_767_225_600_000  # 2026-01-01, one millisecond per id
        self._uuid7 = mock.patch("uuid6.uuid7", self._next_uuid7)
        self._uuid7.start()
        self.folder = Path(tempfile.mkdtemp(prefix="cpi-proof-sync-"))
        self.world = World(self.folder)
        self.acked: list[Acked] = []
        #: Changes a laptop forgot (kept for a restore, of a dossier transferred away) once a
        #: person there was anonymised: art. 7 over their restore after an older backup.
        self.forgotten: set[uuid.UUID] = set()
        real_forget = restore.forget_anonymised

        def forgetting(ctx: ServiceContext, case_ids: list[uuid.UUID]) -> list[uuid.UUID]:
            forgotten = real_forget(ctx, case_ids)
            self.forgotten.update(forgotten)
            TOTALS["kept changes forgotten after an anonymisation"] += len(forgotten)
            return forgotten

        self._forget = mock.patch("sync.client.engine.forget_anonymised", forgetting)
        self._forget.start()
        #: Dossier number -> the agent the ONE had given it to before a restore undid it.
        self.undone_transfers: dict[str, str] = {}
        self.families = 0
        self.stamp = 0
        #: Art. 7: who the model created, who asked for anonymisation, what was written.
        self.persons = Persons()
        #: Documents attached on the laptops, their bytes, whom they concern.
        self.documents = Documents()
        #: Documents the server refused for their bytes (missing, other than the digest's).
        self.refused_files: list[str] = []
        TOTALS["scenarios"] += 1
        for login in AGENTS:  # a dossier each, known to the office, to start from
            self.open_family(login)
        # Documents from the start: agent B's a PNG, agent A's the same bytes (one content,
        # two dossiers) and a report naming the young adult (art. 7 then drops it).
        self.attach_document("agent.b", 0, "png")
        self.attach_document("agent.a", 0, "same bytes")
        self.attach_document("agent.a", 0, "naming her")
        self.quiet()
        # Last night's backup, of the start: a restore takes the server back before the work
        # of the scenario, documents and their bytes included (the laptops give them back).
        self.world.take_backup()

    def teardown(self) -> None:
        try:
            if hasattr(self, "world"):
                try:
                    self.quiet()
                finally:
                    self.world.close()
                    shutil.rmtree(self.folder, ignore_errors=True)
        finally:
            if hasattr(self, "_forget"):
                self._forget.stop()
            if hasattr(self, "_uuid7"):
                self._uuid7.stop()

    def _next_uuid7(self) -> uuid.UUID:
        """A uuid7 (time-ordered, random bits) from the scenario's own clock and seed."""
        self._id_clock_ms += 1
        value = (self._id_clock_ms << 80) | (0x7 << 76) | (self._ids.getrandbits(12) << 64) \
            | (0b10 << 62) | self._ids.getrandbits(62)
        return uuid.UUID(int=value)

    def _unique(self, what: str) -> str:
        self.stamp += 1
        return f"{what} n°{self.stamp}"

    def _did(self, outcome: str) -> None:
        TOTALS["operations"] += 1
        if "refused" in outcome:
            TOTALS["refused locally"] += 1

    # Offline work -----------------------------------------------------------------------

    @precondition(lambda self: self.families < 3)
    @rule(login=st.sampled_from(AGENTS))
    def open_family(self, login: str) -> None:
        self.families += 1
        ctx = self.world.nodes[login].ctx
        surname = self._unique("Famille").replace(" n°", "")
        family = Family.open(ctx, sync_actions.TODAY, surname=surname)
        created = self.persons.created
        created[family.mother] = Named(family.case_id, "Ana Sofia", surname, date(1985, 3, 9))
        created[family.father] = Named(family.case_id, "Jeff", "Weber", date(1982, 11, 23))
        created[family.child] = Named(family.case_id, "Léa", surname, date(2014, 5, 17))
        # Her half-sister, of age: the one who may ask for anonymisation (art. 7).
        young = Named(family.case_id, f"Zoélie{self.families}", f"Kovačević{self.families}",
                      date(2007, 6, 10 + self.families))
        person = sync_actions.add_young_adult(ctx, family.case_id, young.first, young.last,
                                              young.born)
        created[person] = young
        self.persons.young[family.case_id] = person
        self._did("family")

    @rule(login=st.sampled_from(WORKERS), pick=st.integers(0, 8))
    def edit_frame(self, login: str, pick: int) -> None:
        ctx = self.world.nodes[login].ctx
        value = self._unique("Cadre")
        young = self.persons.young.get(sync_actions.frame_target(ctx, pick))  # type: ignore[arg-type]
        if young is not None and pick % 2:  # a frame naming her, in capitals and NFD
            named = self.persons.created[young]
            value = unicodedata.normalize(
                "NFD", f"{value} avec {named.first} {named.last.upper()} (née le "
                f"{named.born:%d.%m.%Y})")
        self._did(sync_actions.edit_frame(ctx, pick, value))

    @rule(login=st.sampled_from(WORKERS), pick=st.integers(0, 30))
    def edit_notes(self, login: str, pick: int) -> None:
        ctx = self.world.nodes[login].ctx
        value = self._unique("Note")
        self.persons.wrote(sync_actions.notes_target(ctx, pick), value)
        self._did(sync_actions.edit_notes(ctx, pick, value))

    @rule(login=st.sampled_from(WORKERS), pick=st.integers(0, 8))
    def anonymise(self, login: str, pick: int) -> None:
        """A young adult asks, on whichever device of the office, for her anonymisation."""
        young = sorted(self.persons.young.values())
        if not young:
            return
        person = young[pick % len(young)]
        outcome = sync_actions.anonymise(self.world.nodes[login].ctx, person)
        if outcome == "anonymised":
            self.persons.requested.add(person)
            TOTALS["anonymisations"] += 1
        self._did(outcome)

    @rule(login=st.sampled_from(WORKERS), pick=st.integers(0, 8),
          what=st.sampled_from(["png", "pdf", "same bytes", "naming her"]))
    def attach_document(self, login: str, pick: int, what: str) -> None:
        """An agent or the clerk attaches a small document to a dossier on the laptop,
        offline: new bytes, the bytes of another dossier's document, or a report concerning
        the family's young adult that names her (in its title and inside the PDF)."""
        ctx = self.world.nodes[login].ctx
        case_id = sync_actions._pick(sync_actions.held_cases(ctx), pick)
        if case_id is None:
            self._did("document: no dossier")
            return
        concerns = self.persons.young.get(case_id) if what == "naming her" else None
        if concerns is not None and concerns in self.persons.requested:
            concerns = None  # she asked already: nobody writes her name again
        title = self._unique("Bulletin scolaire")
        content = self.documents.reusable(case_id, pick) if what == "same bytes" else None
        if concerns is not None:
            named = self.persons.created[concerns]
            name = f"{named.first} {named.last}"
            title = f"{self._unique('Rapport')} concernant {name}"
            content = self.documents.new_content(name)
        label = "naming her" if concerns else "same bytes" if content else \
            "pdf" if what == "pdf" else "png"
        content = content or self.documents.new_content(pdf=what == "pdf")
        outcome, document_id = sync_actions.attach_document(ctx, case_id, content, title,
                                                            concerns)
        if document_id is not None:
            self.documents.attached[document_id] = Attached(case_id, content, concerns)
            self.documents.held.setdefault(login, set()).add(document_id)
            TOTALS["documents attached"] += 1
            TOTALS[f"documents attached: {label}"] += 1
        self._did(outcome)

    @rule(login=st.sampled_from(WORKERS), pick=st.integers(0, 8))
    def correct_or_withdraw_document(self, login: str, pick: int) -> None:
        outcome = sync_actions.correct_or_withdraw_document(
            self.world.nodes[login].ctx, pick, self._unique("correction"))
        if outcome in ("document corrected", "document withdrawn"):
            TOTALS[outcome.replace("document", "documents")] += 1
        self._did(outcome)

    @rule(login=st.sampled_from(WORKERS), pick=st.integers(0, 8))
    def new_person(self, login: str, pick: int) -> None:
        self._did(sync_actions.new_person(self.world.nodes[login].ctx, pick,
                                          self._unique("Personne").replace(" n°", "")))

    @rule(login=st.sampled_from(WORKERS), pick=st.integers(0, 8))
    def advance(self, login: str, pick: int) -> None:
        self._did(sync_actions.advance(self.world.nodes[login].ctx, pick,
                                       self._unique("étape")))

    @rule(login=st.sampled_from(WORKERS), pick=st.integers(0, 8))
    def measure(self, login: str, pick: int) -> None:
        self._did(sync_actions.measure_edit_or_withdraw(self.world.nodes[login].ctx, pick))

    @rule(pick=st.integers(0, 8))
    def judge_plan(self, pick: int) -> None:
        self._did(sync_actions.judge_plan(self.world.nodes["validator"].ctx, pick))

    @rule(login=st.sampled_from(LOGINS), pick=st.integers(0, 8))
    def resolve(self, login: str, pick: int) -> None:
        self._did(sync_actions.resolve(self.world.nodes[login].ctx, pick,
                                       self._unique("choix")))

    @rule(pick=st.integers(0, 8))
    def transfer(self, pick: int) -> None:
        """The ONE gives a dossier to the other agent, whoever holds it offline."""
        with self.world.server.sessions() as session:
            cases = list(session.scalars(select(Case).order_by(Case.number)))
            if not cases:
                return
            case = cases[pick % len(cases)]
            target = "agent.b" if case.agent_id == self.world.callers["agent.a"].user_id \
                else "agent.a"
            number = case.number
        admin.transfer_case(self.world.server.sessions, number, target)
        TOTALS["transfers"] += 1
        self._did("transfer")

    # Syncs and faults -------------------------------------------------------------------

    @rule(login=st.sampled_from(LOGINS))
    def sync(self, login: str) -> None:
        self._sync(self.world.nodes[login])

    @rule(login=st.sampled_from(LOGINS), fault=st.sampled_from(list(Fault)),
          at=st.integers(0, 4))
    def sync_with_fault(self, login: str, fault: Fault, at: int) -> None:
        node = self.world.nodes[login]
        node.wire.arm(at, fault)
        try:
            self._sync(node)
        finally:
            met = node.wire.at == -1  # a sync with fewer requests never reached it
            node.wire.disarm()
        if met:
            TOTALS[f"fault: {fault.value}"] += 1
            TOTALS["faults"] += 1

    @rule(login=st.sampled_from(LOGINS), index=st.integers(0, 20))
    def late_delivery(self, login: str, index: int) -> None:
        """An upload this device sent earlier reaches the server again, late."""
        status = self.world.nodes[login].wire.deliver_late(index, httpx.URL(
            self.world.server.url))
        # Answered from the stored answers, or (its chained token moved on since, at a
        # handshake) refused as an old token within the window of a late delivery: logged,
        # nothing applied, the laptop not revoked (its outbox sends the changes again).
        assert status in (0, 200, 401), f"a late upload got HTTP {status}"
        if status == 401:
            last = security.read(self.world.server.sessions)[-1]
            assert last.detail == Reason.OLD_TOKEN, f"a late upload refused: {last.detail}"
            assert not any(e.kind == "revoke_device"
                           for e in security.read(self.world.server.sessions))
            TOTALS["late delivery refused: old token"] += 1
        TOTALS["fault: late delivery"] += 1
        TOTALS["faults"] += 1

    @rule(login=st.sampled_from(LOGINS), years=st.sampled_from([0, 10]))
    def wrong_clock(self, login: str, years: int) -> None:
        node = self.world.nodes[login]
        offset = timedelta(days=3653) if years else timedelta(minutes=10)
        before = node.pending()
        try:
            engine.sync_once(node.ctx, node.transport,
                             now=lambda: datetime.now(UTC) + offset)
        except ClockSkew:
            pass
        else:
            raise AssertionError("a clock off by 10 minutes or more was not refused")
        assert node.pending() == before, "a refused sync changed the outbox"
        TOTALS["fault: wrong clock"] += 1
        TOTALS["faults"] += 1

    @rule(login=st.sampled_from(LOGINS), point=st.sampled_from(KILL_POINTS))
    def killed(self, login: str, point: str) -> None:
        node = self.world.nodes[login]
        before = node.pending()
        if point == "after outbox write":
            node.restart()
        elif point == "after upload":
            node.wire.arm(1, kill=True)  # the handshake is request 0
            self._sync_dies(node)
        else:
            # Each of these commits its own store transaction; the device dies right after
            # it ("after cursor advance": once the last page landed, before what follows).
            name = {"after answer": "record_answers", "after page apply": "apply_page",
                    "after cursor advance": "fetch_attachments"}[point]
            real = getattr(engine, name)

            def dying(*args: object, **kwargs: object) -> object:
                if name != "fetch_attachments":
                    real(*args, **kwargs)
                raise Killed(point)

            with mock.patch.object(engine, name, dying):
                self._sync_dies(node)
        self._account(node, before)
        TOTALS[f"kill: {point}"] += 1
        TOTALS["kills"] += 1

    def _sync_dies(self, node: Node) -> None:
        try:
            node.sync()
        except Killed:
            pass
        except SyncProblem:
            pass  # nothing to upload, or the point was not reached
        finally:
            node.wire.disarm()
            node.restart()

    @rule()
    def backup(self) -> None:
        self.world.take_backup()

    @rule()
    def restore(self) -> None:
        before = self._holders()
        if self.world.restore_backup():
            TOTALS["fault: server restored from an older backup"] += 1
            TOTALS["faults"] += 1
            after = self._holders()
            self.undone_transfers |= {number: login for number, login in before.items()
                                      if number in after and after[number] != login}

    @precondition(lambda self: self.undone_transfers)
    @rule()
    def redo_transfers(self) -> None:
        """The ONE's restore procedure: the transfers made since the backup are made again
        (what the devices gave back for those dossiers, held by the server, then lands)."""
        holders = self._holders()
        for number, login in sorted(self.undone_transfers.items()):
            if holders.get(number) != login:
                admin.transfer_case(self.world.server.sessions, number, login)
                TOTALS["transfers redone after a restore"] += 1
        self.undone_transfers.clear()
        self._did("transfers redone")

    def _holders(self) -> dict[str, str]:
        logins = {caller.user_id: login for login, caller in self.world.callers.items()}
        with self.world.server.sessions() as session:
            return {case.number: logins[case.agent_id] for case in
                    session.scalars(select(Case)) if case.agent_id in logins}

    @rule()
    def quiet(self) -> None:
        """Everyone syncs with no fault until nothing moves; then the invariants hold."""
        for node in self.world.nodes.values():
            node.wire.disarm()
        for _round in range(4):
            for login in LOGINS:
                self._sync(self.world.nodes[login], must_succeed=True)
        acked = [write for write in self.acked if write.mutation_id not in self.forgotten]
        violations = check(self.world, as_anonymised(acked, self.persons, self.world))
        check_anonymised(self.world, self.persons, violations)
        check_documents(self.world, self.documents, acked, violations)
        TOTALS["quiet checks"] += 1
        TOTALS.update(violations.checked)
        violations.found += self.refused_files
        assert not violations.found, "\n".join(violations.found)

    def _sync(self, node: Node, *, must_succeed: bool = False) -> None:
        before = node.pending()
        try:
            node.sync()
        except SyncProblem:
            if must_succeed:
                raise
        self._account(node, before)
        TOTALS["syncs"] += 1

    def _account(self, node: Node, before: set[uuid.UUID]) -> None:
        """Mutations that left the outbox had their answer: acknowledged unless refused."""
        gone = before - node.pending()
        with node.ctx.reading() as session:
            rejected = list(session.execute(select(
                RejectedChange.mutation_id, RejectedChange.entity, RejectedChange.record_id,
                RejectedChange.reason).where(RejectedChange.mutation_id.in_(gone))))
        refused = {row.mutation_id for row in rejected}
        for row in rejected:
            if row.entity == DossierDocument.__tablename__:
                TOTALS["document changes refused by the server"] += 1
                if "fichier" in row.reason:  # its bytes did not reach the server
                    self.refused_files.append(f"{node.login}: document {row.record_id} "
                                              f"refused by the server: {row.reason}")
        for mutation_id in gone - refused:
            entity, record_id, operation, changes = node.seen[mutation_id]
            self.acked.append(Acked(entity, record_id, operation, changes, mutation_id))
        TOTALS["acknowledged writes"] += len(gone - refused)
        TOTALS["refused by the server"] += len(refused)


SyncModel.TestCase.settings = settings(
    # CPI_PROOF_SCENARIOS: a run between the two (how many scenarios).
    max_examples=int(os.environ.get("CPI_PROOF_SCENARIOS", budget.scale(6, 200))),
    stateful_step_count=budget.scale(30, 80),
    deadline=None, suppress_health_check=list(HealthCheck), print_blob=True)


def test_sync_model() -> None:
    TOTALS.clear()
    try:
        SyncModel.TestCase().runTest()
    finally:
        budget.record("sync_model", dict(TOTALS))
