<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>Accessibility</name>
    <message>
        <source>More commands</source>
        <extracomment>WCAG 2.1 AA for normal text. Room left for a taskbar or a top panel below the available geometry the OS reports. The window manager's frame around a window, title bar included (logical pixels).</extracomment>
        <translation>Weitere Befehle</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;Birth date known</source>
        <translation>&amp;Geburtsdatum bekannt</translation>
    </message>
    <message>
        <source>Born &amp;on</source>
        <translation>Gebo&amp;ren am</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>Not a &amp;duplicate</source>
        <translation>Kein &amp;Duplikat</translation>
    </message>
    <message>
        <source>I checked: this is another person</source>
        <translation>Geprüft: Es handelt sich um eine andere Person</translation>
    </message>
</context>
<context>
    <name>AddStakeholderDialog</name>
    <message>
        <source>Add a stakeholder</source>
        <translation>Beteiligte Fachkraft hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Agreed &amp;role</source>
        <translation>Vereinbarte &amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>telephone or e-mail</source>
        <translation>Telefon oder E-Mail</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation>Der Termin muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>This time has passed: plan an appointment ahead, or note the contact that took place.</source>
        <translation>Diese Zeit ist vorbei: Planen Sie einen künftigen Termin oder notieren Sie den stattgefundenen Kontakt.</translation>
    </message>
    <message>
        <source>Give the reason, so that the dossier keeps why.</source>
        <translation>Geben Sie den Grund an, damit die Akte ihn festhält.</translation>
    </message>
    <message>
        <source>This appointment was already cancelled or noted as held.</source>
        <translation>Dieser Termin wurde bereits abgesagt oder als stattgefunden notiert.</translation>
    </message>
    <message>
        <source>This appointment has not started yet: note it once it took place.</source>
        <translation>Dieser Termin hat noch nicht begonnen: Notieren Sie ihn, sobald er stattgefunden hat.</translation>
    </message>
    <message>
        <source>Expect only persons and stakeholders of this dossier (an appointment on no dossier expects none).</source>
        <translation>Erwarten Sie nur Personen und Beteiligte dieser Akte (ein Termin ohne Akte erwartet niemanden).</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Geben Sie an, was zu tun ist.</translation>
    </message>
    <message>
        <source>This task is already done or dropped.</source>
        <translation>Diese Aufgabe ist bereits erledigt oder verworfen.</translation>
    </message>
    <message>
        <source>The contact note or the conference belongs to another dossier.</source>
        <translation>Die Kontaktnotiz oder die Fallbesprechung gehört zu einer anderen Akte.</translation>
    </message>
    <message>
        <source>A contact note belongs to a dossier: this appointment is on none.</source>
        <translation>Eine Kontaktnotiz gehört zu einer Akte: Dieser Termin gehört zu keiner.</translation>
    </message>
    <message>
        <source>Home visit</source>
        <extracomment>An appointment planned "now" on a laptop whose clock runs a little ahead is not past. The office calendar carries appointments from this long ago on.</extracomment>
        <translation>Hausbesuch</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Fallbesprechung</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>At the family's home</source>
        <translation>Bei der Familie zu Hause</translation>
    </message>
    <message>
        <source>At a school</source>
        <translation>In einer Schule</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>Im Büro</translation>
    </message>
    <message>
        <source>At a provider's</source>
        <translation>Bei einem Träger</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source>Type the times as hours and minutes, e.g. 14:30.</source>
        <translation>Geben Sie die Zeiten in Stunden und Minuten ein, z. B. 14:30.</translation>
    </message>
    <message>
        <source>Export to the office calendar</source>
        <translation>In den Bürokalender exportieren</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
</context>
<context>
    <name>AgendaWindow</name>
    <message>
        <source>Appointments and tasks</source>
        <translation>Termine und Aufgaben</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>&amp;Planen…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>K&amp;orrigieren…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>Absa&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Held: contact note…</source>
        <translation>&amp;Stattgefunden: Kontaktnotiz…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>Neue A&amp;ufgabe…</translation>
    </message>
    <message>
        <source>&amp;Edit the task…</source>
        <translation>Aufgabe &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Erledigt…</translation>
    </message>
    <message>
        <source>D&amp;rop…</source>
        <translation>Ve&amp;rwerfen…</translation>
    </message>
    <message>
        <source>A task is added on its dossier: Appointments and tasks… (Ctrl+Shift+G) in the dossier's window.</source>
        <translation>Eine Aufgabe wird in ihrer Akte angelegt: Termine und Aufgaben… (Strg+Umschalt+G) im Fenster der Akte.</translation>
    </message>
    <message>
        <source>E&amp;xport to the office calendar (.ics)…</source>
        <translation>In den Bürokalender e&amp;xportieren (.ics)…</translation>
    </message>
    <message>
        <source>Dossier {number}</source>
        <translation>Akte {number}</translation>
    </message>
    <message>
        <source>Your appointments of the next seven days, today's first, and the tasks due.</source>
        <translation>Ihre Termine der nächsten sieben Tage, die heutigen zuerst, und die fälligen Aufgaben.</translation>
    </message>
    <message>
        <source>No appointment planned.</source>
        <translation>Kein Termin geplant.</translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation>Diese Woche ist nichts geplant.</translation>
    </message>
    <message>
        <source>No open task.</source>
        <translation>Keine offenen Aufgaben.</translation>
    </message>
    <message>
        <source>no dossier</source>
        <translation>ohne Akte</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>abgesagt: {reason}</translation>
    </message>
    <message>
        <source>held, contact noted</source>
        <translation>stattgefunden, Kontakt notiert</translation>
    </message>
    <message>
        <source>moved: {reason}</source>
        <translation>verschoben: {reason}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped: {reason}</source>
        <translation>verworfen: {reason}</translation>
    </message>
    <message>
        <source>Choose an appointment first.</source>
        <translation>Wählen Sie zuerst einen Termin.</translation>
    </message>
    <message>
        <source>Choose a task first.</source>
        <translation>Wählen Sie zuerst eine Aufgabe.</translation>
    </message>
    <message>
        <source>Noted as held: its contact note is in the dossier's Contacts.</source>
        <translation>Als stattgefunden vermerkt: Die Kontaktnotiz steht im Reiter „Kontakte“ der Akte.</translation>
    </message>
    <message>
        <source>Calendar saved.</source>
        <translation>Kalender gespeichert.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>review overdue</source>
        <extracomment>Roles as plain ints: comparing them costs nothing, unlike an enum member looked up per call. The order alerts are listed in: the most urgent first.</extracomment>
        <translation>Überprüfung überfällig</translation>
    </message>
    <message>
        <source>review due soon</source>
        <translation>Überprüfung bald fällig</translation>
    </message>
    <message>
        <source>turns 27 soon</source>
        <translation>wird bald 27</translation>
    </message>
    <message>
        <source>plan awaiting signatures</source>
        <translation>Hilfeplan zu unterschreiben</translation>
    </message>
    <message>
        <source>not synchronised</source>
        <translation>nicht synchronisiert</translation>
    </message>
    <message>
        <source>plan returned by the ONE</source>
        <translation>Hilfeplan vom ONE zurückgegeben</translation>
    </message>
</context>
<context>
    <name>AnalysisWizard</name>
    <message>
        <source>Step 1 · Situation analysis</source>
        <translation>Schritt 1 · Situationsanalyse</translation>
    </message>
    <message>
        <source>Working frame</source>
        <translation>Arbeitsrahmen</translation>
    </message>
    <message>
        <source>Clarify the requests and agree on how you will work with the family and the stakeholders.</source>
        <translation>Klären Sie die Anliegen und vereinbaren Sie, wie Sie mit der Familie und den Beteiligten arbeiten.</translation>
    </message>
    <message>
        <source>voluntary aid</source>
        <translation>freiwillige Hilfe</translation>
    </message>
    <message>
        <source>court-ordered aid</source>
        <translation>gerichtlich angeordnete Hilfe</translation>
    </message>
    <message>
        <source>Frame of the aid</source>
        <translation>Rahmen der Hilfe</translation>
    </message>
    <message>
        <source>Court proceedings are pending</source>
        <translation>Ein Gerichtsverfahren ist anhängig</translation>
    </message>
    <message>
        <source>Request of the judicial authority</source>
        <translation>Ersuchen der Justizbehörde</translation>
    </message>
    <message>
        <source>While proceedings are pending, the ONE acts only at the express request of the judicial authorities (art. 5).</source>
        <translation>Solange ein Verfahren anhängig ist, wird das ONE nur auf ausdrückliches Ersuchen der Justizbehörden tätig (Art. 5).</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Court and file number</source>
        <translation>Gericht und Aktenzeichen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>On to the global assessment</source>
        <translation>Weiter zur Gesamtbewertung</translation>
    </message>
    <message>
        <source>Finishing saves the frame and moves the dossier to step 2 when every condition holds; otherwise it lists what is missing.</source>
        <translation>Fertigstellen speichert den Rahmen und führt die Akte zu Schritt 2, wenn alle Bedingungen erfüllt sind; sonst wird aufgelistet, was fehlt.</translation>
    </message>
