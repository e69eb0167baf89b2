"""Scans of signed pages: checked before they are kept, kept once, read back exactly, and
never written in clear anywhere on disk (the store is SQLCipher)."""

from __future__ import annotations

import base64
import json
import os
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.documents.fingerprint import fingerprint
from app.domain import Case, OutboxEntry
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.one.duties import anonymise_person
from app.services.plan.scans import (
    MAX_BYTES,
    attach_signed_scan,
    scan_content,
    signed_scans,
)
from app.services.plan.versions import prepare_plan_version, record_discernment
from tests.app.services.family import Family

TODAY = date(2026, 11, 26)
PDF = b"%PDF-1.7\n1 0 obj << /Type /Page >> endobj\n2 0 obj << /Type /Page >> endobj\n" \
      b"3 0 obj << /Type /Pages /Count 2 >> endobj\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(64))
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(64, 128))


def ready(agent: ServiceContext, surname: str = "Tavares") -> tuple[Family, uuid.UUID]:
    family = Family.open(agent, TODAY, surname=surname).analyse().assess().plan()
    record_discernment(agent, family.case_id, family.child, False, TODAY, "Trop jeune")
    return family, family.ready_version()


@pytest.mark.parametrize(("content", "media_type", "pages"), [
    (PDF, "application/pdf", 2), (PNG, "image/png", 1), (JPEG, "image/jpeg", 1),
    (JPEG, "image/jpg", 1),
])
def test_a_scan_is_kept_and_read_back_byte_for_byte(
    agent: ServiceContext, content: bytes, media_type: str, pages: int,
) -> None:
    family, version = ready(agent)
    printed = fingerprint(family.version(version))
    scan = attach_signed_scan(agent, version, content, media_type, printed.lower())
    assert (scan.plan_version_id, scan.size, scan.pages) == (version, len(content), pages)
    assert scan.media_type == media_type.replace("jpg", "jpeg")
    assert [s.id for s in signed_scans(agent, version)] == [scan.id]
    assert scan_content(agent, scan.id) == content


def test_the_same_file_twice_is_kept_once(agent: ServiceContext) -> None:
    _family, version = ready(agent)
    first = attach_signed_scan(agent, version, PNG, "image/png", None)
    again = attach_signed_scan(agent, version, PNG, "image/png", None)
    other = attach_signed_scan(agent, version, JPEG, "image/jpeg", None)
    assert again == first and other.id != first.id
    assert [s.id for s in signed_scans(agent, version)] == [first.id, other.id]


@pytest.mark.parametrize(("content", "media_type", "codes"), [
    (b"", "application/pdf", ("scan.empty",)),
    (b"%PDF-" + bytes(MAX_BYTES), "application/pdf", ("scan.too_large",)),
    (PNG, "application/pdf", ("scan.format",)),
    (b"GIF89a" + bytes(10), "image/gif", ("scan.format",)),
    (b"PK\x03\x04 not a pdf", "application/pdf", ("scan.format",)),
    (b"PK" + bytes(MAX_BYTES), "application/zip", ("scan.too_large", "scan.format")),
])
def test_a_file_that_is_not_a_scan_is_refused(
    agent: ServiceContext, content: bytes, media_type: str, codes: tuple[str, ...],
) -> None:
    _family, version = ready(agent)
    with pytest.raises(RuleViolation) as refused:
        attach_signed_scan(agent, version, content, media_type, None)
    assert refused.value.codes == codes
    assert signed_scans(agent, version) == []


def test_a_draft_has_no_scan(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    draft = prepare_plan_version(agent, family.case_id, today=TODAY)
    with pytest.raises(RuleViolation) as refused:
        attach_signed_scan(agent, draft, PDF, "application/pdf", None)
    assert refused.value.codes == ("scan.draft",)


def test_a_scan_of_another_version_names_the_version_it_belongs_to(
    agent: ServiceContext,
) -> None:
    _family, version = ready(agent)
    other, other_version = ready(agent, surname="Schmit")
    theirs = fingerprint(other.version(other_version))
    with pytest.raises(RuleViolation) as refused:
        attach_signed_scan(agent, version, PDF, "application/pdf", f"CPI-PLAN v1 {theirs}")
    assert refused.value.codes == ("scan.other_version",)
    message = refused.value.message("en")
    assert "another version" in message and theirs in message
    with agent.reading() as session:
        case = session.get(Case, other.case_id)
        assert case is not None
        number = case.number
    assert f"version 1 of dossier {number}" in message
    assert signed_scans(agent, version) == []


def test_an_unknown_or_malformed_fingerprint_read_is_refused(agent: ServiceContext) -> None:
    _family, version = ready(agent)
    with pytest.raises(RuleViolation) as refused:
        attach_signed_scan(agent, version, PDF, "application/pdf", "0000 0000 0000 0000")
    assert refused.value.codes == ("scan.unknown_fingerprint",)
    with pytest.raises(RuleViolation) as refused:
        attach_signed_scan(agent, version, PDF, "application/pdf", "0000")
    assert refused.value.codes == ("fingerprint.malformed",)


def _files_with(needles: list[bytes], roots: list[Path], since: float) -> set[Path]:
    found: set[Path] = set()
    for root in roots:
        for directory, _dirs, names in os.walk(root):
            for name in names:
                path = Path(directory) / name
                try:
                    if path.stat().st_mtime < since or not path.is_file():
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(needle in data for needle in needles):
                    found.add(path.resolve())
    return found


def test_the_scan_never_lies_in_clear_on_disk(
    agent: ServiceContext, store_dir: Path, tmp_path: Path,
) -> None:
    started = time.time() - 1
    secret = b"ZEBRA-SCAN-" + uuid.uuid4().hex.encode() + b"-SIGNED-BY-SYNTHETIC-PARENTS"
    content = PNG + secret * 50 + b"IEND"
    needles = [secret, base64.b64encode(secret * 3)[:48], secret.hex().encode()]
    _family, version = ready(agent)
    scan = attach_signed_scan(agent, version, content, "image/png", None)
    assert scan_content(agent, scan.id) == content
    roots = [store_dir, tmp_path, Path(tempfile.gettempdir())]
    assert _files_with(needles, roots, started) == set()  # open: database and WAL
    agent.store.lock()
    assert _files_with(needles, roots, started) == set()  # closed
    assert any(store_dir.iterdir())
    control = tmp_path / "control.bin"  # the search itself does find clear bytes
    control.write_bytes(b"..." + secret + b"...")
    assert _files_with(needles, roots, started) == {control.resolve()}


def test_anonymising_the_child_drops_the_scans_content(agent: ServiceContext) -> None:
    opened = date(2026, 3, 2)
    family = Family.open(agent, opened, child_born=date(2008, 4, 15)).analyse().assess().plan()
    record_discernment(agent, family.case_id, family.child, False, opened, "Ne souhaite pas")
    version = family.ready_version()
    scan = attach_signed_scan(agent, version, PNG + b"SIGNATURE-LEA", "image/png", None)
    anonymise_person(agent, family.child, date(2026, 4, 15))
    assert scan_content(agent, scan.id) == b""
    with agent.reading() as session:
        outbox = " ".join(json.dumps(e.changes) for e in session.scalars(select(OutboxEntry)))
    assert base64.b64encode(PNG + b"SIGNATURE-LEA").decode() not in outbox
