"""The dossier's chronology on paper: every significant event in date order, or those the agent
filtered (one kind, one person), in French or German, numbered "page x / y".

Its wording is fixed here per language, like the other documents' (``app.documents.texts``):
the paper follows the language chosen in the preview, not the screen's.
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents.dossier import DossierHead, dossier_head
from app.documents.layout import BODY, CELL, CELL_BOLD, build_pdf, letterhead, p, table
from app.documents.texts import LANGUAGES, NBSP, day
from app.documents.texts import text as common_text
from app.domain import (
    ClosureReason,
    ContactChannel,
    EvaluationOutcome,
    RelationshipKind,
    RequestChannel,
    ReviewRequestKind,
    ReviewRequestOutcome,
    SignatoryCapacity,
    StakeholderKind,
)
from app.services.base.context import ServiceContext
from app.services.dossier.chronology import (
    Chronology,
    ChronologyEvent,
    ChronologyFilter,
    ChronologyKind,
    Discernment,
    load_chronology,
    persons_line,
    summary_line,
)

K = ChronologyKind

_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Chronologie du dossier", "Chronologie der Akte"),
    "dossier": ("Dossier{nbsp}:", "Akte:"),
    "filter": ("Filtre{nbsp}:", "Filter:"),
    "all": ("tous les événements", "alle Ereignisse"),
    "about": ("concernant {name}", "betreffend {name}"),
    "made": ("Établie le{nbsp}:", "Erstellt am:"),
    "col_date": ("Date", "Datum"),
    "col_event": ("Événement", "Ereignis"),
    "col_detail": ("Détails", "Einzelheiten"),
    "col_persons": ("Personnes", "Personen"),
    "empty": ("Aucun événement ne correspond au filtre.", "Kein Ereignis entspricht dem Filter."),
    "version": ("version {number}", "Version {number}"),
}

KIND_TEXTS: dict[ChronologyKind, tuple[str, str]] = {
    K.DOSSIER_OPENED: ("Dossier ouvert", "Akte eröffnet"),
    K.REQUEST_RECEIVED: ("Demande reçue", "Anfrage eingegangen"),
    K.CONTACT: ("Contact", "Kontakt"),
    K.CASE_CONFERENCE: ("Concertation", "Fallbesprechung"),
    K.AUTHORITY_GIVEN: ("Autorité parentale attribuée", "Elterliches Sorgerecht erteilt"),
    K.AUTHORITY_ENDED: ("Fin de l’autorité parentale", "Ende des elterlichen Sorgerechts"),
    K.REPRESENTATION_GIVEN: ("Représentation légale attribuée",
                             "Gesetzliche Vertretung erteilt"),
    K.REPRESENTATION_ENDED: ("Fin de la représentation légale",
                             "Ende der gesetzlichen Vertretung"),
    K.STAKEHOLDER_ENDED: ("Fin de l’intervention d’un professionnel",
                          "Ende der Mitwirkung einer Fachkraft"),
    K.DISCERNMENT_JUDGEMENT: ("Appréciation du discernement",
                              "Beurteilung der Urteilsfähigkeit"),
    K.OBJECTIVE_SET: ("Objectif fixé", "Ziel festgelegt"),
    K.OBJECTIVE_ACHIEVED: ("Objectif atteint", "Ziel erreicht"),
    K.OBJECTIVE_ABANDONED: ("Objectif abandonné", "Ziel aufgegeben"),
    K.OBJECTIVE_REFORMULATED: ("Objectif reformulé", "Ziel neu formuliert"),
    K.PLAN_PREPARED: ("Version du projet préparée", "Projektversion vorbereitet"),
    K.PLAN_READY_TO_SIGN: ("Version du projet prête à signer",
                           "Projektversion zur Unterschrift bereit"),
    K.PLAN_DISCARDED: ("Version du projet écartée", "Projektversion verworfen"),
    K.SIGNATURE_GIVEN: ("Signature donnée", "Unterschrift geleistet"),
    K.PLAN_VALIDATED: ("Validé par l’ONE", "Vom ONE validiert"),
    K.PLAN_RETURNED: ("Renvoyé par l’ONE", "Vom ONE zurückgesandt"),
    K.PLAN_IN_FORCE: ("Projet en vigueur", "Projekt in Kraft"),
    K.PLAN_REVIEW: ("Réexamen du projet", "Überprüfung des Projekts"),
    K.REVIEW_REQUEST_RECEIVED: ("Demande de réexamen ou de révocation reçue",
                                "Antrag auf Überprüfung oder Widerruf eingegangen"),
    K.REVIEW_REQUEST_ANSWERED: ("Réponse à une demande de réexamen ou de révocation",
                                "Antrag auf Überprüfung oder Widerruf beantwortet"),
    K.MEASURE_CHANGED: ("Mesure modifiée", "Maßnahme geändert"),
    K.MEASURE_WITHDRAWN: ("Mesure retirée", "Maßnahme zurückgezogen"),
    K.MEASURE_STARTED: ("Début d’une mesure", "Beginn einer Maßnahme"),
    K.MEASURE_INTERRUPTED: ("Interruption d’une mesure", "Unterbrechung einer Maßnahme"),
    K.MEASURE_ENDED: ("Fin d’une mesure", "Ende einer Maßnahme"),
    K.EVALUATION: ("Évaluation", "Bewertung"),
    K.TRANSFER: ("Dossier transféré", "Akte übertragen"),
    K.DOSSIER_CLOSED: ("Dossier clôturé", "Akte abgeschlossen"),
    K.DOSSIER_REOPENED: ("Dossier rouvert", "Akte wieder eröffnet"),
    K.DOSSIER_CANCELLED: ("Dossier annulé", "Akte annulliert"),
}

#: The typed values of the events, keyed by (enum, member) as in ``ui.labels``: "child" is a
#: capacity and "other" a reason, a link and a professional.
DETAIL_TEXTS: dict[tuple[type[StrEnum], StrEnum], tuple[str, str]] = {
    (RequestChannel, RequestChannel.TELEPHONE_PERMANENCE): (
        "permanence téléphonique", "Telefonbereitschaft"),
    (RequestChannel, RequestChannel.WALK_IN_PERMANENCE): (
        "permanence du mardi", "Sprechstunde am Dienstag"),
    (RequestChannel, RequestChannel.LETTER_OR_EMAIL): ("courrier ou courriel", "Brief oder E-Mail"),
    (RequestChannel, RequestChannel.REFERRAL_SCHOOL): (
        "orientée par l’école", "vermittelt durch die Schule"),
    (RequestChannel, RequestChannel.REFERRAL_DOCTOR): (
        "orientée par un médecin", "vermittelt durch einen Arzt"),
    (RequestChannel, RequestChannel.REFERRAL_YOUTH_COURT): (
        "orientée par le tribunal de la jeunesse", "vermittelt durch das Jugendgericht"),
    (RequestChannel, RequestChannel.REFERRAL_OTHER_PROFESSIONAL): (
        "orientée par un autre professionnel", "vermittelt durch eine andere Fachkraft"),
    (ContactChannel, ContactChannel.HOME_VISIT): ("visite à domicile", "Hausbesuch"),
    (ContactChannel, ContactChannel.OFFICE_MEETING): ("rendez-vous au bureau", "Termin im Büro"),
    (ContactChannel, ContactChannel.TELEPHONE): ("téléphone", "Telefon"),
    (ContactChannel, ContactChannel.EMAIL): ("courriel", "E-Mail"),
    (ContactChannel, ContactChannel.LETTER): ("courrier", "Brief"),
    (ContactChannel, ContactChannel.MEETING_ELSEWHERE): ("rencontre ailleurs", "Treffen anderswo"),
    (ClosureReason, ClosureReason.OBJECTIVES_REACHED): ("objectifs atteints", "Ziele erreicht"),
    (ClosureReason, ClosureReason.FAMILY_WITHDREW): (
        "la famille a mis fin à l’aide", "die Familie hat die Hilfe beendet"),
    (ClosureReason, ClosureReason.JUDICIAL_TAKEOVER): (
        "reprise par l’autorité judiciaire (art.{nbsp}5)",
        "von der Justizbehörde übernommen (Art.{nbsp}5)"),
    (ClosureReason, ClosureReason.MOVED_ABROAD): ("départ à l’étranger", "Umzug ins Ausland"),
    (ClosureReason, ClosureReason.AGE_LIMIT): (
        "le jeune adulte a atteint 27{nbsp}ans (art.{nbsp}3)",
        "der junge Erwachsene ist 27 Jahre alt (Art.{nbsp}3)"),
    (ClosureReason, ClosureReason.OTHER_SERVICE): (
        "relais par un autre service", "Übergabe an einen anderen Dienst"),
    (ClosureReason, ClosureReason.OTHER): ("autre raison", "anderer Grund"),
    (RelationshipKind, RelationshipKind.PARENT): ("parent de", "Elternteil von"),
    (RelationshipKind, RelationshipKind.STEP_PARENT): ("beau-parent de", "Stiefelternteil von"),
    (RelationshipKind, RelationshipKind.FOSTER_PARENT): (
        "parent d’accueil de", "Pflegeelternteil von"),
    (RelationshipKind, RelationshipKind.GRANDPARENT): ("grand-parent de", "Großelternteil von"),
    (RelationshipKind, RelationshipKind.SIBLING): ("frère ou sœur de", "Geschwister von"),
    (RelationshipKind, RelationshipKind.HALF_SIBLING): (
        "demi-frère ou demi-sœur de", "Halbgeschwister von"),
    (RelationshipKind, RelationshipKind.GUARDIAN): ("tuteur de", "Vormund von"),
    (RelationshipKind, RelationshipKind.ADMINISTRATOR): (
        "administrateur légal de", "gesetzlicher Verwalter von"),
    (RelationshipKind, RelationshipKind.PARTNER): ("partenaire de", "Partner(in) von"),
    (RelationshipKind, RelationshipKind.OTHER): ("lié(e) à", "verbunden mit"),
    (SignatoryCapacity, SignatoryCapacity.PARENT): ("parent", "Elternteil"),
    (SignatoryCapacity, SignatoryCapacity.LEGAL_REPRESENTATIVE): (
        "représentant légal", "gesetzlicher Vertreter"),
    (SignatoryCapacity, SignatoryCapacity.CHILD): (
        "enfant capable de discernement", "urteilsfähiges Kind"),
    (SignatoryCapacity, SignatoryCapacity.YOUNG_ADULT): ("jeune adulte", "junger Erwachsener"),
    (ReviewRequestKind, ReviewRequestKind.REVIEW): ("réexamen", "Überprüfung"),
    (ReviewRequestKind, ReviewRequestKind.REVOCATION): ("révocation", "Widerruf"),
    (ReviewRequestOutcome, ReviewRequestOutcome.PENDING): ("en attente", "ausstehend"),
    (ReviewRequestOutcome, ReviewRequestOutcome.PLAN_CONFIRMED): (
        "projet confirmé", "Projekt bestätigt"),
    (ReviewRequestOutcome, ReviewRequestOutcome.NEW_VERSION): (
        "nouvelle version du projet", "neue Projektversion"),
    (ReviewRequestOutcome, ReviewRequestOutcome.PLAN_REVOKED): (
        "projet révoqué", "Projekt widerrufen"),
    (ReviewRequestOutcome, ReviewRequestOutcome.WITHDRAWN): (
        "demande retirée", "Antrag zurückgezogen"),
    (EvaluationOutcome, EvaluationOutcome.CONTINUE): ("poursuivre le projet", "Projekt fortsetzen"),
    (EvaluationOutcome, EvaluationOutcome.REPLAN_MEASURES): (
        "revoir les mesures", "Maßnahmen überarbeiten"),
    (EvaluationOutcome, EvaluationOutcome.REWRITE_PLAN): (
        "réécrire le projet", "Projekt neu schreiben"),
    (EvaluationOutcome, EvaluationOutcome.CLOSE): ("clôturer", "abschließen"),
    (StakeholderKind, StakeholderKind.SCHOOL): ("école", "Schule"),
    (StakeholderKind, StakeholderKind.DOCTOR): ("médecin", "Arzt/Ärztin"),
    (StakeholderKind, StakeholderKind.PSYCHOLOGIST): ("psychologue", "Psychologe/Psychologin"),
    (StakeholderKind, StakeholderKind.SOCIAL_SERVICE): ("service social", "Sozialdienst"),
    (StakeholderKind, StakeholderKind.YOUTH_COURT): ("tribunal de la jeunesse", "Jugendgericht"),
    (StakeholderKind, StakeholderKind.PROVIDER): ("prestataire", "Träger"),
    (StakeholderKind, StakeholderKind.OTHER): ("autre professionnel", "andere Fachkraft"),
    (Discernment, Discernment.CAPABLE): ("capable de discernement", "urteilsfähig"),
    (Discernment, Discernment.NOT_CAPABLE): (
        "pas capable de discernement", "nicht urteilsfähig"),
}


def _pick(pair: tuple[str, str], language: str, **params: object) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported document language {language!r}")
    return pair[0 if language == "fr" else 1].format(nbsp=NBSP, **params)


def text(key: str, language: str, **params: object) -> str:
    return _pick(_TEXTS[key], language, **params)


def kind_text(kind: ChronologyKind, language: str) -> str:
    return _pick(KIND_TEXTS[kind], language)


class _PaperWords:
    """The typed values of the events in the document's language."""

    def __init__(self, chronology: Chronology, language: str) -> None:
        self._chronology = chronology
        self._language = language

    def detail(self, value: StrEnum) -> str:
        pair = DETAIL_TEXTS.get((type(value), value))
        return _pick(pair, self._language) if pair else str(value)

    def version(self, number: int) -> str:
        return text("version", self._language, number=number)

    def measure(self, code: str) -> str:
        labels = self._chronology.measure_labels.get(code)
        label = (labels[0] if self._language == "fr" else labels[1]) if labels else ""
        return f"{code}) {label}".strip()