</context>
<context>
    <name>AnonymisePersonDialog</name>
    <message>
        <source>Anonymise a person (art. 7)</source>
        <extracomment>Wide enough for the confirmation's label beside its field, in French and German.</extracomment>
        <translation>Eine Person anonymisieren (Art. 7)</translation>
    </message>
    <message>
        <source>At their own request, a child or young adult of this dossier who is of age has their data anonymised (art. 7). Their names, birth date, contact details, notes, assessments, objectives and measures are replaced by “—” everywhere: in every record, including deleted and superseded ones, in the plans and their signed scans (the scans' files are removed), in other texts of the dossier that name them, in drafts, in changes not yet synchronised, on the ONE's server and on every computer holding the dossier at its next synchronisation.</source>
        <translation>Auf eigenen Antrag werden die Daten eines volljährigen Kindes oder jungen Erwachsenen dieser Akte anonymisiert (Art. 7). Namen, Geburtsdatum, Kontaktdaten, Notizen, Einschätzungen, Ziele und Maßnahmen der Person werden überall durch „—“ ersetzt: in jedem Datensatz, auch in gelöschten und ersetzten, in den Plänen und ihren unterschriebenen Scans (die Dateien der Scans werden entfernt), in anderen Texten der Akte, die sie nennen, in Entwürfen, in noch nicht synchronisierten Änderungen, auf dem Server des ONE und auf jedem Computer, der die Akte hält, bei seiner nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Their brothers and sisters and the rest of the family keep their data. The statistics still count the person, in their age group. What is recorded: that the anonymisation happened, when, at their request and by you.</source>
        <translation>Geschwister und die übrige Familie behalten ihre Daten. Die Statistik zählt die Person weiterhin, in ihrer Altersgruppe. Festgehalten wird: dass die Anonymisierung stattfand, wann, auf ihren Antrag und durch Sie.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Person who asks</source>
        <translation>Antragstellende &amp;Person</translation>
    </message>
    <message>
        <source>&amp;Asked on</source>
        <translation>&amp;Beantragt am</translation>
    </message>
    <message>
        <source>&amp;Type their family name to confirm</source>
        <translation>Zur Bestätigung den &amp;Familiennamen der Person eingeben</translation>
    </message>
    <message>
        <source>Anonymise for good</source>
        <translation>Endgültig anonymisieren</translation>
    </message>
</context>
<context>
    <name>AnswerReviewDialog</name>
    <message>
        <source>Answer a request for review or revocation</source>
        <translation>Antrag auf Überprüfung oder Widerruf beantworten</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Antrag</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Note for the family</source>
        <translation>&amp;Notiz für die Familie</translation>
    </message>
    <message>
        <source>Grounds: {grounds}</source>
        <translation>Begründung: {grounds}</translation>
    </message>
    <message>
        <source>The plan stays as it is; this counts as its review: the next one is due in twelve months (art. 6).</source>
        <translation>Der Plan bleibt unverändert; dies gilt als seine Überprüfung: die nächste ist in zwölf Monaten fällig (Art. 6).</translation>
    </message>
    <message>
        <source>The plan will be changed: prepare a new version (step 4); the current one stays in force until the new one is.</source>
        <translation>Der Plan wird geändert: Bereiten Sie eine neue Version vor (Schritt 4); die aktuelle bleibt in Kraft, bis die neue es ist.</translation>
    </message>
    <message>
        <source>The plan ends on this date at the family's request (art. 4), and so do its measures still running, with your note as their reason; a placement so ended leaves the next semester list (art. 6).</source>
        <translation>Der Plan endet an diesem Datum auf Antrag der Familie (Art. 4), und mit ihm seine noch laufenden Maßnahmen, mit Ihrer Notiz als Grund; eine so beendete Unterbringung steht nicht mehr auf der nächsten Halbjahresliste (Art. 6).</translation>
    </message>
    <message>
        <source>The person withdrew the request: nothing changes.</source>
        <translation>Die Person hat den Antrag zurückgezogen: Nichts ändert sich.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Correct the appointment</source>
        <translation>Termin korrigieren</translation>
    </message>
    <message>
        <source>Plan an appointment</source>
        <translation>Einen Termin planen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>&amp;Where (kind of place)</source>
        <translation>&amp;Wo (Art des Ortes)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>A&amp;nlass</translation>
    </message>
    <message>
        <source>Persons e&amp;xpected</source>
        <translation>Erwartete &amp;Personen</translation>
    </message>
    <message>
        <source>Stake&amp;holders expected</source>
        <translation>Erwartete Be&amp;teiligte</translation>
    </message>
    <message>
        <source>This appointment is on no dossier (a team meeting, a training). A family's appointment is planned from its dossier: Appointments and tasks… (Ctrl+Shift+G) in the dossier's window.</source>
        <translation>Dieser Termin gehört zu keiner Akte (Teamsitzung, Fortbildung). Der Termin einer Familie wird in ihrer Akte geplant: Termine und Aufgaben… (Strg+Umschalt+G) im Fenster der Akte.</translation>
    </message>
    <message>
        <source>The office calendar gets only the dossier number, the kind and the kind of place: never the place, the subject or the names.</source>
        <translation>Der Bürokalender erhält nur die Aktennummer, die Art des Termins und die Art des Ortes: nie den Ort, den Anlass oder die Namen.</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>Step 2 · Global assessment</source>
        <extracomment>One objective's tracked fields: ``objective.&lt;n&gt;.&lt;part&gt;``. Drafts written before objectives had a beneficiary kept one objective under these names.</extracomment>
        <translation>Schritt 2 · Gesamtbewertung</translation>
    </message>
    <message>
        <source>Finishing saves the assessments and every objective together and moves the dossier to step 3 when every condition holds; otherwise it says what is missing.</source>
        <translation>Fertigstellen speichert die Einschätzungen und alle Ziele zusammen und führt die Akte in Schritt 3, wenn alle Bedingungen erfüllt sind; andernfalls wird angezeigt, was fehlt.</translation>
    </message>
    <message>
        <source>Difficulties, resources and needs, and their own view in their own words.</source>
        <translation>Schwierigkeiten, Ressourcen und Bedürfnisse sowie die eigene Sicht in eigenen Worten.</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Schwierigkeiten</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Own view, in their words</source>
        <translation>Eigene Sicht, in eigenen Worten</translation>
    </message>
    <message>
        <source>SMART objectives, each for a child</source>
        <translation>SMART-Ziele, jedes für ein Kind</translation>
    </message>
    <message>
        <source>Specific, measurable, accepted, realistic and time-bound, for one child or young adult. Add as many as agreed; leave a wording empty to add none.</source>
        <translation>Spezifisch, messbar, akzeptiert, realistisch und terminiert, für ein Kind oder einen jungen Erwachsenen. Fügen Sie so viele hinzu wie vereinbart; lassen Sie eine Formulierung leer, um keines hinzuzufügen.</translation>
    </message>
    <message>
        <source>Already set: {objective} (for {person})</source>
        <translation>Bereits festgelegt: {objective} (für {person})</translation>
    </message>
    <message>
        <source>no one named</source>
        <translation>niemand benannt</translation>
    </message>
    <message>
        <source>&amp;Add another objective</source>
        <translation>&amp;Noch ein Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add another objective</source>
        <translation>Noch ein Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Objective {number}</source>
        <translation>Ziel {number}</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Für</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indikator</translation>
    </message>
    <message>
        <source>Accepted &amp;by</source>
        <translation>Zugestimmt &amp;von</translation>
    </message>
    <message>
        <source>Why it is &amp;realistic</source>
        <translation>Warum es &amp;realistisch ist</translation>
    </message>
    <message>
        <source>&amp;Horizon</source>
        <translation>Zeit&amp;horizont</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>Fällig a&amp;m</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Zeithorizont</translation>
    </message>
    <message>
        <source>On to planning</source>
        <translation>Weiter zur Planung</translation>
    </message>
</context>
<context>
    <name>AttachedDocuments</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>Choose the file of the document first.</source>
        <translation>Wählen Sie zuerst die Datei des Dokuments.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check that it is still there and choose it again.</source>
        <translation>Diese Datei kann nicht gelesen werden. Prüfen Sie, ob sie noch vorhanden ist, und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Choose another folder.</source>
        <translation>Die Kopie konnte dort nicht gespeichert werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>CancelAppointmentDialog</name>
    <message>
        <source>Cancel the appointment</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
</context>
<context>
    <name>CancelDossierDialog</name>
    <message>
        <source>Cancel dossier {number}</source>
        <translation>Akte {number} stornieren</translation>
    </message>
    <message>
        <source>Only for a dossier opened by mistake (a duplicate, the wrong family). It leaves your caseload and the search; nothing is deleted and the ONE still sees it. A dossier whose plan was signed is closed instead (step 8).</source>
        <translation>Nur für eine irrtümlich eröffnete Akte (ein Duplikat, die falsche Familie). Sie verschwindet aus Ihrem Fallbestand und aus der Suche; nichts wird gelöscht und das ONE sieht sie weiterhin. Eine Akte mit unterschriebenem Plan wird stattdessen abgeschlossen (Schritt 8).</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <source>e.g. Duplicate of dossier SUD-2026-4F2A1C</source>
        <translation>z. B. Duplikat der Akte SUD-2026-4F2A1C</translation>
    </message>
    <message>
        <source>Cancel the dossier</source>
        <translation>Akte stornieren</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Dossier</source>
        <extracomment>``passage``: where a search found its words in what was written (shown only then).</extracomment>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Begünstigte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>Found in the dossier</source>
        <translation>Fundstelle in der Akte</translation>
    </message>
    <message>
        <source>court-ordered</source>
        <translation>gerichtlich angeordnet</translation>
    </message>
    <message>
        <source>voluntary</source>
        <translation>freiwillig</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>This dossier no longer exists on this computer. Reload the caseload.</source>
        <translation>Diese Akte ist auf diesem Computer nicht mehr vorhanden. Laden Sie die Aktenliste neu.</translation>
    </message>
    <message>
        <source>{name}, born on {date}, may already exist (dossier {number}). Check the dossier, then confirm that this is another person.</source>
        <translation>{name}, geboren am {date}, ist möglicherweise schon erfasst (Akte {number}). Prüfen Sie die Akte und bestätigen Sie dann, dass es sich um eine andere Person handelt.</translation>
    </message>
    <message>
        <source>Unknown regional office “{code}”. Choose an office from the list.</source>
        <translation>Unbekanntes Regionalbüro „{code}“. Wählen Sie ein Büro aus der Liste.</translation>
    </message>
    <message>
        <source>A person cannot be related to themselves. Choose two different persons.</source>
        <translation>Eine Person kann nicht mit sich selbst verbunden sein. Wählen Sie zwei verschiedene Personen.</translation>
    </message>
    <message>
        <source>This person is not part of the dossier. Reload the dossier.</source>
        <translation>Diese Person gehört nicht zur Akte. Laden Sie die Akte neu.</translation>
    </message>
    <message>
        <source>Enter at least a first name or a last name for each person.</source>
        <translation>Geben Sie für jede Person mindestens einen Vornamen oder einen Nachnamen an.</translation>
    </message>
    <message>
        <source>The birth date {date} is in the future. Check the date.</source>
        <translation>Das Geburtsdatum {date} liegt in der Zukunft. Prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>Describe what is asked in the request (who asks for what).</source>
        <translation>Beschreiben Sie, was angefragt wird (wer fragt was an).</translation>
    </message>
    <message>
        <source>The request date {date} is in the future. Check the date.</source>
        <translation>Das Datum der Anfrage {date} liegt in der Zukunft. Prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>The date {date} is in the future. Check the date.</source>
        <translation>Das Datum {date} liegt in der Zukunft. Prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>Give the reference of the judicial request (court, file number).</source>
        <translation>Geben Sie das Aktenzeichen der gerichtlichen Anfrage an (Gericht, Aktennummer).</translation>
    </message>
    <message>
        <source>This item no longer exists on this computer. Reload the dossier.</source>
        <translation>Dieser Eintrag existiert auf diesem Computer nicht mehr. Laden Sie die Akte neu.</translation>
    </message>
    <message>
        <source>This item is not part of the dossier. Reload the dossier.</source>
        <translation>Dieser Eintrag gehört nicht zur Akte. Laden Sie die Akte neu.</translation>
    </message>
    <message>
        <source>The e-mail address “{email}” is not one: check it (name@domain.lu).</source>
        <translation>„{email}“ ist keine E-Mail-Adresse: Prüfen Sie sie (name@domain.lu).</translation>
    </message>
    <message>
        <source>Enter the provider's name.</source>
        <translation>Geben Sie den Namen des Leistungserbringers ein.</translation>
    </message>
    <message>
        <source>Give the provider's country as a two-letter code (LU, BE, DE, FR...).</source>
        <translation>Geben Sie das Land des Leistungserbringers mit zwei Buchstaben an (LU, BE, DE, FR…).</translation>
    </message>
    <message>
        <source>Give the stakeholder's name and the role agreed for them.</source>
        <translation>Geben Sie den Namen der beteiligten Fachkraft und die mit ihr vereinbarte Rolle an.</translation>
    </message>
    <message>
        <source>Only an administrator of the ONE changes the provider directory: the ONE records the agréments the minister grants (art. 13).</source>
        <translation>Nur ein Administrator des ONE ändert das Verzeichnis der Leistungserbringer: Das ONE erfasst die Zulassungen, die der Minister erteilt (Art. 13).</translation>
    </message>
    <message>
        <source>Enter the agrément's number as the minister's decision gives it.</source>
        <translation>Geben Sie die Nummer der Zulassung an, wie sie im Beschluss des Ministers steht.</translation>
    </message>
    <message>
        <source>Agrément {number}: give the art. 11 measures it covers, e.g. a1,c,h.</source>
        <translation>Zulassung {number}: Geben Sie die Maßnahmen nach Art. 11 an, die sie abdeckt, z. B. a1,c,h.</translation>
    </message>
    <message>
        <source>Agrément {number}: {codes} are not measures of art. 11 (letters a to y, formulas such as a1).</source>
        <translation>Zulassung {number}: {codes} sind keine Maßnahmen nach Art. 11 (Buchstaben a bis y, Formeln wie a1).</translation>
    </message>
    <message>
        <source>Agrément {number}: give the day it takes effect.</source>
        <translation>Zulassung {number}: Geben Sie den Tag an, ab dem sie gilt.</translation>
    </message>
    <message>
        <source>Agrément {number}: it ends ({end}) before it takes effect ({start}). Check the dates.</source>
        <translation>Zulassung {number}: Sie endet ({end}), bevor sie gilt ({start}). Prüfen Sie die Daten.</translation>
    </message>
    <message>
        <source>Unknown measure “{code}”: choose a measure of the art. 11 catalogue.</source>
        <translation>Unbekannte Maßnahme „{code}“: Wählen Sie eine Maßnahme aus dem Katalog von Art. 11.</translation>
    </message>
    <message>
        <source>A measure is planned for a child or a young adult of the dossier.</source>
        <translation>Eine Maßnahme wird für ein Kind oder einen jungen Erwachsenen der Akte geplant.</translation>
    </message>
</context>
<context>
    <name>ChangeLinkDialog</name>
    <message>
        <source>Change or end a tie</source>
        <translation>Eine Beziehung ändern oder beenden</translation>
    </message>
    <message>
        <source>&amp;Which tie</source>
        <translation>&amp;Welche Beziehung</translation>
    </message>
    <message>
        <source>changes from a date on (e.g. a court decision)</source>
        <translation>ändert sich ab einem Datum (z. B. eine Gerichtsentscheidung)</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>endet</translation>
    </message>
    <message>
        <source>What &amp;happens</source>
        <translation>&amp;Was geschieht</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Beziehung</translation>
    </message>
    <message>
        <source>Parental &amp;authority</source>
        <translation>Elterliche &amp;Sorge</translation>
    </message>
    <message>
        <source>holds parental authority over this person</source>
        <translation>hat die elterliche Sorge für diese Person</translation>
    </message>
    <message>
        <source>Legal re&amp;presentative</source>
        <translation>Gesetzlicher &amp;Vertreter</translation>
    </message>
    <message>
        <source>is this person's legal representative</source>
        <translation>ist gesetzlicher Vertreter dieser Person</translation>
    </message>
    <message>
        <source>&amp;From / ended on</source>
        <translation>&amp;Ab / beendet am</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>Be&amp;gründung</translation>
    </message>
    <message>
        <source>e.g. Judgment of the youth court of 1 December 2026</source>
        <translation>z. B. Urteil des Jugendgerichts vom 1. Dezember 2026</translation>
    </message>
    <message>
        <source>The tie as it was stays in the history. The next plan version asks for the signatures that follow from the tie as it is; a version already signed stays as signed.</source>
        <translation>Die Beziehung, wie sie war, bleibt im Verlauf. Die nächste Planversion verlangt die Unterschriften, die sich aus der Beziehung, wie sie jetzt ist, ergeben; eine bereits unterschriebene Version bleibt, wie sie unterschrieben wurde.</translation>
    </message>
</context>
<context>
    <name>Chronology</name>
    <message>
        <source>Dossier opened</source>
        <extracomment>The on-screen label of each kind of event, written once (the printed chronology has its own French and German in ``app.documents.chronology``: it follows the family's language).</extracomment>
        <translation>Akte eröffnet</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Anfrage eingegangen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Fallbesprechung</translation>
    </message>
    <message>
        <source>Parental authority given</source>
        <translation>Elterliches Sorgerecht erteilt</translation>
    </message>
    <message>
        <source>Parental authority ended</source>
        <translation>Ende des elterlichen Sorgerechts</translation>
    </message>
    <message>
        <source>Legal representation given</source>
        <translation>Gesetzliche Vertretung erteilt</translation>
    </message>
    <message>
        <source>Legal representation ended</source>
        <translation>Ende der gesetzlichen Vertretung</translation>
    </message>
    <message>
        <source>Professional no longer involved</source>
        <translation>Ende der Mitwirkung einer Fachkraft</translation>
    </message>
    <message>
        <source>Judgement of discernment</source>
        <translation>Beurteilung der Urteilsfähigkeit</translation>
    </message>
    <message>
        <source>Objective set</source>
        <translation>Ziel festgelegt</translation>
    </message>
    <message>
        <source>Objective achieved</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Objective abandoned</source>
        <translation>Ziel aufgegeben</translation>
    </message>
    <message>
        <source>Objective reformulated</source>
        <translation>Ziel neu formuliert</translation>
    </message>
    <message>
        <source>Plan version prepared</source>
        <translation>Projektversion vorbereitet</translation>
    </message>
    <message>
        <source>Plan version ready to sign</source>
        <translation>Projektversion zur Unterschrift bereit</translation>
    </message>
    <message>
        <source>Plan version discarded</source>
        <translation>Projektversion verworfen</translation>
    </message>
    <message>
        <source>Signature given</source>
        <translation>Unterschrift geleistet</translation>
    </message>
    <message>
        <source>Validated by the ONE</source>
        <translation>Vom ONE validiert</translation>
    </message>
    <message>
        <source>Returned by the ONE</source>
        <translation>Vom ONE zurückgesandt</translation>
    </message>
    <message>
        <source>Plan in force</source>
        <translation>Projekt in Kraft</translation>
    </message>
    <message>
        <source>Plan reviewed</source>
        <translation>Überprüfung des Projekts</translation>
    </message>
    <message>
        <source>Request for review or revocation received</source>
        <translation>Antrag auf Überprüfung oder Widerruf eingegangen</translation>
    </message>
    <message>
        <source>Request for review or revocation answered</source>
        <translation>Antrag auf Überprüfung oder Widerruf beantwortet</translation>
    </message>
    <message>
        <source>Measure changed</source>
        <translation>Maßnahme geändert</translation>
    </message>
    <message>
        <source>Measure withdrawn</source>
        <translation>Maßnahme zurückgezogen</translation>
    </message>
    <message>
        <source>Measure started</source>
        <translation>Beginn einer Maßnahme</translation>
    </message>
    <message>
        <source>Measure interrupted</source>
        <translation>Unterbrechung einer Maßnahme</translation>
    </message>
    <message>
        <source>Measure ended</source>
        <translation>Ende einer Maßnahme</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Dossier transferred</source>
        <translation>Akte übertragen</translation>
    </message>
    <message>
        <source>Dossier closed</source>
        <translation>Akte abgeschlossen</translation>
    </message>
    <message>
        <source>Dossier reopened</source>
        <translation>Akte wieder eröffnet</translation>
    </message>
    <message>
        <source>Dossier cancelled</source>
        <translation>Akte annulliert</translation>
    </message>
    <message>
        <source>review</source>
        <extracomment>Typed values of events that ``ui.labels`` does not know.</extracomment>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>revocation</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>plan confirmed</source>
        <translation>Projekt bestätigt</translation>
    </message>
    <message>
        <source>new plan version</source>
        <translation>neue Projektversion</translation>
    </message>
    <message>
        <source>plan revoked</source>
        <translation>Projekt widerrufen</translation>
    </message>
    <message>
        <source>request withdrawn</source>
        <translation>Antrag zurückgezogen</translation>
    </message>
    <message>
        <source>able to judge</source>
        <translation>urteilsfähig</translation>
    </message>
    <message>
        <source>not able to judge</source>
        <translation>nicht urteilsfähig</translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>ChronologyPage</name>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Betrifft:</translation>
    </message>
    <message>
        <source>Print or save as PDF…</source>
        <translation>Drucken oder als PDF speichern…</translation>
    </message>
    <message>
        <source>Print or save the chronology as PDF</source>
        <translation>Die Chronologie drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>Chronology of the dossier</source>
        <translation>Chronologie der Akte</translation>
    </message>
</context>
<context>
    <name>ClosureWizard</name>
    <message>
        <source>Step 8 · Closure</source>
        <translation>Schritt 8 · Abschluss</translation>
    </message>
    <message>
        <source>Closing the dossier</source>
        <translation>Abschluss der Akte</translation>
    </message>
    <message>
        <source>Running measures end on the closing day and the plan in force ends. The dossier becomes read-only; reopening it needs a reason.</source>
        <translation>Laufende Maßnahmen enden am Abschlusstag, und der geltende Plan endet. Die Akte ist danach schreibgeschützt; eine Wiedereröffnung braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Why the aid ends, and what it achieved.</source>
        <translation>Warum die Hilfe endet und was sie erreicht hat.</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Final evaluation</source>
        <translation>Abschließende Bewertung</translation>
    </message>
    <message>
        <source>Write the final evaluation before closing the dossier.</source>
        <translation>Schreiben Sie die abschließende Bewertung, bevor Sie die Akte schließen.</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>{record} — {field}</source>
        <translation>{record} — {field}</translation>
    </message>
    <message>
        <source>Edited on both sides; the other edit was sent by {who} on {date} at {time}.</source>
        <translation>Auf beiden Seiten geändert; die andere Änderung hat {who} am {date} um {time} gesendet.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>ein anderer Benutzer</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Meine Version</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Version der anderen Seite</translation>
    </message>
    <message>
        <source>Starting version</source>
        <translation>Ausgangsversion</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Beizubehaltender Wert</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Meine Version behalten</translation>
    </message>
    <message>
        <source>Keep their version</source>
        <translation>Version der anderen Seite behalten</translation>
    </message>
    <message>
        <source>Another value</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>Type another value</source>
        <translation>Einen anderen Wert eingeben</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>&amp;Value to keep:</source>
        <translation>&amp;Beizubehaltender Wert:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>This conflict no longer exists on this computer. Synchronise, then look again.</source>
        <translation>Dieser Konflikt ist auf diesem Computer nicht mehr vorhanden. Synchronisieren Sie und sehen Sie dann erneut nach.</translation>
    </message>
    <message>
        <source>This conflict was already resolved. Synchronise to see the value kept.</source>
        <translation>Dieser Konflikt wurde bereits gelöst. Synchronisieren Sie, um den beibehaltenen Wert zu sehen.</translation>
    </message>
    <message>
        <source>This value does not fit the field ({reason}). Correct it or choose one of the two versions.</source>
        <translation>Dieser Wert passt nicht zum Feld ({reason}). Korrigieren Sie ihn oder wählen Sie eine der beiden Versionen.</translation>
    </message>
    <message>
        <source>This plan version is frozen and no longer changes: prepare a new version instead.</source>
        <translation>Diese Fassung des Hilfeplans ist festgeschrieben und ändert sich nicht mehr: Bereiten Sie stattdessen eine neue Fassung vor.</translation>
    </message>
    <message>
        <source>The record of this conflict is not on this computer. Synchronise, then try again.</source>
        <translation>Der Datensatz dieses Konflikts ist nicht auf diesem Computer. Synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This record is never changed once written (signatures, minutes, notes): add a new one instead.</source>
        <translation>Dieser Datensatz wird nach dem Schreiben nie geändert (Unterschriften, Protokolle, Notizen): Fügen Sie stattdessen einen neuen hinzu.</translation>
    </message>
    <message>
        <source>The dossier is closed: reopen it before resolving this conflict.</source>
        <translation>Die Akte ist abgeschlossen: Öffnen Sie sie wieder, bevor Sie diesen Konflikt lösen.</translation>
    </message>
    <message>
        <source>Choose my version, their version or type a value.</source>
        <translation>Wählen Sie meine Version, die Version der anderen Seite oder geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <source>the dossier</source>
        <extracomment>Who made the edit that met another one (the uploader), and when. True when the reader is that uploader: "mine" is the uploaded value. A text field: the person may type another value than either side.</extracomment>
        <translation>die Akte</translation>
    </message>
    <message>
        <source>the person {name}</source>
        <translation>die Person {name}</translation>
    </message>
    <message>
        <source>a record about {name}</source>
        <translation>ein Eintrag zu {name}</translation>
    </message>
    <message>
        <source>another record of the dossier</source>
        <translation>ein anderer Eintrag der Akte</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisationskonflikte</translation>
    </message>
    <message>
        <source>The same field was changed on this computer and elsewhere. Nothing was overwritten: choose the value to keep.</source>
        <translation>Dasselbe Feld wurde auf diesem Computer und anderswo geändert. Nichts wurde überschrieben: Wählen Sie den Wert, der bleiben soll.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No conflict left to resolve in this dossier.</source>
        <translation>In dieser Akte ist kein Konflikt mehr zu lösen.</translation>
    </message>
</context>
<context>
    <name>ContactNoteDialog</name>
    <message>
        <source>Contact note</source>
        <translation>Kontaktnotiz</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>A&amp;t</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>e.g. 14:30</source>
        <translation>z. B. 14:30</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;Mit wem</translation>
    </message>
    <message>
        <source>e.g. Mrs Tavares and Léa</source>
        <translation>z. B. Frau Tavares und Léa</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <source>What was &amp;said or agreed</source>
        <translation>Was be&amp;sprochen oder vereinbart wurde</translation>
    </message>
    <message>
        <source>Contact notes are kept as written: to correct one, add a new note that says so.</source>
        <translation>Kontaktnotizen bleiben so, wie sie geschrieben wurden: Um eine zu berichtigen, fügen Sie eine neue Notiz hinzu, die dies sagt.</translation>
    </message>
</context>
<context>
    <name>CoordinationWizard</name>
    <message>
        <source>Step 6 · Coordination</source>
        <translation>Schritt 6 · Koordination</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Finishing keeps the minutes and the contact that are filled in.</source>
        <translation>Fertigstellen speichert das Protokoll und den Kontakt, die ausgefüllt sind.</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Fallbesprechung</translation>
    </message>
    <message>
        <source>Leave the place empty when there was no conference.</source>
        <translation>Lassen Sie den Ort leer, wenn keine Fallbesprechung stattfand.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>One a line: name, role</source>
        <translation>Eine Person pro Zeile: Name, Rolle</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>Task from the decisions (optional)</source>
        <translation>Aufgabe aus den Beschlüssen (optional)</translation>
    </message>
    <message>
        <source>Task due on</source>
        <translation>Aufgabe fällig am</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Leave "with whom" empty when there is no contact to note.</source>
        <translation>Lassen Sie „mit wem“ leer, wenn kein Kontakt zu notieren ist.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Was gesagt oder vereinbart wurde</translation>
    </message>
    <message>
        <source>Task from this contact (optional)</source>
        <translation>Aufgabe aus diesem Kontakt (optional)</translation>
    </message>
    <message>
        <source>Give the role after a comma on line(s) {lines}.</source>
        <translation>Geben Sie die Rolle nach einem Komma an, Zeile(n) {lines}.</translation>
    </message>
    <message>
        <source>Type the time as 14:30.</source>
        <translation>Geben Sie die Uhrzeit als 14:30 ein.</translation>
    </message>
</context>
<context>
    <name>CorrectPersonDialog</name>
    <message>
        <source>Correct a person</source>
        <translation>Eine Person berichtigen</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;Birth date known</source>
        <translation>&amp;Geburtsdatum bekannt</translation>
    </message>
    <message>
        <source>Born &amp;on</source>
        <translation>Gebo&amp;ren am</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>&amp;Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>e.g. L-4011</source>
        <translation>z. B. L-4011</translation>
    </message>
    <message>
        <source>Local&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Other telep&amp;hone</source>
        <translation>Weiteres Tele&amp;fon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>School or &amp;childcare</source>
        <translation>Schule oder &amp;Betreuung</translation>
    </message>
    <message>
        <source>Lan&amp;guage spoken</source>
        <translation>&amp;Gesprochene Sprache</translation>
    </message>
    <message>
        <source>e.g. Portuguese, Luxembourgish, Tigrinya</source>
        <translation>z. B. Portugiesisch, Luxemburgisch, Tigrinya</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Dolmetscher</translation>
    </message>
    <message>
        <source>an interpreter is needed</source>
        <translation>ein Dolmetscher wird benötigt</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>No&amp;tizen</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>“{email}” is not an e-mail address: write it as name@example.lu, or leave the field empty.</source>
        <extracomment>An e-mail address as people type it: something, "@", a domain with a dot. A telephone number: digits with the usual separators and an optional leading "+".</extracomment>
        <translation>„{email}“ ist keine E-Mail-Adresse: schreiben Sie sie als name@example.lu oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>“{phone}” is not a telephone number: use digits, spaces and an optional + (e.g. +352 621 123 456).</source>
        <translation>„{phone}“ ist keine Telefonnummer: verwenden Sie Ziffern, Leerzeichen und eventuell ein + (z. B. +352 621 123 456).</translation>
    </message>
    <message>
        <source>Say why it ends (e.g. the court's decision and its date): the history keeps the reason.</source>
        <translation>Geben Sie an, warum es endet (z. B. die Gerichtsentscheidung und ihr Datum): der Verlauf bewahrt die Begründung.</translation>
    </message>
    <message>
        <source>The end date {date} is in the future: record the end once it took effect.</source>
        <translation>Das Enddatum {date} liegt in der Zukunft: erfassen Sie das Ende, sobald es wirksam ist.</translation>
    </message>
    <message>
        <source>The end date {date} comes before the start ({start}). Check the dates.</source>
        <translation>Das Enddatum {date} liegt vor dem Beginn ({start}). Prüfen Sie die Daten.</translation>
    </message>
    <message>
        <source>This ended on {date}: it stays in the history as it was. Record a new one if it starts again.</source>
        <translation>Dies endete am {date}: es bleibt unverändert im Verlauf. Erfassen Sie einen neuen Eintrag, wenn es wieder beginnt.</translation>
    </message>
    <message>
        <source>Nothing changes: tick or untick parental authority or legal representation, or choose another relationship.</source>
        <translation>Nichts ändert sich: setzen oder entfernen Sie das Häkchen bei elterlicher Sorge oder gesetzlicher Vertretung, oder wählen Sie eine andere Beziehung.</translation>
    </message>
    <message>
        <source>Only an open dossier can be cancelled: this one is closed or already cancelled.</source>
        <translation>Nur eine offene Akte kann storniert werden: diese ist abgeschlossen oder bereits storniert.</translation>
    </message>
    <message>
        <source>A plan of this dossier was signed or validated: it is a real dossier. Close it with a reason instead (step 8).</source>
        <translation>Ein Plan dieser Akte wurde unterschrieben oder validiert: es ist eine echte Akte. Schließen Sie sie stattdessen mit einem Grund ab (Schritt 8).</translation>
    </message>
    <message>
        <source>Say why the dossier was opened by mistake (e.g. a duplicate of dossier SUD-2026-…): the ONE reads it.</source>
        <translation>Geben Sie an, warum die Akte irrtümlich eröffnet wurde (z. B. ein Duplikat der Akte SUD-2026-…): das ONE liest es.</translation>
    </message>
    <message>
        <source>parental authority</source>
        <translation>elterliche Sorge</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>gesetzlicher Vertreter</translation>
    </message>
</context>
<context>
    <name>CoverDialog</name>
    <message>
        <source>Give cover of a caseload</source>
        <translation>Vertretung eines Fallbestands übertragen</translation>
    </message>
    <message>
        <source>Give the cover</source>
        <translation>Vertretung übertragen</translation>
    </message>
    <message>
        <source>&amp;Agent away</source>
        <translation>&amp;Abwesende Fachkraft</translation>
    </message>
    <message>
        <source>&amp;Covered by</source>
        <translation>&amp;Vertreten durch</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vom</translation>
    </message>
    <message>
        <source>&amp;Until (included)</source>
        <translation>&amp;Bis (einschließlich)</translation>
    </message>
    <message>
        <source>The colleague's laptop receives the agent's dossiers at its next synchronisation and loses them when the cover ends.</source>
        <translation>Der Laptop der Kollegin oder des Kollegen erhält die Akten bei der nächsten Synchronisierung und verliert sie, wenn die Vertretung endet.</translation>
    </message>
</context>
<context>
    <name>DiscardVersionDialog</name>
    <message>
        <source>Discard version {number}</source>
        <translation>Version {number} verwerfen</translation>
    </message>
    <message>
        <source>Nobody has signed this version yet. Discarded, it is kept with your reason but never printed again; prepare a new version for the family to sign.</source>
        <translation>Noch niemand hat diese Version unterschrieben. Verworfen bleibt sie mit Ihrer Begründung erhalten, wird aber nie wieder gedruckt; bereiten Sie eine neue Version zur Unterschrift der Familie vor.</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <source>e.g. The parents refuse the day care; they want home support</source>
        <translation>z. B. Die Eltern lehnen die Tagesbetreuung ab; sie wünschen Hilfe zu Hause</translation>
    </message>
    <message>
        <source>Discard the version</source>
        <translation>Version verwerfen</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Add a document</source>
        <translation>Unterlage hinzufügen</translation>
    </message>
    <message>
        <source>Correct a document</source>
        <translation>Unterlage berichtigen</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG, at most 20 MB</source>
        <translation>PDF, PNG oder JPEG, höchstens 20 MB</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Kind of document</source>
        <translation>&amp;Art des Dokuments</translation>
    </message>
    <message>
        <source>&amp;Date of the document</source>
        <translation>Datum des &amp;Dokuments</translation>
    </message>
    <message>
        <source>&amp;From (author or sender)</source>
        <translation>&amp;Von (Verfasser oder Absender)</translation>
    </message>
    <message>
        <source>e.g. Youth court of Luxembourg</source>
        <translation>z. B. Jugendgericht Luxemburg</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Concerns</source>
        <translation>&amp;Betrifft</translation>
    </message>
    <message>
        <source>Tick no one for a document about the whole family.</source>
        <translation>Kreuzen Sie niemanden an, wenn das Dokument die ganze Familie betrifft.</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>Dokument auswählen</translation>
    </message>
</context>
<context>
    <name>DocumentLanguageDialog</name>
    <message>
        <source>Language of the family's documents</source>
        <translation>Sprache der Dokumente der Familie</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Plans, letters and summaries of this dossier open in this language; the preview still lets you print one in the other.</source>
        <translation>Pläne, Briefe und Übersichten dieser Akte öffnen sich in dieser Sprache; in der Vorschau können Sie weiterhin eines in der anderen drucken.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Print preview</source>
        <extracomment>Runs ``work`` off the GUI thread, then ``done(result)`` or ``failed(exc)`` on it.</extracomment>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Sprache des Dokuments</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>P&amp;rinter</source>
        <translation>&amp;Drucker</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: save the document as PDF.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet: Speichern Sie das Dokument als PDF.</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>An {printer} gesendet.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}. Choose another place.</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}. Wählen Sie einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Document: {title}</source>
        <translation>Unterlage: {title}</translation>
    </message>
    <message>
        <source>Page of the document</source>
        <translation>Seite des Dokuments</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Kopie &amp;speichern…</translation>
    </message>
    <message>
        <source>This file cannot be shown: it may be damaged. Save a copy to open it with another program.</source>
        <translation>Diese Datei kann nicht angezeigt werden: Sie ist vielleicht beschädigt. Speichern Sie eine Kopie, um sie mit einem anderen Programm zu öffnen.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Kopie des Dokuments speichern</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This file is empty. Choose the document again.</source>
        <translation>Diese Datei ist leer. Wählen Sie das Dokument erneut.</translation>
    </message>
    <message>
        <source>This file is too large: a document may be at most {limit} MB. Scan it again at a lower resolution or in black and white.</source>
        <translation>Diese Datei ist zu groß: Ein Dokument darf höchstens {limit} MB groß sein. Scannen Sie es mit geringerer Auflösung oder in Schwarzweiß erneut.</translation>
    </message>
    <message>
        <source>Only a PDF, JPEG or PNG file can be attached to the dossier, and this file is not one. Save the document in one of these formats.</source>
        <translation>Nur eine PDF-, JPEG- oder PNG-Datei kann der Akte beigefügt werden, und diese Datei ist keine. Speichern Sie das Dokument in einem dieser Formate.</translation>
    </message>
    <message>
        <source>Give the document a title (e.g. “Ordonnance du tribunal de la jeunesse”), so that it can be found in the list.</source>
        <translation>Geben Sie dem Dokument einen Titel (z. B. „Beschluss des Jugendgerichts“), damit es in der Liste zu finden ist.</translation>
    </message>
    <message>
        <source>The document's date {date} is in the future: give the date written on the document.</source>
        <translation>Das Datum des Dokuments, {date}, liegt in der Zukunft: Geben Sie das Datum an, das auf dem Dokument steht.</translation>
    </message>
    <message>
        <source>A document can only concern persons of this dossier.</source>
        <translation>Ein Dokument kann nur Personen dieser Akte betreffen.</translation>
    </message>
    <message>
        <source>Nothing changes: correct the kind, the date, the source, the title or the persons concerned.</source>
        <translation>Nichts ändert sich: Berichtigen Sie die Art, das Datum, den Absender, den Titel oder die betroffenen Personen.</translation>
    </message>
    <message>
        <source>This file is already attached to the dossier as “{title}”.</source>
        <translation>Diese Datei ist der Akte bereits als „{title}“ beigefügt.</translation>
    </message>
    <message>
        <source>This document was withdrawn on {date}: it stays in the list as withdrawn, as it was.</source>
        <translation>Dieses Dokument wurde am {date} zurückgezogen: Es bleibt unverändert als zurückgezogen in der Liste.</translation>
    </message>
    <message>
        <source>Say why the document is withdrawn (e.g. attached to the wrong dossier, replaced by a newer one).</source>
        <translation>Geben Sie an, warum das Dokument zurückgezogen wird (z. B. der falschen Akte beigefügt, durch ein neueres ersetzt).</translation>
    </message>
    <message>
        <source>The date of withdrawal {date} is in the future.</source>
        <translation>Das Datum des Zurückziehens, {date}, liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The file of this document was deleted when a person it concerned was anonymised (art. 7): only its description remains.</source>
        <translation>Die Datei dieses Dokuments wurde gelöscht, als eine betroffene Person anonymisiert wurde (Art. 7): Nur seine Beschreibung bleibt.</translation>
    </message>
    <message>
        <source>The file of this document has not reached this computer yet. Sync with the ONE server to fetch it.</source>
        <translation>Die Datei dieses Dokuments ist noch nicht auf diesem Computer angekommen. Synchronisieren Sie mit dem Server des ONE, um sie zu erhalten.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>&amp;Add a document…</source>
        <translation>Unterlage &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Berichtigen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>Documents of the dossier</source>
        <translation>Unterlagen der Akte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>deleted (art. 7)</source>
        <translation>gelöscht (Art. 7)</translation>
    </message>
    <message>
        <source>{date}: {reason}</source>
        <translation>{date}: {reason}</translation>
    </message>
    <message>
        <source>the family</source>
        <translation>die Familie</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <source>review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>revocation</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>plan confirmed</source>
        <translation>Plan bestätigt</translation>
    </message>
    <message>
        <source>a new version of the plan</source>
        <translation>eine neue Version des Plans</translation>
    </message>
    <message>
        <source>plan revoked</source>
        <translation>Plan widerrufen</translation>
    </message>
    <message>
        <source>request withdrawn</source>
        <translation>Antrag zurückgezogen</translation>
    </message>
    <message>
        <source>{kind} asked by {name} on {date} (version {number})</source>
        <translation>{kind} beantragt von {name} am {date} (Version {number})</translation>
    </message>
    <message>
        <source>Type the time as hours and minutes, e.g. 14:30.</source>
        <translation>Geben Sie die Uhrzeit in Stunden und Minuten ein, z. B. 14:30.</translation>
    </message>
    <message>
        <source>Type the family name of the person who asks, as it is written in the dossier, to confirm.</source>
        <translation>Geben Sie zur Bestätigung den Familiennamen der antragstellenden Person so ein, wie er in der Akte steht.</translation>
    </message>
</context>
<context>
    <name>DossierActionsMenu</name>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Neue Anfrage…</translation>
    </message>
    <message>
        <source>&amp;Contact note…</source>
        <translation>&amp;Kontaktnotiz…</translation>
    </message>
    <message>
        <source>&amp;Review or revocation requested…</source>
        <translation>Antrag auf Über&amp;prüfung oder Widerruf…</translation>
    </message>
    <message>
        <source>&amp;Answer a request for review or revocation…</source>
        <translation>Antrag &amp;beantworten (Überprüfung oder Widerruf)…</translation>
    </message>
    <message>
        <source>Plan re&amp;viewed without change…</source>
        <translation>Plan &amp;ohne Änderung überprüft…</translation>
    </message>
    <message>
        <source>&amp;Discard the version ready to sign…</source>
        <translation>Unterschriftsbereite Version &amp;verwerfen…</translation>
    </message>
    <message>
        <source>&amp;Signed scans…</source>
        <translation>Unterschriebene &amp;Scans…</translation>
    </message>
    <message>
        <source>Re&amp;open the dossier…</source>
        <translation>Akte &amp;wieder eröffnen…</translation>
    </message>
    <message>
        <source>Anon&amp;ymise a person of age (art. 7)…</source>
        <translation>Volljährige Person anon&amp;ymisieren (Art. 7)…</translation>
    </message>
    <message>
        <source>The dossier is closed: reopen it first.</source>
        <translation>Die Akte ist abgeschlossen: Eröffnen Sie sie zuerst wieder.</translation>
    </message>
    <message>
        <source>Only once a plan version is ready to sign, signed or in force.</source>
        <translation>Erst wenn eine Version des Plans unterschriftsbereit, unterschrieben oder in Kraft ist.</translation>
    </message>
    <message>
        <source>No request for review or revocation is waiting for an answer.</source>
        <translation>Kein Antrag auf Überprüfung oder Widerruf wartet auf eine Antwort.</translation>
    </message>
    <message>
        <source>Only for a plan in force.</source>
        <translation>Nur für einen Plan, der in Kraft ist.</translation>
    </message>
    <message>
        <source>Only for a version ready to sign that nobody signed yet.</source>
        <translation>Nur für eine unterschriftsbereite Version, die noch niemand unterschrieben hat.</translation>
    </message>
    <message>
        <source>No scan of signed pages is attached to this dossier.</source>
        <translation>Dieser Akte ist kein Scan unterschriebener Seiten beigefügt.</translation>
    </message>
    <message>
        <source>The dossier is open.</source>
        <translation>Die Akte ist offen.</translation>
    </message>
    <message>
        <source>Only a child or young adult of the dossier who is of age may ask for the anonymisation of their data (art. 7).</source>
        <translation>Nur ein volljähriges Kind oder ein junger Erwachsener der Akte kann die Anonymisierung seiner Daten beantragen (Art. 7).</translation>
    </message>
</context>
<context>
    <name>DossierDocuments</name>
    <message>
        <source>Overview for a case conference…</source>
        <extracomment>The plan versions' entries, newest first (the self-test opens the first).</extracomment>
        <translation>Übersicht für eine Fallbesprechung…</translation>
    </message>
    <message>
        <source>Intervention plan, version {number}…</source>
        <translation>Hilfeplan, Version {number}…</translation>
    </message>
    <message>
        <source>Invitation to the case conference of {date}…</source>
        <translation>Einladung zur Fallbesprechung vom {date}…</translation>
    </message>
    <message>
        <source>Minutes of the case conference of {date}…</source>
        <translation>Protokoll der Fallbesprechung vom {date}…</translation>
    </message>
    <message>
        <source>Chronology of the dossier…</source>
        <translation>Chronologie der Akte…</translation>
    </message>
    <message>
        <source>Letter to send…</source>
        <translation>Zu sendender Brief…</translation>
    </message>
    <message>
        <source>The dossier for the family (art. 7)…</source>
        <translation>Die Akte für die Familie (Art. 7)…</translation>
    </message>
    <message>
        <source>Closure letter to the family…</source>
        <translation>Abschlussschreiben an die Familie…</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <source>Dossier {number}</source>
        <extracomment>The overview's next action asks for a step's wizard: (case id, step). The detail whose tabs after the overview are still to build (``_complete``), and the groups of tabs left to add (None once every tab is built and set).</extracomment>
        <translation>Akte {number}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Dossier tabs</source>
        <translation>Registerkarten der Akte</translation>
    </message>
    <message>
        <source>Genogram</source>
        <translation>Genogramm</translation>
    </message>
    <message>
        <source>Genogram of the family</source>
        <translation>Genogramm der Familie</translation>
    </message>
    <message>
        <source>Ecomap</source>
        <translation>Ökogramm</translation>
    </message>
    <message>
        <source>Ecomap of the family and professionals</source>
        <translation>Ökogramm der Familie und der Fachkräfte</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>Link two persons…</source>
        <translation>Zwei Personen verknüpfen…</translation>
    </message>
    <message>
        <source>Add a stakeholder…</source>
        <translation>Beteiligte Fachkraft hinzufügen…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Berichtigen…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Print the drawing…</source>
        <translation>Zeichnung drucken…</translation>
    </message>
    <message>
        <source>Save the drawing as PDF…</source>
        <translation>Zeichnung als PDF speichern…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Sync conflicts…</source>
        <translation>Synchronisationskonflikte…</translation>
    </message>
    <message>
        <source>the ONE (on the server)</source>
        <extracomment>The tab bar's padding, and the current tab in the highlight colours while the tab bar has the focus (Fusion's own dotted rectangle is hard to see). The tabs after the overview are built this long after it, a group per turn of the event loop: the window's first paint comes in between, so that building and painting are short pauses, not one long. Columns fit the first rows only (the newest; the tooltip shows any longer text): measuring all 150 lines of a contact log took 5-9 ms of the tab's first show.</extracomment>
        <translation>das ONE (auf dem Server)</translation>
    </message>
    <message>
        <source>{who} (on the server)</source>
        <translation>{who} (auf dem Server)</translation>
    </message>
    <message>
        <source>{who}, under cover of {agent}</source>
        <translation>{who}, in Vertretung von {agent}</translation>
    </message>
    <message>
        <source>this computer, not yet synchronised</source>
        <translation>dieser Computer, noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Appointments and tasks…</source>
        <translation>Termine und Aufgaben…</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Berichtigen</translation>
    </message>
    <message>
        <source>A &amp;person's details…</source>
        <translation>Angaben einer &amp;Person…</translation>
    </message>
    <message>
        <source>A &amp;tie changed or ended…</source>
        <translation>Eine &amp;Beziehung ändert sich oder endet…</translation>
    </message>
    <message>
        <source>A &amp;stakeholder corrected or no longer involved…</source>
        <translation>Eine &amp;Fachkraft berichtigen oder nicht mehr beteiligt…</translation>
    </message>
    <message>
        <source>The family's document &amp;language…</source>
        <translation>&amp;Sprache der Dokumente der Familie…</translation>
    </message>
    <message>
        <source>&amp;Cancel the dossier (opened by mistake)…</source>
        <translation>Akte s&amp;tornieren (irrtümlich eröffnet)…</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Akte</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <source>Sync conflicts ({count})…</source>
        <translation>Synchronisationskonflikte ({count})…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Geboren am</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Constellation</source>
        <translation>Konstellation</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Parental authority</source>
        <translation>Elterliche Sorge</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Gesetzlicher Vertreter</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Ecomap ({count})</source>
        <translation>Ökogramm ({count})</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Wer fragt an</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Gesamtbewertung</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Schwierigkeiten</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Eigene Sicht</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Zugestimmt von</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Zeithorizont</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Achieved, abandoned or reformulated…</source>
        <translation>Erreicht, aufgegeben oder umformuliert …</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Documents of the dossier ({count})</source>
        <translation>Unterlagen der Akte ({count})</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Planned from</source>
        <translation>Geplant vom</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Interrupted since</source>
        <translation>Unterbrochen seit</translation>
    </message>
    <message>
        <source>Changed, interrupted, ended or withdrawn…</source>
        <translation>Geändert, unterbrochen, beendet oder zurückgezogen …</translation>
    </message>
    <message>
        <source>Plan</source>
        <extracomment>While the passphrase is typed, the main window is prepared in steps this far apart. PySide6's types are made a few at a time, one step per turn of the event loop (ui.qt), once the dialog is painted.</extracomment>
        <translation>Hilfeplan</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Gedruckt am</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validiert am</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>In Kraft seit</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Überprüfung bis</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Returned by the ONE</source>
        <translation>Vom ONE zurückgegeben</translation>
    </message>
    <message>
        <source>{name} ({capacity}): {signed}</source>
        <translation>{name} ({capacity}): {signed}</translation>
    </message>
    <message>
        <source>to sign</source>
        <translation>zu unterschreiben</translation>
    </message>
    <message>
        <source>{date}: {comment}</source>
        <translation>{date}: {comment}</translation>
    </message>
    <message>
        <source>Case conferences</source>
        <translation>Fallkonferenzen</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluationen</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation>Dolmetscher benötigt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Add at least two persons before linking them.</source>
        <translation>Fügen Sie mindestens zwei Personen hinzu, bevor Sie sie verknüpfen.</translation>
    </message>
    <message>
        <source>This tie has ended: it stays in the history as it was. Record a new tie if it starts again.</source>
        <translation>Diese Beziehung ist beendet: sie bleibt unverändert im Verlauf. Erfassen Sie eine neue Beziehung, wenn sie wieder beginnt.</translation>
    </message>
    <message>
        <source>The dossier has no current tie to change.</source>
        <translation>Die Akte hat keine aktuelle Beziehung, die geändert werden kann.</translation>
    </message>
    <message>
        <source>The dossier has no stakeholder to correct.</source>
        <translation>Die Akte hat keine Fachkraft, die berichtigt werden kann.</translation>
    </message>
