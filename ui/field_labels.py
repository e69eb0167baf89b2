"""How the synced fields that can meet a sync conflict read on screen (French first, German
complete). Keyed by table and column, as a ``SyncConflict`` names them."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, Text


def field_label(entity: str, field: str) -> str:
    """The field's label; a field not listed shows its column name rather than nothing."""
    found = _FIELDS.get((entity, field)) or _COMMON.get(field)
    return found.render() if found is not None else field


_COMMON: dict[str, Text] = {
    "notes": QT_TRANSLATE_NOOP("FieldLabels", "Notes"),
    "note": QT_TRANSLATE_NOOP("FieldLabels", "Note"),
    "deleted_at": QT_TRANSLATE_NOOP("FieldLabels", "Deletion"),
    "end_reason": QT_TRANSLATE_NOOP("FieldLabels", "Reason for ending"),
    "reason": QT_TRANSLATE_NOOP("FieldLabels", "Reason"),
}

_FIELDS: dict[tuple[str, str], Text] = {
    ("appointment", "kind"): QT_TRANSLATE_NOOP("FieldLabels", "Kind of appointment"),
    ("appointment", "starts_at"): QT_TRANSLATE_NOOP("FieldLabels", "Start"),
    ("appointment", "ends_at"): QT_TRANSLATE_NOOP("FieldLabels", "End"),
    ("appointment", "place"): QT_TRANSLATE_NOOP("FieldLabels", "Place"),
    ("appointment", "place_type"): QT_TRANSLATE_NOOP("FieldLabels", "Kind of place"),
    ("appointment", "subject"): QT_TRANSLATE_NOOP("FieldLabels", "Subject"),
    ("appointment", "person_ids"): QT_TRANSLATE_NOOP("FieldLabels", "Persons expected"),
    ("appointment", "stakeholder_ids"): QT_TRANSLATE_NOOP("FieldLabels", "Stakeholders expected"),
    ("appointment", "state"): QT_TRANSLATE_NOOP("FieldLabels", "State of the appointment"),
    ("appointment", "moved_reason"): QT_TRANSLATE_NOOP("FieldLabels", "Why it was moved"),
    ("appointment", "cancel_reason"): QT_TRANSLATE_NOOP("FieldLabels", "Why it was cancelled"),
    ("agent_task", "text"): QT_TRANSLATE_NOOP("FieldLabels", "Task"),
    ("agent_task", "due_on"): QT_TRANSLATE_NOOP("FieldLabels", "Due date"),
    ("agent_task", "person_id"): QT_TRANSLATE_NOOP("FieldLabels", "Person concerned"),
    ("agent_task", "state"): QT_TRANSLATE_NOOP("FieldLabels", "State of the task"),
    ("agent_task", "done_on"): QT_TRANSLATE_NOOP("FieldLabels", "Done on"),
    ("agent_task", "drop_reason"): QT_TRANSLATE_NOOP("FieldLabels", "Why it was dropped"),
    ("case_file", "summary"): QT_TRANSLATE_NOOP("FieldLabels", "Summary of the dossier"),
    ("case_file", "working_frame"): QT_TRANSLATE_NOOP("FieldLabels", "Working frame"),
    ("case_file", "aid_frame"): QT_TRANSLATE_NOOP("FieldLabels", "Frame of the aid"),
    ("case_file", "court_proceedings_pending"):
        QT_TRANSLATE_NOOP("FieldLabels", "Court proceedings pending"),
    ("case_file", "judicial_request_on"):
        QT_TRANSLATE_NOOP("FieldLabels", "Date of the judicial request"),
    ("case_file", "judicial_request_reference"):
        QT_TRANSLATE_NOOP("FieldLabels", "Reference of the judicial request"),
    ("case_file", "agent_id"): QT_TRANSLATE_NOOP("FieldLabels", "Agent in charge"),
    ("case_file", "current_step"): QT_TRANSLATE_NOOP("FieldLabels", "Current step"),
    ("person", "first_name"): QT_TRANSLATE_NOOP("FieldLabels", "First name"),
    ("person", "last_name"): QT_TRANSLATE_NOOP("FieldLabels", "Last name"),
    ("person", "birth_date"): QT_TRANSLATE_NOOP("FieldLabels", "Date of birth"),
    ("person", "role"): QT_TRANSLATE_NOOP("FieldLabels", "Role in the family"),
    ("person_assessment", "difficulties"): QT_TRANSLATE_NOOP("FieldLabels", "Difficulties"),
    ("person_assessment", "resources"): QT_TRANSLATE_NOOP("FieldLabels", "Resources"),
    ("person_assessment", "needs"): QT_TRANSLATE_NOOP("FieldLabels", "Needs"),
    ("person_assessment", "own_view"): QT_TRANSLATE_NOOP("FieldLabels", "Own view of the person"),
    ("objective", "wording"): QT_TRANSLATE_NOOP("FieldLabels", "Objective"),
    ("objective", "indicator"): QT_TRANSLATE_NOOP("FieldLabels", "Indicator"),
    ("objective", "accepted_by"): QT_TRANSLATE_NOOP("FieldLabels", "Accepted by"),
    ("objective", "realism"): QT_TRANSLATE_NOOP("FieldLabels", "Why it is realistic"),
    ("objective", "due_on"): QT_TRANSLATE_NOOP("FieldLabels", "Due date"),
    ("objective", "horizon"): QT_TRANSLATE_NOOP("FieldLabels", "Horizon"),
    ("objective", "status"): QT_TRANSLATE_NOOP("FieldLabels", "Status"),
    ("planned_measure", "quantity"): QT_TRANSLATE_NOOP("FieldLabels", "Quantity"),
    ("planned_measure", "volume_note"): QT_TRANSLATE_NOOP("FieldLabels", "Note on the volume"),
    ("planned_measure", "starts_on"): QT_TRANSLATE_NOOP("FieldLabels", "Planned start"),
    ("planned_measure", "ends_on"): QT_TRANSLATE_NOOP("FieldLabels", "Planned end"),
    ("planned_measure", "actual_start_on"): QT_TRANSLATE_NOOP("FieldLabels", "Actual start"),
    ("planned_measure", "actual_end_on"): QT_TRANSLATE_NOOP("FieldLabels", "Actual end"),
    ("relationship", "kind"): QT_TRANSLATE_NOOP("FieldLabels", "Relationship"),
    ("relationship", "holds_parental_authority"):
        QT_TRANSLATE_NOOP("FieldLabels", "Parental authority"),
    ("relationship", "is_legal_representative"):
        QT_TRANSLATE_NOOP("FieldLabels", "Legal representative"),
    ("request", "what"): QT_TRANSLATE_NOOP("FieldLabels", "What is asked"),
    ("request", "requester_name"): QT_TRANSLATE_NOOP("FieldLabels", "Requester"),
    ("stakeholder", "name"): QT_TRANSLATE_NOOP("FieldLabels", "Name"),
    ("stakeholder", "organisation"): QT_TRANSLATE_NOOP("FieldLabels", "Organisation"),
    ("stakeholder", "role"): QT_TRANSLATE_NOOP("FieldLabels", "Role"),
    ("stakeholder", "contact"): QT_TRANSLATE_NOOP("FieldLabels", "Contact"),
    ("plan_review_request", "grounds"): QT_TRANSLATE_NOOP("FieldLabels", "Grounds"),
    ("plan_review_request", "outcome"): QT_TRANSLATE_NOOP("FieldLabels", "Outcome"),
    ("plan_review_request", "outcome_note"):
        QT_TRANSLATE_NOOP("FieldLabels", "Note on the outcome"),
    ("provider", "name"): QT_TRANSLATE_NOOP("FieldLabels", "Name of the provider"),
    ("provider", "locality"): QT_TRANSLATE_NOOP("FieldLabels", "Locality"),
}
