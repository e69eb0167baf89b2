"""The plan printed for signature, read back with poppler (pdftotext, pdffonts) from memory."""

from __future__ import annotations

import re
import subprocess
import unicodedata
import uuid
from datetime import date

import pypdfium2  # type: ignore[import-untyped]
import pytest
import zxingcpp

from app.documents.fingerprint import fingerprint, fingerprint_of
from app.documents.layout import needs_shaping
from app.documents.plan import FrozenPlan, render_frozen_plan, render_plan
from app.documents.texts import NBSP, text
from app.domain import PlanVersion
from app.rules import RuleViolation
from app.services.base.context import ServiceContext
from app.services.plan.lookup import find_version_by_fingerprint
from app.services.plan.versions import prepare_plan_version, record_discernment
from tests.app.documents.families import ADULTS, CHILDREN, MEASURES, large_ready_version
from tests.app.documents.poppler import screenshot
from tests.app.services.family import Family, validator_context

TODAY = date(2026, 3, 2)


def _poppler(tool: str, pdf: bytes, *args: str) -> str:
    """Run a poppler tool on PDF bytes given on stdin: the family's plan is never written."""
    return subprocess.run([tool, *args, "-", *(["-"] if tool == "pdftotext" else [])],
                          input=pdf, capture_output=True, check=True).stdout.decode("utf-8")


def _words(pdf: bytes) -> str:
    """The text with every run of white space (line ends in table cells too) as one space."""
    return " ".join(_poppler("pdftotext", pdf).replace(NBSP, " ").split())


def _pages(pdf: bytes) -> list[str]:
    return _poppler("pdftotext", pdf).split("\f")[:-1]


def _fonts(pdf: bytes) -> list[list[str]]:
    lines = _poppler("pdffonts", pdf).splitlines()[2:]
    return [line.split() for line in lines]


def _family(agent: ServiceContext) -> Family:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    record_discernment(agent, family.case_id, family.child, True, TODAY,
                       "Comprend le projet et veut le signer")
    return family


@pytest.fixture
def family(agent: ServiceContext) -> Family:
    return _family(agent)


def test_the_plan_shows_every_required_element(agent: ServiceContext, family: Family) -> None:
    version_id = family.ready_version()
    version = family.version(version_id)
    pdf = render_plan(agent, version_id)
    words = _words(pdf)
    expected = [
        "Office national de l’enfance", "Bureau régional Sud", "Projet d’intervention",
        f"Dossier {version.snapshot['case_number']}", "version 1, arrêtée le 02/03/2026",
        "Personnes concernées", "bénéficiaire, né(e) le 17/05/2014",
        "Demandes", "Soutien demandé pour la scolarité et les relations familiales",
        "Ressources et difficultés", "Lien fort avec sa grand-mère",
        "Absences scolaires répétées",
        "Objectifs", "O1", "Léa va à l'école tous les jours", "Moins de 2 absences par mois",
        "court terme", "30/06/2027",
        "Mesures", "art. 11, lettre i)", "Service d'assistance en famille Sud", "120 heures",
        "Rôle des intervenants", "Réexamen", "tous les 12 mois",
        "Signatures", "Lu et approuvé", "Fait à", "Coordinateur de projet d’intervention (CPI)",
        "Validation par l’Office national de l’enfance", "page 1 / 2", "page 2 / 2",
        "Paraphes", "Version 1 – empreinte",
    ]
    assert [e for e in expected if e not in words] == []
    names = [s["name"] for s in version.signatories]
    assert sorted(names) == ["Ana Sofia Tavares", "Jeff Weber", "Léa Tavares"]
    for signatory in version.signatories:
        assert signatory["name"] in words
    screenshot(pdf, "plan-fr")
    assert words.count("Lu et approuvé") == len(names) + 1  # and the CPI
    assert version.snapshot["cpi"] == {"name": "Agent de test"}
    assert "Agent de test Coordinateur de projet d’intervention (CPI)" in words
    assert "enfant capable de discernement" in words
    assert words.count("parent titulaire de l’autorité parentale") == 2 * 2  # persons, blocks


def test_every_font_is_embedded_and_none_is_a_base_font(agent: ServiceContext,
                                                        family: Family) -> None:
    fonts = _fonts(render_plan(agent, family.ready_version()))
    assert fonts
    for row in fonts:
        name, emb = row[0], row[-5]
        assert "DejaVuSans" in name
        assert emb == "yes", row
    assert not any("Helvetica" in row[0] or "Times" in row[0] for row in fonts)


def test_the_printed_fingerprint_is_the_versions(agent: ServiceContext, family: Family) -> None:
    version_id = family.ready_version()
    pdf = render_plan(agent, version_id)
    printed = re.findall(r"empreinte ([0-9A-F]{4}(?:-[0-9A-F]{4}){3})", _words(pdf))
    expected = fingerprint(family.version(version_id))
    assert printed == [expected] * len(_pages(pdf))