</context>
<context>
    <name>DraftWizard</name>
    <message>
        <source>Stay at step {step}</source>
        <extracomment>Where the draft is kept: the dossier, or an intake's own id (``launch`` sets it). Closed before it was ever shown (a lock while it was being built): never shown. What finishing did (``finish_work``'s outcome), read by the main window.</extracomment>
        <translation>Bei Schritt {step} bleiben</translation>
    </message>
    <message>
        <source>Go to step {step} · {title}</source>
        <translation>Zu Schritt {step} · {title} wechseln</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Saved. The dossier stays at its step for now:</source>
        <translation>Gespeichert. Die Akte bleibt vorerst bei ihrem Schritt:</translation>
    </message>
</context>
<context>
    <name>DropTaskDialog</name>
    <message>
        <source>Drop the task</source>
        <translation>Aufgabe verwerfen</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
</context>
<context>
    <name>EcomapScene</name>
    <message>
        <source>The family</source>
        <translation>Die Familie</translation>
    </message>
    <message>
        <source>No stakeholder is recorded in this dossier yet.</source>
        <translation>In dieser Akte ist noch keine beteiligte Fachkraft erfasst.</translation>
    </message>
    <message>
        <source>Ecomap — dossier {number}</source>
        <translation>Ökogramm — Akte {number}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this computer</source>
        <translation>Diesen Computer registrieren</translation>
    </message>
    <message>
        <source>Welcome to cpi-terrain</source>
        <translation>Willkommen bei cpi-terrain</translation>
    </message>
    <message>
        <source>Your caseload is created and encrypted. Now connect this computer to your office's ONE server, with your ONE login: it then sends your dossiers here. Do it at the office; you can also do it later with Synchronise.</source>
        <translation>Ihr verschlüsselter Aktenbestand ist angelegt. Verbinden Sie diesen Computer jetzt mit dem Server des ONE in Ihrem Büro, mit Ihrer Anmeldung beim ONE: Er schickt Ihre Akten hierher. Tun Sie es im Büro; Sie können es auch später mit „Synchronisieren“ tun.</translation>
    </message>
    <message>
        <source>At the office, with your ONE login: the server then knows this computer and sends it your caseload.</source>
        <translation>Im Büro, mit Ihrer Anmeldung beim ONE: Der Server kennt dann diesen Computer und schickt ihm Ihre Akten.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <source>The one-time code the ONE's IT gave you with this computer.</source>
        <translation>Der Einmalcode, den Ihnen die IT-Abteilung des ONE mit diesem Computer gegeben hat.</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Enrolment code</source>
        <translation>&amp;Registrierungscode</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Neues Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Computer name</source>
        <translation>&amp;Computername</translation>
    </message>
    <message>
        <source>The enrolment code comes from the ONE's IT with this computer: it works once, for a few days.</source>
        <translation>Den Registrierungscode erhalten Sie von der IT-Abteilung des ONE mit diesem Computer: Er gilt einmal und nur wenige Tage.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>The server address is not valid: write it whole, for example https://cpi.one.lu.</source>
        <translation>Die Serveradresse ist ungültig: Schreiben Sie sie vollständig, zum Beispiel https://cpi.one.lu.</translation>
    </message>
    <message>
        <source>Write your login and your password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Write the enrolment code the ONE's IT gave you with this computer.</source>
        <translation>Geben Sie den Registrierungscode ein, den Ihnen die IT-Abteilung des ONE mit diesem Computer gegeben hat.</translation>
    </message>
    <message>
        <source>Give this computer a name (the ONE sees it in its list).</source>
        <translation>Geben Sie diesem Computer einen Namen (das ONE sieht ihn in seiner Liste).</translation>
    </message>
</context>
<context>
    <name>EvaluationWizard</name>
    <message>
        <source>Step 7 · Evaluation</source>
        <translation>Schritt 7 · Evaluation</translation>
    </message>
    <message>
        <source>Recording the evaluation</source>
        <translation>Speichern der Evaluation</translation>
    </message>
    <message>
        <source>Finishing records the evaluation and moves the dossier as concluded: back to step 3 or 4 to change the plan, or to the step chosen when the aid goes on.</source>
        <translation>Fertigstellen speichert die Evaluation und führt die Akte gemäß dem Ergebnis weiter: zurück zu Schritt 3 oder 4, um den Plan zu ändern, oder zum gewählten Schritt, wenn die Hilfe weitergeht.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Progress and measures</source>
        <translation>Fortschritt und Maßnahmen</translation>
    </message>
    <message>
        <source>Rate at least one objective; comments are in your words.</source>
        <translation>Bewerten Sie mindestens ein Ziel; Kommentare in Ihren Worten.</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Veränderung</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>ein wenig</translation>
    </message>
    <message>
        <source>halfway</source>
        <translation>halb erreicht</translation>
    </message>
    <message>
        <source>nearly</source>
        <translation>fast</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>ausreichend</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>sehr gut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Efficacy</source>
        <translation>Wirksamkeit</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>No active objective: set one at step 2.</source>
        <translation>Kein aktives Ziel: Legen Sie eines in Schritt 2 fest.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>When the aid goes on</source>
        <translation>Wenn die Hilfe weitergeht</translation>
    </message>
</context>
<context>
    <name>FamilyReaderDialog</name>
    <message>
        <source>The dossier for the family</source>
        <translation>Die Akte für die Familie</translation>
    </message>
    <message>
        <source>A child's parents (with or without parental authority), their guardian or legal representative, the child able to judge and the beneficiary of age may read the dossier (art. 7). The consultation is recorded in the dossier's history.</source>
        <translation>Die Eltern eines Kindes (mit oder ohne elterliche Sorge), sein Vormund oder gesetzlicher Vertreter, das urteilsfähige Kind und der volljährige Begünstigte dürfen die Akte lesen (Art. 7). Die Einsichtnahme wird im Verlauf der Akte vermerkt.</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Wer fragt an</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Grund für die Beendigung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Kind of appointment</source>
        <translation>Art des Termins</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Art des Ortes</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Persons expected</source>
        <translation>Erwartete Personen</translation>
    </message>
    <message>
        <source>Stakeholders expected</source>
        <translation>Erwartete Beteiligte</translation>
    </message>
    <message>
        <source>State of the appointment</source>
        <translation>Stand des Termins</translation>
    </message>
    <message>
        <source>Why it was moved</source>
        <translation>Grund der Verschiebung</translation>
    </message>
    <message>
        <source>Why it was cancelled</source>
        <translation>Grund der Absage</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Betroffene Person</translation>
    </message>
    <message>
        <source>State of the task</source>
        <translation>Stand der Aufgabe</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Why it was dropped</source>
        <translation>Grund des Verwerfens</translation>
    </message>
    <message>
        <source>Summary of the dossier</source>
        <translation>Zusammenfassung der Akte</translation>
    </message>
    <message>
        <source>Working frame</source>
        <translation>Arbeitsrahmen</translation>
    </message>
    <message>
        <source>Frame of the aid</source>
        <translation>Rahmen der Hilfe</translation>
    </message>
    <message>
        <source>Court proceedings pending</source>
        <translation>Gerichtsverfahren anhängig</translation>
    </message>
    <message>
        <source>Date of the judicial request</source>
        <translation>Datum des gerichtlichen Ersuchens</translation>
    </message>
    <message>
        <source>Reference of the judicial request</source>
        <translation>Aktenzeichen des gerichtlichen Ersuchens</translation>
    </message>
    <message>
        <source>Agent in charge</source>
        <translation>Zuständige Fachkraft</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Role in the family</source>
        <translation>Rolle in der Familie</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Schwierigkeiten</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Own view of the person</source>
        <translation>Sicht der Person</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Zugestimmt von</translation>
    </message>
    <message>
        <source>Why it is realistic</source>
        <translation>Warum es realistisch ist</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Zeithorizont</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Note on the volume</source>
        <translation>Anmerkung zum Umfang</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Tatsächlicher Beginn</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Tatsächliches Ende</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Parental authority</source>
        <translation>Elterliche Sorge</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Gesetzlicher Vertreter</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Gegenstand der Anfrage</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation>Anmerkung zum Ergebnis</translation>
    </message>
    <message>
        <source>Name of the provider</source>
        <translation>Name des Trägers</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ortschaft</translation>
    </message>
</context>
<context>
    <name>FindVersionDialog</name>
    <message>
        <source>Find a plan version by its fingerprint</source>
        <translation>Eine Fassung des Plans über ihren Fingerabdruck finden</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Attach the scan of the signed pages…</source>
        <translation>Scan der unterschriebenen Seiten anhängen…</translation>
    </message>
    <message>
        <source>Attach a scanned signed plan by its codes…</source>
        <translation>Gescannten unterschriebenen Plan über seine Codes anhängen…</translation>
    </message>
    <message>
        <source>Dossier {number}, version {version}.</source>
        <translation>Akte {number}, Fassung {version}.</translation>
    </message>
    <message>
        <source>Scan of the signed pages</source>
        <translation>Scan der unterschriebenen Seiten</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Scan attached to version {version}.</source>
        <translation>Scan an Fassung {version} angehängt.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}.</source>
        <translation>Die Datei konnte nicht gelesen werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>FirstDownloadDialog</name>
    <message>
        <source>Your caseload is on this computer: {count} records received. You can work without network from now on; synchronise when you are back at the office.</source>
        <translation>Ihr Aktenbestand ist auf diesem Computer: {count} Datensätze empfangen. Sie können ab jetzt ohne Netz arbeiten; synchronisieren Sie, wenn Sie wieder im Büro sind.</translation>
    </message>
    <message>
        <source>The download stopped. What arrived is kept; the next attempt continues from there.</source>
        <translation>Der Download wurde unterbrochen. Was angekommen ist, bleibt erhalten; der nächste Versuch setzt dort fort.</translation>
    </message>
    <message>
        <source>Receiving your caseload: {count} records so far…</source>
        <translation>Ihr Aktenbestand wird empfangen: bisher {count} Datensätze…</translation>
    </message>
    <message>
        <source>Sending this computer's changes: {done} of {total}…</source>
        <translation>Änderungen dieses Computers werden gesendet: {done} von {total}…</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbindung zum Server…</translation>
    </message>
    <message>
        <source>First download</source>
        <translation>Erster Download</translation>
    </message>
    <message>
        <source>Your caseload is ready</source>
        <translation>Ihr Aktenbestand ist bereit</translation>
    </message>
    <message>
        <source>Downloading your caseload</source>
        <translation>Ihr Aktenbestand wird heruntergeladen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>Mit der Arbeit beginnen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Continue in the background</source>
        <translation>Im Hintergrund fortsetzen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