def render_chronology(ctx: ServiceContext, case_id: uuid.UUID, language: str = "fr",
                      chosen: ChronologyFilter | None = None,
                      today: date | None = None) -> bytes:
    """The PDF of the dossier's chronology (filtered by ``chosen``) in ``language``."""
    chronology = load_chronology(ctx, case_id)
    with ctx.reading() as session:
        head = dossier_head(session, case_id)
    return render(chronology, head, language, chosen or ChronologyFilter(),
                  today or date.today())


def filter_text(chronology: Chronology, chosen: ChronologyFilter, language: str) -> str:
    parts = []
    if chosen.kind is not None:
        parts.append(kind_text(chosen.kind, language))
    if chosen.person_id is not None:
        parts.append(text("about", language, name=chronology.name(chosen.person_id)))
    return ", ".join(parts) if parts else text("all", language)


def render(chronology: Chronology, head: DossierHead, language: str,
           chosen: ChronologyFilter, today: date) -> bytes:
    title = text("title", language)
    words = _PaperWords(chronology, language)
    facts = table([[p(text("dossier", language), CELL_BOLD), p(head.number)],
                   [p(text("filter", language), CELL_BOLD),
                    p(filter_text(chronology, chosen, language))],
                   [p(text("made", language), CELL_BOLD), p(day(today, language))]],
                  [40, 134], header=False)
    story: list[Flowable] = [*letterhead([common_text("one", language), head.office], title),
                             facts, Spacer(1, 5 * mm)]
    events = chronology.filtered(chosen)
    if not events:
        story.append(p(text("empty", language), BODY))
        return build_pdf(story, title, language)
    rows: list[list[Flowable]] = [[p(text(key, language), CELL_BOLD) for key in (
        "col_date", "col_event", "col_detail", "col_persons")]]
    rows += [[p(_when(event, language), CELL), p(kind_text(event.kind, language), CELL),
              p(summary_line(event, chronology, words), CELL),
              p(persons_line(event, chronology), CELL)] for event in events]
    story.append(table(rows, [25, 42, 75, 32]))
    return build_pdf(story, title, language)


def _when(event: ChronologyEvent, language: str) -> str:
    if event.at is None:
        return day(event.on, language)
    return f"{day(event.on, language)} {event.at.hour:02d}:{event.at.minute:02d}"