def test_the_qr_code_of_every_page_opens_the_exact_version(agent: ServiceContext,
                                                          family: Family) -> None:
    """A real decoder reads the QR code off each rendered page (in memory), and the text it
    reads finds the version, as the agent's scanner typing it into the search would."""
    version_id = family.ready_version()
    pdf = pypdfium2.PdfDocument(render_plan(agent, version_id))
    decoded = []
    for index in range(len(pdf)):
        image = pdf[index].render(scale=200 / 72).to_pil()  # 200 dpi, a scanner's usual
        decoded += [code.text for code in zxingcpp.read_barcodes(image)
                    if code.format == zxingcpp.BarcodeFormat.QRCode]
    printed = fingerprint(family.version(version_id))
    assert decoded == [f"CPI-PLAN v1 {printed} p{page}/{len(pdf)}"
                       for page in range(1, len(pdf) + 1)]
    match = find_version_by_fingerprint(agent, decoded[0])
    assert (match.version_id, match.number) == (version_id, 1)


def test_the_fingerprint_changes_with_any_frozen_field() -> None:
    case_id = uuid.uuid4()
    snapshot = {"objectives": [{"wording": "Aller à l'école"}], "measures": []}
    signatories = [{"person_id": "p1", "name": "Łukasz Wójcik", "capacity": "parent"}]
    base = fingerprint_of(case_id, 1, snapshot, signatories, TODAY)
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", base)
    assert base == fingerprint_of(case_id, 1, dict(reversed(snapshot.items())), signatories,
                                  TODAY)  # key order does not count
    assert base != fingerprint_of(case_id, 2, snapshot, signatories, TODAY)
    assert base != fingerprint_of(uuid.uuid4(), 1, snapshot, signatories, TODAY)
    assert base != fingerprint_of(case_id, 1, {**snapshot, "measures": [{}]}, signatories, TODAY)
    assert base != fingerprint_of(case_id, 1, snapshot, [], TODAY)
    assert base != fingerprint_of(case_id, 1, snapshot, signatories, date(2026, 3, 3))


def test_the_plan_prints_in_german(agent: ServiceContext, family: Family) -> None:
    version_id = family.ready_version()
    pdf = render_plan(agent, version_id, language="de")
    screenshot(pdf, "plan-de", last_page=1)
    words = _words(pdf)
    for expected in ("Interventionsprojekt", "Betroffene Personen", "Anfragen", "Ziele",
                     "Maßnahmen", "Art. 11, Buchstabe i)", "120 Stunden", "kurzfristig",
                     "30.06.2027", "Unterschriften", "„Gelesen und genehmigt“",
                     "urteilsfähiges Kind", "Seite 1 / 2", "Fingerabdruck",
                     fingerprint(family.version(version_id)),
                     "die psychische, soziale oder erzieherische Unterstützung"):
        assert expected in words, expected
    assert "Projet d’intervention" not in words


def test_the_review_date_is_printed_once_known(agent: ServiceContext) -> None:
    family = Family.open(agent, TODAY).analyse().assess().plan()
    version_id = family.in_force(validator_context(agent))
    words = _words(render_plan(agent, version_id))
    assert "Le projet sera réexaminé au plus tard le 02/03/2027 (art. 6)." in words


def test_a_draft_is_never_printed_for_signature(agent: ServiceContext, family: Family) -> None:
    draft = prepare_plan_version(agent, family.case_id, today=TODAY)
    with pytest.raises(RuleViolation) as refused:
        render_plan(agent, draft)
    assert refused.value.codes == ("plan.not_awaiting_signatures",)


def test_an_unknown_language_is_refused(agent: ServiceContext, family: Family) -> None:
    with pytest.raises(ValueError, match="unsupported document language"):
        render_plan(agent, family.ready_version(), language="pt")


def test_french_typography_uses_no_break_spaces() -> None:
    assert text("read", "fr") == f"«{NBSP}Lu et approuvé{NBSP}»"
    assert text("signature", "fr") == f"Signature{NBSP}:"
    assert text("signature", "de") == "Unterschrift:"


