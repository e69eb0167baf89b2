"""The longest text each field of a synchronised record may hold, in characters: one table.

Chosen from what the field is for (a name, an address line, a note, a report), never to fit a
column type: columns keep their types (a ``String(n)`` column bounds its limit from above, its
length is what PostgreSQL enforces on the server). Why each limit: ``docs/design-store.md``,
"Maximum lengths"; the printed plan with every field at its maximum prints in well under a
second (``bench/documents.py``), where one unbounded field of 100,000 characters took minutes.

Enforced by the rule ``app.rules.lengths`` on the device (every write, in the store's flush
hook) and by the server on every uploaded mutation (``sync.server.apply``); shown as a counter
beside the field in the forms (``ui.text_limit``). ``MACHINE_FIELDS`` are the text columns the
agent never types (codes, digests, enum-like values): they are bounded by their column alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: A one-line name (a person's first or last name, a requester, a provider's name).
NAME = 120
#: A line of an address, an e-mail, a school, an organisation, a place.
LINE = 200
#: A short reason or comment (why a measure ended, why a judgement of discernment).
REASON = 1000
#: A paragraph the plan prints in a table cell (an objective, its indicator): one cell must
#: stay shorter than a printed page.
CELL = 1000
#: A narrative text (the situation, an assessment, a report): about two printed pages.
NARRATIVE = 4000
#: Minutes of a meeting and the final evaluation of a closure: about four printed pages.
REPORT = 8000

_LIMITS: dict[tuple[str, str], int] = {
    # The dossier and the request (step 1).
    ("case_file", "summary"): NARRATIVE,
    ("case_file", "working_frame"): NARRATIVE,
    ("case_file", "cancel_reason"): REASON,
    ("case_file", "judicial_request_reference"): 120,
    ("request", "requester_name"): LINE,
    ("request", "what"): NARRATIVE,
    # The persons of the family and their links.
    ("person", "first_name"): NAME,
    ("person", "last_name"): NAME,
    ("person", "notes"): NARRATIVE,
    ("person", "street"): LINE,
    ("person", "postal_code"): 20,
    ("person", "locality"): NAME,
    ("person", "phone"): 60,
    ("person", "other_phone"): 60,
    ("person", "email"): LINE,
    ("person", "school"): LINE,
    ("person", "spoken_language"): 80,
    ("relationship", "note"): 400,
    ("relationship", "end_reason"): REASON,
    # The assessment and its objectives (step 2).
    ("person_assessment", "difficulties"): NARRATIVE,
    ("person_assessment", "resources"): NARRATIVE,
    ("person_assessment", "needs"): NARRATIVE,
    ("person_assessment", "own_view"): NARRATIVE,
    ("objective", "wording"): CELL,
    ("objective", "indicator"): CELL,
    ("objective", "accepted_by"): 300,
    ("objective", "realism"): REASON,
    ("objective", "status_reason"): REASON,
    # Measures (step 3) and their course (step 5).
    ("planned_measure", "volume_note"): 300,
    ("planned_measure", "end_reason"): REASON,
    ("planned_measure", "change_reason"): REASON,
    ("measure_interruption", "reason"): REASON,
    # The network around the family.
    ("stakeholder", "name"): LINE,
    ("stakeholder", "organisation"): LINE,
    ("stakeholder", "role"): 400,
    ("stakeholder", "contact"): LINE,
    ("stakeholder", "end_reason"): REASON,
    # The plan, its signatures and its reviews (step 4).
    ("plan_version", "end_reason"): REASON,
    ("plan_version", "return_comment"): 2000,
    ("plan_signature", "place"): LINE,
    ("discernment_judgement", "reason"): REASON,
    ("plan_review", "conclusion"): NARRATIVE,
    ("plan_review_request", "grounds"): 2000,
    ("plan_review_request", "outcome_note"): 2000,
    # Coordination (step 6).
    ("case_conference", "place"): LINE,
    ("case_conference", "minutes"): REPORT,
    ("case_conference", "decisions"): NARRATIVE,
    ("contact_log", "with_whom"): 300,
    ("contact_log", "summary"): NARRATIVE,
    # Documents attached to the dossier.
    ("dossier_document", "source"): LINE,
    ("dossier_document", "title"): LINE,
    ("dossier_document", "end_reason"): REASON,
    # The agent's week: appointments and tasks.
    ("appointment", "place"): LINE,
    ("appointment", "subject"): LINE,
    ("appointment", "moved_reason"): REASON,
    ("appointment", "cancel_reason"): REASON,
    ("agent_task", "text"): REASON,
    ("agent_task", "drop_reason"): REASON,
    # Evaluation (step 7) and closure (step 8).
    ("evaluation", "proposals"): NARRATIVE,
    ("measure_appraisal", "comment"): 2000,
    ("objective_progress", "comment"): 2000,
    ("case_closure", "final_evaluation"): REPORT,
    ("case_reopening", "reason"): REASON,
    # The office and the ONE.
    ("case_transfer", "reason"): REASON,
    ("office", "name"): LINE,
    ("office", "locality"): NAME,
    ("app_user", "display_name"): LINE,
    ("provider", "name"): LINE,
    ("provider", "street"): LINE,
    ("provider", "postal_code"): 20,
    ("provider", "locality"): NAME,
    ("provider", "phone"): 60,
    ("provider", "email"): LINE,
    ("provider_agrement", "number"): 60,
}

#: Field -> the longest text it may hold (characters), keyed by table and column as the
#: outbox and the sync protocol name them.
TEXT_LIMITS: Mapping[tuple[str, str], int] = MappingProxyType(_LIMITS)

#: Text columns nobody types: generated numbers, codes, digests, identifiers.
MACHINE_FIELDS: frozenset[tuple[str, str]] = frozenset({
    ("case_file", "number"), ("office", "code"), ("office", "region"), ("app_user", "login"),
    ("planned_measure", "measure_code"), ("planned_measure", "unit"),
    ("provider", "register_id"), ("provider", "region"), ("provider", "country"),
    ("provider_agrement", "measure_codes"), ("signed_scan", "sha256"),
    ("signed_scan", "media_type"), ("person_anonymisation", "age_band"),
    ("dossier_document", "sha256"), ("dossier_document", "media_type"),
    ("sync_conflict", "entity"), ("sync_conflict", "field"),
    # The dossier's history: written by the server only, never by a person or a device.
    ("dossier_history", "user_name"), ("dossier_history", "device_name"),
    ("dossier_history", "action"), ("dossier_history", "entity"),
    ("dossier_history", "operation"), ("dossier_history", "outcome"),
    ("dossier_history", "under_cover_of_name"),
})


def text_limit(entity: str, field: str) -> int | None:
    """The longest text ``entity.field`` may hold; None for a field without one."""
    return _LIMITS.get((entity, field))
