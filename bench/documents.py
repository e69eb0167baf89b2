"""Rendering time of the intervention plan: the large synthetic plan (6 children, 3 legal
representatives, 30 measures) against a bare ReportLab document of as many pages and table rows.

Run from the project root: ``python bench/documents.py``. Both contenders run alternately in the
same process, median of 15 each. Goals: the plan at most 3x the bare document, and under 300 ms
(reading the frozen version included), so printing at the family's table never makes them wait.
Issue 18: the same family's plan with every printed field at its maximum length
(``app/domain/text_limits.py``, ``tests/app/documents/longest.py``) is laid out in under 1 s
of CPU (one unbounded field of 100,000 characters once took minutes), and at most 10x the
ordinary large plan, measured alongside.
"""

from __future__ import annotations

import io
import re
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table
from timing import interleaved_medians  # bench/ itself, the script's folder

from app.documents.plan import render_frozen_plan, render_plan
from app.domain import PlanVersion
from app.services.base.context import ServiceContext
from app.services.setup.store import prepare_store, sign_in_local_agent
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import create_store
from tests.app.documents.families import large_ready_version
from tests.app.documents.longest import longest_frozen_plan
from tests.app.services.family import OFFICE

RUNS = 15
RATIO_LIMIT = 3.0
MS_LIMIT = 300.0
LONGEST_MS_LIMIT = 1000.0
LONGEST_RATIO_LIMIT = 10.0
PASSPHRASE = "banc d'essai quetsch 2026"


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", pdf))


def bare_document(rows: int, padding: int) -> bytes:
    """Plain ReportLab: one table of ``rows`` rows shaped like the plan's measures (six wrapped
    cells: measure, beneficiary, provider, volume, dates, objectives), then ``padding`` pages,
    with the default base font and styles."""
    style = ParagraphStyle("bare", getSampleStyleSheet()["BodyText"], fontSize=8.5, leading=11)
    cells = ("art. 11, lettre i) l'assistance psychique, sociale ou éducative en famille",
             "Prénom Nom", "Service d'assistance en famille Sud", "120 heures",
             "02/03/2026 30/06/2027", "O1")
    data = [[Paragraph(f"{cell} {i}" if c == 0 else cell, style) for c, cell in enumerate(cells)]
            for i in range(rows)]
    widths = [w * mm for w in (43, 26, 30, 28, 24, 23)]  # the plan's measure columns
    story: list[object] = [Table(data, colWidths=widths, repeatRows=1)]
    for _ in range(padding):
        story += [PageBreak(), Paragraph("…", style)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm).build(story)
    return buffer.getvalue()


def padding_for(rows: int, pages: int) -> int:
    """Extra pages the bare document needs to have as many pages as the plan (found once)."""
    padding = 0
    while page_count(bare_document(rows, padding)) < pages and padding < 200:
        padding += 1
    return padding


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        store = create_store(Path(folder) / "store", PASSPHRASE, PASSPHRASE,
                             keyring_backend=None, kdf=LIGHT_KDF_FOR_TESTS)
        try:
            ctx = ServiceContext(store)
            prepare_store(ctx)
            agent = sign_in_local_agent(ctx, "cpi.bench", "Agent de banc", OFFICE)
            version_id = large_ready_version(agent, date(2026, 3, 2))
            with agent.reading() as session:
                version = session.get(PlanVersion, version_id)
                assert version is not None
                snap, signers = version.snapshot, len(version.signatories)
            rows = (len(snap["measures"]) + len(snap["objectives"]) + len(snap["beneficiaries"])
                    + signers + 2)
            pages = page_count(render_plan(agent, version_id))
            padding = padding_for(rows, pages)
            bare = bare_document(rows, padding)
            medians = interleaved_medians({
                "plan (render_plan)": lambda: render_plan(agent, version_id),
                "bare ReportLab": lambda: bare_document(rows, padding),
            }, RUNS)
            longest = longest_frozen_plan()
            longest_pages = page_count(render_frozen_plan(longest))
            cpu = interleaved_medians({
                "longest plan": lambda: render_frozen_plan(longest),
                "plan": lambda: render_plan(agent, version_id),
            }, 5, clock=time.process_time)
        finally:
            store.lock()
    plan_ms = medians["plan (render_plan)"] * 1000
    bare_ms = medians["bare ReportLab"] * 1000
    print(f"{'contender':<22}{'median ms':>10}{'pages':>7}{'rows':>6}")
    print(f"{'plan (render_plan)':<22}{plan_ms:>10.1f}{pages:>7}{rows:>6}")
    assert page_count(bare) == pages, "the baseline must have the plan's page count"
    print(f"{'bare ReportLab':<22}{bare_ms:>10.1f}{page_count(bare):>7}{rows:>6}")
    ratio = plan_ms / bare_ms
    print(f"goal: plan_vs_bare_reportlab = {ratio:.2f} (limit {RATIO_LIMIT:.0f}) "
          f"{'ok' if ratio <= RATIO_LIMIT else 'MISSED'}")
    print(f"goal: large_plan_ms = {plan_ms:.1f} (limit {MS_LIMIT:.0f}) "
          f"{'ok' if plan_ms <= MS_LIMIT else 'MISSED'}")
    longest_ms, ordinary_ms = cpu["longest plan"] * 1000, cpu["plan"] * 1000
    print(f"{'longest plan (CPU)':<22}{longest_ms:>10.1f}{longest_pages:>7}")
    print(f"{'plan (CPU)':<22}{ordinary_ms:>10.1f}{pages:>7}")
    print(f"goal: longest_plan_ms = {longest_ms:.1f} (limit {LONGEST_MS_LIMIT:.0f}) "
          f"{'ok' if longest_ms <= LONGEST_MS_LIMIT else 'MISSED'}")
    longest_ratio = longest_ms / ordinary_ms
    print(f"goal: longest_vs_plan = {longest_ratio:.2f} (limit {LONGEST_RATIO_LIMIT:.0f}) "
          f"{'ok' if longest_ratio <= LONGEST_RATIO_LIMIT else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
