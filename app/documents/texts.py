"""The plan's own French and German wording.

The printed plan is in the family's language, whatever language the agent's screen uses, so its
texts cannot go through the current UI language of ``app.i18n``; and this legal wording (art. 4,
6, 11) is fixed with the ONE rather than left to the UI's translators. French typography: a
no-break space (U+00A0) before ``: ; ? !`` and inside « ».
"""

from __future__ import annotations

from datetime import date

LANGUAGES = ("fr", "de")
NBSP = "\u00a0"

_TEXTS: dict[str, tuple[str, str]] = {
    "one": ("Office national de l’enfance", "Nationales Kinderamt (Office national de l’enfance)"),
    "title": ("Projet d’intervention", "Interventionsprojekt"),
    "dossier": ("Dossier {number} – version {version}, arrêtée le {date}",
                "Akte {number} – Version {version}, festgelegt am {date}"),
    "persons": ("Personnes concernées", "Betroffene Personen"),
    "beneficiary": ("bénéficiaire", "Begünstigte(r)"),
    "born": ("né(e) le {date}", "geboren am {date}"),
    "requests": ("Demandes", "Anfragen"),
    "summary": ("Ressources et difficultés", "Ressourcen und Schwierigkeiten"),
    "resources": ("Ressources{nbsp}:", "Ressourcen:"),
    "difficulties": ("Difficultés{nbsp}:", "Schwierigkeiten:"),
    "objectives": ("Objectifs", "Ziele"),
    "objective": ("Objectif", "Ziel"),
    "indicator": ("Indicateur{nbsp}:", "Indikator:"),
    "for": ("Pour", "Für"),
    "horizon": ("Échéance", "Frist"),
    "short": ("court terme", "kurzfristig"),
    "medium": ("moyen terme", "mittelfristig"),
    "long": ("long terme", "langfristig"),
    "measures": ("Mesures", "Maßnahmen"),
    "measure": ("Mesure", "Maßnahme"),
    "letter": ("art.{nbsp}11, lettre {code})", "Art.{nbsp}11, Buchstabe {code})"),
    "provider": ("Prestataire", "Träger"),
    "quantity": ("Volume", "Umfang"),
    "dates": ("Du … au", "Vom … bis"),
    "serves": ("Objectifs", "Ziele"),
    "day": ("jours", "Tage"),
    "hour": ("heures", "Stunden"),
    "month": ("mois", "Monate"),
    "stakeholders": ("Rôle des intervenants", "Rolle der Beteiligten"),
    "school": ("école", "Schule"),
    "doctor": ("médecin", "Arzt/Ärztin"),
    "psychologist": ("psychologue", "Psychologe/Psychologin"),
    "social_service": ("service social", "Sozialdienst"),
    "youth_court": ("tribunal de la jeunesse", "Jugendgericht"),
    "other": ("autre", "Sonstige"),
    "review": ("Réexamen", "Überprüfung"),
    "review_on": ("Le projet sera réexaminé au plus tard le {date} (art.{nbsp}6).",
                  "Das Projekt wird spätestens am {date} überprüft (Art.{nbsp}6)."),
    "review_rule": ("Le projet est réexaminé au moins tous les 12{nbsp}mois après sa validation "
                    "par l’ONE (art.{nbsp}6).",
                    "Das Projekt wird mindestens alle 12 Monate nach seiner Validierung durch "
                    "das ONE überprüft (Art.{nbsp}6)."),
    "signatures": ("Signatures", "Unterschriften"),
    "signatures_rule": ("Le projet ne prend effet que signé par les personnes ci-dessous et "
                        "validé par l’ONE (art.{nbsp}4).",
                        "Das Projekt tritt erst in Kraft, wenn die unten genannten Personen es "
                        "unterschrieben haben und das ONE es validiert hat (Art.{nbsp}4)."),
    "parent": ("parent titulaire de l’autorité parentale", "Elternteil mit elterlichem Sorgerecht"),
    "legal_representative": ("représentant légal", "gesetzlicher Vertreter"),
    "child": ("enfant capable de discernement", "urteilsfähiges Kind"),
    "young_adult": ("jeune adulte", "junger Erwachsener"),
    "read": ("{q_open}Lu et approuvé{q_close}", "„Gelesen und genehmigt“"),
    "place_date": ("Fait à ______________________ le ____ / ____ / ________",
                   "Ort ______________________ Datum ____ / ____ / ________"),
    "signature": ("Signature{nbsp}:", "Unterschrift:"),
    "name": ("Nom{nbsp}:", "Name:"),
    "cpi": ("Coordinateur de projet d’intervention (CPI)",
            "Koordinator des Interventionsprojekts (CPI)"),
    "validation": ("Validation par l’Office national de l’enfance",
                   "Validierung durch das Nationale Kinderamt"),
    "page": ("page {page} / {pages}", "Seite {page} / {pages}"),
    "version": ("Version {version} – empreinte {fingerprint}",
                "Version {version} – Fingerabdruck {fingerprint}"),
    "initials": ("Paraphes", "Paraphen"),
    "none": ("Aucune.", "Keine."),
    # The dossier for the family (art. 7)
    "export_title": ("Votre dossier", "Ihre Akte"),
    "export_intro": ("Copie du dossier {number}, remise le {date} à {name} (art.{nbsp}7). Elle "
                     "contient tout ce que l’ONE a noté sur votre famille, étape par étape.",
                     "Kopie der Akte {number}, am {date} an {name} ausgehändigt (Art.{nbsp}7). "
                     "Sie enthält alles, was das ONE über Ihre Familie notiert hat, Schritt für "
                     "Schritt."),
    "opened": ("Dossier ouvert le {date}.", "Akte eröffnet am {date}."),
    "closed_on": ("Dossier clôturé le {date}.", "Akte abgeschlossen am {date}."),
    "working_frame": ("Cadre de travail convenu", "Vereinbarter Arbeitsrahmen"),
    "needs": ("Besoins{nbsp}:", "Bedürfnisse:"),
    "own_view": ("Son avis{nbsp}:", "Eigene Sicht:"),
    "status": ("État", "Stand"),
    "active": ("en cours", "laufend"),
    "achieved": ("atteint", "erreicht"),
    "abandoned": ("abandonné", "aufgegeben"),
    "reformulated": ("reformulé", "neu formuliert"),
    "planned": ("prévu du {start} au {end}", "geplant vom {start} bis {end}"),
    "actual": ("réalisé du {start} au {end}", "durchgeführt vom {start} bis {end}"),
    "plans": ("Projets d’intervention", "Interventionsprojekte"),
    "plan_line": ("Version {number}{nbsp}: {state}", "Version {number}: {state}"),
    "draft": ("en préparation", "in Vorbereitung"),
    "ready_to_sign": ("à signer", "zu unterschreiben"),
    "signed": ("signée, validation attendue", "unterschrieben, Validierung ausstehend"),
    "validated": ("validée, signatures attendues", "validiert, Unterschriften ausstehend"),
    "in_force": ("en vigueur", "in Kraft"),
    "superseded": ("remplacée", "ersetzt"),
    "revoked": ("révoquée", "widerrufen"),
    "ended": ("terminée", "beendet"),
    "signed_on": ("{name}{nbsp}: signé le {date}", "{name}: unterschrieben am {date}"),
    "unsigned": ("{name}{nbsp}: pas encore signé", "{name}: noch nicht unterschrieben"),
    "conferences": ("Concertations", "Fallbesprechungen"),
    "contacts": ("Contacts", "Kontakte"),
    "home_visit": ("visite à domicile", "Hausbesuch"),
    "office_meeting": ("rendez-vous au bureau", "Termin im Büro"),
    "telephone": ("téléphone", "Telefon"),
    "email": ("courriel", "E-Mail"),
    "letter_channel": ("courrier", "Brief"),
    "meeting_elsewhere": ("rencontre ailleurs", "Treffen anderswo"),
    "evaluations": ("Évaluations", "Bewertungen"),
    "continue": ("poursuivre le projet", "Projekt fortsetzen"),
    "replan_measures": ("revoir les mesures", "Maßnahmen überarbeiten"),
    "rewrite_plan": ("réécrire le projet", "Projekt neu schreiben"),
    "close": ("clôturer", "abschließen"),
    "other_relative": ("autre membre de la famille", "anderes Familienmitglied"),
    "child_person": ("enfant", "Kind"),
    "parent_person": ("parent", "Elternteil"),
    # Semester placement list (art. 6)
    "semester_title": ("Enfants placés au {date}", "Untergebrachte Kinder am {date}"),
    "semester_intro": ("Liste semestrielle des enfants de moins de 18{nbsp}ans accueillis ou "
                       "placés en institution ou en famille d’accueil, au Luxembourg ou à "
                       "l’étranger, au {date} (art.{nbsp}6).",
                       "Halbjährliche Liste der Kinder unter 18{nbsp}Jahren, die am {date} in "
                       "einer Einrichtung oder Pflegefamilie in Luxemburg oder im Ausland "
                       "aufgenommen oder untergebracht sind (Art.{nbsp}6)."),
    "semester_counted": ("Mesures comptées{nbsp}: {codes}. Ce sont les mesures que "
                         "l’article{nbsp}11 nomme «{nbsp}accueil socio-éducatif{nbsp}» en "
                         "institution ou en famille d’accueil (art.{nbsp}3.4), de jour et de "
                         "nuit ou de jour{nbsp}; l’accueil éducatif en internat socio-familial ou "
                         "en structure d’accueil n’en est pas. Un placement interrompu reste "
                         "compté{nbsp}; un placement terminé, par la fin de la mesure, la "
                         "révocation du projet (art.{nbsp}4) ou la clôture du dossier, ne l’est "
                         "plus après son dernier jour. Les jeunes adultes n’y figurent pas{nbsp}: "
                         "l’article{nbsp}6 nomme les enfants.",
                         "Gezählte Maßnahmen: {codes}. Es sind die Maßnahmen, die Artikel{nbsp}11 "
                         "„sozialpädagogische Aufnahme“ in einer Einrichtung oder Pflegefamilie "
                         "nennt (Art.{nbsp}3.4), bei Tag und Nacht oder bei Tag; die "
                         "erzieherische Aufnahme in einem sozialfamiliären Internat oder einer "
                         "Betreuungseinrichtung gehört nicht dazu. Eine unterbrochene "
                         "Unterbringung zählt weiter; eine beendete (Ende der Maßnahme, Widerruf "
                         "des Projekts nach Art.{nbsp}4 oder Abschluss der Akte) zählt nach ihrem "
                         "letzten Tag nicht mehr. Junge Erwachsene stehen nicht auf der Liste: "
                         "Artikel{nbsp}6 nennt die Kinder."),
    "semester_count": ("{total} placement(s){nbsp}: {home} au Luxembourg, {abroad} à l’étranger.",
                       "{total} Unterbringung(en): {home} in Luxemburg, {abroad} im Ausland."),
    "office": ("Bureau", "Büro"),
    "person": ("Nom", "Name"),
    "birth": ("Né(e) le", "Geboren am"),
    "placement": ("Placement", "Unterbringung"),
    "since": ("Depuis le", "Seit"),
    "institution": ("institution", "Einrichtung"),
    "institution_abroad": ("institution à l’étranger", "Einrichtung im Ausland"),
    "foster_family": ("famille d’accueil", "Pflegefamilie"),
    "institution_day": ("institution, de jour", "Einrichtung, bei Tag"),
    "foster_family_day": ("famille d’accueil, de jour", "Pflegefamilie, bei Tag"),
    # Anonymised statistics (art. 7)
    "stats_title": ("Statistiques anonymisées", "Anonymisierte Statistik"),
    "stats_intro": ("Extrait au {date}, sans nom, date de naissance ni texte libre (art.{nbsp}7)"
                    "{nbsp}: uniquement des codes, des nombres et des durées.",
                    "Auszug am {date}, ohne Namen, Geburtsdatum oder Freitext (Art.{nbsp}7): "
                    "nur Codes, Zahlen und Dauern."),
    "stats_period": ("Période du {start} au {end}, tous les bureaux{nbsp}: les dossiers ouverts "
                     "à un moment de la période et leurs mesures prévues sur une partie de "
                     "celle-ci{nbsp}; durées comptées jusqu’au {end} au plus, âges au {end}. "
                     "États et étapes{nbsp}: ceux enregistrés au jour de l’extrait.",
                     "Zeitraum vom {start} bis {end}, alle Büros: die Akten, die irgendwann im "
                     "Zeitraum offen waren, und ihre Maßnahmen, die für einen Teil davon geplant "
                     "waren; Dauern höchstens bis {end} gezählt, Alter am {end}. Status und "
                     "Schritte: wie am Tag des Auszugs erfasst."),
    "stats_caseload": ("Dossiers par étape", "Akten nach Schritt"),
    "stats_step": ("Étape {step}", "Schritt {step}"),
    "stats_measures": ("Mesures par type (art.{nbsp}11)", "Maßnahmen nach Art (Art.{nbsp}11)"),
    "stats_durations": ("Durée des dossiers", "Dauer der Akten"),
    "stats_ages": ("Dossiers par groupe d’âge des bénéficiaires",
                   "Akten nach Altersgruppe der Begünstigten"),
    "col_office": ("Bureau", "Büro"),
    "col_state": ("État", "Stand"),
    "col_step": ("Étape", "Schritt"),
    "col_cases": ("Dossiers", "Akten"),
    "col_code": ("Code", "Code"),
    "col_unit": ("Unité", "Einheit"),
    "col_measures": ("Mesures", "Maßnahmen"),
    "col_quantity": ("Volume", "Umfang"),
    "col_beneficiaries": ("Bénéficiaires", "Begünstigte"),
    "col_days": ("Jours ouverts (moyenne)", "Offene Tage (Mittel)"),
    "col_versions": ("Versions du projet (moyenne)", "Projektversionen (Mittel)"),
    "open": ("ouvert", "offen"),
    "closed": ("clôturé", "abgeschlossen"),
    # Closure letter (step 8)
    "closure_title": ("Fin de l’accompagnement", "Ende der Begleitung"),
    "closure_to": ("À l’attention de", "An"),
    "closure_dear": ("Madame, Monsieur,", "Sehr geehrte Damen und Herren,"),
    "closure_intro": ("Le {date}, l’accompagnement de votre famille par l’Office national de "
                      "l’enfance a pris fin (dossier {number}).",
                      "Am {date} hat die Begleitung Ihrer Familie durch das Nationale Kinderamt "
                      "geendet (Akte {number})."),
    "closure_why": ("Pourquoi l’accompagnement s’arrête", "Warum die Begleitung endet"),
    "objectives_reached": ("Les objectifs fixés ensemble dans le projet d’intervention sont "
                           "atteints.",
                           "Die gemeinsam im Interventionsprojekt festgelegten Ziele sind "
                           "erreicht."),
    "family_withdrew": ("Vous avez souhaité arrêter l’aide{nbsp}: elle est volontaire et vous "
                        "pouvez y mettre fin.",
                        "Sie wollten die Hilfe beenden: Sie ist freiwillig und Sie können sie "
                        "beenden."),
    "judicial_takeover": ("Le tribunal de la jeunesse s’occupe désormais de la situation "
                          "(art.{nbsp}5).",
                          "Das Jugendgericht ist jetzt für die Situation zuständig (Art.{nbsp}5)."),
    "moved_abroad": ("Votre famille s’est installée hors du Luxembourg.",
                     "Ihre Familie ist aus Luxemburg weggezogen."),
    "age_limit": ("Le jeune adulte a atteint l’âge de 27{nbsp}ans (art.{nbsp}3).",
                  "Der junge Erwachsene ist 27 Jahre alt geworden (Art.{nbsp}3)."),
    "other_service": ("Un autre service prend le relais de l’accompagnement.",
                      "Ein anderer Dienst übernimmt die Begleitung."),
    "other_reason": ("Votre CPI vous en a expliqué la raison.",
                     "Ihr CPI hat Ihnen den Grund erklärt."),
    "closure_evaluation": ("Évaluation finale", "Abschließende Bewertung"),
    "closure_next": ("Et maintenant{nbsp}?", "Wie geht es weiter?"),
    "next_again": ("Vous pouvez à tout moment demander à nouveau de l’aide à l’ONE{nbsp}: votre "
                   "dossier peut être rouvert.",
                   "Sie können das ONE jederzeit wieder um Hilfe bitten: Ihre Akte kann wieder "
                   "eröffnet werden."),
    "next_consult": ("Vous pouvez consulter votre dossier et en recevoir une copie lisible "
                     "(art.{nbsp}7){nbsp}: les parents d’un enfant, qu’ils exercent ou non "
                     "l’autorité parentale, son tuteur ou représentant légal, l’enfant capable "
                     "de discernement et le bénéficiaire majeur le peuvent. Demandez-la à votre "
                     "CPI ou au bureau régional.",
                     "Sie können Ihre Akte einsehen und eine lesbare Kopie erhalten "
                     "(Art.{nbsp}7): Das dürfen die Eltern eines Kindes, mit oder ohne "
                     "elterliche Sorge, sein Vormund oder gesetzlicher Vertreter, das "
                     "urteilsfähige Kind und der volljährige Begünstigte. Fragen Sie Ihren CPI "
                     "oder das Regionalbüro."),
    "next_correct": ("Si une information vous concernant est inexacte, vous pouvez demander "
                     "qu’elle soit corrigée.",
                     "Wenn eine Angabe über Sie falsch ist, können Sie ihre Berichtigung "
                     "verlangen."),
    "closure_thanks": ("Nous vous remercions de votre confiance.",
                       "Wir danken Ihnen für Ihr Vertrauen."),
    # Case conference (step 6)
    "conf_invitation": ("Invitation à une concertation", "Einladung zur Fallbesprechung"),
    "conf_minutes": ("Compte rendu de concertation", "Protokoll der Fallbesprechung"),
    "dossier_label": ("Dossier{nbsp}:", "Akte:"),
    "conf_intro": ("Vous êtes invité(e) à une concertation sur le projet d’intervention de votre "
                   "famille. Si vous ne pouvez pas venir, merci de prévenir votre CPI.",
                   "Sie sind zu einer Fallbesprechung über das Interventionsprojekt Ihrer Familie "
                   "eingeladen. Wenn Sie nicht kommen können, sagen Sie bitte Ihrem CPI Bescheid."),
    "when": ("Date{nbsp}:", "Datum:"),
    "where": ("Lieu{nbsp}:", "Ort:"),
    "participants": ("Participants", "Teilnehmende"),
    "invited": ("Personnes invitées", "Eingeladene Personen"),
    "role": ("Rôle", "Rolle"),
    "purpose": ("Objet de la concertation", "Zweck der Besprechung"),
    "minutes": ("Compte rendu", "Protokoll"),
    "decisions": ("Décisions", "Beschlüsse"),
    "held": ("Concertation du {date}, {place}", "Fallbesprechung vom {date}, {place}"),
    # The dossier's overview for a case conference
    "ov_title": ("Synthèse du dossier", "Fallübersicht"),
    "ov_on": ("Situation au{nbsp}:", "Stand am:"),
    "ov_step": ("Étape{nbsp}:", "Schritt:"),
    "ov_frame": ("Cadre{nbsp}:", "Rahmen:"),
    "ov_voluntary": ("aide volontaire", "freiwillige Hilfe"),
    "ov_court_ordered": ("aide contrainte (tribunal de la jeunesse)",
                         "angeordnete Hilfe (Jugendgericht)"),
    "ov_closed": ("dossier clôturé le {date}", "Akte abgeschlossen am {date}"),
    "ov_next": ("Prochaine action", "Nächster Schritt"),
    "ov_stops": ("Ce qui l’arrête{nbsp}:", "Was ihn aufhält:"),
    "ov_free": ("Rien ne l’arrête.", "Nichts hält ihn auf."),
    "ov_alerts": ("Alertes", "Warnungen"),
    "ov_turns_27": ("{name} aura 27{nbsp}ans le {date} alors que des mesures sont en cours{nbsp}: "
                    "l’aide prend fin à 27{nbsp}ans (art.{nbsp}3).",
                    "{name} wird am {date} 27 Jahre alt, während Maßnahmen laufen: die Hilfe "
                    "endet mit 27 Jahren (Art.{nbsp}3)."),
    "ov_review_overdue": ("Le réexamen du projet était dû le {date} (art.{nbsp}6).",
                          "Die Überprüfung des Projekts war am {date} fällig (Art.{nbsp}6)."),
    "ov_family": ("Famille", "Familie"),
    "ov_age": ("Âge", "Alter"),
    "ov_years": ("{age}{nbsp}ans", "{age} Jahre"),
    "ov_authority": ("Autorité parentale / représentation", "Sorgerecht / Vertretung"),
    "ov_parental": ("autorité parentale", "elterliches Sorgerecht"),
    "ov_plan": ("Projet d’intervention", "Interventionsprojekt"),
    "ov_no_plan": ("Pas encore de version du projet.", "Noch keine Projektversion."),
    "ov_validated": ("Validé par l’ONE le {date}.", "Vom ONE validiert am {date}."),
    "ov_not_validated": ("Pas encore validé par l’ONE.", "Noch nicht vom ONE validiert."),
    "ov_in_force": ("En vigueur depuis le {date}.", "In Kraft seit {date}."),
    "ov_returned": ("Renvoyé par l’ONE le {date}{nbsp}: {comment}",
                    "Vom ONE am {date} zurückgegeben: {comment}"),
    "ov_review": ("Prochain réexamen (art.{nbsp}6){nbsp}: {date}",
                  "Nächste Überprüfung (Art.{nbsp}6): {date}"),
    "ov_overdue": (" – en retard", " – überfällig"),
    "ov_measures": ("Mesures en cours", "Laufende Maßnahmen"),
    "ov_period": ("du {start} au {end}", "vom {start} bis {end}"),
    "ov_not_started": ("pas encore commencée", "noch nicht begonnen"),
    "ov_contacts": ("Derniers contacts", "Letzte Kontakte"),
    "ov_how": ("Comment", "Wie"),
    "ov_with": ("Avec", "Mit"),
    "ov_what": ("Quoi", "Was"),
    "ov_requests": ("Demandes ouvertes", "Offene Anträge"),
    "ov_review_asked": ("réexamen du projet demandé", "Überprüfung des Projekts beantragt"),
    "ov_revocation_asked": ("révocation du projet demandée", "Widerruf des Projekts beantragt"),
    "ov_aid_asked": ("demande d’aide", "Antrag auf Hilfe"),
    "returned": ("renvoyée par l’ONE", "vom ONE zurückgegeben"),
    "discarded": ("écartée", "verworfen"),
    "na_complete_analysis": ("Compléter l’analyse de la situation",
                             "Die Situationsanalyse vervollständigen"),
    "na_assess": ("Évaluer la situation et fixer les objectifs",
                  "Die Situation einschätzen und die Ziele festlegen"),
    "na_plan_measures": ("Planifier les mesures d’aide", "Die Hilfemaßnahmen planen"),
    "na_prepare_plan": ("Préparer le projet d’intervention et l’imprimer pour signature",
                        "Das Interventionsprojekt vorbereiten und zur Unterschrift drucken"),
    "na_collect_signatures": ("Recueillir les signatures manquantes",
                              "Die fehlenden Unterschriften einholen"),
    "na_await_validation": ("Le projet attend la validation de l’ONE",
                            "Das Projekt wartet auf die Validierung durch das ONE"),
    "na_prepare_new_version": ("L’ONE a renvoyé le projet{nbsp}: préparer une nouvelle version",
                               "Das ONE hat das Projekt zurückgegeben: eine neue Version "
                               "vorbereiten"),
    "na_start_implementation": ("Le projet est en vigueur{nbsp}: commencer la mise en œuvre",
                                "Das Projekt ist in Kraft: mit der Umsetzung beginnen"),
    "na_answer_review_request": ("Répondre à la demande de réexamen ou de révocation",
                                 "Den Antrag auf Überprüfung oder Widerruf beantworten"),
    "na_review_plan": ("Réexaminer le projet", "Das Projekt überprüfen"),
    "na_implement": ("Mettre en œuvre les mesures", "Die Maßnahmen umsetzen"),
    "na_follow_up": ("Suivre et coordonner", "Begleiten und koordinieren"),
    "na_evaluate": ("Évaluer l’aide", "Die Hilfe bewerten"),
    "na_reopen": ("Le dossier est clôturé{nbsp}: le rouvrir, avec un motif, pour reprendre",
                  "Die Akte ist abgeschlossen: sie mit Begründung wieder eröffnen, um "
                  "weiterzuarbeiten"),
}


def text(key: str, language: str, **params: object) -> str:
    """The text ``key`` in ``language`` with its placeholders filled."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported document language {language!r}")
    french, german = _TEXTS[key]
    fill = {"nbsp": NBSP, "q_open": "«" + NBSP, "q_close": NBSP + "»", **params}
    return (french if language == "fr" else german).format(**fill)


def day(value: date | str | None, language: str) -> str:
    """A date as the family reads it: 17/05/2026 or 17.05.2026."""
    if value is None:
        return ""
    parsed = date.fromisoformat(value) if isinstance(value, str) else value
    return parsed.strftime("%d/%m/%Y" if language == "fr" else "%d.%m.%Y")
