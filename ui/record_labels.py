"""What kind of record a refused change was about, in the agent's words (the server names its
tables). French first, German complete."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, Text


def record_kind(entity: str) -> str:
    """A record kind's name; an unknown one shows its table name rather than nothing."""
    found = _KINDS.get(entity)
    return found.render() if found is not None else entity


_KINDS: dict[str, Text] = {
    "office": QT_TRANSLATE_NOOP("RecordKinds", "Regional office"),
    "provider": QT_TRANSLATE_NOOP("RecordKinds", "Provider"),
    "provider_agrement": QT_TRANSLATE_NOOP("RecordKinds", "Provider's agrément"),
    "app_user": QT_TRANSLATE_NOOP("RecordKinds", "User"),
    "case_file": QT_TRANSLATE_NOOP("RecordKinds", "Dossier"),
    "caseload_cover": QT_TRANSLATE_NOOP("RecordKinds", "Cover of a caseload"),
    "case_transfer": QT_TRANSLATE_NOOP("RecordKinds", "Transfer of the dossier"),
    "dossier_history": QT_TRANSLATE_NOOP("RecordKinds", "Entry of the dossier's history"),
    "case_closure": QT_TRANSLATE_NOOP("RecordKinds", "Closure"),
    "case_conference": QT_TRANSLATE_NOOP("RecordKinds", "Case conference"),
    "case_reopening": QT_TRANSLATE_NOOP("RecordKinds", "Reopening"),
    "contact_log": QT_TRANSLATE_NOOP("RecordKinds", "Contact"),
    "appointment": QT_TRANSLATE_NOOP("RecordKinds", "Appointment"),
    "agent_task": QT_TRANSLATE_NOOP("RecordKinds", "Task"),
    "person": QT_TRANSLATE_NOOP("RecordKinds", "Person"),
    "person_anonymisation": QT_TRANSLATE_NOOP("RecordKinds", "Anonymisation of a person"),
    "plan_version": QT_TRANSLATE_NOOP("RecordKinds", "Plan version"),
    "stakeholder": QT_TRANSLATE_NOOP("RecordKinds", "Stakeholder"),
    "sync_conflict": QT_TRANSLATE_NOOP("RecordKinds", "Sync conflict"),
    "discernment_judgement": QT_TRANSLATE_NOOP("RecordKinds", "Discernment"),
    "dossier_consultation": QT_TRANSLATE_NOOP("RecordKinds", "Consultation of the dossier"),
    "evaluation": QT_TRANSLATE_NOOP("RecordKinds", "Evaluation"),
    "objective": QT_TRANSLATE_NOOP("RecordKinds", "Objective"),
    "person_assessment": QT_TRANSLATE_NOOP("RecordKinds", "Assessment of a person"),
    "plan_review": QT_TRANSLATE_NOOP("RecordKinds", "Plan review"),
    "plan_review_request": QT_TRANSLATE_NOOP("RecordKinds", "Request for review"),
    "plan_signature": QT_TRANSLATE_NOOP("RecordKinds", "Signature"),
    "planned_measure": QT_TRANSLATE_NOOP("RecordKinds", "Measure"),
    "relationship": QT_TRANSLATE_NOOP("RecordKinds", "Family tie"),
    "request": QT_TRANSLATE_NOOP("RecordKinds", "Request"),
    "signed_scan": QT_TRANSLATE_NOOP("RecordKinds", "Scan of signed pages"),
    "dossier_document": QT_TRANSLATE_NOOP("RecordKinds", "Document of the dossier"),
    "measure_appraisal": QT_TRANSLATE_NOOP("RecordKinds", "Appraisal of a measure"),
    "measure_interruption": QT_TRANSLATE_NOOP("RecordKinds", "Interruption of a measure"),
    "measure_objective": QT_TRANSLATE_NOOP("RecordKinds", "Objective served by a measure"),
    "objective_progress": QT_TRANSLATE_NOOP("RecordKinds", "Progress of an objective"),
}