</context>
<context>
    <name>GenogramScene</name>
    <message>
        <source>No person is recorded in this dossier yet.</source>
        <translation>In dieser Akte ist noch keine Person erfasst.</translation>
    </message>
    <message>
        <source>Genogram — dossier {number}</source>
        <translation>Genogramm — Akte {number}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>b. {year} · {role}</source>
        <translation>geb. {year} · {role}</translation>
    </message>
    <message>
        <source>Legal representative of {names}</source>
        <translation>Gesetzlicher Vertreter von {names}</translation>
    </message>
    <message>
        <source>Holds parental authority over {names}</source>
        <translation>Hat die elterliche Sorge für {names}</translation>
    </message>
    <message>
        <source>PA</source>
        <translation>ES</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>GV</translation>
    </message>
    <message>
        <source>holds parental authority</source>
        <translation>hat die elterliche Sorge</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>gesetzlicher Vertreter</translation>
    </message>
    <message>
        <source>parent, with parental authority</source>
        <translation>Elternteil mit elterlicher Sorge</translation>
    </message>
    <message>
        <source>parent, without parental authority</source>
        <translation>Elternteil ohne elterliche Sorge</translation>
    </message>
    <message>
        <source>step-parent</source>
        <translation>Stiefelternteil</translation>
    </message>
    <message>
        <source>foster parent</source>
        <translation>Pflegeelternteil</translation>
    </message>
    <message>
        <source>guardian, legal administrator</source>
        <translation>Vormund, gesetzlicher Verwalter</translation>
    </message>
    <message>
        <source>grandparent</source>
        <translation>Großelternteil</translation>
    </message>
    <message>
        <source>couple</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>siblings (dashed: half-siblings)</source>
        <translation>Geschwister (gestrichelt: Halbgeschwister)</translation>
    </message>
    <message>
        <source>other tie</source>
        <translation>andere Beziehung</translation>
    </message>
    <message>
        <source>child or young adult (beneficiary)</source>
        <translation>Kind oder junger Erwachsener (begünstigt)</translation>
    </message>
    <message>
        <source>other relative</source>
        <translation>andere Bezugsperson</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <source>Note the appointment as held</source>
        <translation>Termin als stattgefunden notieren</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>A&amp;t</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;Mit wem</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <source>What was &amp;said or agreed</source>
        <translation>Was be&amp;sprochen oder vereinbart wurde</translation>
    </message>
    <message>
        <source>A task it &amp;leaves (optional)</source>
        <translation>Eine Aufgabe daraus (&amp;optional)</translation>
    </message>
    <message>
        <source>Task &amp;due on</source>
        <translation>Aufgabe &amp;fällig am</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>objective abandoned</source>
        <translation>Ziel aufgegeben</translation>
    </message>
    <message>
        <source>objective achieved</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>a person added</source>
        <translation>eine Person hinzugefügt</translation>
    </message>
    <message>
        <source>a stakeholder added</source>
        <translation>eine beteiligte Fachkraft hinzugefügt</translation>
    </message>
    <message>
        <source>request for review answered</source>
        <translation>Antrag auf Überprüfung beantwortet</translation>
    </message>
    <message>
        <source>assessment written</source>
        <translation>Bewertung verfasst</translation>
    </message>
    <message>
        <source>dossier cancelled (opened by mistake)</source>
        <translation>Akte storniert (irrtümlich eröffnet)</translation>
    </message>
    <message>
        <source>family tie changed</source>
        <translation>familiäre Beziehung geändert</translation>
    </message>
    <message>
        <source>dossier closed</source>
        <translation>Akte abgeschlossen</translation>
    </message>
    <message>
        <source>a person corrected</source>
        <translation>eine Person berichtigt</translation>
    </message>
    <message>
        <source>a stakeholder corrected</source>
        <translation>eine Fachkraft berichtigt</translation>
    </message>
    <message>
        <source>plan version discarded</source>
        <translation>Fassung des Hilfeplans verworfen</translation>
    </message>
    <message>
        <source>family tie ended</source>
        <translation>familiäre Beziehung beendet</translation>
    </message>
    <message>
        <source>measure ended</source>
        <translation>Maßnahme beendet</translation>
    </message>
    <message>
        <source>a stakeholder no longer involved</source>
        <translation>eine Fachkraft nicht mehr beteiligt</translation>
    </message>
    <message>
        <source>dossier exported for the family</source>
        <translation>Akte für die Familie exportiert</translation>
    </message>
    <message>
        <source>measure interrupted</source>
        <translation>Maßnahme unterbrochen</translation>
    </message>
    <message>
        <source>family link recorded</source>
        <translation>Familienbeziehung erfasst</translation>
    </message>
    <message>
        <source>contact noted</source>
        <translation>Kontakt notiert</translation>
    </message>
    <message>
        <source>plan ready to sign</source>
        <translation>Hilfeplan bereit zur Unterschrift</translation>
    </message>
    <message>
        <source>documents' language chosen</source>
        <translation>Sprache der Dokumente gewählt</translation>
    </message>
    <message>
        <source>step changed</source>
        <translation>Schritt gewechselt</translation>
    </message>
    <message>
        <source>appointment planned</source>
        <translation>Termin geplant</translation>
    </message>
    <message>
        <source>appointment corrected</source>
        <translation>Termin korrigiert</translation>
    </message>
    <message>
        <source>appointment moved</source>
        <translation>Termin verschoben</translation>
    </message>
    <message>
        <source>appointment cancelled</source>
        <translation>Termin abgesagt</translation>
    </message>
    <message>
        <source>appointment held, contact noted</source>
        <translation>Termin stattgefunden, Kontakt notiert</translation>
    </message>
    <message>
        <source>task added</source>
        <translation>Aufgabe hinzugefügt</translation>
    </message>
    <message>
        <source>task corrected</source>
        <translation>Aufgabe korrigiert</translation>
    </message>
    <message>
        <source>task done</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <source>task dropped</source>
        <translation>Aufgabe verworfen</translation>
    </message>
    <message>
        <source>a document added to the dossier</source>
        <translation>eine Unterlage zur Akte hinzugefügt</translation>
    </message>
    <message>
        <source>a person anonymised at their request (art. 7)</source>
        <translation>eine Person auf ihren Antrag anonymisiert (Art. 7)</translation>
    </message>
    <message>
        <source>a document of the dossier corrected</source>
        <translation>eine Unterlage der Akte berichtigt</translation>
    </message>
    <message>
        <source>cover ended by the office lead</source>
        <translation>Vertretung von der Büroleitung beendet</translation>
    </message>
    <message>
        <source>situation analysis recorded</source>
        <translation>Situationsanalyse erfasst</translation>
    </message>
    <message>
        <source>coordination recorded</source>
        <translation>Koordination erfasst</translation>
    </message>
    <message>
        <source>evaluation recorded and concluded</source>
        <translation>Evaluation erfasst und abgeschlossen</translation>
    </message>
    <message>
        <source>measures started or ended</source>
        <translation>Maßnahmen begonnen oder beendet</translation>
    </message>
    <message>
        <source>planning recorded</source>
        <translation>Planung erfasst</translation>
    </message>
    <message>
        <source>plan version frozen for signature</source>
        <translation>Planversion zur Unterschrift festgeschrieben</translation>
    </message>
    <message>
        <source>cover of a caseload given by the office lead</source>
        <translation>Vertretung eines Fallbestands von der Büroleitung übertragen</translation>
    </message>
    <message>
        <source>dossier opened</source>
        <translation>Akte eröffnet</translation>
    </message>
    <message>
        <source>measure planned</source>
        <translation>Maßnahme geplant</translation>
    </message>
    <message>
        <source>plan version prepared</source>
        <translation>Fassung des Hilfeplans vorbereitet</translation>
    </message>
    <message>
        <source>assessment and objectives recorded</source>
        <translation>Einschätzung und Ziele erfasst</translation>
    </message>
    <message>
        <source>case conference recorded</source>
        <translation>Fallkonferenz erfasst</translation>
    </message>
    <message>
        <source>discernment judged</source>
        <translation>Urteilsfähigkeit eingeschätzt</translation>
    </message>
    <message>
        <source>evaluation recorded</source>
        <translation>Evaluation erfasst</translation>
    </message>
    <message>
        <source>judicial request recorded</source>
        <translation>gerichtliches Ersuchen erfasst</translation>
    </message>
    <message>
        <source>plan reviewed</source>
        <translation>Hilfeplan überprüft</translation>
    </message>
    <message>
        <source>request recorded</source>
        <translation>Antrag erfasst</translation>
    </message>
    <message>
        <source>signature recorded</source>
        <translation>Unterschrift erfasst</translation>
    </message>
    <message>
        <source>signatures recorded</source>
        <translation>Unterschriften erfasst</translation>
    </message>
    <message>
        <source>objective reformulated</source>
        <translation>Ziel umformuliert</translation>
    </message>
    <message>
        <source>plan draft updated</source>
        <translation>Entwurf des Hilfeplans aktualisiert</translation>
    </message>
    <message>
        <source>dossier reopened</source>
        <translation>Akte wiedereröffnet</translation>
    </message>
    <message>
        <source>review or revocation requested</source>
        <translation>Überprüfung oder Aufhebung beantragt</translation>
    </message>
    <message>
        <source>sync conflict resolved</source>
        <translation>Synchronisationskonflikt gelöst</translation>
    </message>
    <message>
        <source>measure resumed</source>
        <translation>Maßnahme fortgesetzt</translation>
    </message>
    <message>
        <source>plan returned by the ONE</source>
        <translation>Hilfeplan vom ONE zurückgegeben</translation>
    </message>
    <message>
        <source>frame of the aid set</source>
        <translation>Rahmen der Hilfe festgelegt</translation>
    </message>
    <message>
        <source>objective set</source>
        <translation>Ziel festgelegt</translation>
    </message>
    <message>
        <source>objective status changed</source>
        <translation>Status eines Ziels geändert</translation>
    </message>
    <message>
        <source>working frame written</source>
        <translation>Arbeitsrahmen verfasst</translation>
    </message>
    <message>
        <source>measure started</source>
        <translation>Maßnahme begonnen</translation>
    </message>
    <message>
        <source>dossier given to another agent by the office lead</source>
        <translation>Akte von der Büroleitung einer anderen Fachkraft übertragen</translation>
    </message>
    <message>
        <source>notes on a person changed</source>
        <translation>Notizen zu einer Person geändert</translation>
    </message>
    <message>
        <source>planned measure changed</source>
        <translation>geplante Maßnahme geändert</translation>
    </message>
    <message>
        <source>dossier rewritten by the server after an anonymisation (art. 7)</source>
        <translation>Akte nach einer Anonymisierung vom Server umgeschrieben (Art. 7)</translation>
    </message>
    <message>
        <source>dossier given to another agent</source>
        <translation>Akte einer anderen Fachkraft übertragen</translation>
    </message>
    <message>
        <source>plan put in force by the server (signed and validated on two computers)</source>
        <translation>Projekt vom Server in Kraft gesetzt (auf zwei Computern unterschrieben und validiert)</translation>
    </message>
    <message>
        <source>plan validated by the ONE</source>
        <translation>Hilfeplan vom ONE validiert</translation>
    </message>
    <message>
        <source>a document of the dossier withdrawn</source>
        <translation>eine Unterlage der Akte zurückgezogen</translation>
    </message>
    <message>
        <source>planned measure withdrawn</source>
        <translation>geplante Maßnahme zurückgezogen</translation>
    </message>
    <message>
        <source>a change (from an older version)</source>
        <translation>eine Änderung (aus einer älteren Version)</translation>
    </message>
</context>
<context>
    <name>ImplementationWizard</name>
    <message>
        <source>Step 5 · Implementation</source>
        <translation>Schritt 5 · Umsetzung</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Finishing records the starts and ends ticked. Steps 5, 6 and 7 run side by side.</source>
        <translation>Fertigstellen speichert die angekreuzten Beginne und Enden. Die Schritte 5, 6 und 7 laufen parallel.</translation>
    </message>
    <message>
        <source>Measures starting and ending</source>
        <translation>Beginnende und endende Maßnahmen</translation>
    </message>
    <message>
        <source>Tick a measure when it starts or ends, with the real day.</source>
        <translation>Kreuzen Sie eine Maßnahme an, wenn sie beginnt oder endet, mit dem tatsächlichen Tag.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Started: {measure}</source>
        <translation>Begonnen: {measure}</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Ended: {measure}</source>
        <translation>Beendet: {measure}</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <source>Why it ends</source>
        <translation>Warum sie endet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No measure to start or end.</source>
        <translation>Keine Maßnahme zu beginnen oder zu beenden.</translation>
    </message>
</context>
<context>
    <name>IntakeDraftsDialog</name>
    <message>
        <source>(nothing typed yet)</source>
        <extracomment>How much of "what is asked" names an intake in the list.</extracomment>
        <translation>(noch nichts eingegeben)</translation>
    </message>
    <message>
        <source>Unfinished intakes</source>
        <translation>Nicht abgeschlossene Anfragen</translation>
    </message>
    <message>
        <source>&amp;Intakes started and not finished yet:</source>
        <translation>&amp;Begonnene, noch nicht abgeschlossene Anfragen:</translation>
    </message>
    <message>
        <source>&amp;Continue this intake</source>
        <translation>Diese Anfrage &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Neue Anfrage</translation>
    </message>
    <message>
        <source>&amp;Drop this intake…</source>
        <translation>Diese Anfrage &amp;verwerfen…</translation>
    </message>
    <message>
        <source>Press “Drop this intake” again to delete what was typed for “{title}”: it cannot be recovered.</source>
        <translation>Drücken Sie erneut auf „Diese Anfrage verwerfen“, um das für „{title}“ Eingegebene zu löschen: es kann nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>draft</source>
        <extracomment>Keyed by (enum, member): members of different enums with the same value ("child" is a person's role and a signatory's capacity) compare equal and would overwrite each other.</extracomment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>ready to sign</source>
        <translation>bereit zur Unterschrift</translation>
    </message>
    <message>
        <source>signed, awaiting validation</source>
        <translation>unterschrieben, Validierung ausstehend</translation>
    </message>
    <message>
        <source>validated, awaiting signatures</source>
        <translation>validiert, Unterschriften ausstehend</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in Kraft</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>discarded before signature</source>
        <translation>vor der Unterschrift verworfen</translation>
    </message>
    <message>
        <source>returned by the ONE</source>
        <translation>vom ONE zurückgegeben</translation>
    </message>
    <message>
        <source>short term</source>
        <translation>kurzfristig</translation>
    </message>
    <message>
        <source>medium term</source>
        <translation>mittelfristig</translation>
    </message>
    <message>
        <source>long term</source>
        <translation>langfristig</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>reformulated</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>fortsetzen</translation>
    </message>
    <message>
        <source>re-plan the measures</source>
        <translation>Maßnahmen neu planen</translation>
    </message>
    <message>
        <source>rewrite the plan</source>
        <translation>Hilfeplan neu fassen</translation>
    </message>
    <message>
        <source>close</source>
        <translation>abschließen</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>Hausbesuch</translation>
    </message>
    <message>
        <source>meeting at the office</source>
        <translation>Gespräch im Büro</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>meeting elsewhere</source>
        <translation>Treffen an anderem Ort</translation>
    </message>
    <message>
        <source>objectives reached</source>
        <translation>Ziele erreicht</translation>
    </message>
    <message>
        <source>the family ended the aid</source>
        <translation>die Familie hat die Hilfe beendet</translation>
    </message>
    <message>
        <source>taken over by the judicial authority (art. 5)</source>
        <translation>von der Justizbehörde übernommen (Art. 5)</translation>
    </message>
    <message>
        <source>moved abroad</source>
        <translation>ins Ausland gezogen</translation>
    </message>
    <message>
        <source>the young adult turned 27 (art. 3)</source>
        <translation>der junge Erwachsene ist 27 geworden (Art. 3)</translation>
    </message>
    <message>
        <source>handed over to another service</source>
        <translation>an einen anderen Dienst übergeben</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>anderer Grund</translation>
    </message>
    <message>
        <source>child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>young adult</source>
        <translation>junger Erwachsener</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>Elternteil</translation>
    </message>
    <message>
        <source>other relative</source>
        <translation>andere Bezugsperson</translation>
    </message>
    <message>
        <source>parent of</source>
        <translation>Elternteil von</translation>
    </message>
    <message>
        <source>step-parent of</source>
        <translation>Stiefelternteil von</translation>
    </message>
    <message>
        <source>foster parent of</source>
        <translation>Pflegeelternteil von</translation>
    </message>
    <message>
        <source>grandparent of</source>
        <translation>Großelternteil von</translation>
    </message>
    <message>
        <source>sibling of</source>
        <translation>Geschwister von</translation>
    </message>
    <message>
        <source>half-sibling of</source>
        <translation>Halbgeschwister von</translation>
    </message>
    <message>
        <source>guardian of</source>
        <translation>Vormund von</translation>
    </message>
    <message>
        <source>legal administrator of</source>
        <translation>gesetzlicher Verwalter von</translation>
    </message>
    <message>
        <source>partner of</source>
        <translation>Partner von</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>verbunden mit</translation>
    </message>
    <message>
        <source>telephone permanence</source>
        <translation>Telefonbereitschaft</translation>
    </message>
    <message>
        <source>Tuesday walk-in permanence</source>
        <translation>Dienstagssprechstunde</translation>
    </message>
    <message>
        <source>letter or e-mail</source>
        <translation>Brief oder E-Mail</translation>
    </message>
    <message>
        <source>referral by the school</source>
        <translation>Meldung durch die Schule</translation>
    </message>
    <message>
        <source>referral by a doctor</source>
        <translation>Meldung durch einen Arzt</translation>
    </message>
    <message>
        <source>referral by the youth court</source>
        <translation>Befassung durch das Jugendgericht</translation>
    </message>
    <message>
        <source>referral by another professional</source>
        <translation>Meldung durch eine andere Fachkraft</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>das Kind</translation>
    </message>
    <message>
        <source>the young adult</source>
        <translation>der junge Erwachsene</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>ein Elternteil</translation>
    </message>
    <message>
        <source>the legal representative</source>
        <translation>der gesetzliche Vertreter</translation>
    </message>
    <message>
        <source>another relative</source>
        <translation>eine andere Bezugsperson</translation>
    </message>
    <message>
        <source>a professional</source>
        <translation>eine Fachkraft</translation>
    </message>
    <message>
        <source>the judicial authority</source>
        <translation>die Justizbehörde</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>gesetzlicher Vertreter</translation>
    </message>
    <message>
        <source>child able to judge</source>
        <translation>urteilsfähiges Kind</translation>
    </message>
    <message>
        <source>project coordinator (CPI)</source>
        <translation>Koordinator des Interventionsprojekts (CPI)</translation>
    </message>
    <message>
        <source>regional office staff</source>
        <translation>Personal des Regionalbüros</translation>
    </message>
    <message>
        <source>head of the regional office</source>
        <translation>Leitung des Regionalbüros</translation>
    </message>
    <message>
        <source>validator of the ONE</source>
        <translation>Validator des ONE</translation>
    </message>
    <message>
        <source>administrator of the ONE</source>
        <translation>Administrator des ONE</translation>
    </message>
    <message>
        <source>school</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>doctor</source>
        <translation>Arzt</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>Psychologe</translation>
    </message>
    <message>
        <source>social service</source>
        <translation>Sozialdienst</translation>
    </message>
    <message>
        <source>youth court</source>
        <translation>Jugendgericht</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Leistungserbringer</translation>
    </message>
    <message>
        <source>other professional</source>
        <translation>andere Fachkraft</translation>
    </message>
    <message>
        <source>court order</source>
        <translation>Gerichtsbeschluss</translation>
    </message>
    <message>
        <source>report from the school</source>
        <translation>Bericht der Schule</translation>
    </message>
    <message>
        <source>medical report</source>
        <translation>ärztlicher Bericht</translation>
    </message>
    <message>
        <source>report from a provider</source>
        <translation>Bericht eines Trägers</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>Ausweisdokument</translation>
    </message>
    <message>
        <source>letter received</source>
        <translation>eingegangener Brief</translation>
    </message>
    <message>
        <source>other document</source>
        <translation>anderes Dokument</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter to send</source>
        <translation>Zu sendender Brief</translation>
    </message>
    <message>
        <source>Invitation to a meeting</source>
        <translation>Einladung zu einem Gespräch</translation>
    </message>
    <message>
        <source>Confirmation of a home visit</source>
        <translation>Bestätigung eines Hausbesuchs</translation>
    </message>
    <message>
        <source>Request for a report (school, provider)</source>
        <translation>Bitte um einen Bericht (Schule, Träger)</translation>
    </message>
    <message>
        <source>Letter to the family after a case conference</source>
        <translation>Brief an die Familie nach einer Fallbesprechung</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Brief</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>&amp;Day (meeting, visit, report due, conference)</source>
        <translation>&amp;Tag (Gespräch, Besuch, Bericht fällig, Fallbesprechung)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Hour</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>School or provider asked for a report</source>
        <translation>Schule oder Träger, der um einen Bericht gebeten wird</translation>
    </message>
    <message>
        <source>&amp;To (report request)</source>
        <translation>&amp;An (Bitte um einen Bericht)</translation>
    </message>
    <message>
        <source>Its postal address</source>
        <translation>Dessen Postanschrift</translation>
    </message>
    <message>
        <source>Its postal &amp;address</source>
        <translation>Dessen &amp;Postanschrift</translation>
    </message>
    <message>
        <source>Whom the report is about</source>
        <translation>Person, über die berichtet wird</translation>
    </message>
    <message>
        <source>Report a&amp;bout</source>
        <translation>Bericht ü&amp;ber</translation>
    </message>
    <message>
        <source>A paragraph of your own</source>
        <translation>Ein eigener Absatz</translation>
    </message>
    <message>
        <source>&amp;Your paragraph</source>
        <translation>&amp;Ihr Absatz</translation>
    </message>
    <message>
        <source>The letter is written in the dossier's language, to the parents and young adults at their postal addresses (a report request: to the school or provider), and noted in the contact log.</source>
        <translation>Der Brief wird in der Sprache der Akte verfasst, an die Eltern und jungen Erwachsenen unter ihrer Postanschrift (eine Bitte um einen Bericht: an die Schule oder den Träger), und im Kontaktprotokoll vermerkt.</translation>
    </message>
</context>
<context>
    <name>LimitCounter</name>
    <message>
        <source>{length} characters of {limit} at most: remove {extra}.</source>
        <extracomment>The colour of error texts (ui.unlock_dialog.ERROR_STYLE): 4.5:1 or more on white. Below this share of the limit the counter stays quiet (shown, greyed).</extracomment>
        <translation>{length} von höchstens {limit} Zeichen: entfernen Sie {extra}.</translation>
    </message>
    <message>
        <source>{length} characters of {limit} at most.</source>
        <translation>{length} von höchstens {limit} Zeichen.</translation>
    </message>
</context>
<context>
    <name>LinkPersonsDialog</name>
    <message>
        <source>Link two persons</source>
        <translation>Zwei Personen verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Beziehung</translation>
    </message>
    <message>
        <source>&amp;Other person</source>
        <translation>&amp;Andere Person</translation>
    </message>
    <message>
        <source>Parental &amp;authority</source>
        <translation>Elterliche &amp;Sorge</translation>
    </message>
    <message>
        <source>holds parental authority over this person</source>
        <translation>hat die elterliche Sorge für diese Person</translation>
    </message>
    <message>
        <source>Legal &amp;representative</source>
        <translation>Gesetzlicher &amp;Vertreter</translation>
    </message>
    <message>
        <source>is this person's legal representative</source>
        <translation>ist gesetzlicher Vertreter dieser Person</translation>
    </message>
    <message>
        <source>{person} is {relationship} {other}.</source>
        <translation>{person} ist {relationship} {other}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cpi-terrain — My caseload</source>
        <translation>cpi-terrain — Meine Akten</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Akten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Work on the step…</source>
        <translation>Am Schritt arbeiten…</translation>
    </message>
    <message>
        <source>New dossier…</source>
        <translation>Neue Akte…</translation>
    </message>
    <message>
        <source>Close the dossier…</source>
        <translation>Akte abschließen…</translation>
    </message>
    <message>
        <source>Find a version by its fingerprint…</source>
        <translation>Fassung über ihren Fingerabdruck finden…</translation>
    </message>
    <message>
        <source>Plans awaiting validation…</source>
        <translation>Zu validierende Hilfepläne…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Documents of the caseload</source>
        <translation>Dokumente über alle Akten</translation>
    </message>
    <message>
        <source>This &amp;week: appointments and tasks…</source>
        <translation>Diese &amp;Woche: Termine und Aufgaben…</translation>
    </message>
    <message>
        <source>E&amp;xport to the office calendar (.ics)…</source>
        <translation>In den Bürokalender e&amp;xportieren (.ics)…</translation>
    </message>
    <message>
        <source>Office lead: dossiers, escalations, cover…</source>
        <translation>Büroleitung: Akten, Eskalationen, Vertretungen…</translation>
    </message>
    <message>
        <source>Provider directory…</source>
        <translation>Verzeichnis der Leistungserbringer…</translation>
    </message>
    <message>
        <source>National lists…</source>
        <translation>Nationale Listen…</translation>
    </message>
    <message>
        <source>Demo caseload: every family here is invented.</source>
        <translation>Demo-Akten: Alle angezeigten Familien sind erfunden.</translation>
    </message>
    <message>
        <source>This caseload is protected by the passphrase alone (no system keyring).</source>
        <translation>Diese Akten sind nur durch die Passphrase geschützt (kein System-Schlüsselbund).</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>In den Akten suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>One failed unlock attempt since the last opening.</source>
        <translation>Ein fehlgeschlagener Entsperrversuch seit dem letzten Öffnen.</translation>
    </message>
    <message>
        <source>Calendar saved.</source>
        <translation>Kalender gespeichert.</translation>
    </message>
    <message>
        <source>1 open dossier</source>
        <translation>1 offene Akte</translation>
    </message>
    <message>
        <source>Search a name, a dossier number or a word written in a dossier…</source>
        <translation>Namen, Aktennummer oder ein in einer Akte geschriebenes Wort suchen…</translation>
    </message>
    <message>
        <source>Filter by step</source>
        <translation>Nach Schritt filtern</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Alle Schritte</translation>
    </message>
    <message>
        <source>Filter by office</source>
        <translation>Nach Regionalbüro filtern</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Alle Büros</translation>
    </message>
    <message>
        <source>With alerts only</source>
        <translation>Nur mit Hinweisen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation>Sch&amp;ritt:</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>Regional&amp;büro:</translation>
    </message>
    <message>
        <source>Show c&amp;losed dossiers</source>
        <translation>Abgeschlossene Akten &amp;zeigen</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>{count} failed unlock attempts since the last opening.</source>
        <translation>{count} fehlgeschlagene Entsperrversuche seit dem letzten Öffnen.</translation>
    </message>
    <message>
        <source>{count} open dossiers</source>
        <translation>{count} offene Akten</translation>
    </message>
    <message>
        <source>Select a dossier first.</source>
        <translation>Wählen Sie zuerst eine Akte aus.</translation>
    </message>
    <message>
        <source>… and {count} more: filter the caseload by alerts.</source>
        <translation>… und {count} weitere: Filtern Sie die Akten nach Hinweisen.</translation>
    </message>
    <message>
        <source>Nothing falls due this week.</source>
        <translation>Diese Woche ist nichts fällig.</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Go to the caseload</source>
        <translation>Zu den Akten</translation>
    </message>
    <message>
        <source>Go to this week's list</source>
        <translation>Zur Wochenliste</translation>
    </message>
    <message>
        <source>Office deadlines…</source>
        <translation>Fristen des Büros…</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Akte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>cpi-terrain</source>
        <translation>cpi-terrain</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>What becomes of a measure</source>
        <translation>Was aus einer Maßnahme wird</translation>
    </message>
    <message>
        <source>changed before it starts</source>
        <translation>vor Beginn geändert</translation>
    </message>
    <message>
        <source>withdrawn (it will not start)</source>
        <translation>zurückgezogen (sie beginnt nicht)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>resumed after the interruption</source>
        <translation>nach der Unterbrechung wieder aufgenommen</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>What &amp;happens</source>
        <translation>&amp;Was geschieht</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Träger</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Menge</translation>
    </message>
    <message>
        <source>Planned &amp;from</source>
        <translation>Geplant &amp;vom</translation>
    </message>
    <message>
        <source>Planned &amp;to</source>
        <translation>Geplant &amp;bis</translation>
    </message>
    <message>
        <source>&amp;On (or from)</source>
        <translation>&amp;Am (oder ab)</translation>
    </message>
    <message>
        <source>&amp;End of the pause known</source>
        <translation>&amp;Ende der Unterbrechung bekannt</translation>
    </message>
    <message>
        <source>the interruption already has its end date</source>
        <translation>die Unterbrechung hat bereits ihr Enddatum</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Bis &amp;zum</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>{measure} for {person}, by {provider}, planned {start} to {end}</source>
        <translation>{measure} für {person}, durch {provider}, geplant vom {start} bis {end}</translation>
    </message>
    <message>
        <source>Started on {date}.</source>
        <translation>Begonnen am {date}.</translation>
    </message>
    <message>
        <source>Interrupted since {date}: {reason}</source>
        <translation>Unterbrochen seit {date}: {reason}</translation>
    </message>
    <message>
        <source>agrément {number}</source>
        <translation>Zulassung {number}</translation>
    </message>
    <message>
        <source>no agrément</source>
        <translation>ohne Zulassung</translation>
    </message>
</context>
<context>
    <name>MoveAppointmentDialog</name>
    <message>
        <source>Move the appointment</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
