"""The office's deadlines, one list at a time, as printed for the office lead: reviews due
within 30 days, overdue and escalated (art. 6), young adults turning 27 (art. 3). Dossier numbers
only: the sheet may lie on a desk, it names no one."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from reportlab.platypus import Flowable

from app.documents.layout import BODY, CELL_BOLD, build_pdf, letterhead, p, table
from app.documents.texts import NBSP, day, text
from app.services.caseload.deadlines import OfficeDeadlines


class DeadlineList(StrEnum):
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    ESCALATED = "escalated"
    TURNING_27 = "turning_27"


_TEXTS: dict[str, tuple[str, str]] = {
    DeadlineList.DUE_SOON: ("Réexamens dans les 30{nbsp}jours",
                            "Überprüfungen in den nächsten 30 Tagen"),
    DeadlineList.OVERDUE: ("Réexamens en retard", "Überfällige Überprüfungen"),
    DeadlineList.ESCALATED: ("Réexamens en retard de plus de 30{nbsp}jours",
                             "Seit über 30 Tagen überfällige Überprüfungen"),
    DeadlineList.TURNING_27: ("Jeunes adultes atteignant 27{nbsp}ans",
                              "Junge Erwachsene, die 27 Jahre alt werden"),
    "rule_reviews": ("Chaque projet est réexaminé au moins tous les 12{nbsp}mois (art.{nbsp}6).",
                     "Jedes Projekt wird mindestens alle 12 Monate überprüft (Art.{nbsp}6)."),
    "rule_age": ("L’aide prend fin à 27{nbsp}ans{nbsp}: bénéficiaires dont des mesures sont en "
                 "cours ou prévues, 27{nbsp}ans dans les trois mois ou déjà atteints "
                 "(art.{nbsp}3).",
                 "Die Hilfe endet mit 27 Jahren: Begünstigte mit laufenden oder geplanten "
                 "Maßnahmen, die in den nächsten drei Monaten 27 werden oder es schon sind "
                 "(Art.{nbsp}3)."),
    "scope": ("Bureau{nbsp}: {office} – au {date}", "Büro: {office} – Stand {date}"),
    "all": ("tous les bureaux", "alle Büros"),
    "count": ("{count} dossier(s).", "{count} Akte(n)."),
    "none": ("Aucun dossier.", "Keine Akte."),
    "dossier": ("Dossier", "Akte"),
    "office": ("Bureau", "Büro"),
    "version": ("Version du projet", "Projektversion"),
    "due": ("Échéance", "Fällig am"),
    "birthday": ("27 ans le", "27 Jahre am"),
    "late": ("Retard", "Verzug"),
    "days_late": ("{days}{nbsp}jour(s) de retard", "{days} Tag(e) überfällig"),
    "days_left": ("dans {days}{nbsp}jour(s)", "in {days} Tag(en)"),
    "today": ("aujourd’hui", "heute"),
}


def t(key: str, language: str, **params: object) -> str:
    text("one", language)  # refuses an unknown language, as every document does
    french, german = _TEXTS[key]
    return (french if language == "fr" else german).format(nbsp=NBSP, **params)


def lateness(due: date, today: date, language: str) -> str:
    """How late (or how soon) ``due`` is on ``today``."""
    days = (today - due).days
    if days > 0:
        return t("days_late", language, days=days)
    return t("days_left", language, days=-days) if days else t("today", language)


def render_office_deadlines(deadlines: OfficeDeadlines, kind: DeadlineList,
                            language: str = "fr") -> bytes:
    """One list of ``deadlines`` on A4, in the service's order (earliest first)."""
    today = deadlines.today
    head = [t("dossier", language), t("office", language), t("version", language),
            t("birthday" if kind is DeadlineList.TURNING_27 else "due", language),
            t("late", language)]
    rows: list[list[Flowable]] = [[p(h, CELL_BOLD) for h in head]]
    if kind is DeadlineList.TURNING_27:
        for alert in deadlines.turning_27:
            rows.append([p(alert.case_number, CELL_BOLD), p(alert.office_code),
                         p(alert.plan_version or "–"), p(day(alert.turns_27_on, language)),
                         p(lateness(alert.turns_27_on, today, language))])
    else:
        reviews = {DeadlineList.DUE_SOON: deadlines.due_soon,
                   DeadlineList.OVERDUE: deadlines.overdue,
                   DeadlineList.ESCALATED: deadlines.escalated}[kind]
        for review in reviews:
            rows.append([p(review.case_number, CELL_BOLD), p(review.office_code),
                         p(review.plan_version), p(day(review.due_on, language)),
                         p(lateness(review.due_on, today, language))])
    title = t(kind, language)
    office = deadlines.office_code or t("all", language)
    story = [*letterhead([text("one", language)], title),
             p(t("scope", language, office=office, date=day(today, language)), BODY),
             p(t("rule_age" if kind is DeadlineList.TURNING_27 else "rule_reviews", language),
               BODY),
             p(t("count", language, count=len(rows) - 1), BODY),
             table(rows, [50, 42, 26, 28, 28]) if len(rows) > 1 else p(t("none", language),
                                                                        BODY)]
    return build_pdf(story, title, language)
