"""How the audit trail's actions read in the dossier's history (French first)."""

from __future__ import annotations

from collections.abc import Callable

from ui.qt import QCoreApplication

_ACTIONS: dict[str, Callable[[], str]] = {
    "plan_appointment": lambda: QCoreApplication.translate("History", "appointment planned"),
    "correct_appointment": lambda: QCoreApplication.translate("History", "appointment corrected"),
    "move_appointment": lambda: QCoreApplication.translate("History", "appointment moved"),
    "cancel_appointment": lambda: QCoreApplication.translate("History", "appointment cancelled"),
    "note_appointment_held": lambda: QCoreApplication.translate(
        "History", "appointment held, contact noted"),
    "add_task": lambda: QCoreApplication.translate("History", "task added"),
    "correct_task": lambda: QCoreApplication.translate("History", "task corrected"),
    "complete_task": lambda: QCoreApplication.translate("History", "task done"),
    "drop_task": lambda: QCoreApplication.translate("History", "task dropped"),
    "abandon_objective": lambda: QCoreApplication.translate("History", "objective abandoned"),
    "achieve_objective": lambda: QCoreApplication.translate("History", "objective achieved"),
    "add_document": lambda: QCoreApplication.translate(
        "History", "a document added to the dossier"),
    "add_person": lambda: QCoreApplication.translate("History", "a person added"),
    "add_stakeholder": lambda: QCoreApplication.translate("History", "a stakeholder added"),
    "anonymise_person": lambda: QCoreApplication.translate(
        "History", "a person anonymised at their request (art. 7)"),
    "answer_review_request": lambda: QCoreApplication.translate(
        "History", "request for review answered"),
    "assess_person": lambda: QCoreApplication.translate("History", "assessment written"),
    "cancel_case": lambda: QCoreApplication.translate(
        "History", "dossier cancelled (opened by mistake)"),
    "change_link": lambda: QCoreApplication.translate("History", "family tie changed"),
    "close_case": lambda: QCoreApplication.translate("History", "dossier closed"),
    "correct_document": lambda: QCoreApplication.translate(
        "History", "a document of the dossier corrected"),
    "correct_person": lambda: QCoreApplication.translate("History", "a person corrected"),
    "correct_stakeholder": lambda: QCoreApplication.translate(
        "History", "a stakeholder corrected"),
    "discard_plan_version": lambda: QCoreApplication.translate("History", "plan version discarded"),
    "end_cover": lambda: QCoreApplication.translate("History", "cover ended by the office lead"),
    "end_link": lambda: QCoreApplication.translate("History", "family tie ended"),
    "end_measure": lambda: QCoreApplication.translate("History", "measure ended"),
    "end_stakeholder": lambda: QCoreApplication.translate(
        "History", "a stakeholder no longer involved"),
    "export_dossier": lambda: QCoreApplication.translate(
        "History", "dossier exported for the family"),
    "finish_analysis": lambda: QCoreApplication.translate(
        "History", "situation analysis recorded"),
    "finish_coordination": lambda: QCoreApplication.translate(
        "History", "coordination recorded"),
    "finish_evaluation": lambda: QCoreApplication.translate(
        "History", "evaluation recorded and concluded"),
    "finish_implementation": lambda: QCoreApplication.translate(
        "History", "measures started or ended"),
    "finish_planning": lambda: QCoreApplication.translate("History", "planning recorded"),
    "freeze_plan_version": lambda: QCoreApplication.translate(
        "History", "plan version frozen for signature"),
    "give_cover": lambda: QCoreApplication.translate(
        "History", "cover of a caseload given by the office lead"),
    "interrupt_measure": lambda: QCoreApplication.translate("History", "measure interrupted"),
    "link_persons": lambda: QCoreApplication.translate("History", "family link recorded"),
    "log_contact": lambda: QCoreApplication.translate("History", "contact noted"),
    "mark_ready_to_sign": lambda: QCoreApplication.translate("History", "plan ready to sign"),
    "move_case_to_step": lambda: QCoreApplication.translate("History", "step changed"),
    "open_case": lambda: QCoreApplication.translate("History", "dossier opened"),
    "plan_measure": lambda: QCoreApplication.translate("History", "measure planned"),
    "prepare_plan_version": lambda: QCoreApplication.translate("History", "plan version prepared"),
    "record_assessment": lambda: QCoreApplication.translate(
        "History", "assessment and objectives recorded"),
    "record_case_conference": lambda: QCoreApplication.translate(
        "History", "case conference recorded"),
    "record_discernment": lambda: QCoreApplication.translate("History", "discernment judged"),
    "record_evaluation": lambda: QCoreApplication.translate("History", "evaluation recorded"),
    "record_judicial_request": lambda: QCoreApplication.translate(
        "History", "judicial request recorded"),
    "record_plan_review": lambda: QCoreApplication.translate("History", "plan reviewed"),
    "record_request": lambda: QCoreApplication.translate("History", "request recorded"),
    "record_signature": lambda: QCoreApplication.translate("History", "signature recorded"),
    "record_signatures": lambda: QCoreApplication.translate(
        "History", "signatures recorded"),
    "reformulate_objective": lambda: QCoreApplication.translate(
        "History", "objective reformulated"),
    "refresh_plan_draft": lambda: QCoreApplication.translate("History", "plan draft updated"),
    "reopen_case": lambda: QCoreApplication.translate("History", "dossier reopened"),
    "request_plan_review": lambda: QCoreApplication.translate(
        "History", "review or revocation requested"),
    "resolve_conflict": lambda: QCoreApplication.translate(
        "History", "sync conflict resolved"),
    "resume_measure": lambda: QCoreApplication.translate("History", "measure resumed"),
    "return_plan": lambda: QCoreApplication.translate("History", "plan returned by the ONE"),
    "set_aid_frame": lambda: QCoreApplication.translate("History", "frame of the aid set"),
    "set_document_language": lambda: QCoreApplication.translate(
        "History", "documents' language chosen"),
    "set_objective": lambda: QCoreApplication.translate("History", "objective set"),
    "set_objective_status": lambda: QCoreApplication.translate(
        "History", "objective status changed"),
    "set_working_frame": lambda: QCoreApplication.translate("History", "working frame written"),
    "start_measure": lambda: QCoreApplication.translate("History", "measure started"),
    "transfer_dossier": lambda: QCoreApplication.translate(
        "History", "dossier given to another agent by the office lead"),
    "update_person_notes": lambda: QCoreApplication.translate(
        "History", "notes on a person changed"),
    "update_planned_measure": lambda: QCoreApplication.translate(
        "History", "planned measure changed"),
    "server_anonymisation": lambda: QCoreApplication.translate(
        "History", "dossier rewritten by the server after an anonymisation (art. 7)"),
    "server_transfer": lambda: QCoreApplication.translate(
        "History", "dossier given to another agent"),
    "server_settlement": lambda: QCoreApplication.translate(
        "History", "plan put in force by the server (signed and validated on two computers)"),
    "validate_plan": lambda: QCoreApplication.translate("History", "plan validated by the ONE"),
    "withdraw_document": lambda: QCoreApplication.translate(
        "History", "a document of the dossier withdrawn"),
    "withdraw_planned_measure": lambda: QCoreApplication.translate(
        "History", "planned measure withdrawn"),
}


def action_label(action: str) -> str:
    """The action in the reader's language; an unknown one (a newer version's) as it is."""
    if not action:  # sent by a version that did not name its intentions
        return QCoreApplication.translate("History", "a change (from an older version)")
    found = _ACTIONS.get(action)
    return found() if found else action