</context>
<context>
    <name>NationalListsDialog</name>
    <message>
        <source>National lists</source>
        <extracomment>Reference days offered before the latest one (two years of lists). The preview opened with the server's document (the main window closes it at the lock).</extracomment>
        <translation>Nationale Listen</translation>
    </message>
    <message>
        <source>The ONE server draws up these documents for every regional office from what the laptops synchronised. This computer must reach it.</source>
        <translation>Der Server des ONE erstellt diese Dokumente für alle Regionalbüros aus dem, was die Laptops synchronisiert haben. Dieser Computer muss ihn erreichen können.</translation>
    </message>
    <message>
        <source>Semester placement list (art. 6)</source>
        <translation>Halbjährliche Unterbringungsliste (Art. 6)</translation>
    </message>
    <message>
        <source>Anonymised statistics (art. 7)</source>
        <translation>Anonymisierte Statistik (Art. 7)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>&amp;Reference day</source>
        <translation>&amp;Stichtag</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vom</translation>
    </message>
    <message>
        <source>&amp;Until (included)</source>
        <translation>&amp;Bis (einschließlich)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Get it from the server</source>
        <translation>Vom Server abrufen</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose its dates again.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie seine Daten neu.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Eingegangen am</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>someone else (type the name below)</source>
        <translation>jemand anderes (Namen unten eingeben)</translation>
    </message>
    <message>
        <source>Who &amp;asks</source>
        <translation>&amp;Wer beantragt</translation>
    </message>
    <message>
        <source>As &amp;whom</source>
        <translation>&amp;In welcher Eigenschaft</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>e.g. Mrs Muller, teacher at the Brill school</source>
        <translation>z. B. Frau Muller, Lehrerin an der Brill-Schule</translation>
    </message>
    <message>
        <source>What is as&amp;ked</source>
        <translation>Was beantragt wi&amp;rd</translation>
    </message>
    <message>
        <source>A young adult (18 to 26) is helped only on her or his own request (art. 1): recorded as a young adult's request, it lets this person be a beneficiary of the next plan.</source>
        <translation>Ein junger Erwachsener (18 bis 26 Jahre) erhält Hilfe nur auf eigenen Antrag (Art. 1): Als Antrag eines jungen Erwachsenen erfasst, kann diese Person Begünstigte des nächsten Plans sein.</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>What becomes of an objective</source>
        <translation>Was aus einem Ziel wird</translation>
    </message>
    <message>
        <source>“{objective}” for {person}, due on {date}</source>
        <translation>„{objective}“ für {person}, fällig am {date}</translation>
    </message>
    <message>
        <source>no one named</source>
        <translation>niemand benannt</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>reformulated (a new SMART wording)</source>
        <translation>umformuliert (eine neue SMART-Formulierung)</translation>
    </message>
    <message>
        <source>What &amp;happens</source>
        <translation>&amp;Was geschieht</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>e.g. what the evaluation of 3 March showed</source>
        <translation>z. B. was die Auswertung vom 3. März gezeigt hat</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Für</translation>
    </message>
    <message>
        <source>New &amp;wording</source>
        <translation>&amp;Neue Formulierung</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indikator</translation>
    </message>
    <message>
        <source>Accepted &amp;by</source>
        <translation>Zugestimmt &amp;von</translation>
    </message>
    <message>
        <source>Why it is rea&amp;listic</source>
        <translation>Warum es rea&amp;listisch ist</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>Fällig a&amp;m</translation>
    </message>
    <message>
        <source>Hori&amp;zon</source>
        <translation>&amp;Zeithorizont</translation>
    </message>
</context>
<context>
    <name>OfficeDeadlinesWindow</name>
    <message>
        <source>Reviews due within 30 days</source>
        <extracomment>The case id of the row activated: the main window opens that dossier.</extracomment>
        <translation>Überprüfungen in den nächsten 30 Tagen</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Überfällige Überprüfungen</translation>
    </message>
    <message>
        <source>Escalations (overdue for more than 30 days)</source>
        <translation>Eskalationen (seit über 30 Tagen überfällig)</translation>
    </message>
    <message>
        <source>Young adults turning 27</source>
        <translation>Junge Erwachsene, die 27 werden</translation>
    </message>
    <message>
        <source>Office deadlines</source>
        <translation>Fristen des Büros</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>Regional&amp;büro:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Alle Büros</translation>
    </message>
    <message>
        <source>Print…/Save as PDF…</source>
        <translation>Drucken…/Als PDF speichern…</translation>
    </message>
    <message>
        <source>Print or save the current list as PDF</source>
        <translation>Die angezeigte Liste drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>Deadline lists</source>
        <translation>Fristenlisten</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Hilfeplanversion</translation>
    </message>
    <message>
        <source>Turns 27 on</source>
        <translation>Wird 27 am</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>{days} day(s) late</source>
        <translation>{days} Tag(e) überfällig</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>in {days} day(s)</source>
        <translation>in {days} Tag(en)</translation>
    </message>
</context>
<context>
    <name>OfficeDocuments</name>
    <message>
        <source>Semester placement list of {date} (art. 6)…</source>
        <translation>Halbjährliche Unterbringungsliste zum {date} (Art. 6)…</translation>
    </message>
    <message>
        <source>Anonymised statistics (art. 7)…</source>
        <translation>Anonymisierte Statistik (Art. 7)…</translation>
    </message>
</context>
<context>
    <name>OfficeLead</name>
    <message>
        <source>Choose a dossier and an agent.</source>
        <translation>Wählen Sie eine Akte und eine Fachkraft.</translation>
    </message>
    <message>
        <source>Choose the agent away and the colleague.</source>
        <translation>Wählen Sie die abwesende Fachkraft und die vertretende Person.</translation>
    </message>
</context>
<context>
    <name>OfficeLeadWindow</name>
    <message>
        <source>Office lead</source>
        <extracomment>The case id of the row activated: the main window opens that dossier. The office's deadline lists asked for: the main window opens them.</extracomment>
        <translation>Büroleitung</translation>
    </message>
    <message>
        <source>&amp;Give a dossier to another agent…</source>
        <translation>Akte einer anderen Fachkraft &amp;übertragen…</translation>
    </message>
    <message>
        <source>Give &amp;cover of a caseload…</source>
        <translation>&amp;Vertretung übertragen…</translation>
    </message>
    <message>
        <source>Office &amp;deadlines…</source>
        <translation>&amp;Fristen des Büros…</translation>
    </message>
    <message>
        <source>&amp;End this cover</source>
        <translation>Vertretung &amp;beenden</translation>
    </message>
    <message>
        <source>End the selected cover</source>
        <translation>Die gewählte Vertretung beenden</translation>
    </message>
    <message>
        <source>The office's lists</source>
        <translation>Die Listen des Büros</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Akten</translation>
    </message>
    <message>
        <source>Agents and their number of dossiers</source>
        <translation>Die Fachkräfte und ihre Anzahl Akten</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Transfer asked</source>
        <translation>Übertragung beantragt an</translation>
    </message>
    <message>
        <source>The agent's dossiers</source>
        <translation>Die Akten der Fachkraft</translation>
    </message>
    <message>
        <source>Version of the plan</source>
        <translation>Version des Plans</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Überfällige Überprüfungen</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Rule that stops it</source>
        <translation>Blockierende Regel</translation>
    </message>
    <message>
        <source>Dossiers a rule stops</source>
        <translation>Von einer Regel blockierte Akten</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Ready since</source>
        <translation>Bereit seit</translation>
    </message>
    <message>
        <source>Plans waiting for signature or validation</source>
        <translation>Pläne, die auf Unterschrift oder Validierung warten</translation>
    </message>
    <message>
        <source>Agent away</source>
        <translation>Abwesende Fachkraft</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Vertreten durch</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vom</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Covers in place</source>
        <translation>Laufende Vertretungen</translation>
    </message>
    <message>
        <source>Dossiers per agent</source>
        <translation>Akten pro Fachkraft</translation>
    </message>
    <message>
        <source>Blocked dossiers</source>
        <translation>Blockierte Akten</translation>
    </message>
    <message>
        <source>Plans waiting</source>
        <translation>Wartende Pläne</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Vertretungen</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>{days} day(s) late</source>
        <translation>{days} Tag(e) überfällig</translation>
    </message>
    <message>
        <source>the ONE's validation</source>
        <translation>die Validierung durch das ONE</translation>
    </message>
    <message>
        <source>signatures (validated)</source>
        <translation>die Unterschriften (validiert)</translation>
    </message>
    <message>
        <source>signatures</source>
        <translation>die Unterschriften</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Büro: {office}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>waits for your synchronisation</source>
        <translation>wartet auf Ihre Synchronisierung</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>läuft</translation>
    </message>
</context>
<context>
    <name>OpeningWizard</name>
    <message>
        <source>New dossier</source>
        <translation>Neue Akte</translation>
    </message>
    <message>
        <source>I checked the similar persons: these are other persons</source>
        <translation>Ich habe die ähnlichen Personen geprüft: Es sind andere Personen</translation>
    </message>
    <message>
        <source>Opening the dossier</source>
        <translation>Eröffnung der Akte</translation>
    </message>
    <message>
        <source>Finishing opens the dossier at step 1, situation analysis.</source>
        <translation>Fertigstellen eröffnet die Akte bei Schritt 1, Situationsanalyse.</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>Die Anfrage</translation>
    </message>
    <message>
        <source>Who asks for what, and how the request reached the ONE.</source>
        <translation>Wer um was bittet und wie die Anfrage das ONE erreicht hat.</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Regionalbüro</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Wer fragt an</translation>
    </message>
    <message>
        <source>When not one of the persons below</source>
        <translation>Wenn keine der Personen unten</translation>
    </message>
    <message>
        <source>Name of who asks</source>
        <translation>Name der anfragenden Person</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Gegenstand der Anfrage</translation>
    </message>
    <message>
        <source>The persons concerned</source>
        <translation>Die betroffenen Personen</translation>
    </message>
    <message>
        <source>The child or young adult the aid is for, the parents and relatives. Birth dates as 03/02/2011.</source>
        <translation>Das Kind oder der junge Erwachsene, für den die Hilfe ist, die Eltern und Angehörigen. Geburtsdaten als 03/02/2011.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Geboren am</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Role of person {n}</source>
        <translation>Rolle der Person {n}</translation>
    </message>
    <message>
        <source>First name of person {n}</source>
        <translation>Vorname der Person {n}</translation>
    </message>
    <message>
        <source>Last name of person {n}</source>
        <translation>Nachname der Person {n}</translation>
    </message>
    <message>
        <source>Birth date of person {n}</source>
        <translation>Geburtsdatum der Person {n}</translation>
    </message>
    <message>
        <source>Person &amp;{n}</source>
        <translation>Person &amp;{n}</translation>
    </message>
    <message>
        <source>someone not listed</source>
        <translation>jemand nicht Aufgeführtes</translation>
    </message>
    <message>
        <source>person {n}</source>
        <translation>Person {n}</translation>
    </message>
    <message>
        <source>The request comes from</source>
        <translation>Die Anfrage kommt von</translation>
    </message>
    <message>
        <source>Parental authority</source>
        <translation>Elterliche Sorge</translation>
    </message>
    <message>
        <source>For each adult: their tie to the children, whether they hold parental authority and whether they represent them legally. They sign the plan (art. 4).</source>
        <translation>Für jeden Erwachsenen: die Beziehung zu den Kindern, ob er die elterliche Sorge hat und ob er sie gesetzlich vertritt. Diese Personen unterschreiben den Plan (Art. 4).</translation>
    </message>
    <message>
        <source>no tie recorded now</source>
        <translation>jetzt keine Beziehung erfasst</translation>
    </message>
    <message>
        <source>parental authority</source>
        <translation>elterliche Sorge</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>gesetzlicher Vertreter</translation>
    </message>
    <message>
        <source>Tie of person {n}</source>
        <translation>Beziehung der Person {n}</translation>
    </message>
    <message>
        <source>Person {n} holds parental authority</source>
        <translation>Person {n} hat die elterliche Sorge</translation>
    </message>
    <message>
        <source>Person {n} is legal representative</source>
        <translation>Person {n} ist gesetzlicher Vertreter</translation>
    </message>
    <message>
        <source>No parent or relative among the persons: the ties can be drawn later in the genogram.</source>
        <translation>Keine Eltern oder Angehörigen unter den Personen: Die Beziehungen können später im Genogramm erfasst werden.</translation>
    </message>
    <message>
        <source>Person {n}: type the birth date as 03/02/2011.</source>
        <translation>Person {n}: Geben Sie das Geburtsdatum als 03/02/2011 ein.</translation>
    </message>
    <message>
        <source>Person {n}: the birth date of a child or young adult is needed (art. 1, 3).</source>
        <translation>Person {n}: Das Geburtsdatum eines Kindes oder jungen Erwachsenen wird benötigt (Art. 1, 3).</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Tasks and appointments</source>
        <extracomment>The rules that stop the next action read in the error colour of the other screens. Next actions done in a dialog of the dossier's Actions menu rather than a step wizard. Next actions whose rules say why they are due rather than what stops them. An action done through a dialog of the Actions menu (reopen, answer, review).</extracomment>
        <translation>Aufgaben und Termine</translation>
    </message>
    <message>
        <source>{date} — {text} (overdue)</source>
        <translation>{date} — {text} (überfällig)</translation>
    </message>
    <message>
        <source>{date} — {text}</source>
        <translation>{date} — {text}</translation>
    </message>
    <message>
        <source>{when} — {kind}, {place}</source>
        <translation>{when} — {kind}, {place}</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>No person recorded yet.</source>
        <translation>Noch keine Person erfasst.</translation>
    </message>
    <message>
        <source>Running measures</source>
        <translation>Laufende Maßnahmen</translation>
    </message>
    <message>
        <source>{code}) {label} — {person}, {start} to {end}</source>
        <translation>{code}) {label} — {person}, vom {start} bis {end}</translation>
    </message>
    <message>
        <source> (not started yet)</source>
        <translation> (noch nicht begonnen)</translation>
    </message>
    <message>
        <source>No measure running.</source>
        <translation>Keine laufende Maßnahme.</translation>
    </message>
    <message>
        <source>Last contacts</source>
        <translation>Letzte Kontakte</translation>
    </message>
    <message>
        <source>{when} — {channel} with {whom}: {summary}</source>
        <translation>{when} — {channel} mit {whom}: {summary}</translation>
    </message>
    <message>
        <source>No contact logged yet.</source>
        <translation>Noch kein Kontakt notiert.</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Offene Anträge</translation>
    </message>
    <message>
        <source>No open request.</source>
        <translation>Kein offener Antrag.</translation>
    </message>
    <message>
        <source>court-ordered aid</source>
        <translation>gerichtlich angeordnete Hilfe</translation>
    </message>
    <message>
        <source>voluntary aid</source>
        <translation>freiwillige Hilfe</translation>
    </message>
    <message>
        <source>Dossier {number} — closed on {date} — {frame}</source>
        <translation>Akte {number} — abgeschlossen am {date} — {frame}</translation>
    </message>
    <message>
        <source>Dossier {number} — step {step} · {title} — {frame}</source>
        <translation>Akte {number} — Schritt {step} · {title} — {frame}</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>What stops it now:</source>
        <translation>Was ihn derzeit aufhält:</translation>
    </message>
    <message>
        <source>Nothing stops it: go ahead.</source>
        <translation>Nichts hält ihn auf: Sie können fortfahren.</translation>
    </message>
    <message>
        <source>Reopen the dossier…</source>
        <translation>Akte wieder eröffnen…</translation>
    </message>
    <message>
        <source>Answer the request…</source>
        <translation>Die Anfrage beantworten…</translation>
    </message>
    <message>
        <source>Record the review…</source>
        <translation>Die Überprüfung erfassen…</translation>
    </message>
    <message>
        <source>Waiting for the ONE</source>
        <translation>Warten auf das ONE</translation>
    </message>
    <message>
        <source>Show the plan…</source>
        <translation>Projekt anzeigen…</translation>
    </message>
    <message>
        <source>Work on step {step} · {title}…</source>
        <translation>An Schritt {step} · {title} arbeiten…</translation>
    </message>
    <message>
        <source>Go to step {step} · {title}…</source>
        <translation>Zu Schritt {step} · {title}…</translation>
    </message>
    <message>
        <source>Complete the situation analysis</source>
        <translation>Die Situationsanalyse vervollständigen</translation>
    </message>
    <message>
        <source>Assess the situation and set the objectives</source>
        <translation>Die Situation einschätzen und die Ziele festlegen</translation>
    </message>
    <message>
        <source>Plan the aid measures</source>
        <translation>Die Hilfemaßnahmen planen</translation>
    </message>
    <message>
        <source>Prepare the intervention plan and print it for signature</source>
        <translation>Das Interventionsprojekt vorbereiten und zur Unterschrift drucken</translation>
    </message>
    <message>
        <source>Collect the missing signatures</source>
        <translation>Die fehlenden Unterschriften einholen</translation>
    </message>
    <message>
        <source>The plan awaits the ONE's validation</source>
        <translation>Das Projekt wartet auf die Validierung durch das ONE</translation>
    </message>
    <message>
        <source>The ONE returned the plan: prepare a new version</source>
        <translation>Das ONE hat das Projekt zurückgegeben: bereiten Sie eine neue Version vor</translation>
    </message>
    <message>
        <source>The plan is in force: start the implementation</source>
        <translation>Das Projekt ist in Kraft: beginnen Sie mit der Umsetzung</translation>
    </message>
    <message>
        <source>Answer the request for review or revocation</source>
        <translation>Den Antrag auf Überprüfung oder Widerruf beantworten</translation>
    </message>
    <message>
        <source>Review the plan</source>
        <translation>Das Projekt überprüfen</translation>
    </message>
    <message>
        <source>Implement the measures</source>
        <translation>Die Maßnahmen umsetzen</translation>
    </message>
    <message>
        <source>Follow up and coordinate</source>
        <translation>Begleiten und koordinieren</translation>
    </message>
    <message>
        <source>Evaluate the aid</source>
        <translation>Die Hilfe bewerten</translation>
    </message>
    <message>
        <source>The dossier is closed</source>
        <translation>Die Akte ist abgeschlossen</translation>
    </message>
    <message>
        <source>{name} turns 27 on {date} while measures run: aid ends at 27 (art. 3).</source>
        <translation>{name} wird am {date} 27 Jahre alt, während Maßnahmen laufen: die Hilfe endet mit 27 Jahren (Art. 3).</translation>
    </message>
    <message>
        <source>The plan's review was due on {date} (art. 6).</source>
        <translation>Die Überprüfung des Projekts war am {date} fällig (Art. 6).</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} Jahre</translation>
    </message>
    <message>
        <source>parental authority</source>
        <translation>elterliche Sorge</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>gesetzlicher Vertreter</translation>
    </message>
    <message>
        <source>Review of the plan asked</source>
        <translation>Überprüfung des Projekts beantragt</translation>
    </message>
    <message>
        <source>Revocation of the plan asked</source>
        <translation>Widerruf des Projekts beantragt</translation>
    </message>
    <message>
        <source>Request for aid</source>
        <translation>Antrag auf Hilfe</translation>
    </message>
    <message>
        <source>{request}: {what}</source>
        <translation>{request}: {what}</translation>
    </message>
    <message>
        <source>No plan version yet.</source>
        <translation>Noch keine Projektversion.</translation>
    </message>
    <message>
        <source>Next review (art. 6): {date}</source>
        <translation>Nächste Überprüfung (Art. 6): {date}</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — überfällig</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Version {number} — {state}</source>
        <translation>Version {number} — {state}</translation>
    </message>
    <message>
        <source>Signed by: {names}</source>
        <translation>Unterschrieben von: {names}</translation>
    </message>
    <message>
        <source>Still to sign: {names}</source>
        <translation>Müssen noch unterschreiben: {names}</translation>
    </message>
    <message>
        <source>Validated by the ONE on {date}</source>
        <translation>Vom ONE validiert am {date}</translation>
    </message>
    <message>
        <source>Not validated by the ONE yet</source>
        <translation>Noch nicht vom ONE validiert</translation>
    </message>
    <message>
        <source>In force since {date}</source>
        <translation>In Kraft seit {date}</translation>
    </message>
    <message>
        <source>Returned by the ONE on {date}: {comment}</source>
        <translation>Vom ONE am {date} zurückgegeben: {comment}</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <source>&amp;Previous page</source>
        <extracomment>A page is shown at most this wide (a 300 dpi scan is scaled down to it).</extracomment>
        <translation>Vor&amp;herige Seite</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Seite {page} von {count}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The passphrase is too short: {length} characters, at least {minimum} are needed. Several unrelated words make a long passphrase that is easy to remember.</source>
        <translation>Die Passphrase ist zu kurz: {length} Zeichen, mindestens {minimum} sind nötig. Mehrere unzusammenhängende Wörter ergeben eine lange, leicht zu merkende Passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess (common words, names, dates or keyboard patterns). Add unusual words or mix them with digits and signs.</source>
        <translation>Die Passphrase ist zu leicht zu erraten (häufige Wörter, Namen, Daten oder Tastaturmuster). Fügen Sie ungewöhnliche Wörter hinzu oder mischen Sie Ziffern und Zeichen hinein.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my ONE password</source>
        <translation>Mein ONE-Passwort ändern</translation>
    </message>
    <message>
        <source>Your ONE password is the one asked when a computer is enrolled; it is not the passphrase of this caseload. The change is made on the ONE server: this computer must reach it.</source>
        <translation>Ihr ONE-Passwort ist das Passwort, das bei der Registrierung eines Computers verlangt wird; es ist nicht die Passphrase dieses Fallbestands. Die Änderung erfolgt auf dem Server des ONE: Dieser Computer muss ihn erreichen können.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Aktuelles Passwort</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Neues Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Write your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>The new password needs at least {count} characters.</source>
        <translation>Das neue Passwort muss mindestens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same one twice.</source>
        <translation>Die beiden neuen Passwörter unterscheiden sich: Geben Sie zweimal dasselbe ein.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
</context>
<context>
    <name>PlanItems</name>
    <message>
        <source>This objective is {status} since {date}: it stays as it is. Set a new objective at step 2 if needed.</source>
        <translation>Dieses Ziel ist seit {date} „{status}“: Es bleibt, wie es ist. Legen Sie bei Bedarf in Schritt 2 ein neues Ziel fest.</translation>
    </message>
    <message>
        <source>Plan version {number} revoked at the family's request (art. 4): {reason}</source>
        <translation>Fassung {number} des Hilfeplans auf Wunsch der Familie widerrufen (Art. 4): {reason}</translation>
    </message>
    <message>
        <source>This measure ended on {date}: it stays in the history as it ran. Plan a new one at step 3 if needed.</source>
        <translation>Diese Maßnahme endete am {date}: Sie bleibt so im Verlauf, wie sie lief. Planen Sie bei Bedarf in Schritt 3 eine neue.</translation>
    </message>
    <message>
        <source>Type the quantity as a number, e.g. 60 or 2,5.</source>
        <translation>Geben Sie die Menge als Zahl ein, z. B. 60 oder 2,5.</translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <source>Review of the plan</source>
        <translation>Überprüfung des Plans</translation>
    </message>
    <message>
        <source>Version {number}, in force since {since}. The plan is re-examined at least every twelve months (art. 6); this review was due by {due}.</source>
        <translation>Version {number}, in Kraft seit {since}. Der Plan wird mindestens alle zwölf Monate überprüft (Art. 6); diese Überprüfung war bis {due} fällig.</translation>
    </message>
    <message>
        <source>Reviewed &amp;on</source>
        <translation>Überprüft &amp;am</translation>
    </message>
    <message>
        <source>&amp;Conclusion</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>e.g. Objectives and measures kept; school attendance improved</source>
        <translation>z. B. Ziele und Maßnahmen beibehalten; der Schulbesuch hat sich verbessert</translation>
    </message>
    <message>
        <source>Saved. The next review is due by {date}.</source>
        <translation>Gespeichert. Die nächste Überprüfung ist bis {date} fällig.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>Step 4 · Intervention plan</source>
        <translation>Schritt 4 · Interventionsplan</translation>
    </message>
    <message>
        <source>Signatures given</source>
        <translation>Geleistete Unterschriften</translation>
    </message>
    <message>
        <source>Tick who signed the printed version, with the day and place.</source>
        <translation>Kreuzen Sie an, wer die gedruckte Fassung unterschrieben hat, mit Tag und Ort.</translation>
    </message>
    <message>
        <source>Recording the signatures</source>
        <translation>Speichern der Unterschriften</translation>
    </message>
    <message>
        <source>The plan takes effect only once the parents or legal representatives and the child able to judge have signed it and the ONE has validated it (art. 4). The dossier moves on to the follow-up (step 5) as soon as the version is in force.</source>
        <translation>Der Plan wird erst wirksam, wenn die Eltern oder gesetzlichen Vertreter und das urteilsfähige Kind ihn unterschrieben haben und das ONE ihn validiert hat (Art. 4). Die Akte geht zur Begleitung (Schritt 5) über, sobald die Fassung in Kraft ist.</translation>
    </message>
    <message>
        <source>Who is able to judge</source>
        <translation>Wer urteilsfähig ist</translation>
    </message>
    <message>
        <source>A child able to judge signs the plan too (art. 4). This is your judgement of each child, with its reason, not an age rule.</source>
        <translation>Ein urteilsfähiges Kind unterschreibt den Plan ebenfalls (Art. 4). Dies ist Ihre begründete Einschätzung jedes Kindes, keine Altersregel.</translation>
    </message>
    <message>
        <source>No child under 18 in this dossier.</source>
        <translation>Kein Kind unter 18 Jahren in dieser Akte.</translation>
    </message>
    <message>
        <source>not judged yet</source>
        <translation>noch nicht beurteilt</translation>
    </message>
    <message>
        <source>able to judge: signs the plan</source>
        <translation>urteilsfähig: unterschreibt den Plan</translation>
    </message>
    <message>
        <source>not able to judge</source>
        <translation>nicht urteilsfähig</translation>
    </message>
    <message>
        <source>Why, in a few words</source>
        <translation>Warum, in wenigen Worten</translation>
    </message>
    <message>
        <source>Reason for {name}</source>
        <translation>Begründung für {name}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The version to sign</source>
        <translation>Die zu unterschreibende Fassung</translation>
    </message>
    <message>
        <source>Next prepares the version from the current objectives and measures and freezes it for printing: a frozen version is never edited, a change makes a new version.</source>
        <translation>Weiter erstellt die Fassung aus den aktuellen Zielen und Maßnahmen und friert sie zum Drucken ein: Eine eingefrorene Fassung wird nie geändert, eine Änderung ergibt eine neue Fassung.</translation>
    </message>
    <message>
        <source>Version {number}: {state}.</source>
        <translation>Fassung {number}: {state}.</translation>
    </message>
    <message>
        <source>Version {number} will be prepared.</source>
        <translation>Fassung {number} wird erstellt.</translation>
    </message>
    <message>
        <source>Prepare a new version to change the plan</source>
        <translation>Eine neue Fassung erstellen, um den Plan zu ändern</translation>
    </message>
    <message>
        <source>Version {number} is in force since {date}.</source>
        <translation>Fassung {number} ist seit dem {date} in Kraft.</translation>
    </message>
    <message>
        <source>Objective: {wording}</source>
        <translation>Ziel: {wording}</translation>
    </message>
    <message>
        <source>Measure: {measure} for {person}</source>
        <translation>Maßnahme: {measure} für {person}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Fassung {number}</translation>
    </message>
    <message>
        <source>signed on {date}</source>
        <translation>unterschrieben am {date}</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>{name} signed</source>
        <translation>{name} hat unterschrieben</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterschrieben am</translation>
    </message>
    <message>
        <source>Place, e.g. at home, Wiltz</source>
        <translation>Ort, z. B. zu Hause, Wiltz</translation>
    </message>
    <message>
        <source>Place of signature</source>
        <translation>Ort der Unterschrift</translation>
    </message>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>at</source>
        <translation>in</translation>
    </message>
    <message>
        <source>No signatory: check the family constellation.</source>
        <translation>Keine unterschreibende Person: Prüfen Sie die Familienkonstellation.</translation>
    </message>
    <message>
        <source>Preview and print version {number}…</source>
        <translation>Vorschau und Druck der Fassung {number}…</translation>
    </message>
