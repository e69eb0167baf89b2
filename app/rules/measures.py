"""Aid measures in a plan: the art. 11 catalogue, the art. 13 agrément and the art. 15 forfait.

Art. 11 lists the measures a) to y); a) and c) are paid per formula, so a plan names a formula.
Art. 13: measures a, c, d, e, f, g, h, i, j, o, p, q, r, s, u and y need a provider holding an
agrément (the catalogue in the store says which). Art. 15: each measure is paid per day, hour or
month; the plan counts it in that unit, and a measure with no forfait has no quantity.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.i18n import QT_TRANSLATE_NOOP
from app.rules import Unmet


@dataclass(frozen=True)
class MeasureFacts:
    code: str
    label: str
    has_sub_formulas: bool
    requires_agrement: bool
    forfait_unit: str | None  # day | hour | month | None


@dataclass(frozen=True)
class ProviderFacts:
    name: str
    holds_agrement_on_start: bool
    #: Whether its agréments cover the measure up to its last day (art. 13: the whole
    #: planned duration, renewals that follow each other counting as one).
    holds_agrement_on_end: bool = True
    #: The last day covered, when that is before the measure's end.
    agrement_ends_on: date | None = None


@dataclass(frozen=True)
class AgrementFacts:
    """One agrément of a provider: the art. 11 codes it covers, from when to when."""

    number: str
    codes: frozenset[str]
    valid_from: date
    valid_to: date | None  # None: without an end

    def covers(self, code: str, parent: str | None, on: date) -> bool:
        if code not in self.codes and (parent is None or parent not in self.codes):
            return False
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)


def provider_facts_over(name: str, agrements: Iterable[AgrementFacts], code: str,
                        parent: str | None, starts_on: date, ends_on: date) -> ProviderFacts:
    """The provider as art. 13 sees it for the measure ``code`` (a formula of ``parent``)
    planned from ``starts_on`` to ``ends_on``: covered on the first day, and up to which day
    its agréments (one after the other, without a gap) cover it."""
    relevant = [a for a in agrements if code in a.codes or (parent and parent in a.codes)]
    day = starts_on
    if not any(a.covers(code, parent, day) for a in relevant):
        return ProviderFacts(name, False, False)
    while True:
        ends = [a.valid_to for a in relevant if a.covers(code, parent, day)]
        if not ends:
            covered = day - timedelta(days=1)
            return ProviderFacts(name, True, covered >= ends_on,
                                 covered if covered < ends_on else None)
        if None in ends:
            return ProviderFacts(name, True, True)
        last = max(end for end in ends if end is not None)
        if last >= ends_on:
            return ProviderFacts(name, True, True)
        day = last + timedelta(days=1)


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def planned_measure_unmet(measure: MeasureFacts, provider: ProviderFacts | None,
                          quantity: Decimal | None, starts_on: date, ends_on: date,
                          objective_count: int) -> list[Unmet]:
    unmet: list[Unmet] = []
    if measure.has_sub_formulas:
        unmet.append(Unmet("art11.formula", QT_TRANSLATE_NOOP(
            "Rules", "The measure “{measure}” is paid per formula: choose one of its formulas "
                     "(art. 11, art. 15).").format(measure=measure.label),
                     article="art. 11, art. 15"))
    if provider is None:
        unmet.append(Unmet("art11.provider", QT_TRANSLATE_NOOP(
            "Rules", "Choose the provider who will deliver “{measure}”.").format(
                measure=measure.label)))
    else:
        unmet.extend(agrement_unmet(measure, provider, starts_on, ends_on))
    if measure.forfait_unit is None:
        if quantity is not None:
            unmet.append(Unmet("art15.no_forfait", QT_TRANSLATE_NOOP(
                "Rules", "“{measure}” has no flat rate in art. 15: leave the quantity empty and "
                         "describe the volume in words.").format(measure=measure.label),
                         article="art. 15"))
    elif quantity is None or quantity <= 0:
        unmet.append(Unmet("art15.quantity", QT_TRANSLATE_NOOP(
            "Rules", "Give how much of “{measure}” is planned, in {unit} as its art. 15 flat "
                     "rate counts it.").format(measure=measure.label,
                                               unit=unit_name(measure.forfait_unit)),
                                               article="art. 15"))
    if ends_on < starts_on:
        unmet.append(Unmet("measure.dates", QT_TRANSLATE_NOOP(
            "Rules", "The measure ends ({end}) before it starts ({start}). Check the dates.")
            .format(end=_day(ends_on), start=_day(starts_on))))
    if objective_count == 0:
        unmet.append(Unmet("measure.objective", QT_TRANSLATE_NOOP(
            "Rules", "Link “{measure}” to at least one objective it serves.").format(
                measure=measure.label)))
    return unmet


def agrement_unmet(measure: MeasureFacts, provider: ProviderFacts, starts_on: date,
                   ends_on: date) -> list[Unmet]:
    """Art. 13: a measure needing an agrément is delivered by a provider whose agréments
    cover it, for its letter, over its whole planned duration."""
    if not measure.requires_agrement:
        return []
    if not provider.holds_agrement_on_start:
        return [Unmet("art13.agrement", QT_TRANSLATE_NOOP(
            "Rules", "“{measure}” needs a provider holding an agrément for it; {provider} holds "
                     "none valid on {date}. Choose an approved provider (art. 13).").format(
                measure=measure.label, provider=provider.name, date=_day(starts_on)),
                article="art. 13")]
    if not provider.holds_agrement_on_end:
        until = provider.agrement_ends_on
        return [Unmet("art13.agrement_ends", QT_TRANSLATE_NOOP(
            "Rules", "The agrément of {provider} for “{measure}” ends on {until}, before the "
                     "measure does ({date}): end the measure by then or choose a provider "
                     "approved for its whole duration (art. 13).").format(
                measure=measure.label, provider=provider.name,
                until=_day(until) if until else "?", date=_day(ends_on)),
                article="art. 13")]
    return []


def unit_name(unit: str) -> str:
    """The unit as the agent reads it (plural)."""
    names = {
        "day": QT_TRANSLATE_NOOP("Rules", "days"),
        "hour": QT_TRANSLATE_NOOP("Rules", "hours"),
        "month": QT_TRANSLATE_NOOP("Rules", "months"),
    }
    return str(names[unit])


def not_started_unmet(started_on: date | None) -> list[Unmet]:
    """A measure is changed or withdrawn only before it starts; afterwards it is interrupted
    or ended, so that what the family received stays as it was."""
    if started_on is None:
        return []
    return [Unmet("measure.started", QT_TRANSLATE_NOOP(
        "Rules", "This measure started on {date}: it is no longer changed or withdrawn. "
                 "Interrupt it or end it (step 5), then plan a new one if needed.").format(
            date=_day(started_on)))]


def reason_unmet(reason: str, what: str) -> list[Unmet]:
    """``what``: "change", "withdraw", "interrupt" or "end" (a reason is kept for each)."""
    if reason.strip():
        return []
    unmet = {
        "change": Unmet("measure.change_reason", QT_TRANSLATE_NOOP(
            "Rules", "Say why the measure changes (e.g. the provider has no place before "
                     "March): the history keeps the reason.")),
        "withdraw": Unmet("measure.withdraw_reason", QT_TRANSLATE_NOOP(
            "Rules", "Say why the measure is withdrawn: the history keeps the reason.")),
        "interrupt": Unmet("measure.interrupt_reason", QT_TRANSLATE_NOOP(
            "Rules", "Say why the measure pauses (hospital stay, runaway, holidays...).")),
        "end": Unmet("measure.end_reason", QT_TRANSLATE_NOOP(
            "Rules", "Say why the measure ends before its planned end: the evaluation reads "
                     "it.")),
    }
    return [unmet[what]]


def interruption_unmet(started_on: date | None, ended_on: date | None, open_since: date | None,
                       from_on: date, to_on: date | None, reason: str) -> list[Unmet]:
    """Why a running measure cannot pause from ``from_on`` (to ``to_on``, or open)."""
    unmet: list[Unmet] = []
    if started_on is None or ended_on is not None:
        unmet.append(Unmet("measure.not_running", QT_TRANSLATE_NOOP(
            "Plans", "This measure is not running: record its start first.")))
    elif from_on < started_on:
        unmet.append(Unmet("measure.pause_before_start", QT_TRANSLATE_NOOP(
            "Rules", "The interruption starts before the measure did ({date}). Check the "
                     "date.").format(date=_day(started_on))))
    if open_since is not None:
        unmet.append(Unmet("measure.already_paused", QT_TRANSLATE_NOOP(
            "Rules", "This measure is already interrupted since {date}: record when it "
                     "resumed first.").format(date=_day(open_since))))
    if to_on is not None and to_on < from_on:
        unmet.append(Unmet("measure.pause_dates", QT_TRANSLATE_NOOP(
            "Rules", "The interruption ends ({end}) before it starts ({start}). Check the "
                     "dates.").format(end=_day(to_on), start=_day(from_on))))
    return unmet + reason_unmet(reason, "interrupt")


def early_end_unmet(planned_end: date, ended_on: date, reason: str) -> list[Unmet]:
    """A measure ending before its planned end says why."""
    return reason_unmet(reason, "end") if ended_on < planned_end else []


def catalogue_unmet(code: str, known: bool) -> list[Unmet]:
    """A planned measure is one of the art. 11 catalogue."""
    if known:
        return []
    return [Unmet("art11.unknown_measure", QT_TRANSLATE_NOOP(
        "Cases", "Unknown measure “{code}”: choose a measure of the art. 11 catalogue.")
        .format(code=code), article="art. 11")]


def measure_beneficiary_unmet(is_beneficiary: bool) -> list[Unmet]:
    if is_beneficiary:
        return []
    return [Unmet("measure.beneficiary", QT_TRANSLATE_NOOP(
        "Cases", "A measure is planned for a child or a young adult of the dossier."))]

