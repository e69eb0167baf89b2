"""Every service function meant for a person has a screen that calls it.

A service a person cannot reach is a dead end of the product: the agent, clerk, lead, validator
or administrator has an intention the application knows but offers nowhere. The test lists every
public function of ``app.services`` and finds, in ``ui/``, the screens that call it (directly,
or through a document of ``app.documents`` that a screen renders). The functions that no person
calls directly are named in ``INTERNAL`` with the reason; anything else without a screen fails.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Public service functions no person calls directly, and why.
INTERNAL: dict[str, str] = {
    # Reading helpers that other services and documents compose.
    # The art. 7 rewriting behind anonymise_person, the download and the server's apply.
    "fold": "how the anonymisation compares words (accents, case, Unicode form)",
    "date_word": "a date written in a text, as the anonymisation compares it",
    "word_key": "a word of a text, as the anonymisation compares it",
    "person_words": "the words naming the person anonymised",
    "redact_text": "a text rewritten by the anonymisation",
    "emptied_json": "JSON content of the anonymised person's own records",
    "redact_json": "JSON content of other records, rewritten by the anonymisation",
    "redact_value": "one field rewritten by the anonymisation",
    "redact_wire": "a log entry rewritten by the server's anonymisation",
    "redact_changes": "a pending change or an incoming mutation rewritten alike",
    "own_record_ids": "the anonymised person's own records",
    "subject_of": "the person anonymised, as this database knows them",
    "rewrite_records": "the dossier's records rewritten, on a device and on the server",
    "concerns": "whether a document arriving after an anonymisation concerns or names the "
                "person (the server then drops its bytes)",
    "rewrite_device_copy": "a device's whole copy rewritten, by anonymise_person and the "
                           "download of an anonymisation",
    "settle_version": "a plan version's state from its signatures and validation, settled by "
                      "record_signature and validate_plan and by the server after a merge",
    "caseload_rows": "the rows list_caseload and search_caseload return",
    "case_record_classes": "which tables hold a dossier's records",
    "case_records": "every record of one dossier, for the detail, export and purge",
    "as_wire": "a record as the sync protocol carries it",
    "age_limit_rows": "the query behind age_limit_alerts and the caseload's alerts",
    "live_persons": "a fact gathered for the rules",
    "current_links": "a fact gathered for the rules",
    "family_facts": "a fact gathered for the rules",
    "measure_facts": "a fact gathered for the rules",
    "provider_facts": "a fact gathered for the rules",
    "provider_options": "the directory's providers inside planning_context and "
                        "measure_choices",
    "agrements_of": "a fact gathered for the rules (a provider's agréments, art. 13)",
    "measure_unmet": "a fact gathered for the rules",
    "live_measures": "a fact gathered for the rules",
    "plan_in_force": "a fact gathered for the rules",
    "returned_latest_versions": "a fact gathered for the rules",
    "version_in_preparation": "a fact gathered for the rules",
    "plan_facts": "a fact gathered for the rules",
    "signed_person_ids": "a fact gathered for the rules",
    "review_query": "the office's reviews, shared by its deadlines and the office lead's desk",
    "review_rows": "the office's reviews, shared by its deadlines and the office lead's desk",
    "kept_records": "the dossier's load keeps its records for its overview's facts",
    "kept": "the facts read the records a load kept",
    "case_facts": "a fact gathered for the rules",
    "live": "the guard every change goes through",
    "case_of": "the guard every change goes through",
    "writable_case": "the guard every change goes through",
    "in_case": "the guard every change goes through",
    "build_snapshot": "the frozen content of a plan version, made when it is frozen",
    "fts_query": "the full-text query search_caseload runs",
    "found_passage": "the passage of the written texts search_caseload returns with a dossier",
    "typed_words": "the words of a search, read by search_caseload",
    "normalise_fingerprint": "the fingerprint as typed or read on a scan, made comparable",
    "match_fingerprint": "the fingerprint check inside find_version_by_fingerprint",
    "match_fingerprints": "the fingerprints of a scan's pages, looked up inside "
                          "read_scanned_plan and attach_scanned_plan",
    "overview_in": "the overview inside load_dossier_detail's read",
    "ended_by_revocation": "whether a revocation ended a measure, read by load_dossier_detail",
    "placed_children": "the rows of semester_list_in",
    "placement_codes": "the measures semester_list_in says it counts",
    "semester_list_in": "the art. 6 list over a session: a device's (semester_list, which the "
                        "Documents menu renders) or the server's (cpi-server semester-list)",
    "statistics_in": "the art. 7 extract over a session: a device's (statistics_extract) or "
                     "the server's for a period (cpi-server statistics)",
    "semester_placement_list": "the children of semester_list alone, for the tests",
    "load_overview": "the overview alone, for the benchmark; the window gets it with "
                     "load_dossier_detail",
    "plan_in_force_unmet_reasons": "the signatories still missing, read by the tests of the "
                                   "art. 4 rule; the overview shows them through its facts",
    "find_similar_persons": "the duplicate search behind open_case's and add_person's "
                            "warning, which the dialogs show",
    "reviews_due_soon": "one list of office_deadlines, which the office deadlines window "
                        "reads whole (the benchmark reads it alone)",
    "reviews_overdue": "one list of office_deadlines (see reviews_due_soon)",
    "office_lead_escalations": "one list of office_deadlines (see reviews_due_soon)",
    "age_limit_alerts": "one list of office_deadlines (see reviews_due_soon)",
    # Parts of a step's finish (one transaction, app.services.*.finish_*): the wizards call the
    # finish; these stay public for the demo's story, the proofs and the tests that build a
    # family part by part.
    "set_working_frame": "part of finish_analysis",
    "set_aid_frame": "part of finish_analysis",
    "record_judicial_request": "part of finish_analysis",
    "plan_measure": "part of finish_planning",
    "prepare_plan_version": "part of freeze_plan_version",
    "mark_ready_to_sign": "part of freeze_plan_version",
    "record_discernment": "part of freeze_plan_version",
    "record_signature": "part of record_signatures",
    "start_measure": "part of finish_implementation",
    "record_case_conference": "part of finish_coordination",
    "record_evaluation": "part of finish_evaluation",
    "check_move": "the move's rules, checked inside every finish",
    "move_case_to_step": "the move alone; every finish moves with move_if_allowed",
    "move_if_allowed": "the move inside a finish's own transaction",
    "assess_person": "one person's assessment; the step 2 finish record_assessment writes "
                     "them with the objectives in one transaction (the proofs call it alone)",
    "set_objective": "one objective; the step 2 finish record_assessment writes them (the "
                     "proofs call it alone)",
    "list_caseload": "the whole caseload; the screen reads it through search_caseload",
    "update_person_notes": "superseded by correct_person (every field of a person); the "
                           "hostile-text proof still writes notes alone",
    "refresh_plan_draft": "a draft's content made again; the plan wizard freezes a fresh "
                          "draft at once (freeze_plan_version)",
    "export_dossier": "the machine-readable export of a dossier; the family receives the PDF "
                      "of app.documents.family_export from the Documents menu",
    # Setting up a store, the demo and the tests.
    "prepare_store": "the reference data brought into the store at each unlock",
    "import_reference": "reference data received from the server",
    "sign_in_local_agent": "the demo's and tests' agent without a server",
    "prepare_demo_store": "the demo caseload",
    "demo_validator": "the demo's ONE validator",
    "advance": "the demo's story, one step",
    "demo_week": "the demo's appointments, contact note and tasks of the week",
    "populate": "the demo caseload's families",
    "demo_passphrase": "the demo's passphrase, shown on its unlock screen",
    # The sync engine (sync/client) calls these; a person starts a sync from the sync panel.
    "attachment_to_send": "sync engine",
    "missing_attachments": "sync engine",
    "store_attachment": "sync engine",
    "save_enrolment": "sync engine (enrolment)",
    "outbox_batch": "sync engine",
    "record_answers": "sync engine",
    "forget_sent_outbox": "sync engine",
    "cursors": "sync engine",
    "apply_page": "sync engine",
    "purge_scopes": "sync engine",
    "record_outcome": "sync engine",
    "queue_restore": "sync engine (a server restored from a backup)",
    "keep_answered": "sync engine (a server restored from a backup)",
    "forget_answered_read": "sync engine (a server restored from a backup)",
    "save_device_token": "sync transport (the next step of the device's chained token)",
    "kept_without_dossier": "sync engine (the handshake names the dossiers kept, art. 7)",
    "forget_anonymised": "sync engine (the handshake's answer: a person anonymised, art. 7)",
    # The provider directory is the ONE's (art. 13): its administrator keeps it with
    # save_provider (ui/provider_directory.py), the server imports its register.
    "register_provider": "the demo's and tests' provider straight in a store, without the "
                         "ONE's directory",
}


#: Functions meant for a person whose screen comes with the work that reshapes them (named).
LATER: dict[str, str] = {}


def _public_services() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted((ROOT / "app" / "services").rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                found[node.name] = path.stem
    return found


def _names_used(path: Path) -> set[str]:
    """Every name a module refers to: calls, references and imported names."""
    used: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.Attribute):
            used.add(node.attr)
        elif isinstance(node, ast.ImportFrom):
            used.update(alias.name for alias in node.names)
    return used


def _screens_of(services: dict[str, str]) -> dict[str, set[str]]:
    """Service -> the ui modules that reach it, directly or through a rendered document."""
    screens: dict[str, set[str]] = defaultdict(set)
    ui_modules = {path: _names_used(path) for path in (ROOT / "ui").rglob("*.py")}
    for path, used in ui_modules.items():
        for name in services.keys() & used:
            screens[name].add(str(path.relative_to(ROOT)))
    for document in (ROOT / "app" / "documents").glob("*.py"):
        used = _names_used(document)
        renders = {node.name for node in ast.parse(document.read_text(encoding="utf-8")).body
                   if isinstance(node, ast.FunctionDef) and node.name.startswith("render_")}
        callers = {str(path.relative_to(ROOT)) for path, names in ui_modules.items()
                   if renders & names}
        for name in services.keys() & used:
            screens[name] |= callers
    return screens


def test_every_service_meant_for_a_person_has_a_screen() -> None:
    services = _public_services()
    screens = _screens_of(services)
    without = sorted(f"{services[name]}.{name}" for name in services
                     if name not in INTERNAL | LATER and not screens.get(name))
    assert without == [], "service functions meant for a person without a screen"


def test_the_internal_list_names_only_existing_functions() -> None:
    """A renamed or removed function must leave ``INTERNAL`` too."""
    assert sorted((set(INTERNAL) | set(LATER)) - set(_public_services())) == []
    assert not set(INTERNAL) & set(LATER)


def test_the_listing_reads_the_screens() -> None:
    """The listing itself: known pairs are found, so an empty result means something."""
    screens = _screens_of(_public_services())
    assert "ui/family_map/corrections.py" in screens["correct_person"]
    assert "ui/dossier/actions.py" in screens["reopen_case"]
    assert "ui/dossier/actions.py" in screens["anonymise_person"]
    assert screens["statistics_extract"]  # through the statistics document's menu entry
    # The office lead's desk and its commands (issue 16).
    for name in ("office_lead_view", "transfer_dossier", "give_cover", "end_cover"):
        assert "ui/office_lead.py" in screens[name], name
    assert "ui/main_window.py" in screens["is_office_lead"]