</context>
<context>
    <name>PlanningWizard</name>
    <message>
        <source>Step 3 · Planning of the aid measures</source>
        <translation>Schritt 3 · Planung der Hilfemaßnahmen</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Finishing saves the measure. Go on to the plan when every measure is there, or stay at step 3 to add another one.</source>
        <translation>Fertigstellen speichert die Maßnahme. Gehen Sie zum Plan, wenn alle Maßnahmen erfasst sind, oder bleiben Sie bei Schritt 3, um eine weitere hinzuzufügen.</translation>
    </message>
    <message>
        <source>Measures already planned</source>
        <translation>Bereits geplante Maßnahmen</translation>
    </message>
    <message>
        <source>They stay in the next plan version. To change or withdraw one before it starts, open it from the dossier's Measures tab (Enter on its row).</source>
        <translation>Sie bleiben in der nächsten Version des Projekts. Um eine vor ihrem Beginn zu ändern oder zurückzuziehen, öffnen Sie sie im Reiter Maßnahmen der Akte (Eingabetaste auf ihrer Zeile).</translation>
    </message>
    <message>
        <source>{measure} for {person}, {start} to {end}</source>
        <translation>{measure} für {person}, {start} bis {end}</translation>
    </message>
    <message>
        <source>No measure planned yet.</source>
        <translation>Noch keine Maßnahme geplant.</translation>
    </message>
    <message>
        <source>A measure to add</source>
        <translation>Eine hinzuzufügende Maßnahme</translation>
    </message>
    <message>
        <source>Art. 11 lists the measures; art. 13 asks for an approved provider for most; art. 15 sets the unit they are counted in. Choose no measure to add none this time.</source>
        <translation>Art. 11 zählt die Maßnahmen auf; Art. 13 verlangt für die meisten einen zugelassenen Träger; Art. 15 legt die Zähleinheit fest. Wählen Sie keine Maßnahme, um diesmal keine hinzuzufügen.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>— no measure —</source>
        <translation>— keine Maßnahme —</translation>
    </message>
    <message>
        <source>Measure (art. 11)</source>
        <translation>Maßnahme (Art. 11)</translation>
    </message>
    <message>
        <source>— choose a provider —</source>
        <translation>— Träger wählen —</translation>
    </message>
    <message>
        <source>agrément {number}</source>
        <translation>Zulassung {number}</translation>
    </message>
    <message>
        <source>no agrément</source>
        <translation>ohne Zulassung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vom</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Objectives it serves</source>
        <translation>Ziele, denen sie dient</translation>
    </message>
    <message>
        <source>counted in {unit} (art. 15)</source>
        <translation>gezählt in {unit} (Art. 15)</translation>
    </message>
    <message>
        <source>no flat rate: leave the quantity empty</source>
        <translation>keine Pauschale: Menge leer lassen</translation>
    </message>
    <message>
        <source>Type the quantity as a number, e.g. 60 or 2,5.</source>
        <translation>Geben Sie die Menge als Zahl ein, z. B. 60 oder 2,5.</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>Write the final evaluation before closing the dossier.</source>
        <translation>Schreiben Sie die abschließende Bewertung, bevor Sie die Akte schließen.</translation>
    </message>
    <message>
        <source>The closing date cannot be in the future.</source>
        <translation>Das Abschlussdatum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The closing date is before the dossier was opened.</source>
        <translation>Das Abschlussdatum liegt vor der Eröffnung der Akte.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the dossier.</source>
        <translation>Geben Sie den Grund für die Wiedereröffnung der Akte an.</translation>
    </message>
    <message>
        <source>This dossier is not closed.</source>
        <translation>Diese Akte ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The dossier cannot be reopened before it was closed.</source>
        <translation>Die Akte kann nicht vor ihrem Abschluss wiedereröffnet werden.</translation>
    </message>
    <message>
        <source>Give the place of the conference and who took part, with their role.</source>
        <translation>Geben Sie den Ort der Fallkonferenz und die Teilnehmenden mit ihrer Rolle an.</translation>
    </message>
    <message>
        <source>Give each participant's name and role.</source>
        <translation>Geben Sie Namen und Rolle jeder teilnehmenden Person an.</translation>
    </message>
    <message>
        <source>Say with whom the contact was and what was said or agreed.</source>
        <translation>Geben Sie an, mit wem der Kontakt stattfand und was besprochen oder vereinbart wurde.</translation>
    </message>
    <message>
        <source>This contact is in the future: note a contact once it took place.</source>
        <translation>Dieser Kontakt liegt in der Zukunft: Notieren Sie einen Kontakt, sobald er stattgefunden hat.</translation>
    </message>
    <message>
        <source>Say to whom the request goes and whom the report is about.</source>
        <translation>Geben Sie an, an wen die Anfrage geht und über wen berichtet werden soll.</translation>
    </message>
    <message>
        <source>This measure is not part of the plan in force: it starts once a version containing it is signed and validated by the ONE (art. 4).</source>
        <translation>Diese Maßnahme gehört nicht zum geltenden Hilfeplan: Sie beginnt, sobald eine Fassung, die sie enthält, unterschrieben und vom ONE validiert ist (Art. 4).</translation>
    </message>
    <message>
        <source>A measure cannot start before the plan took effect on {date}.</source>
        <translation>Eine Maßnahme kann nicht vor dem Inkrafttreten des Hilfeplans am {date} beginnen.</translation>
    </message>
    <message>
        <source>This interruption is already over, or the date is before it began.</source>
        <translation>Diese Unterbrechung ist bereits beendet, oder das Datum liegt vor ihrem Beginn.</translation>
    </message>
    <message>
        <source>The measure cannot end before it started. Check the date.</source>
        <translation>Die Maßnahme kann nicht vor ihrem Beginn enden. Prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>This measure is not running: record its start first.</source>
        <translation>Diese Maßnahme läuft nicht: Erfassen Sie zuerst ihren Beginn.</translation>
    </message>
    <message>
        <source>Version {number} is already being prepared: finish or discard it first.</source>
        <translation>Fassung {number} ist bereits in Vorbereitung: Schließen Sie sie zuerst ab oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Only a version in preparation can be discarded.</source>
        <translation>Nur eine Fassung in Vorbereitung kann verworfen werden.</translation>
    </message>
    <message>
        <source>Give the reason for your judgement on the child's discernment.</source>
        <translation>Begründen Sie Ihre Einschätzung der Urteilsfähigkeit des Kindes.</translation>
    </message>
    <message>
        <source>Discernment is judged for a child (under 18) of the dossier.</source>
        <translation>Die Urteilsfähigkeit wird für ein Kind (unter 18 Jahren) der Akte eingeschätzt.</translation>
    </message>
    <message>
        <source>Version {number} is not awaiting signatures.</source>
        <translation>Fassung {number} wartet nicht auf Unterschriften.</translation>
    </message>
    <message>
        <source>This person is not among those who sign version {number} (art. 4).</source>
        <translation>Diese Person gehört nicht zu den Unterzeichnenden der Fassung {number} (Art. 4).</translation>
    </message>
    <message>
        <source>{name} has already signed version {number}.</source>
        <translation>{name} hat Fassung {number} bereits unterschrieben.</translation>
    </message>
    <message>
        <source>The signature date {date} must fall between the printing of the version and today.</source>
        <translation>Das Unterschriftsdatum {date} muss zwischen dem Ausdruck der Fassung und heute liegen.</translation>
    </message>
    <message>
        <source>Version {number} is not awaiting validation.</source>
        <translation>Fassung {number} wartet nicht auf eine Validierung.</translation>
    </message>
    <message>
        <source>The validation date is before the version was prepared.</source>
        <translation>Das Validierungsdatum liegt vor der Vorbereitung der Fassung.</translation>
    </message>
    <message>
        <source>Say why the plan is returned: the agent reads your comment to prepare the next version.</source>
        <translation>Geben Sie an, warum der Hilfeplan zurückgegeben wird: Die Fachkraft liest Ihren Kommentar, um die nächste Fassung vorzubereiten.</translation>
    </message>
    <message>
        <source>Only a validator of the ONE can validate or return a plan.</source>
        <translation>Nur eine validierende Person des ONE kann einen Hilfeplan validieren oder zurückgeben.</translation>
    </message>
    <message>
        <source>Version {number} was returned to the agent: it can no longer be validated. The agent prepares a new version.</source>
        <translation>Fassung {number} wurde an die Fachkraft zurückgegeben: Sie kann nicht mehr validiert werden. Die Fachkraft bereitet eine neue Fassung vor.</translation>
    </message>
    <message>
        <source>Version {number} is frozen: it is never edited. Prepare a new version to change the plan.</source>
        <translation>Fassung {number} ist festgeschrieben: Sie wird nie geändert. Bereiten Sie eine neue Fassung vor, um den Hilfeplan zu ändern.</translation>
    </message>
    <message>
        <source>Write down the conclusion of the review.</source>
        <translation>Notieren Sie das Ergebnis der Überprüfung.</translation>
    </message>
    <message>
        <source>Only the plan in force is reviewed.</source>
        <translation>Nur der geltende Hilfeplan wird überprüft.</translation>
    </message>
    <message>
        <source>Version {number} is no longer current: the request concerns the current plan.</source>
        <translation>Fassung {number} ist nicht mehr aktuell: Der Antrag betrifft den aktuellen Hilfeplan.</translation>
    </message>
    <message>
        <source>{name} may not ask for a review or revocation: the child, the parents and the legal representatives may (art. 4).</source>
        <translation>{name} kann keine Überprüfung oder Aufhebung beantragen: Das können nur das Kind, die Eltern und die gesetzlichen Vertreter (Art. 4).</translation>
    </message>
    <message>
        <source>Choose the outcome of the request.</source>
        <translation>Wählen Sie das Ergebnis des Antrags.</translation>
    </message>
    <message>
        <source>Explain the outcome to keep a trace for the family.</source>
        <translation>Erläutern Sie das Ergebnis, damit es für die Familie nachvollziehbar bleibt.</translation>
    </message>
    <message>
        <source>This request has already been answered.</source>
        <translation>Dieser Antrag wurde bereits beantwortet.</translation>
    </message>
    <message>
        <source>This is not a plan fingerprint: it has 16 letters and digits (0-9, A-F), like 3F2A-9C01-77BE-0D4E. Check what you typed.</source>
        <translation>Dies ist kein Fingerabdruck eines Hilfeplans: Er besteht aus 16 Buchstaben und Ziffern (0-9, A-F), zum Beispiel 3F2A-9C01-77BE-0D4E. Prüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <source>No plan version on this computer has the fingerprint {fingerprint}. Check the fingerprint, or synchronise and try again.</source>
        <translation>Keine Fassung eines Hilfeplans auf diesem Computer hat den Fingerabdruck {fingerprint}. Prüfen Sie den Fingerabdruck oder synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Version {number} is still a draft: print it ready to sign, have it signed, then attach the scan.</source>
        <translation>Fassung {number} ist noch ein Entwurf: Drucken Sie sie unterschriftsreif aus, lassen Sie sie unterschreiben und fügen Sie dann den Scan hinzu.</translation>
    </message>
    <message>
        <source>The file of this scan has not reached this computer yet. Sync with the ONE server to fetch it.</source>
        <translation>Die Datei dieses Scans ist noch nicht auf diesem Computer angekommen. Synchronisieren Sie mit dem Server des ONE, um sie zu erhalten.</translation>
    </message>
    <message>
        <source>This file is empty. Choose the scan of the signed pages again.</source>
        <translation>Diese Datei ist leer. Wählen Sie den Scan der unterschriebenen Seiten erneut aus.</translation>
    </message>
    <message>
        <source>This file is too large: a scan may be at most {limit} MB. Scan again at a lower resolution or in black and white.</source>
        <translation>Diese Datei ist zu groß: Ein Scan darf höchstens {limit} MB groß sein. Scannen Sie erneut mit geringerer Auflösung oder in Schwarzweiß.</translation>
    </message>
    <message>
        <source>Only a PDF, JPEG or PNG file can be attached as a scan, and this file is not one. Save the scan in one of these formats.</source>
        <translation>Als Scan kann nur eine PDF-, JPEG- oder PNG-Datei hinzugefügt werden, und diese Datei ist keine. Speichern Sie den Scan in einem dieser Formate.</translation>
    </message>
    <message>
        <source>This scan carries the fingerprint {fingerprint}, which is not that of version {number} nor of any other version on this computer. Check the fingerprint read from the scan.</source>
        <translation>Dieser Scan trägt den Fingerabdruck {fingerprint}, der weder zu Fassung {number} noch zu einer anderen Fassung auf diesem Computer gehört. Prüfen Sie den vom Scan gelesenen Fingerabdruck.</translation>
    </message>
    <message>
        <source>This scan carries the fingerprint of another version ({fingerprint}). Attach it to version {number} of dossier {dossier} instead.</source>
        <translation>Dieser Scan trägt den Fingerabdruck einer anderen Fassung ({fingerprint}). Fügen Sie ihn stattdessen Fassung {number} der Akte {dossier} hinzu.</translation>
    </message>
    <message>
        <source>The code of page {position} of the scan could not be read: look at the page and confirm by hand which page of the plan it is.</source>
        <translation>Der Code von Seite {position} des Scans konnte nicht gelesen werden: Sehen Sie sich die Seite an und bestätigen Sie von Hand, welche Seite des Plans es ist.</translation>
    </message>
    <message>
        <source>Page {position} of the scan carries the fingerprint {fingerprint}, which is of no plan version on this computer: take it out of the scan, or synchronise and try again.</source>
        <translation>Seite {position} des Scans trägt den Fingerabdruck {fingerprint}, der zu keiner Planfassung auf diesem Computer gehört: Nehmen Sie sie aus dem Scan heraus oder synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Page {position} of the scan belongs to another dossier ({other_dossier}, version {other_number}), not to dossier {dossier}: take it out of the scan.</source>
        <translation>Seite {position} des Scans gehört zu einer anderen Akte ({other_dossier}, Fassung {other_number}), nicht zur Akte {dossier}: Nehmen Sie sie aus dem Scan heraus.</translation>
    </message>
    <message>
        <source>Page {position} of the scan belongs to version {other_number} of dossier {dossier}, not to version {number}: take it out of the scan.</source>
        <translation>Seite {position} des Scans gehört zu Fassung {other_number} der Akte {dossier}, nicht zu Fassung {number}: Nehmen Sie sie aus dem Scan heraus.</translation>
    </message>
    <message>
        <source>Page {position} of the scan is said to be page {page} of {pages}, which cannot be: check its page number.</source>
        <translation>Seite {position} des Scans soll Seite {page} von {pages} sein, was nicht sein kann: Prüfen Sie ihre Seitenzahl.</translation>
    </message>
    <message>
        <source>Page {position} of the scan is said to be of a plan of {pages} pages, while the other pages are of a plan of {expected} pages: check its page number.</source>
        <translation>Seite {position} des Scans soll zu einem Plan mit {pages} Seiten gehören, die anderen Seiten zu einem Plan mit {expected} Seiten: Prüfen Sie ihre Seitenzahl.</translation>
    </message>
    <message>
        <source>Page {page} of the plan is in the scan more than once (pages {positions} of the scan): keep only one.</source>
        <translation>Seite {page} des Plans ist mehrmals im Scan (Seiten {positions} des Scans): Behalten Sie nur eine.</translation>
    </message>
    <message>
        <source>The scan lacks pages of version {number}, which has {pages} pages: missing {missing}. Scan the missing pages and add them.</source>
        <translation>Dem Scan fehlen Seiten der Fassung {number}, die {pages} Seiten hat: Es fehlen {missing}. Scannen Sie die fehlenden Seiten und fügen Sie sie hinzu.</translation>
    </message>
    <message>
        <source>File {file} of the scan could not be opened as a PDF or an image: scan these pages again.</source>
        <translation>Datei {file} des Scans konnte weder als PDF noch als Bild geöffnet werden: Scannen Sie diese Seiten erneut.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>The agent asked to enrol this computer with the ONE server (the application opens it).</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Nach so vielen Minuten ohne Eingabe sperren</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Sperren nach</translation>
    </message>
    <message>
        <source>Without keyboard or mouse for this long, the caseload closes and asks for the passphrase again.</source>
        <translation>Ohne Tastatur- oder Mauseingabe während dieser Zeit wird der Aktenbestand geschlossen und die Passphrase erneut abgefragt.</translation>
    </message>
    <message>
        <source>English (for developers)</source>
        <translation>English (für Entwickler)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>Enrol this computer with the ONE server…</source>
        <translation>Diesen Computer beim Server des ONE registrieren…</translation>
    </message>
    <message>
        <source>Enrol this computer for sync</source>
        <translation>Diesen Computer für die Synchronisierung registrieren</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print the drawing</source>
        <translation>Darstellung drucken</translation>
    </message>
    <message>
        <source>Save the drawing as PDF</source>
        <translation>Darstellung als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The printer {printer} did not answer. Check that it is on and connected, then print again.</source>
        <translation>Der Drucker {printer} hat nicht geantwortet. Prüfen Sie, ob er eingeschaltet und verbunden ist, und drucken Sie erneut.</translation>
    </message>
    <message>
        <source>The print system refused the job for {printer}: {reason}</source>
        <translation>Das Drucksystem hat den Auftrag für {printer} abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>The printer {printer} is not set up on this computer. Choose another printer, or save the document as PDF.</source>
        <translation>Der Drucker {printer} ist auf diesem Computer nicht eingerichtet. Wählen Sie einen anderen Drucker oder speichern Sie das Dokument als PDF.</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the document. Check that it is on and connected, then print again.</source>
        <translation>Der Drucker {printer} hat das Dokument nicht angenommen. Prüfen Sie, ob er eingeschaltet und verbunden ist, und drucken Sie erneut.</translation>
    </message>
    <message>
        <source>The printer {printer} stopped during the document. Check it, then print again.</source>
        <translation>Der Drucker {printer} hat mitten im Dokument angehalten. Prüfen Sie ihn und drucken Sie erneut.</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Provider of the directory</source>
        <extracomment>The search waits this long after the last keystroke.</extracomment>
        <translation>Leistungserbringer des Verzeichnisses</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>Neuer Leistungserbringer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Identifier in the ONE's &amp;register</source>
        <translation>Kennung im &amp;Register des ONE</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>&amp;Straße und Hausnummer</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>&amp;Locality</source>
        <translation>&amp;Ortschaft</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code)</source>
        <translation>&amp;Land (ISO-Code)</translation>
    </message>
    <message>
        <source>Agréments (art. 13): one row each, with the art. 11 measures it covers (e.g. a1,c,h; a letter covers its formulas), its first and last day as dd/mm/yyyy (the last empty when it has no end). Empty a row to withdraw its agrément.</source>
        <translation>Zulassungen (Art. 13): je eine Zeile, mit den Maßnahmen nach Art. 11, die sie abdeckt (z. B. a1,c,h; ein Buchstabe deckt seine Formeln ab), ihrem ersten und letzten Tag als TT.MM.JJJJ (der letzte leer, wenn sie kein Ende hat). Leeren Sie eine Zeile, um ihre Zulassung zurückzuziehen.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Measures (art. 11)</source>
        <translation>Maßnahmen (Art. 11)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vom</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Add an agrément row</source>
        <translation>Zeile für eine Zulassung hinzufügen</translation>
    </message>
    <message>
        <source>Agrément {row}: number</source>
        <translation>Zulassung {row}: Nummer</translation>
    </message>
    <message>
        <source>Agrément {row}: measures</source>
        <translation>Zulassung {row}: Maßnahmen</translation>
    </message>
    <message>
        <source>Agrément {row}: first day</source>
        <translation>Zulassung {row}: erster Tag</translation>
    </message>
    <message>
        <source>Agrément {row}: last day</source>
        <translation>Zulassung {row}: letzter Tag</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
</context>
<context>
    <name>ProviderDirectory</name>
    <message>
        <source>Agrément {number}: type its days as dd/mm/yyyy, e.g. 01/01/2026 (the last day empty when it has no end).</source>
        <translation>Zulassung {number}: Geben Sie ihre Tage als TT.MM.JJJJ ein, z. B. 01/01/2026 (den letzten Tag leer, wenn sie kein Ende hat).</translation>
    </message>
</context>
<context>
    <name>ProviderDirectoryWindow</name>
    <message>
        <source>Provider directory — {role}</source>
        <translation>Verzeichnis der Leistungserbringer — {role}</translation>
    </message>
    <message>
        <source>The providers and the agréments the minister granted them (art. 13), as the ONE keeps them. Every laptop receives them at its next sync; agents choose a provider from this directory when they plan a measure.</source>
        <translation>Die Leistungserbringer und die Zulassungen, die der Minister ihnen erteilt hat (Art. 13), wie das ONE sie führt. Jeder Rechner erhält sie bei seiner nächsten Synchronisierung; die Koordinatoren wählen einen Leistungserbringer aus diesem Verzeichnis, wenn sie eine Maßnahme planen.</translation>
    </message>
    <message>
        <source>&amp;Search by name</source>
        <translation>Nach Namen &amp;suchen</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Nach Namen suchen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ortschaft</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Agréments (measures, period)</source>
        <translation>Zulassungen (Maßnahmen, Zeitraum)</translation>
    </message>
    <message>
        <source>Providers of the directory</source>
        <translation>Leistungserbringer des Verzeichnisses</translation>
    </message>
    <message>
        <source>New provider…</source>
        <translation>Neuer Leistungserbringer…</translation>
    </message>
    <message>
        <source>Open the provider…</source>
        <translation>Leistungserbringer öffnen…</translation>
    </message>
    <message>
        <source>no agrément</source>
        <translation>ohne Zulassung</translation>
    </message>
    <message>
        <source>{count} providers.</source>
        <translation>{count} Leistungserbringer.</translation>
    </message>
    <message>
        <source>No provider's name contains “{text}”.</source>
        <translation>Kein Name eines Leistungserbringers enthält „{text}“.</translation>
    </message>
    <message>
        <source>The directory is empty: the ONE imports its register on the server (cpi-server import-providers), or add a provider here.</source>
        <translation>Das Verzeichnis ist leer: Das ONE importiert sein Register auf dem Server (cpi-server import-providers), oder fügen Sie hier einen Leistungserbringer hinzu.</translation>
    </message>
    <message>
        <source>{number}: {measures}, from {start}, no end</source>
        <translation>{number}: {measures}, ab {start}, ohne Ende</translation>
    </message>
    <message>
        <source>{number}: {measures}, {start} to {end}</source>
        <translation>{number}: {measures}, {start} bis {end}</translation>
    </message>
    <message>
        <source>Saved: every laptop receives it at its next sync.</source>
        <translation>Gespeichert: Jeder Rechner erhält es bei seiner nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Regional office</source>
        <translation>Regionalbüro</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>Provider's agrément</source>
        <translation>Zulassung eines Leistungserbringers</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Cover of a caseload</source>
        <translation>Vertretung eines Fallbestands</translation>
    </message>
    <message>
        <source>Transfer of the dossier</source>
        <translation>Übertragung der Akte</translation>
    </message>
    <message>
        <source>Entry of the dossier's history</source>
        <translation>Eintrag im Verlauf der Akte</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Fallbesprechung</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>Wiedereröffnung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Anonymisation of a person</source>
        <translation>Anonymisierung einer Person</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Hilfeplanversion</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Beteiligte Fachkraft</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Synchronisierungskonflikt</translation>
    </message>
    <message>
        <source>Discernment</source>
        <translation>Urteilsfähigkeit</translation>
    </message>
    <message>
        <source>Consultation of the dossier</source>
        <translation>Akteneinsicht</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Assessment of a person</source>
        <translation>Einschätzung einer Person</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Überprüfung des Hilfeplans</translation>
    </message>
    <message>
        <source>Request for review</source>
        <translation>Antrag auf Überprüfung</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Family tie</source>
        <translation>Familienbeziehung</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Scan of signed pages</source>
        <translation>Scan der unterschriebenen Seiten</translation>
    </message>
    <message>
        <source>Document of the dossier</source>
        <translation>Unterlage der Akte</translation>
    </message>
    <message>
        <source>Appraisal of a measure</source>
        <translation>Bewertung einer Maßnahme</translation>
    </message>
    <message>
        <source>Interruption of a measure</source>
        <translation>Unterbrechung einer Maßnahme</translation>
    </message>
    <message>
        <source>Objective served by a measure</source>
        <translation>Ziel einer Maßnahme</translation>
    </message>
    <message>
        <source>Progress of an objective</source>
        <translation>Fortschritt eines Ziels</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen dossier {number}</source>
        <translation>Akte {number} wieder eröffnen</translation>
    </message>
    <message>
        <source>The dossier opens again at step 1, a new analysis; everything recorded before stays as it was.</source>
        <translation>Die Akte beginnt wieder bei Schritt 1, einer neuen Analyse; alles bisher Erfasste bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <source>e.g. The mother asks for help again</source>
        <translation>z. B. Die Mutter bittet erneut um Hilfe</translation>
    </message>
    <message>
        <source>Reopen the dossier</source>
        <translation>Akte wieder eröffnen</translation>
    </message>
    <message>
        <source>Reopened &amp;on</source>
        <translation>Wieder eröffnet &amp;am</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the plan of dossier {number}</source>
        <translation>Hilfeplan der Akte {number} zurückgeben</translation>
    </message>
    <message>
        <source>Why is the plan returned? The agent reads this to prepare the next version.</source>
        <translation>Warum wird der Hilfeplan zurückgegeben? Die Fachkraft liest dies, um die nächste Fassung vorzubereiten.</translation>
    </message>
    <message>
        <source>Comment for the agent</source>
        <translation>Kommentar für die Fachkraft</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurückgeben</translation>
    </message>
