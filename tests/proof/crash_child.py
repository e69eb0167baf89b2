"""The app's process in the crash proofs, killed with SIGKILL by the parent at a seeded moment.

Every line is printed only after the call it reports has returned (its commit done), so the
parent holds the child's acknowledgements: ``case <id>``, ``frame <case> <n>``, ``note <person>
<n>``, ``synced``, ``changed <n>``. Labels (``ready``, ``syncing``, ``step``...) mark where a
kill may be aimed. Synthetic data only.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.domain import PersonRole, RequestChannel, RequesterKind
from app.services.base.context import ServiceContext
from app.services.dossier.opening import (
    OpenCaseInput,
    PersonInput,
    RequestInput,
    open_case,
    update_person_notes,
)
from app.services.setup.store import agent_context
from app.services.steps.analysis import set_working_frame
from app.services.sync.local import sync_settings
from app.store.store import change_passphrase, unlock_store

OFFICE = "sud-esch-sur-alzette"


def say(*words: object) -> None:
    print(*words, flush=True)


def write_one(ctx: ServiceContext, n: int, report: Callable[..., None] = say) -> None:
    """A dossier opened, then changed twice, through the services; each step acknowledged."""
    opened = open_case(ctx, OpenCaseInput(
        office_code=OFFICE,
        request=RequestInput(date(2026, 3, 1), RequestChannel.TELEPHONE_PERMANENCE,
                             RequesterKind.PARENT, f"Demande synthétique {n}"),
        persons=(PersonInput(PersonRole.CHILD, "Enfant", f"Crash{n}", date(2015, 5, 5)),
                 PersonInput(PersonRole.PARENT, "Parent", f"Crash{n}")),
        confirmed_new_persons=True,  # numbered look-alikes on purpose
    ))
    report("case", opened.case_id)
    set_working_frame(ctx, opened.case_id, f"cadre {n}")
    report("frame", opened.case_id, n)
    update_person_notes(ctx, opened.person_ids[0], f"note {n}")
    report("note", opened.person_ids[0], n)


def writes(store_dir: str, passphrase: str, first: str) -> None:
    ctx = agent_context(unlock_store(Path(store_dir), passphrase, keyring_backend=None))
    say("ready")
    n = int(first)
    while True:
        write_one(ctx, n)
        n += 1


def migration(store_dir: str, passphrase: str) -> None:
    """Unlocking an older store runs its migrations; each applied revision is a label."""
    say("ready")
    unlock_store(Path(store_dir), passphrase, keyring_backend=None,
                 progress=lambda step: say("step", step.done))
    say("migrated")


def sync(store_dir: str, passphrase: str, first: str, seed: str) -> None:
    """Writes and syncs with the real server, until killed (or ``rounds`` syncs are done)."""
    from sync.client.engine import sync_once
    from sync.client.transport import Transport

    ctx = agent_context(unlock_store(Path(store_dir), passphrase, keyring_backend=None))
    settings = sync_settings(ctx)
    transport = Transport(settings.server_url, settings.device_token)
    rng = random.Random(seed)
    say("ready")
    n = int(first)
    for _ in range(20):
        for _ in range(rng.randint(0, 3)):
            write_one(ctx, n)
            n += 1
        say("syncing")
        sync_once(ctx, transport)
        say("synced")


def passphrase(store_dir: str, *phrases: str) -> None:
    """Changes the passphrase along ``phrases`` (from the first), a write between changes:
    the app keeps its store open while the agent changes the passphrase."""
    ctx = agent_context(unlock_store(Path(store_dir), phrases[0], keyring_backend=None))
    say("ready")
    for index in range(1, len(phrases)):
        say("changing", index)
        change_passphrase(Path(store_dir), phrases[index - 1], phrases[index], phrases[index],
                          keyring_backend=None)
        say("changed", index)
        write_one(ctx, index)


SCENARIOS: dict[str, Callable[..., None]] = {"writes": writes, "migration": migration, "sync": sync,
             "passphrase": passphrase}

if __name__ == "__main__":
    SCENARIOS[sys.argv[1]](*sys.argv[2:])
