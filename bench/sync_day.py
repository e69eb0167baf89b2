"""A day's dossier work on a device, and devices that keep what went over the wire, for
``bench/sync.py``: the work goes through the services, the sync through the real engine."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from app.services.base.context import ServiceContext
from app.services.dossier.opening import update_person_notes
from app.services.setup.store import prepare_store
from app.services.sync.local import pending_count
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import Store, create_store
from sync.client.engine import SyncReport, sync_once
from sync.client.enrol import enrol_device
from sync.client.transport import Reply, Transport
from sync.protocol import DownloadReply, Upload
from tests.app.services.family import Family
from tests.sync.harness import PASSWORD

PASSPHRASE = "banc d'essai mirabelle viaduc 2026"
TODAY = date(2026, 3, 2)
SURNAMES = ("Tavares", "Schmit", "Gonçalves", "Hodžić", "Lefèvre", "Rossi", "Kieffer",
            "Semedo", "Muller", "Ferreira", "Begović", "Lambert", "Monteiro", "Reuter")
#: Mutations of one family taken from the request to planned measures (provider shared).
FAMILY_MUTATIONS = 15


class RecordingTransport(Transport):
    """Keeps the mutations sent and the rows received, to compare with plain gzipped JSON."""

    def __init__(self, server_url: str) -> None:
        super().__init__(server_url)
        self.mutations: list[dict[str, Any]] = []
        self.rows: list[dict[str, Any]] = []

    def post(self, path: str, message: BaseModel, reply: type[Reply]) -> Reply:
        answer = super().post(path, message, reply)
        if isinstance(message, Upload):
            self.mutations += [m.model_dump(mode="json") for m in message.mutations]
        if isinstance(answer, DownloadReply):
            self.rows += [c.model_dump(mode="json") for c in answer.changes]
        return answer

    def wire(self) -> int:
        return self.bytes_sent + self.bytes_received

    def gzipped_json(self) -> int:
        """The same changes as plain JSON, gzipped (mutations and rows, one document each)."""
        return sum(len(gzip.compress(json.dumps(part).encode())) for part in
                   (self.mutations, self.rows) if part)

    def reset(self) -> None:
        self.mutations, self.rows = [], []
        self.round_trips = self.bytes_sent = self.bytes_received = 0


@dataclass
class BenchDevice:
    store: Store
    ctx: ServiceContext
    transport: RecordingTransport
    families: list[Family] = field(default_factory=list)

    @classmethod
    def enrol(cls, url: str, folder: Path, login: str, code: str) -> BenchDevice:
        store = create_store(folder, PASSPHRASE, PASSPHRASE, keyring_backend=None,
                             kdf=LIGHT_KDF_FOR_TESTS)
        ctx = ServiceContext(store)
        prepare_store(ctx)
        transport = RecordingTransport(url)
        user = enrol_device(ctx, transport, login, PASSWORD, f"poste de {login}", None,
                            code=code)
        return cls(store, user, transport)

    def sync(self) -> SyncReport:
        return sync_once(self.ctx, self.transport)

    def close(self) -> None:
        self.transport.close()
        self.store.lock()


def day_of_work(device: BenchDevice, mutations: int) -> None:
    """Exactly ``mutations`` pending changes: families opened, analysed, assessed and planned
    (one provider registered for the day), then notes on persons for the rest."""
    ctx = device.ctx
    while (missing := mutations - pending_count(ctx)) > 0:
        shared = device.families[0].provider if device.families else None
        if missing >= FAMILY_MUTATIONS + (0 if shared else 1):
            surname = SURNAMES[len(device.families) % len(SURNAMES)]
            family = Family.open(ctx, TODAY, surname=surname)
            family.provider = shared
            device.families.append(family.analyse().assess().plan())
        else:
            family = device.families[missing % len(device.families)]
            update_person_notes(ctx, family.mother, f"Appel du {missing} : rendez-vous fixé")
    assert pending_count(ctx) == mutations, pending_count(ctx)