</context>
<context>
    <name>ReviewRequestDialog</name>
    <message>
        <source>Request for review or revocation</source>
        <translation>Antrag auf Überprüfung oder Widerruf</translation>
    </message>
    <message>
        <source>On version {number} of the plan. The child, the parents and the legal representatives may ask at any time for its review or its revocation (art. 4).</source>
        <translation>Zu Version {number} des Plans. Das Kind, die Eltern und die gesetzlichen Vertreter können jederzeit seine Überprüfung oder seinen Widerruf beantragen (Art. 4).</translation>
    </message>
    <message>
        <source>Who &amp;asks</source>
        <translation>&amp;Wer beantragt</translation>
    </message>
    <message>
        <source>&amp;Asks for</source>
        <translation>&amp;Gegenstand</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <source>what the person says, in their words</source>
        <translation>was die Person sagt, mit ihren Worten</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Enter the birth date of {name}: it tells a child from a young adult (art. 3).</source>
        <extracomment>How long before the 27th birthday running measures raise an alert.</extracomment>
        <translation>Geben Sie das Geburtsdatum von {name} ein: Es unterscheidet ein Kind von einem jungen Erwachsenen (Art. 3).</translation>
    </message>
    <message>
        <source>{name} is 27 or older: the law covers children and young adults under 27 only (art. 3).</source>
        <translation>{name} ist 27 Jahre oder älter: Das Gesetz gilt nur für Kinder und junge Erwachsene unter 27 Jahren (Art. 3).</translation>
    </message>
    <message>
        <source>{name} is a young adult: aid is given only on their own request. Record their request (art. 1).</source>
        <translation>{name} ist ein junger Erwachsener: Hilfe wird nur auf eigenen Antrag gewährt. Erfassen Sie diesen Antrag (Art. 1).</translation>
    </message>
    <message>
        <source>{name} turned 27 on {birthday}: a signature given on {date} cannot make the plan take effect, the law covers young adults under 27 only (art. 3).</source>
        <translation>{name} ist am {birthday} 27 Jahre alt geworden: Eine am {date} geleistete Unterschrift kann den Hilfeplan nicht mehr in Kraft setzen, das Gesetz gilt nur für junge Erwachsene unter 27 Jahren (Art. 3).</translation>
    </message>
    <message>
        <source>{name} turned 27 on {birthday}: the plan cannot be validated on {date}, the law covers young adults under 27 only (art. 3).</source>
        <translation>{name} ist am {birthday} 27 Jahre alt geworden: Der Hilfeplan kann am {date} nicht validiert werden, das Gesetz gilt nur für junge Erwachsene unter 27 Jahren (Art. 3).</translation>
    </message>
    <message>
        <source>{name} turned 27 on {birthday}: the measure cannot start on {date}, the law covers young adults under 27 only (art. 3).</source>
        <translation>{name} ist am {birthday} 27 Jahre alt geworden: Die Maßnahme kann am {date} nicht beginnen, das Gesetz gilt nur für junge Erwachsene unter 27 Jahren (Art. 3).</translation>
    </message>
    <message>
        <source>Court proceedings are pending: the ONE may act only at the express request of the judicial authorities. Record that request first (art. 5).</source>
        <translation>Ein Gerichtsverfahren ist anhängig: Das ONE darf nur auf ausdrückliches Ersuchen der Justizbehörden tätig werden. Erfassen Sie zuerst dieses Ersuchen (Art. 5).</translation>
    </message>
    <message>
        <source>The measure “{measure}” is paid per formula: choose one of its formulas (art. 11, art. 15).</source>
        <extracomment>Whether its agréments cover the measure up to its last day (art. 13: the whole planned duration, renewals that follow each other counting as one). The last day covered, when that is before the measure's end.</extracomment>
        <translation>Die Maßnahme „{measure}“ wird je Form finanziert: Wählen Sie eine ihrer Formen (Art. 11, Art. 15).</translation>
    </message>
    <message>
        <source>Choose the provider who will deliver “{measure}”.</source>
        <translation>Wählen Sie den Leistungserbringer für „{measure}“.</translation>
    </message>
    <message>
        <source>“{measure}” has no flat rate in art. 15: leave the quantity empty and describe the volume in words.</source>
        <translation>„{measure}“ hat keine Pauschale nach Art. 15: Lassen Sie die Menge leer und beschreiben Sie den Umfang in Worten.</translation>
    </message>
    <message>
        <source>Give how much of “{measure}” is planned, in {unit} as its art. 15 flat rate counts it.</source>
        <translation>Geben Sie an, wie viel von „{measure}“ geplant ist, in {unit}, der Einheit ihrer Pauschale (Art. 15).</translation>
    </message>
    <message>
        <source>The measure ends ({end}) before it starts ({start}). Check the dates.</source>
        <translation>Die Maßnahme endet ({end}) vor ihrem Beginn ({start}). Prüfen Sie die Daten.</translation>
    </message>
    <message>
        <source>Link “{measure}” to at least one objective it serves.</source>
        <translation>Verknüpfen Sie „{measure}“ mit mindestens einem Ziel, dem sie dient.</translation>
    </message>
    <message>
        <source>“{measure}” needs a provider holding an agrément for it; {provider} holds none valid on {date}. Choose an approved provider (art. 13).</source>
        <translation>„{measure}“ erfordert einen dafür zugelassenen Leistungserbringer; {provider} hat am {date} keine dafür gültige Zulassung. Wählen Sie einen zugelassenen Leistungserbringer (Art. 13).</translation>
    </message>
    <message>
        <source>The agrément of {provider} for “{measure}” ends on {until}, before the measure does ({date}): end the measure by then or choose a provider approved for its whole duration (art. 13).</source>
        <translation>Die Zulassung von {provider} für „{measure}“ endet am {until}, vor der Maßnahme ({date}): Beenden Sie die Maßnahme bis dahin oder wählen Sie einen Leistungserbringer, der für die gesamte Dauer zugelassen ist (Art. 13).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>This measure started on {date}: it is no longer changed or withdrawn. Interrupt it or end it (step 5), then plan a new one if needed.</source>
        <translation>Diese Maßnahme hat am {date} begonnen: Sie wird nicht mehr geändert oder zurückgezogen. Unterbrechen oder beenden Sie sie (Schritt 5) und planen Sie bei Bedarf eine neue.</translation>
    </message>
    <message>
        <source>Say why the measure changes (e.g. the provider has no place before March): the history keeps the reason.</source>
        <translation>Geben Sie an, warum sich die Maßnahme ändert (z. B. der Träger hat vor März keinen Platz): Der Verlauf bewahrt den Grund.</translation>
    </message>
    <message>
        <source>Say why the measure is withdrawn: the history keeps the reason.</source>
        <translation>Geben Sie an, warum die Maßnahme zurückgezogen wird: Der Verlauf bewahrt den Grund.</translation>
    </message>
    <message>
        <source>Say why the measure pauses (hospital stay, runaway, holidays...).</source>
        <translation>Geben Sie an, warum die Maßnahme unterbrochen wird (Krankenhausaufenthalt, Weglaufen, Ferien …).</translation>
    </message>
    <message>
        <source>Say why the measure ends before its planned end: the evaluation reads it.</source>
        <translation>Geben Sie an, warum die Maßnahme vor dem geplanten Ende endet: Die Auswertung berücksichtigt es.</translation>
    </message>
    <message>
        <source>The interruption starts before the measure did ({date}). Check the date.</source>
        <translation>Die Unterbrechung beginnt vor der Maßnahme ({date}). Prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>This measure is already interrupted since {date}: record when it resumed first.</source>
        <translation>Diese Maßnahme ist bereits seit {date} unterbrochen: Erfassen Sie zuerst, wann sie wieder aufgenommen wurde.</translation>
    </message>
    <message>
        <source>The interruption ends ({end}) before it starts ({start}). Check the dates.</source>
        <translation>Die Unterbrechung endet ({end}), bevor sie beginnt ({start}). Prüfen Sie die Daten.</translation>
    </message>
    <message>
        <source>The semester list is drawn up on 1 April and 1 October (art. 6); {date} is neither.</source>
        <translation>Die Halbjahresliste wird zum 1. April und zum 1. Oktober erstellt (Art. 6); der {date} ist keiner dieser Tage.</translation>
    </message>
    <message>
        <source>{name} may not consult the dossier: a child's parents (with or without parental authority), their guardian or legal representative, the child able to judge and the beneficiary of age may (art. 7).</source>
        <extracomment>The only fields a statistics extract may carry, per table of the extract. What replaces every name and free text of an anonymised dossier.</extracomment>
        <translation>{name} darf die Akte nicht einsehen: Das dürfen die Eltern eines Kindes (mit oder ohne elterliche Sorge), sein Vormund oder gesetzlicher Vertreter, das urteilsfähige Kind und der volljährige Begünstigte (Art. 7).</translation>
    </message>
    <message>
        <source>{name} has already been anonymised (art. 7).</source>
        <translation>{name} wurde bereits anonymisiert (Art. 7).</translation>
    </message>
    <message>
        <source>Only a child or young adult of the dossier may ask for the anonymisation of their own data; {name} is neither (art. 7).</source>
        <translation>Nur ein Kind oder junger Erwachsener der Akte kann die Anonymisierung der eigenen Daten beantragen; {name} ist weder das eine noch das andere (Art. 7).</translation>
    </message>
    <message>
        <source>A person's data are anonymised at their own request once they are of age; {name} is not 18 yet (art. 7).</source>
        <translation>Die Daten einer Person werden auf ihren eigenen Antrag anonymisiert, sobald sie volljährig ist; {name} ist noch nicht 18 (Art. 7).</translation>
    </message>
    <message>
        <source>The dossier names no child or young adult: add the beneficiary first.</source>
        <extracomment>Latest discernment judgement per child: True able to judge, False not. Young adults who asked for aid themselves (art. 1).</extracomment>
        <translation>Die Akte nennt kein Kind und keinen jungen Erwachsenen: Fügen Sie zuerst die begünstigte Person hinzu.</translation>
    </message>
    <message>
        <source>No parent with parental authority or legal representative is recorded for {name}: record who signs for them (art. 4).</source>
        <translation>Für {name} ist weder ein sorgeberechtigter Elternteil noch ein gesetzlicher Vertreter erfasst: Erfassen Sie, wer für das Kind unterschreibt (Art. 4).</translation>
    </message>
    <message>
        <source>Record whether {name} is able to judge (capable de discernement), with the date and your reason: the child able to judge signs the plan (art. 4).</source>
        <translation>Erfassen Sie, ob {name} urteilsfähig ist (capable de discernement), mit Datum und Begründung: Das urteilsfähige Kind unterschreibt den Hilfeplan (Art. 4).</translation>
    </message>
    <message>
        <source>Nobody is listed to sign this version: prepare a new version (art. 4).</source>
        <translation>Für diese Fassung ist niemand zur Unterschrift vorgesehen: Bereiten Sie eine neue Fassung vor (Art. 4).</translation>
    </message>
    <message>
        <source>The plan takes effect only once {name} has signed it (art. 4).</source>
        <translation>Der Hilfeplan tritt erst in Kraft, wenn {name} ihn unterschrieben hat (Art. 4).</translation>
    </message>
    <message>
        <source>The plan takes effect only once the ONE has validated it (art. 4).</source>
        <translation>Der Hilfeplan tritt erst in Kraft, wenn das ONE ihn validiert hat (Art. 4).</translation>
    </message>
    <message>
        <source>Specific: say in a sentence what should change, for whom.</source>
        <extracomment>A specific wording says what changes for whom: a single word is not specific.</extracomment>
        <translation>Spezifisch: Sagen Sie in einem Satz, was sich für wen ändern soll.</translation>
    </message>
    <message>
        <source>Measurable: give the indicator that will show the objective is reached.</source>
        <translation>Messbar: Geben Sie den Indikator an, der zeigt, dass das Ziel erreicht ist.</translation>
    </message>
    <message>
        <source>Accepted: say who accepted this objective (child, parents, young adult...).</source>
        <translation>Akzeptiert: Geben Sie an, wer diesem Ziel zugestimmt hat (Kind, Eltern, junger Erwachsener…).</translation>
    </message>
    <message>
        <source>Realistic: explain why this objective can be reached with the resources at hand.</source>
        <translation>Realistisch: Erklären Sie, warum das Ziel mit den vorhandenen Ressourcen erreichbar ist.</translation>
    </message>
    <message>
        <source>Time-bound: give the date by which the objective should be reached.</source>
        <translation>Terminiert: Geben Sie das Datum an, bis zu dem das Ziel erreicht sein soll.</translation>
    </message>
    <message>
        <source>Time-bound: the due date {date} is not in the future.</source>
        <translation>Terminiert: Der Termin {date} liegt nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>The dossier is closed: reopen it, with a reason, to work on it again.</source>
        <extracomment>An evaluation made after the version in force took effect concluded to change the plan (re-plan the measures or rewrite it): a new version is to be prepared.</extracomment>
        <translation>Die Akte ist abgeschlossen: Eröffnen Sie sie mit Begründung wieder, um daran weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Close the dossier with a reason and a final evaluation (step 8).</source>
        <translation>Schließen Sie die Akte mit einem Grund und einer Abschlussbewertung (Schritt 8).</translation>
    </message>
    <message>
        <source>The dossier cannot go from step {source} to step {target}.</source>
        <translation>Die Akte kann nicht von Schritt {source} zu Schritt {target} wechseln.</translation>
    </message>
    <message>
        <source>Going back to step {target} follows an evaluation that concluded so: record that evaluation first.</source>
        <translation>Die Rückkehr zu Schritt {target} folgt einer Evaluation mit diesem Ergebnis: Erfassen Sie zuerst diese Evaluation.</translation>
    </message>
    <message>
        <source>Record the request: who asks for what.</source>
        <translation>Erfassen Sie den Antrag: Wer bittet um was.</translation>
    </message>
    <message>
        <source>Describe the working frame agreed with the family and the stakeholders.</source>
        <translation>Beschreiben Sie den mit der Familie und den Beteiligten vereinbarten Arbeitsrahmen.</translation>
    </message>
    <message>
        <source>Add the child or young adult the aid is for.</source>
        <translation>Fügen Sie das Kind oder den jungen Erwachsenen hinzu, für den die Hilfe bestimmt ist.</translation>
    </message>
    <message>
        <source>Assess the difficulties, resources and needs of {name}.</source>
        <translation>Bewerten Sie die Schwierigkeiten, Ressourcen und Bedürfnisse von {name}.</translation>
    </message>
    <message>
        <source>Write down {name}'s own view, in their words (or why they cannot give it).</source>
        <translation>Notieren Sie die eigene Sicht von {name} in eigenen Worten (oder warum sie nicht geäußert werden kann).</translation>
    </message>
    <message>
        <source>Set at least one SMART objective.</source>
        <translation>Legen Sie mindestens ein SMART-Ziel fest.</translation>
    </message>
    <message>
        <source>Plan at least one aid measure.</source>
        <translation>Planen Sie mindestens eine Hilfemaßnahme.</translation>
    </message>
    <message>
        <source>Implementation starts once a plan version is in force: signed by the parents or legal representatives and the child able to judge, and validated by the ONE (art. 4).</source>
        <translation>Die Umsetzung beginnt, sobald eine Fassung des Hilfeplans in Kraft ist: unterschrieben von den Eltern oder gesetzlichen Vertretern und dem urteilsfähigen Kind und vom ONE validiert (Art. 4).</translation>
    </message>
    <message>
        <source>A newer plan version is being prepared: bring it into force or discard it first.</source>
        <translation>Eine neuere Fassung des Hilfeplans ist in Vorbereitung: Setzen Sie sie zuerst in Kraft oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>The dossier has not reached step {step} yet.</source>
        <translation>Die Akte hat Schritt {step} noch nicht erreicht.</translation>
    </message>
    <message>
        <source>Say for at least one objective how far it moved.</source>
        <translation>Geben Sie für mindestens ein Ziel an, wie weit es vorangekommen ist.</translation>
    </message>
    <message>
        <source>Progress is rated from 0 (no change) to 4 (reached).</source>
        <translation>Der Fortschritt wird von 0 (keine Veränderung) bis 4 (erreicht) bewertet.</translation>
    </message>
    <message>
        <source>Efficacy and efficiency are rated from 1 (poor) to 4 (good).</source>
        <translation>Wirksamkeit und Effizienz werden von 1 (gering) bis 4 (gut) bewertet.</translation>
    </message>
    <message>
        <source>Write down the proposals that justify re-planning or closing.</source>
        <translation>Notieren Sie die Vorschläge, die eine Neuplanung oder den Abschluss begründen.</translation>
    </message>
    <message>
        <source>A request for review or revocation of the plan awaits an answer (art. 4).</source>
        <extracomment>State (a PlanState value) of the version between draft and in force, if any. Who must sign the version in preparation (``Signatory.as_json`` mappings) ... ... and those who signed it. The ONE returned the latest version and no newer one exists yet. Review date of the version in force (art. 6). Requests for review or revocation not answered yet (art. 4). The step whose wizard does it; None when no wizard does. Every rule that stops it now (empty: the agent can go ahead).</extracomment>
        <translation>Ein Antrag auf Überprüfung oder Widerruf des Projekts wartet auf eine Antwort (Art. 4).</translation>
    </message>
    <message>
        <source>The ONE returned the plan with a comment: prepare a new version that answers it (art. 4).</source>
        <translation>Das ONE hat das Projekt mit einem Kommentar zurückgegeben: bereiten Sie eine neue Version vor, die darauf eingeht (Art. 4).</translation>
    </message>
    <message>
        <source>The plan's review was due on {date}: the ONE re-examines the plan at least every twelve months (art. 6).</source>
        <translation>Die Überprüfung des Projekts war am {date} fällig: das ONE überprüft das Projekt mindestens alle zwölf Monate (Art. 6).</translation>
    </message>
    <message>
        <source>The plan's review is due on {date}: the ONE re-examines the plan at least every twelve months (art. 6).</source>
        <translation>Die Überprüfung des Projekts ist am {date} fällig: das ONE überprüft das Projekt mindestens alle zwölf Monate (Art. 6).</translation>
    </message>
    <message>
        <source>Say who asks: choose the person of the dossier or type a name.</source>
        <translation>Geben Sie an, wer beantragt: Wählen Sie die Person der Akte oder geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>{name} was not yet 18 on the day of the request: record it as the child's request (art. 3).</source>
        <translation>{name} war am Tag des Antrags noch nicht 18: Erfassen Sie ihn als Antrag des Kindes (Art. 3).</translation>
    </message>
    <message>
        <source>The date {date} is in the future. Check the date.</source>
        <translation>Das Datum {date} liegt in der Zukunft. Prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>The date {date} is before {earlier}. Check the date.</source>
        <translation>Das Datum {date} liegt vor dem {earlier}. Prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>Say why the version is set aside (e.g. the family refused it): the reason stays with the discarded version.</source>
        <translation>Geben Sie an, warum die Version verworfen wird (z. B. die Familie hat sie abgelehnt): Die Begründung bleibt bei der verworfenen Version.</translation>
    </message>
    <message>
        <source>This objective was achieved ({date}): it stays achieved and is not abandoned or reformulated. Set a new objective if the family aims further.</source>
        <translation>Dieses Ziel wurde erreicht ({date}): Es bleibt erreicht und wird weder aufgegeben noch umformuliert. Legen Sie ein neues Ziel fest, wenn die Familie weiter will.</translation>
    </message>
    <message>
        <source>This objective was abandoned ({date}): it stays in the history as it was. Set a new objective if it matters again.</source>
        <translation>Dieses Ziel wurde aufgegeben ({date}): Es bleibt so im Verlauf, wie es war. Legen Sie ein neues Ziel fest, wenn es wieder wichtig wird.</translation>
    </message>
    <message>
        <source>This objective was reformulated ({date}): change its new wording instead.</source>
        <translation>Dieses Ziel wurde umformuliert ({date}): Ändern Sie stattdessen seine neue Formulierung.</translation>
    </message>
    <message>
        <source>Say why the objective is abandoned: the evaluation and the history read it (seed 001, step 7).</source>
        <translation>Geben Sie an, warum das Ziel aufgegeben wird: Auswertung und Verlauf berücksichtigen es (Schritt 7).</translation>
    </message>
    <message>
        <source>Say why the objective is reformulated (e.g. what the evaluation showed).</source>
        <translation>Geben Sie an, warum das Ziel umformuliert wird (z. B. was die Auswertung gezeigt hat).</translation>
    </message>
    <message>
        <source>The date {date} is in the future: record it once it happened.</source>
        <translation>Das Datum {date} liegt in der Zukunft: Erfassen Sie es, sobald es geschehen ist.</translation>
    </message>
    <message>
        <source>Say for which child or young adult of the dossier the objective is set.</source>
        <translation>Geben Sie an, für welches Kind oder welchen jungen Erwachsenen der Akte das Ziel festgelegt wird.</translation>
    </message>
    <message>
        <source>Only the lead of the dossier's regional office gives a dossier or a cover to an agent.</source>
        <translation>Nur die Leitung des Regionalbüros der Akte überträgt einer Fachkraft eine Akte oder eine Vertretung.</translation>
    </message>
    <message>
        <source>A dossier or a cover goes to a CPI agent of the regional office.</source>
        <translation>Eine Akte oder eine Vertretung geht an eine CPI-Fachkraft des Regionalbüros.</translation>
    </message>
    <message>
        <source>The dossier is already this agent's.</source>
        <translation>Die Akte gehört bereits dieser Fachkraft.</translation>
    </message>
    <message>
        <source>Choose a colleague other than the agent to cover.</source>
        <translation>Wählen Sie eine andere Person als die zu vertretende Fachkraft.</translation>
    </message>
    <message>
        <source>The cover's end date is in the past: choose today or a later day.</source>
        <translation>Das Enddatum der Vertretung liegt in der Vergangenheit: Wählen Sie heute oder einen späteren Tag.</translation>
    </message>
    <message>
        <source>The cover ends before it starts: choose an end date on or after the start date.</source>
        <translation>Die Vertretung endet vor ihrem Beginn: Wählen Sie ein Enddatum am oder nach dem Anfangsdatum.</translation>
    </message>
    <message>
        <source>This cover has already ended.</source>
        <translation>Diese Vertretung ist bereits beendet.</translation>
    </message>
    <message>
        <source>The text is too long: {length} characters, this field holds at most {limit}. Shorten it, then save again.</source>
        <translation>Der Text ist zu lang: {length} Zeichen, dieses Feld fasst höchstens {limit}. Kürzen Sie ihn und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>ScannedPlanDialog</name>
    <message>
        <source>Attach a scanned signed plan</source>
        <translation>Gescannten unterschriebenen Plan anhängen</translation>
    </message>
    <message>
        <source>Drop here the scan of the signed plan, or choose it: one PDF of all its pages, or one image per page (PNG, JPEG), in any order. The code printed on each page finds the version and puts the pages in order.</source>
        <translation>Legen Sie hier den Scan des unterschriebenen Plans ab oder wählen Sie ihn aus: ein PDF mit allen Seiten oder ein Bild je Seite (PNG, JPEG), in beliebiger Reihenfolge. Der auf jede Seite gedruckte Code findet die Fassung und bringt die Seiten in die richtige Reihenfolge.</translation>
    </message>
    <message>
        <source>&amp;Choose the scan…</source>
        <translation>Scan &amp;auswählen…</translation>
    </message>
    <message>
        <source>Pages of the scan</source>
        <translation>Seiten des Scans</translation>
    </message>
    <message>
        <source>&amp;Pages of the scan</source>
        <translation>&amp;Seiten des Scans</translation>
    </message>
    <message>
        <source>&amp;Attach to the version, pages in order</source>
        <translation>An die Fassung &amp;anhängen, Seiten geordnet</translation>
    </message>
    <message>
        <source>Page of the scan</source>
        <translation>Seite des Scans</translation>
    </message>
    <message>
        <source>This page, as you read it on the paper</source>
        <translation>Diese Seite, wie Sie sie auf dem Papier lesen</translation>
    </message>
    <message>
        <source>&amp;Fingerprint</source>
        <translation>&amp;Fingerabdruck</translation>
    </message>
    <message>
        <source>Page &amp;number</source>
        <translation>Seiten&amp;zahl</translation>
    </message>
    <message>
        <source>&amp;Of pages</source>
        <translation>&amp;Von (Anzahl Seiten)</translation>
    </message>
    <message>
        <source>C&amp;onfirm this page</source>
        <translation>Diese Seite &amp;bestätigen</translation>
    </message>
    <message>
        <source>Scan of the signed plan</source>
        <translation>Scan des unterschriebenen Plans</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Reading the codes of the pages…</source>
        <translation>Die Codes der Seiten werden gelesen…</translation>
    </message>
    <message>
        <source>Pages to confirm by hand: {count}. Select each one, look at it and say which page it is.</source>
        <translation>Von Hand zu bestätigende Seiten: {count}. Wählen Sie jede aus, sehen Sie sie an und geben Sie an, welche Seite es ist.</translation>
    </message>
    <message>
        <source>Every page's code was read.</source>
        <translation>Der Code jeder Seite wurde gelesen.</translation>
    </message>
    <message>
        <source>{position}. Version {version} of dossier {dossier}, page not printed in its code: to confirm by hand</source>
        <translation>{position}. Fassung {version} der Akte {dossier}, Seitenzahl nicht im Code: von Hand zu bestätigen</translation>
    </message>
    <message>
        <source>{position}. Code not read: to confirm by hand</source>
        <translation>{position}. Code nicht gelesen: von Hand zu bestätigen</translation>
    </message>
    <message>
        <source>{position}. Page {page} of {pages}, fingerprint {fingerprint}</source>
        <translation>{position}. Seite {page} von {pages}, Fingerabdruck {fingerprint}</translation>
    </message>
    <message>
        <source>{position}. Page {page} of {pages}, version {version} of dossier {dossier}</source>
        <translation>{position}. Seite {page} von {pages}, Fassung {version} der Akte {dossier}</translation>
    </message>
    <message>
        <source> (confirmed by hand)</source>
        <translation> (von Hand bestätigt)</translation>
    </message>
    <message>
        <source>Pages still to confirm by hand: {count}.</source>
        <translation>Noch von Hand zu bestätigende Seiten: {count}.</translation>
    </message>
    <message>
        <source>Every page is placed: attach the scan.</source>
        <translation>Jede Seite ist zugeordnet: Hängen Sie den Scan an.</translation>
    </message>
    <message>
        <source>The scan is attached, its {count} pages in order.</source>
        <translation>Der Scan ist angehängt, seine {count} Seiten in der richtigen Reihenfolge.</translation>
    </message>
    <message>
        <source>The scan is attached to version {version} of dossier {dossier}, its {count} pages in order.</source>
        <translation>Der Scan ist an Fassung {version} der Akte {dossier} angehängt, seine {count} Seiten in der richtigen Reihenfolge.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}.</source>
        <translation>Die Datei konnte nicht gelesen werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>profile</source>
        <extracomment>Each step gets this long (the first one loads the core; a CI machine may be busy). The invented family: always the same one, taken as far as a plan awaiting signatures. The steps' names, in the order they run (translated when printed).</extracomment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>{step}: FAILED — {reason}</source>
        <extracomment>What the self-test prints (translated: French first, German complete).</extracomment>
        <translation>{step}: FEHLGESCHLAGEN — {reason}</translation>
    </message>
    <message>
        <source>self-test: passed in {seconds} s</source>
        <translation>self-test: bestanden in {seconds} s</translation>
    </message>
    <message>
        <source>Login: </source>
        <translation>Anmeldung: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>login, password and enrolment code expected on standard input</source>
        <translation>Benutzername, Passwort und Registrierungscode auf der Standardeingabe erwartet</translation>
    </message>
    <message>
        <source>Enrolment code: </source>
        <translation>Registrierungscode: </translation>
    </message>
    <message>
        <source>login, password and enrolment code expected on standard input, one line each</source>
        <translation>Benutzername, Passwort und Registrierungscode auf der Standardeingabe erwartet, je eine Zeile</translation>
    </message>
    <message>
        <source>temporary caseload in {folder}</source>
        <translation>temporärer Aktenbestand in {folder}</translation>
    </message>
    <message>
        <source>the temporary folder already holds a caseload</source>
        <translation>der temporäre Ordner enthält bereits einen Aktenbestand</translation>
    </message>
    <message>
        <source>creating the caseload</source>
        <translation>Anlegen des verschlüsselten Aktenbestands</translation>
    </message>
    <message>
        <source>the server named no user</source>
        <translation>der Server hat keinen Benutzer genannt</translation>
    </message>
    <message>
        <source>computer enrolled with {url} for {login}</source>
        <translation>Computer bei {url} für {login} registriert</translation>
    </message>
    <message>
        <source>demo dossier</source>
        <translation>Demo-Akte</translation>
    </message>
    <message>
        <source>dossier {number} has no plan to sign</source>
        <translation>Akte {number} hat keinen zu unterschreibenden Plan</translation>
    </message>
    <message>
        <source>showing the window</source>
        <translation>Anzeige des Fensters</translation>
    </message>
    <message>
        <source>the dossier window offers no document</source>
        <translation>das Aktenfenster bietet kein Dokument an</translation>
    </message>
    <message>
        <source>translations ({language}) missing from the installation</source>
        <translation>Übersetzungen ({language}) fehlen in der Installation</translation>
    </message>
    <message>
        <source>window « {title} » opened, {tabs} tabs, language {language}</source>
        <translation>Fenster „{title}“ geöffnet, {tabs} Reiter, Sprache {language}</translation>
    </message>
    <message>
        <source>the Documents menu does not start with the plan: {entry}</source>
        <translation>das Menü Dokumente beginnt nicht mit dem Plan: {entry}</translation>
    </message>
    <message>
        <source>plan preview</source>
        <translation>Planvorschau</translation>
    </message>
    <message>
        <source>the rendered plan is not a complete PDF ({size} bytes)</source>
        <translation>der erzeugte Plan ist kein vollständiges PDF ({size} Bytes)</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>Sendewarteschlange</translation>
    </message>
    <message>
        <source>{count} changes still to send</source>
        <translation>{count} Änderungen noch zu senden</translation>
    </message>
    <message>
        <source>{step}: ok — {detail} ({seconds} s)</source>
        <translation>{step}: ok — {detail} ({seconds} s)</translation>
    </message>
    <message>
        <source>{what}: nothing after {seconds} s</source>
        <translation>{what}: nichts nach {seconds} s</translation>
    </message>
    <message>
        <source>the enrolled user has no regional office (a CPI agent is expected)</source>
        <translation>der registrierte Benutzer hat kein Regionalbüro (ein CPI-Agent wird erwartet)</translation>
    </message>
    <message>
        <source>encrypted caseload created ({count} migrations, protection: {mode})</source>
        <translation>verschlüsselter Aktenbestand angelegt ({count} Migrationen, Schutz: {mode})</translation>
    </message>
    <message>
        <source>dossier {number} created (invented family, step {step}, plan awaiting signatures)</source>
        <translation>Akte {number} angelegt (erfundene Familie, Schritt {step}, Plan wartet auf Unterschriften)</translation>
    </message>
    <message>
        <source>intervention plan v{version} rendered in memory: PDF of {size} bytes, {pages} page(s) in the preview</source>
        <translation>Interventionsprojekt v{version} im Speicher erzeugt: PDF mit {size} Bytes, {pages} Seite(n) in der Vorschau</translation>
    </message>
    <message>
        <source>the server did not accept everything: {uploaded} sent, {applied} applied, {merged} merged, {conflicts} in conflict, {rejected} refused</source>
        <translation>der Server hat nicht alles angenommen: {uploaded} gesendet, {applied} übernommen, {merged} zusammengeführt, {conflicts} im Konflikt, {rejected} abgelehnt</translation>
    </message>
    <message>
        <source>{uploaded} changes sent, {applied} applied by the server, {downloaded} received</source>
        <translation>{uploaded} Änderungen gesendet, {applied} vom Server übernommen, {downloaded} empfangen</translation>
    </message>
