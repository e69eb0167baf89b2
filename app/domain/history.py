"""The dossier's history as the server recorded it: one entry per change it accepted, made
by the server in the same transaction, and synchronised like the dossier's other records (its
``case_id`` puts it in the dossier's scope). Every device that holds the dossier therefore
reads the same history, and a laptop that receives the dossier after a transfer or a wipe
reads it whole again: the server keeps it.

Field names only, never values (no personal data): who (a member of staff, by id and by the
name they had then), from which device, when, which intention of theirs (the service's name),
which record.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base, SyncedRecord
from app.domain.ids import RecordId

#: The server's own intentions, which no device sends (``sync.server``): the ONE's transfer
#: of a dossier from the command line, the rewriting of a dossier after an anonymisation, and
#: a plan version's state settled from the signatures and the validation it merged.
SERVER_TRANSFER = "server_transfer"
SERVER_ANONYMISATION = "server_anonymisation"
SERVER_SETTLEMENT = "server_settlement"


class DossierHistoryEntry(SyncedRecord, Base):
    """One accepted change of a dossier's record, as the server applied it. Written by the
    server only (a device's upload of one is refused) and never changed."""

    __tablename__ = "dossier_history"
    APPEND_ONLY = True
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    #: When the server accepted the change (its clock).
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    #: When the change was made on the device (the device's clock, within the server's
    #: tolerance); the server's time for its own changes.
    made_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    #: The member of staff whose device sent it (None: the ONE on the server itself).
    user_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None)
    user_name: Mapped[str] = mapped_column(String(200), default="")
    device_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None)
    device_name: Mapped[str] = mapped_column(String(120), default="")
    #: The intention the device named (``ctx.transaction``'s name); "" from an older device.
    action: Mapped[str] = mapped_column(String(80), default="")
    entity: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID] = mapped_column(RecordId)
    #: insert | update | delete | restore
    operation: Mapped[str] = mapped_column(String(10))
    fields: Mapped[list[str]] = mapped_column(JSON)
    #: applied | merged | conflict (a refused change gets no entry)
    outcome: Mapped[str] = mapped_column(String(10))
    #: The agent whose caseload the user covered (``CaseloadCover``), when they acted so.
    under_cover_of_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None)
    under_cover_of_name: Mapped[str] = mapped_column(String(200), default="")
    #: The device's mutation (None for the server's own changes): the device's local trace of
    #: it (``AuditEntry.mutation_id``) gives way to this entry once answered.
    mutation_id: Mapped[uuid.UUID | None] = mapped_column(RecordId, default=None)