def test_a_large_plan_splits_across_pages_without_losing_anything(
        agent: ServiceContext) -> None:
    version_id = large_ready_version(agent, TODAY)
    with agent.reading() as session:
        version = session.get(PlanVersion, version_id)
        assert version is not None
        signatories = list(version.signatories)
    pdf = render_plan(agent, version_id)
    screenshot(pdf, "plan-large-fr", last_page=8)
    pages = _pages(pdf)
    words = _words(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"page {number} / {len(pages)}" in page
    for index in range(1, MEASURES + 1):
        assert f"Mesure numéro {index:02d}" in words
    assert len(signatories) == 3 + 3  # three representatives, three children able to judge
    for signatory in signatories:
        assert signatory["name"] in words
    for first, last in ADULTS + CHILDREN:
        assert f"{first} {last}" in words  # pdftotext finds Vietnamese, Polish, Cape Verdean
    assert all(row[-5] == "yes" and "DejaVuSans" in row[0] for row in _fonts(pdf))


def _plan(objective: str, signatory: str) -> FrozenPlan:
    """A frozen plan built by hand, for layout cases the services would take long to reach."""
    person = str(uuid.uuid4())
    return FrozenPlan(
        number=2, frozen_on=TODAY, review_due_on=None, fingerprint="0000-1111-2222-3333",
        signatories=[{"person_id": person, "name": signatory, "capacity": "young_adult"}],
        snapshot={"case_number": "SUD-2026-TEST", "office": {"name": "Bureau régional Sud"},
                  "beneficiaries": [{"id": person, "name": signatory, "birth_date": None}],
                  "objectives": [{"id": "o1", "person_id": person, "wording": objective,
                                  "indicator": "Fin du texte", "horizon": "long",
                                  "due_on": "2027-06-30"}],
                  "measures": [], "stakeholders": []})


def test_one_cell_longer_than_a_page_splits_without_losing_text() -> None:
    wording = " ".join(f"mot{index:04d}" for index in range(1500))
    pdf = render_frozen_plan(_plan(wording, "Djénifer Lopes Sêmedo"))
    words = _words(pdf)
    assert len(_pages(pdf)) >= 3
    assert all(f"mot{index:04d}" in words for index in range(1500))
    assert "Fin du texte" in words


def test_an_arabic_name_is_shaped_joined_and_right_to_left() -> None:
    """HarfBuzz shapes the paragraphs that need it: the glyphs printed are the joined forms of
    the letters (Arabic presentation forms once extracted), in visual order, in DejaVu."""
    name = "ليلى حسن"
    pdf = render_frozen_plan(_plan("Aller à l'école", name))
    screenshot(pdf, "plan-arabic-name-fr", last_page=1)
    extracted = _poppler("pdftotext", pdf)
    forms = [ch for ch in extracted if 0xFE70 <= ord(ch) <= 0xFEFF]
    assert forms, "no joined (contextual) form printed: the name was not shaped"
    visual = " ".join(reversed(name.split()))  # right to left: the first word on the right
    assert visual in unicodedata.normalize("NFKC", extracted)
    assert all(row[-5] == "yes" and "DejaVuSans" in row[0] for row in _fonts(pdf))
    assert "né(e) le" not in extracted  # no birth date known: no empty "born on"


def test_latin_paragraphs_are_not_shaped() -> None:
    """Shaping costs time on every word: only the paragraphs that need it are shaped."""
    assert needs_shaping("ليلى") and needs_shaping("Nguye\u0302\u0303n")
    assert not needs_shaping("Nguyễn Thị Đức, Łukasz Żółć, Djénifer Sêmedo")


def test_the_for_column_names_the_child_of_each_objective(agent: ServiceContext) -> None:
    """Objectives are set per child: the snapshot keeps the name, the plan prints it."""
    version_id = large_ready_version(agent, TODAY)
    with agent.reading() as session:
        version = session.get(PlanVersion, version_id)
        assert version is not None
        objectives = version.snapshot["objectives"]
    assert [o["person"] for o in objectives] == [f"{first} {last}" for first, last in CHILDREN]
    layout = _poppler("pdftotext", render_plan(agent, version_id), "-layout")
    lines = layout.replace(NBSP, " ").splitlines()
    for index, (first, _last) in enumerate(CHILDREN):
        row = next(line for line in lines if f"Objectif SMART de l'enfant {index}" in line)
        assert re.search(rf"\bO{index + 1}\b", row) and first in row, row


def test_the_plan_with_every_field_at_its_maximum_prints_whole_and_fast() -> None:
    """Issue 18: one unbounded field of 100,000 characters took minutes to print. At the limits
    of app/domain/text_limits.py the large family's plan prints whole, every field to its last
    word, in well under a second (bench/documents.py: ``longest_plan_ms``); here the bound
    is generous for a shared machine, yet twenty times below what one long field once cost."""
    import time

    from tests.app.documents.longest import END, longest_frozen_plan
    plan = longest_frozen_plan()
    render_frozen_plan(plan)  # fonts registered, caches warm
    started = time.process_time()
    pdf = render_frozen_plan(plan)
    spent = time.process_time() - started
    shown = _words(pdf)
    snap = plan.snapshot
    fields = (len(snap["requests"]) + 2 * len(snap["assessments"])
              + 2 * len(snap["objectives"]) + len(snap["measures"])
              + 2 * len(snap["stakeholders"]))
    assert shown.count(END) >= fields, (shown.count(END), fields)
    assert spent < 3.0, f"{spent:.2f} s of CPU to lay out the longest plan"