</context>
<context>
    <name>SignedScansDialog</name>
    <message>
        <source>Signed scans</source>
        <translation>Unterschriebene Scans</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Version des Plans</translation>
    </message>
    <message>
        <source>Version {number} — scans: {count}</source>
        <translation>Version {number} — Scans: {count}</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>&amp;Scans</source>
        <translation>&amp;Scans</translation>
    </message>
    <message>
        <source>Page of the scan</source>
        <translation>Seite des Scans</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} Seiten</translation>
    </message>
    <message>
        <source>pages unknown</source>
        <translation>Seitenzahl unbekannt</translation>
    </message>
    <message>
        <source>{date} — {pages} — {size}</source>
        <translation>{date} — {pages} — {size}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>This scan's content is no longer kept on this computer.</source>
        <translation>Der Inhalt dieses Scans ist auf diesem Computer nicht mehr gespeichert.</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <source>Correct or end a stakeholder</source>
        <translation>Eine Fachkraft berichtigen oder ihre Beteiligung beenden</translation>
    </message>
    <message>
        <source>&amp;Stakeholder</source>
        <translation>&amp;Fachkraft</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>berichtigt</translation>
    </message>
    <message>
        <source>no longer involved</source>
        <translation>nicht mehr beteiligt</translation>
    </message>
    <message>
        <source>What &amp;happens</source>
        <translation>&amp;Was geschieht</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Agreed &amp;role</source>
        <translation>Vereinbarte &amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Beendet am</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>Be&amp;gründung</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Situation analysis</source>
        <translation>Situationsanalyse</translation>
    </message>
    <message>
        <source>Global assessment</source>
        <translation>Gesamtbewertung</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Intervention plan</source>
        <translation>Interventionsprojekt</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Abschluss</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Geben Sie zweimal dieselbe Passphrase ein.</translation>
    </message>
    <message>
        <source>Wrong passphrase. The caseload stays locked and unchanged. Failed attempts: {attempts}. Next attempt possible in {delay} s.</source>
        <translation>Falsche Passphrase. Die Akten bleiben gesperrt und unverändert. Fehlversuche: {attempts}. Nächster Versuch in {delay} s möglich.</translation>
    </message>
    <message>
        <source>Wrong passphrase. The caseload stays locked and unchanged. Failed attempts: {attempts}. Check the keyboard layout and Caps Lock.</source>
        <translation>Falsche Passphrase. Die Akten bleiben gesperrt und unverändert. Fehlversuche: {attempts}. Prüfen Sie das Tastaturlayout und die Feststelltaste.</translation>
    </message>
    <message>
        <source>After {attempts} wrong passphrases, wait {delay} s before trying again.</source>
        <translation>Nach {attempts} falschen Passphrasen warten Sie bitte {delay} s, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>No caseload exists on this computer yet. Create one first.</source>
        <translation>Auf diesem Computer gibt es noch keinen Aktenbestand. Legen Sie zuerst einen an.</translation>
    </message>
    <message>
        <source>A caseload already exists here. Open it with its passphrase; it was not overwritten.</source>
        <translation>Hier gibt es bereits einen Aktenbestand. Öffnen Sie ihn mit seiner Passphrase; er wurde nicht überschrieben.</translation>
    </message>
    <message>
        <source>This caseload was saved by a newer version of cpi-terrain (schema {revision}). It was left untouched. Install the current version, then open it again.</source>
        <translation>Dieser Aktenbestand wurde von einer neueren Version von cpi-terrain gespeichert (Schema {revision}). Er wurde nicht verändert. Installieren Sie die aktuelle Version und öffnen Sie ihn dann erneut.</translation>
    </message>
    <message>
        <source>The caseload is protected by a secret in this computer's keyring, which cannot be read right now. Open your session's keyring (or log in normally), then try again. Nothing was changed.</source>
        <translation>Der Aktenbestand ist durch ein Geheimnis im Schlüsselbund dieses Computers geschützt, das gerade nicht gelesen werden kann. Entsperren Sie den Schlüsselbund Ihrer Sitzung (oder melden Sie sich normal an) und versuchen Sie es erneut. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>The caseload's key file is damaged or missing, so the caseload cannot be opened. Do not delete anything; contact the ONE's IT support.</source>
        <translation>Die Schlüsseldatei des Aktenbestands ist beschädigt oder fehlt, daher kann er nicht geöffnet werden. Löschen Sie nichts; wenden Sie sich an den IT-Support des ONE.</translation>
    </message>
    <message>
        <source>The caseload file is damaged and cannot be opened. Do not delete anything; contact the ONE's IT support, who can restore it from the server.</source>
        <translation>Die Datei des Aktenbestands ist beschädigt und kann nicht geöffnet werden. Löschen Sie nichts; wenden Sie sich an den IT-Support des ONE, der sie vom Server wiederherstellen kann.</translation>
    </message>
    <message>
        <source>The caseload cannot be written right now ({detail}). Nothing was lost: free disk space or close the other program using it, then try again.</source>
        <translation>Der Aktenbestand kann gerade nicht gespeichert werden ({detail}). Nichts ging verloren: Geben Sie Speicherplatz frei oder schließen Sie das andere Programm, das ihn verwendet, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Problem</source>
        <extracomment>A draft is written this long after the last keystroke (as in the wizards). The name its draft is kept under, with the dossier ("" keeps no draft).</extracomment>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The ONE server cannot be reached ({detail}). Your changes stay on this computer and will be sent at the next sync.</source>
        <translation>Der Server des ONE ist nicht erreichbar ({detail}). Ihre Änderungen bleiben auf diesem Computer und werden bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>The server address {url} is not secure: use an https:// address (plain http only for this computer).</source>
        <translation>Die Serveradresse {url} ist nicht sicher: Verwenden Sie eine https://-Adresse (einfaches http nur für diesen Computer).</translation>
    </message>
    <message>
        <source>This computer is not enrolled with the ONE server ({detail}). Enrol it at the office with your login.</source>
        <translation>Dieser Computer ist beim Server des ONE nicht registriert ({detail}). Registrieren Sie ihn im Büro mit Ihrem Benutzernamen.</translation>
    </message>
    <message>
        <source>The ONE has revoked this computer ({detail}): its caseload is erased from it.</source>
        <translation>Das ONE hat diesen Computer gesperrt ({detail}): Seine Akten werden von ihm gelöscht.</translation>
    </message>
    <message>
        <source>The ONE server does not accept this version of cpi-terrain. {detail}</source>
        <translation>Der Server des ONE akzeptiert diese Version von cpi-terrain nicht. {detail}</translation>
    </message>
    <message>
        <source>This computer's clock is {minutes} minutes away from the ONE server's. Set the date and time right (the times of your notes depend on it), then sync again.</source>
        <translation>Die Uhr dieses Computers weicht um {minutes} Minuten von der des ONE-Servers ab. Stellen Sie Datum und Uhrzeit richtig ein (die Zeiten Ihrer Notizen hängen davon ab) und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>This server is not the one this computer is enrolled with. Check the server address, or ask the ONE's IT team.</source>
        <translation>Dieser Server ist nicht der, bei dem dieser Computer registriert ist. Prüfen Sie die Serveradresse oder fragen Sie die IT-Abteilung des ONE.</translation>
    </message>
    <message>
        <source>The ONE server could not complete the sync ({detail}). Your changes stay on this computer; try again later.</source>
        <translation>Der Server des ONE konnte die Synchronisierung nicht abschließen ({detail}). Ihre Änderungen bleiben auf diesem Computer; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The ONE server refused the enrolment ({detail}). Check your login and password, then try again.</source>
        <translation>Der Server des ONE hat die Registrierung abgelehnt ({detail}). Prüfen Sie Benutzername und Passwort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The ONE server refused the enrolment code: {detail}</source>
        <translation>Der Server des ONE hat den Registrierungscode abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>The ONE's IT set your password: choose a new one (at least 10 characters), type it twice below, then enrol again.</source>
        <translation>Die IT-Abteilung des ONE hat Ihr Passwort festgelegt: Wählen Sie ein neues (mindestens 10 Zeichen), geben Sie es unten zweimal ein und registrieren Sie erneut.</translation>
    </message>
    <message>
        <source>Your current password is not the right one: nothing was changed.</source>
        <translation>Ihr aktuelles Passwort ist nicht richtig: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The ONE server refused: {detail}</source>
        <translation>Der Server des ONE hat abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>The ONE server refused the request: {detail}</source>
        <translation>Der Server des ONE hat die Anfrage abgelehnt: {detail}</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Last problem: {message}</source>
        <translation>Letztes Problem: {message}</translation>
    </message>
    <message>
        <source>The last sync went through.</source>
        <translation>Die letzte Synchronisierung ist gelungen.</translation>
    </message>
    <message>
        <source>Changes the ONE server refused, with its reason:</source>
        <translation>Vom Server des ONE abgelehnte Änderungen, mit Begründung:</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Synchronise</source>
        <extracomment>The server is asked whether it answers this often (a 3 s health check). With changes waiting, a reachable server gets them after this long without a sync.</extracomment>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Change my ONE password…</source>
        <translation>Mein ONE-Passwort ändern…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Sync status: click for the details</source>
        <translation>Stand der Synchronisierung: für Einzelheiten klicken</translation>
    </message>
    <message>
        <source>Not enrolled for sync</source>
        <translation>Nicht für die Synchronisierung registriert</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Letzte Synchronisierung: {when}</translation>
    </message>
    <message>
        <source>pending: {count}</source>
        <translation>ausstehend: {count}</translation>
    </message>
    <message>
        <source>conflicts: {count}</source>
        <translation>Konflikte: {count}</translation>
    </message>
    <message>
        <source>refused: {count}</source>
        <translation>abgelehnt: {count}</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>Sync done: {sent} changes sent, {received} received.</source>
        <translation>Synchronisierung abgeschlossen: {sent} Änderungen gesendet, {received} empfangen.</translation>
    </message>
    <message>
        <source>Your ONE password is changed: use it to enrol your next computer.</source>
        <translation>Ihr ONE-Passwort ist geändert: Verwenden Sie es, um Ihren nächsten Computer zu registrieren.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Correct the task</source>
        <translation>Aufgabe korrigieren</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Contact note of {label}</source>
        <translation>Kontaktnotiz vom {label}</translation>
    </message>
    <message>
        <source>Conference of {label}</source>
        <translation>Fallbesprechung vom {label}</translation>
    </message>
    <message>
        <source>&amp;Made from</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>What is to be &amp;done</source>
        <translation>Was zu &amp;tun ist</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>Fällig a&amp;m</translation>
    </message>
    <message>
        <source>(the whole family)</source>
        <translation>(die ganze Familie)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Betrifft</translation>
    </message>
</context>
<context>
    <name>TaskDoneDialog</name>
    <message>
        <source>Task done</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <source>Done &amp;on</source>
        <translation>Erledigt &amp;am</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Review overdue</source>
        <extracomment>Wait this long after the last keystroke before searching (typing stays fluid). The wizard of each step; closing (8) is offered from every step. After an unlock, the windows open at the lock come back this long after the caseload shows. The first dossier window's widgets are prepared this long after the caseload shows. The columns a search's passage takes the room of, while it is shown. A search's passage shows third (after the number and the family), this wide at least. The week's list shows the earliest items; a longer list is no longer a to-do list.</extracomment>
        <translation>Überprüfung überfällig</translation>
    </message>
    <message>
        <source>Plan review due</source>
        <translation>Überprüfung des Hilfeplans fällig</translation>
    </message>
    <message>
        <source>Objective due</source>
        <translation>Ziel fällig</translation>
    </message>
    <message>
        <source>Measure to start</source>
        <translation>Maßnahme zu beginnen</translation>
    </message>
    <message>
        <source>Turns 27</source>
        <translation>Wird 27</translation>
    </message>
    <message>
        <source>Plan awaiting signatures</source>
        <translation>Hilfeplan zu unterschreiben</translation>
    </message>
    <message>
        <source>Request for review to answer</source>
        <translation>Antrag auf Überprüfung zu beantworten</translation>
    </message>
    <message>
        <source>Plan returned by the ONE</source>
        <translation>Hilfeplan vom ONE zurückgegeben</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Task overdue</source>
        <translation>Aufgabe überfällig</translation>
    </message>
    <message>
        <source>no dossier</source>
        <translation>ohne Akte</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Give a dossier to another agent</source>
        <translation>Akte einer anderen Fachkraft übertragen</translation>
    </message>
    <message>
        <source>Give the dossier</source>
        <translation>Akte übertragen</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Akte</translation>
    </message>
    <message>
        <source>&amp;To agent</source>
        <translation>An &amp;Fachkraft</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>The dossier moves at your next synchronisation: the new agent's laptop receives it, the former agent's loses it.</source>
        <translation>Die Akte wechselt bei Ihrer nächsten Synchronisierung: Der Laptop der neuen Fachkraft erhält sie, der der bisherigen verliert sie.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>cpi-terrain — Caseload</source>
        <translation>cpi-terrain — Akten</translation>
    </message>
    <message>
        <source>Create your encrypted caseload</source>
        <translation>Verschlüsselten Aktenbestand anlegen</translation>
    </message>
    <message>
        <source>Unlock your caseload</source>
        <translation>Aktenbestand entsperren</translation>
    </message>
    <message>
        <source>Choose a passphrase of several words. It protects the families' data on this computer; nobody can recover it for you.</source>
        <translation>Wählen Sie eine Passphrase aus mehreren Wörtern. Sie schützt die Daten der Familien auf diesem Computer; niemand kann sie für Sie wiederherstellen.</translation>
    </message>
    <message>
        <source>Type your passphrase to open the dossiers stored on this computer.</source>
        <translation>Geben Sie Ihre Passphrase ein, um die auf diesem Computer gespeicherten Akten zu öffnen.</translation>
    </message>
    <message>
        <source>Demo caseload with invented families. Its passphrase is: &lt;b&gt;{passphrase}&lt;/b&gt;</source>
        <translation>Demo-Akten mit erfundenen Familien. Passphrase: &lt;b&gt;{passphrase}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No system keyring is available: the caseload will be protected by the passphrase alone. Choose a particularly long passphrase.</source>
        <translation>Kein System-Schlüsselbund verfügbar: Die Akten werden nur durch die Passphrase geschützt. Wählen Sie eine besonders lange Passphrase.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Updating the caseload format: %v / %m</source>
        <extracomment>Look the system keyring up on the store lane (importing keyring costs 0.1 s at start-up). Emitted from the worker while migrations run; queued to the GUI thread.</extracomment>
        <translation>Aktualisierung des Aktenformats: %v / %m</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Warten Sie {seconds} s</translation>
    </message>
</context>
<context>
    <name>ValidationWindow</name>
    <message>
        <source>Plans awaiting validation</source>
        <translation>Zu validierende Hilfepläne</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Gedruckt am</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Preview the plan…</source>
        <translation>Vorschau des Hilfeplans…</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validieren</translation>
    </message>
    <message>
        <source>Return with a comment…</source>
        <translation>Mit einem Kommentar zurückgeben…</translation>
    </message>
    <message>
        <source>{signed} of {total} signed</source>
        <translation>{signed} von {total} unterschrieben</translation>
    </message>
    <message>
        <source>still to sign: {names}</source>
        <translation>noch zu unterschreiben: {names}</translation>
    </message>
    <message>
        <source>Version {version} of dossier {number} is validated.</source>
        <translation>Fassung {version} der Akte {number} ist validiert.</translation>
    </message>
    <message>
        <source>Version {version} of dossier {number} is returned to the agent.</source>
        <translation>Fassung {version} der Akte {number} ist an die Fachkraft zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>WithdrawDocumentDialog</name>
    <message>
        <source>Withdraw a document</source>
        <translation>Unterlage zurückziehen</translation>
    </message>
    <message>
        <source>Withdrawn &amp;on</source>
        <translation>Zurückgezogen &amp;am</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>e.g. Attached to the wrong dossier; replaced by the final decision</source>
        <translation>z. B. Der falschen Akte beigefügt; durch die endgültige Entscheidung ersetzt</translation>
    </message>
</context>
</TS>