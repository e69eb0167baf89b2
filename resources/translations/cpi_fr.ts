<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>Accessibility</name>
    <message>
        <source>More commands</source>
        <extracomment>WCAG 2.1 AA for normal text. Room left for a taskbar or a top panel below the available geometry the OS reports. The window manager's frame around a window, title bar included (logical pixels).</extracomment>
        <translation>Autres commandes</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Birth date known</source>
        <translation>Date de naissance &amp;connue</translation>
    </message>
    <message>
        <source>Born &amp;on</source>
        <translation>Né(e) l&amp;e</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Not a &amp;duplicate</source>
        <translation>Pas un &amp;doublon</translation>
    </message>
    <message>
        <source>I checked: this is another person</source>
        <translation>J’ai vérifié : il s’agit d’une autre personne</translation>
    </message>
</context>
<context>
    <name>AddStakeholderDialog</name>
    <message>
        <source>Add a stakeholder</source>
        <translation>Ajouter un intervenant</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Agreed &amp;role</source>
        <translation>&amp;Rôle convenu</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Coordonnées</translation>
    </message>
    <message>
        <source>telephone or e-mail</source>
        <translation>téléphone ou courriel</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation>Le rendez-vous doit finir après son début.</translation>
    </message>
    <message>
        <source>This time has passed: plan an appointment ahead, or note the contact that took place.</source>
        <translation>Cette heure est passée : planifiez un rendez-vous à venir, ou notez le contact qui a eu lieu.</translation>
    </message>
    <message>
        <source>Give the reason, so that the dossier keeps why.</source>
        <translation>Indiquez le motif, pour que le dossier en garde la trace.</translation>
    </message>
    <message>
        <source>This appointment was already cancelled or noted as held.</source>
        <translation>Ce rendez-vous a déjà été annulé ou noté comme tenu.</translation>
    </message>
    <message>
        <source>This appointment has not started yet: note it once it took place.</source>
        <translation>Ce rendez-vous n’a pas encore commencé : notez-le une fois qu’il a eu lieu.</translation>
    </message>
    <message>
        <source>Expect only persons and stakeholders of this dossier (an appointment on no dossier expects none).</source>
        <translation>N’attendez que des personnes et des intervenants de ce dossier (un rendez-vous sans dossier n’en attend aucun).</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Dites ce qu’il faut faire.</translation>
    </message>
    <message>
        <source>This task is already done or dropped.</source>
        <translation>Cette tâche est déjà faite ou abandonnée.</translation>
    </message>
    <message>
        <source>The contact note or the conference belongs to another dossier.</source>
        <translation>La note de contact ou la concertation appartient à un autre dossier.</translation>
    </message>
    <message>
        <source>A contact note belongs to a dossier: this appointment is on none.</source>
        <translation>Une note de contact appartient à un dossier : ce rendez-vous n’est lié à aucun.</translation>
    </message>
    <message>
        <source>Home visit</source>
        <extracomment>An appointment planned "now" on a laptop whose clock runs a little ahead is not past. The office calendar carries appointments from this long ago on.</extracomment>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Concertation</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>At the family's home</source>
        <translation>Au domicile de la famille</translation>
    </message>
    <message>
        <source>At a school</source>
        <translation>À l’école</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>Au bureau</translation>
    </message>
    <message>
        <source>At a provider's</source>
        <translation>Chez un prestataire</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>Type the times as hours and minutes, e.g. 14:30.</source>
        <translation>Saisissez les heures en heures et minutes, p. ex. 14:30.</translation>
    </message>
    <message>
        <source>Export to the office calendar</source>
        <translation>Exporter vers l’agenda du bureau</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Agendas (*.ics)</translation>
    </message>
</context>
<context>
    <name>AgendaWindow</name>
    <message>
        <source>Appointments and tasks</source>
        <translation>Rendez-vous et tâches</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>&amp;Planifier…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orriger…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message>
        <source>&amp;Held: contact note…</source>
        <translation>&amp;Tenu : note de contact…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>Nouvelle tâc&amp;he…</translation>
    </message>
    <message>
        <source>&amp;Edit the task…</source>
        <translation>&amp;Modifier la tâche…</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Faite…</translation>
    </message>
    <message>
        <source>D&amp;rop…</source>
        <translation>Aband&amp;onner…</translation>
    </message>
    <message>
        <source>A task is added on its dossier: Appointments and tasks… (Ctrl+Shift+G) in the dossier's window.</source>
        <translation>Une tâche s’ajoute sur son dossier : Rendez-vous et tâches… (Ctrl+Maj+G) dans la fenêtre du dossier.</translation>
    </message>
    <message>
        <source>E&amp;xport to the office calendar (.ics)…</source>
        <translation>E&amp;xporter vers l’agenda du bureau (.ics)…</translation>
    </message>
    <message>
        <source>Dossier {number}</source>
        <translation>Dossier {number}</translation>
    </message>
    <message>
        <source>Your appointments of the next seven days, today's first, and the tasks due.</source>
        <translation>Vos rendez-vous des sept prochains jours, ceux d’aujourd’hui en premier, et les tâches à échéance.</translation>
    </message>
    <message>
        <source>No appointment planned.</source>
        <translation>Aucun rendez-vous prévu.</translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation>Rien de prévu cette semaine.</translation>
    </message>
    <message>
        <source>No open task.</source>
        <translation>Aucune tâche en cours.</translation>
    </message>
    <message>
        <source>no dossier</source>
        <translation>sans dossier</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>annulé : {reason}</translation>
    </message>
    <message>
        <source>held, contact noted</source>
        <translation>tenu, contact noté</translation>
    </message>
    <message>
        <source>moved: {reason}</source>
        <translation>déplacé : {reason}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>dropped: {reason}</source>
        <translation>abandonnée : {reason}</translation>
    </message>
    <message>
        <source>Choose an appointment first.</source>
        <translation>Choisissez d’abord un rendez-vous.</translation>
    </message>
    <message>
        <source>Choose a task first.</source>
        <translation>Choisissez d’abord une tâche.</translation>
    </message>
    <message>
        <source>Noted as held: its contact note is in the dossier's Contacts.</source>
        <translation>Noté comme tenu : sa note de contact est dans l’onglet Contacts du dossier.</translation>
    </message>
    <message>
        <source>Calendar saved.</source>
        <translation>Agenda enregistré.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>review overdue</source>
        <extracomment>Roles as plain ints: comparing them costs nothing, unlike an enum member looked up per call. The order alerts are listed in: the most urgent first.</extracomment>
        <translation>réexamen en retard</translation>
    </message>
    <message>
        <source>review due soon</source>
        <translation>réexamen bientôt dû</translation>
    </message>
    <message>
        <source>turns 27 soon</source>
        <translation>bientôt 27 ans</translation>
    </message>
    <message>
        <source>plan awaiting signatures</source>
        <translation>projet à faire signer</translation>
    </message>
    <message>
        <source>not synchronised</source>
        <translation>non synchronisé</translation>
    </message>
    <message>
        <source>plan returned by the ONE</source>
        <translation>projet renvoyé par l’ONE</translation>
    </message>
</context>
<context>
    <name>AnalysisWizard</name>
    <message>
        <source>Step 1 · Situation analysis</source>
        <translation>Étape 1 · Analyse de la situation</translation>
    </message>
    <message>
        <source>Working frame</source>
        <translation>Cadre de travail</translation>
    </message>
    <message>
        <source>Clarify the requests and agree on how you will work with the family and the stakeholders.</source>
        <translation>Clarifiez les demandes et convenez de la manière de travailler avec la famille et les intervenants.</translation>
    </message>
    <message>
        <source>voluntary aid</source>
        <translation>aide volontaire</translation>
    </message>
    <message>
        <source>court-ordered aid</source>
        <translation>aide contrainte</translation>
    </message>
    <message>
        <source>Frame of the aid</source>
        <translation>Cadre de l’aide</translation>
    </message>
    <message>
        <source>Court proceedings are pending</source>
        <translation>Une procédure judiciaire est pendante</translation>
    </message>
    <message>
        <source>Request of the judicial authority</source>
        <translation>Demande de l’autorité judiciaire</translation>
    </message>
    <message>
        <source>While proceedings are pending, the ONE acts only at the express request of the judicial authorities (art. 5).</source>
        <translation>Tant qu’une procédure est pendante, l’ONE n’intervient qu’à la demande expresse des instances judiciaires (art. 5).</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Court and file number</source>
        <translation>Juridiction et numéro de dossier</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>On to the global assessment</source>
        <translation>Vers l’évaluation globale</translation>
    </message>
    <message>
        <source>Finishing saves the frame and moves the dossier to step 2 when every condition holds; otherwise it lists what is missing.</source>
        <translation>Terminer enregistre le cadre et fait passer le dossier à l’étape 2 si toutes les conditions sont réunies ; sinon, la liste de ce qui manque s’affiche.</translation>
    </message>
</context>
<context>
    <name>AnonymisePersonDialog</name>
    <message>
        <source>Anonymise a person (art. 7)</source>
        <extracomment>Wide enough for the confirmation's label beside its field, in French and German.</extracomment>
        <translation>Anonymiser une personne (art. 7)</translation>
    </message>
    <message>
        <source>At their own request, a child or young adult of this dossier who is of age has their data anonymised (art. 7). Their names, birth date, contact details, notes, assessments, objectives and measures are replaced by “—” everywhere: in every record, including deleted and superseded ones, in the plans and their signed scans (the scans' files are removed), in other texts of the dossier that name them, in drafts, in changes not yet synchronised, on the ONE's server and on every computer holding the dossier at its next synchronisation.</source>
        <translation>À sa propre demande, un enfant ou jeune adulte majeur de ce dossier voit ses données anonymisées (art. 7). Ses nom et prénom, sa date de naissance, ses coordonnées, les notes, évaluations, objectifs et mesures qui le concernent sont remplacés par « — » partout : dans chaque enregistrement, y compris supprimé ou remplacé, dans les projets et leurs scans signés (les fichiers des scans sont effacés), dans les autres textes du dossier qui le nomment, dans les brouillons, dans les modifications pas encore synchronisées, sur le serveur de l’ONE et sur chaque ordinateur qui détient le dossier à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Their brothers and sisters and the rest of the family keep their data. The statistics still count the person, in their age group. What is recorded: that the anonymisation happened, when, at their request and by you.</source>
        <translation>Ses frères et sœurs et le reste de la famille gardent leurs données. Les statistiques comptent toujours la personne, dans sa tranche d’âge. Ce qui est enregistré : que l’anonymisation a eu lieu, quand, à sa demande et par vous.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette opération est définitive.</translation>
    </message>
    <message>
        <source>&amp;Person who asks</source>
        <translation>&amp;Personne qui le demande</translation>
    </message>
    <message>
        <source>&amp;Asked on</source>
        <translation>&amp;Demandé le</translation>
    </message>
    <message>
        <source>&amp;Type their family name to confirm</source>
        <translation>&amp;Tapez son nom de famille pour confirmer</translation>
    </message>
    <message>
        <source>Anonymise for good</source>
        <translation>Anonymiser définitivement</translation>
    </message>
</context>
<context>
    <name>AnswerReviewDialog</name>
    <message>
        <source>Answer a request for review or revocation</source>
        <translation>Répondre à une demande de réexamen ou de révocation</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>De&amp;mande</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Note for the family</source>
        <translation>&amp;Note pour la famille</translation>
    </message>
    <message>
        <source>Grounds: {grounds}</source>
        <translation>Motifs : {grounds}</translation>
    </message>
    <message>
        <source>The plan stays as it is; this counts as its review: the next one is due in twelve months (art. 6).</source>
        <translation>Le projet reste tel quel ; cela vaut réexamen : le prochain est dû dans douze mois (art. 6).</translation>
    </message>
    <message>
        <source>The plan will be changed: prepare a new version (step 4); the current one stays in force until the new one is.</source>
        <translation>Le projet sera modifié : préparez une nouvelle version (étape 4) ; la version actuelle reste en vigueur jusqu’à ce que la nouvelle le soit.</translation>
    </message>
    <message>
        <source>The plan ends on this date at the family's request (art. 4), and so do its measures still running, with your note as their reason; a placement so ended leaves the next semester list (art. 6).</source>
        <translation>Le projet prend fin à cette date à la demande de la famille (art. 4), et avec lui ses mesures encore en cours, avec votre note pour raison ; un placement ainsi terminé quitte la liste semestrielle suivante (art. 6).</translation>
    </message>
    <message>
        <source>The person withdrew the request: nothing changes.</source>
        <translation>La personne a retiré sa demande : rien ne change.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Correct the appointment</source>
        <translation>Corriger le rendez-vous</translation>
    </message>
    <message>
        <source>Plan an appointment</source>
        <translation>Planifier un rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>&amp;Where (kind of place)</source>
        <translation>&amp;Où (type de lieu)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>L&amp;ieu</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>Ob&amp;jet</translation>
    </message>
    <message>
        <source>Persons e&amp;xpected</source>
        <translation>Personnes atte&amp;ndues</translation>
    </message>
    <message>
        <source>Stake&amp;holders expected</source>
        <translation>&amp;Intervenants attendus</translation>
    </message>
    <message>
        <source>This appointment is on no dossier (a team meeting, a training). A family's appointment is planned from its dossier: Appointments and tasks… (Ctrl+Shift+G) in the dossier's window.</source>
        <translation>Ce rendez-vous n’est rattaché à aucun dossier (réunion d’équipe, formation). Le rendez-vous d’une famille se planifie depuis son dossier : Rendez-vous et tâches… (Ctrl+Maj+G) dans la fenêtre du dossier.</translation>
    </message>
    <message>
        <source>The office calendar gets only the dossier number, the kind and the kind of place: never the place, the subject or the names.</source>
        <translation>L’agenda du bureau ne reçoit que le numéro du dossier, le type de rendez-vous et le type de lieu : jamais le lieu, l’objet ni les noms.</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>Step 2 · Global assessment</source>
        <extracomment>One objective's tracked fields: ``objective.&lt;n&gt;.&lt;part&gt;``. Drafts written before objectives had a beneficiary kept one objective under these names.</extracomment>
        <translation>Étape 2 · Évaluation globale</translation>
    </message>
    <message>
        <source>Finishing saves the assessments and every objective together and moves the dossier to step 3 when every condition holds; otherwise it says what is missing.</source>
        <translation>Terminer enregistre ensemble les évaluations et tous les objectifs et fait passer le dossier à l’étape 3 quand toutes les conditions sont réunies ; sinon, indique ce qui manque.</translation>
    </message>
    <message>
        <source>Difficulties, resources and needs, and their own view in their own words.</source>
        <translation>Difficultés, ressources et besoins, et son point de vue avec ses propres mots.</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Own view, in their words</source>
        <translation>Son point de vue, avec ses mots</translation>
    </message>
    <message>
        <source>SMART objectives, each for a child</source>
        <translation>Objectifs SMART, chacun pour un enfant</translation>
    </message>
    <message>
        <source>Specific, measurable, accepted, realistic and time-bound, for one child or young adult. Add as many as agreed; leave a wording empty to add none.</source>
        <translation>Spécifiques, mesurables, acceptés, réalistes et définis dans le temps, pour un enfant ou un jeune adulte. Ajoutez-en autant que convenu ; laissez une formulation vide pour n’en ajouter aucun.</translation>
    </message>
    <message>
        <source>Already set: {objective} (for {person})</source>
        <translation>Déjà fixé : {objective} (pour {person})</translation>
    </message>
    <message>
        <source>no one named</source>
        <translation>personne n’est désigné</translation>
    </message>
    <message>
        <source>&amp;Add another objective</source>
        <translation>Ajouter un autre ob&amp;jectif</translation>
    </message>
    <message>
        <source>Add another objective</source>
        <translation>Ajouter un autre objectif</translation>
    </message>
    <message>
        <source>Objective {number}</source>
        <translation>Objectif {number}</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Pour</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicateur</translation>
    </message>
    <message>
        <source>Accepted &amp;by</source>
        <translation>&amp;Accepté par</translation>
    </message>
    <message>
        <source>Why it is &amp;realistic</source>
        <translation>Pourquoi il est &amp;réaliste</translation>
    </message>
    <message>
        <source>&amp;Horizon</source>
        <translation>&amp;Horizon</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>Échéanc&amp;e</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>On to planning</source>
        <translation>Vers la planification</translation>
    </message>
</context>
<context>
    <name>AttachedDocuments</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
    <message>
        <source>Choose the file of the document first.</source>
        <translation>Choisissez d’abord le fichier du document.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check that it is still there and choose it again.</source>
        <translation>Ce fichier ne peut pas être lu. Vérifiez qu’il est toujours là et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Choose another folder.</source>
        <translation>La copie n’a pas pu être enregistrée à cet endroit. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>CancelAppointmentDialog</name>
    <message>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Pourquoi</translation>
    </message>
</context>
<context>
    <name>CancelDossierDialog</name>
    <message>
        <source>Cancel dossier {number}</source>
        <translation>Annuler le dossier {number}</translation>
    </message>
    <message>
        <source>Only for a dossier opened by mistake (a duplicate, the wrong family). It leaves your caseload and the search; nothing is deleted and the ONE still sees it. A dossier whose plan was signed is closed instead (step 8).</source>
        <translation>Uniquement pour un dossier ouvert par erreur (un doublon, la mauvaise famille). Il quitte votre portefeuille et la recherche ; rien n’est effacé et l’ONE le voit toujours. Un dossier dont le projet a été signé se clôture (étape 8).</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Pourquoi</translation>
    </message>
    <message>
        <source>e.g. Duplicate of dossier SUD-2026-4F2A1C</source>
        <translation>p. ex. doublon du dossier SUD-2026-4F2A1C</translation>
    </message>
    <message>
        <source>Cancel the dossier</source>
        <translation>Annuler le dossier</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Dossier</source>
        <extracomment>``passage``: where a search found its words in what was written (shown only then).</extracomment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Found in the dossier</source>
        <translation>Trouvé dans le dossier</translation>
    </message>
    <message>
        <source>court-ordered</source>
        <translation>aide contrainte</translation>
    </message>
    <message>
        <source>voluntary</source>
        <translation>aide volontaire</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>This dossier no longer exists on this computer. Reload the caseload.</source>
        <translation>Ce dossier n’existe plus sur cet ordinateur. Rechargez la liste des dossiers.</translation>
    </message>
    <message>
        <source>{name}, born on {date}, may already exist (dossier {number}). Check the dossier, then confirm that this is another person.</source>
        <translation>{name}, né(e) le {date}, existe peut-être déjà (dossier {number}). Vérifiez ce dossier, puis confirmez qu’il s’agit d’une autre personne.</translation>
    </message>
    <message>
        <source>Unknown regional office “{code}”. Choose an office from the list.</source>
        <translation>Bureau régional « {code} » inconnu. Choisissez un bureau dans la liste.</translation>
    </message>
    <message>
        <source>A person cannot be related to themselves. Choose two different persons.</source>
        <translation>Une personne ne peut pas être liée à elle-même. Choisissez deux personnes différentes.</translation>
    </message>
    <message>
        <source>This person is not part of the dossier. Reload the dossier.</source>
        <translation>Cette personne ne fait pas partie du dossier. Rechargez le dossier.</translation>
    </message>
    <message>
        <source>Enter at least a first name or a last name for each person.</source>
        <translation>Indiquez au moins un prénom ou un nom pour chaque personne.</translation>
    </message>
    <message>
        <source>The birth date {date} is in the future. Check the date.</source>
        <translation>La date de naissance {date} est dans le futur. Vérifiez la date.</translation>
    </message>
    <message>
        <source>Describe what is asked in the request (who asks for what).</source>
        <translation>Décrivez ce que demande la demande (qui demande quoi).</translation>
    </message>
    <message>
        <source>The request date {date} is in the future. Check the date.</source>
        <translation>La date de la demande {date} est dans le futur. Vérifiez la date.</translation>
    </message>
    <message>
        <source>The date {date} is in the future. Check the date.</source>
        <translation>La date du {date} est dans le futur. Vérifiez la date.</translation>
    </message>
    <message>
        <source>Give the reference of the judicial request (court, file number).</source>
        <translation>Indiquez la référence de la demande judiciaire (juridiction, numéro de dossier).</translation>
    </message>
    <message>
        <source>This item no longer exists on this computer. Reload the dossier.</source>
        <translation>Cet élément n’existe plus sur cet ordinateur. Rechargez le dossier.</translation>
    </message>
    <message>
        <source>This item is not part of the dossier. Reload the dossier.</source>
        <translation>Cet élément ne fait pas partie du dossier. Rechargez le dossier.</translation>
    </message>
    <message>
        <source>The e-mail address “{email}” is not one: check it (name@domain.lu).</source>
        <translation>L’adresse « {email} » n’est pas une adresse électronique : vérifiez-la (nom@domaine.lu).</translation>
    </message>
    <message>
        <source>Enter the provider's name.</source>
        <translation>Indiquez le nom du prestataire.</translation>
    </message>
    <message>
        <source>Give the provider's country as a two-letter code (LU, BE, DE, FR...).</source>
        <translation>Indiquez le pays du prestataire en deux lettres (LU, BE, DE, FR…).</translation>
    </message>
    <message>
        <source>Give the stakeholder's name and the role agreed for them.</source>
        <translation>Indiquez le nom de l’intervenant et le rôle convenu avec lui.</translation>
    </message>
    <message>
        <source>Only an administrator of the ONE changes the provider directory: the ONE records the agréments the minister grants (art. 13).</source>
        <translation>Seul un administrateur de l’ONE modifie le répertoire des prestataires : l’ONE enregistre les agréments que le ministre accorde (art. 13).</translation>
    </message>
    <message>
        <source>Enter the agrément's number as the minister's decision gives it.</source>
        <translation>Indiquez le numéro de l’agrément tel que le donne la décision du ministre.</translation>
    </message>
    <message>
        <source>Agrément {number}: give the art. 11 measures it covers, e.g. a1,c,h.</source>
        <translation>Agrément {number} : indiquez les mesures de l’art. 11 qu’il couvre, par ex. a1,c,h.</translation>
    </message>
    <message>
        <source>Agrément {number}: {codes} are not measures of art. 11 (letters a to y, formulas such as a1).</source>
        <translation>Agrément {number} : {codes} ne sont pas des mesures de l’art. 11 (lettres a à y, formules comme a1).</translation>
    </message>
    <message>
        <source>Agrément {number}: give the day it takes effect.</source>
        <translation>Agrément {number} : indiquez le jour où il prend effet.</translation>
    </message>
    <message>
        <source>Agrément {number}: it ends ({end}) before it takes effect ({start}). Check the dates.</source>
        <translation>Agrément {number} : il prend fin ({end}) avant de prendre effet ({start}). Vérifiez les dates.</translation>
    </message>
    <message>
        <source>Unknown measure “{code}”: choose a measure of the art. 11 catalogue.</source>
        <translation>Mesure « {code} » inconnue : choisissez une mesure du catalogue de l’art. 11.</translation>
    </message>
    <message>
        <source>A measure is planned for a child or a young adult of the dossier.</source>
        <translation>Une mesure se planifie pour un enfant ou un jeune adulte du dossier.</translation>
    </message>
</context>
<context>
    <name>ChangeLinkDialog</name>
    <message>
        <source>Change or end a tie</source>
        <translation>Modifier ou terminer un lien</translation>
    </message>
    <message>
        <source>&amp;Which tie</source>
        <translation>&amp;Lien concerné</translation>
    </message>
    <message>
        <source>changes from a date on (e.g. a court decision)</source>
        <translation>change à partir d’une date (p. ex. une décision du tribunal)</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>prend fin</translation>
    </message>
    <message>
        <source>What &amp;happens</source>
        <translation>Ce qui &amp;change</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <source>Parental &amp;authority</source>
        <translation>Autorité pa&amp;rentale</translation>
    </message>
    <message>
        <source>holds parental authority over this person</source>
        <translation>exerce l’autorité parentale sur cette personne</translation>
    </message>
    <message>
        <source>Legal re&amp;presentative</source>
        <translation>Représentant lé&amp;gal</translation>
    </message>
    <message>
        <source>is this person's legal representative</source>
        <translation>est le représentant légal de cette personne</translation>
    </message>
    <message>
        <source>&amp;From / ended on</source>
        <translation>À partir du / &amp;terminé le</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>Ra&amp;ison</translation>
    </message>
    <message>
        <source>e.g. Judgment of the youth court of 1 December 2026</source>
        <translation>p. ex. jugement du tribunal de la jeunesse du 1er décembre 2026</translation>
    </message>
    <message>
        <source>The tie as it was stays in the history. The next plan version asks for the signatures that follow from the tie as it is; a version already signed stays as signed.</source>
        <translation>Le lien tel qu’il était reste dans l’historique. La prochaine version du projet demande les signatures qui découlent du lien tel qu’il est ; une version déjà signée reste telle qu’elle a été signée.</translation>
    </message>
</context>
<context>
    <name>Chronology</name>
    <message>
        <source>Dossier opened</source>
        <extracomment>The on-screen label of each kind of event, written once (the printed chronology has its own French and German in ``app.documents.chronology``: it follows the family's language).</extracomment>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Demande reçue</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Concertation</translation>
    </message>
    <message>
        <source>Parental authority given</source>
        <translation>Autorité parentale attribuée</translation>
    </message>
    <message>
        <source>Parental authority ended</source>
        <translation>Fin de l’autorité parentale</translation>
    </message>
    <message>
        <source>Legal representation given</source>
        <translation>Représentation légale attribuée</translation>
    </message>
    <message>
        <source>Legal representation ended</source>
        <translation>Fin de la représentation légale</translation>
    </message>
    <message>
        <source>Professional no longer involved</source>
        <translation>Fin de l’intervention d’un professionnel</translation>
    </message>
    <message>
        <source>Judgement of discernment</source>
        <translation>Appréciation du discernement</translation>
    </message>
    <message>
        <source>Objective set</source>
        <translation>Objectif fixé</translation>
    </message>
    <message>
        <source>Objective achieved</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Objective abandoned</source>
        <translation>Objectif abandonné</translation>
    </message>
    <message>
        <source>Objective reformulated</source>
        <translation>Objectif reformulé</translation>
    </message>
    <message>
        <source>Plan version prepared</source>
        <translation>Version du projet préparée</translation>
    </message>
    <message>
        <source>Plan version ready to sign</source>
        <translation>Version du projet prête à signer</translation>
    </message>
    <message>
        <source>Plan version discarded</source>
        <translation>Version du projet écartée</translation>
    </message>
    <message>
        <source>Signature given</source>
        <translation>Signature donnée</translation>
    </message>
    <message>
        <source>Validated by the ONE</source>
        <translation>Validé par l’ONE</translation>
    </message>
    <message>
        <source>Returned by the ONE</source>
        <translation>Renvoyé par l’ONE</translation>
    </message>
    <message>
        <source>Plan in force</source>
        <translation>Projet en vigueur</translation>
    </message>
    <message>
        <source>Plan reviewed</source>
        <translation>Réexamen du projet</translation>
    </message>
    <message>
        <source>Request for review or revocation received</source>
        <translation>Demande de réexamen ou de révocation reçue</translation>
    </message>
    <message>
        <source>Request for review or revocation answered</source>
        <translation>Réponse à une demande de réexamen ou de révocation</translation>
    </message>
    <message>
        <source>Measure changed</source>
        <translation>Mesure modifiée</translation>
    </message>
    <message>
        <source>Measure withdrawn</source>
        <translation>Mesure retirée</translation>
    </message>
    <message>
        <source>Measure started</source>
        <translation>Début d’une mesure</translation>
    </message>
    <message>
        <source>Measure interrupted</source>
        <translation>Interruption d’une mesure</translation>
    </message>
    <message>
        <source>Measure ended</source>
        <translation>Fin d’une mesure</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Dossier transferred</source>
        <translation>Dossier transféré</translation>
    </message>
    <message>
        <source>Dossier closed</source>
        <translation>Dossier clôturé</translation>
    </message>
    <message>
        <source>Dossier reopened</source>
        <translation>Dossier rouvert</translation>
    </message>
    <message>
        <source>Dossier cancelled</source>
        <translation>Dossier annulé</translation>
    </message>
    <message>
        <source>review</source>
        <extracomment>Typed values of events that ``ui.labels`` does not know.</extracomment>
        <translation>réexamen</translation>
    </message>
    <message>
        <source>revocation</source>
        <translation>révocation</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>plan confirmed</source>
        <translation>projet confirmé</translation>
    </message>
    <message>
        <source>new plan version</source>
        <translation>nouvelle version du projet</translation>
    </message>
    <message>
        <source>plan revoked</source>
        <translation>projet révoqué</translation>
    </message>
    <message>
        <source>request withdrawn</source>
        <translation>demande retirée</translation>
    </message>
    <message>
        <source>able to judge</source>
        <translation>capable de discernement</translation>
    </message>
    <message>
        <source>not able to judge</source>
        <translation>pas capable de discernement</translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>ChronologyPage</name>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Événement :</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Toutes les personnes</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Concernant :</translation>
    </message>
    <message>
        <source>Print or save as PDF…</source>
        <translation>Imprimer ou enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print or save the chronology as PDF</source>
        <translation>Imprimer ou enregistrer la chronologie en PDF</translation>
    </message>
    <message>
        <source>Chronology of the dossier</source>
        <translation>Chronologie du dossier</translation>
    </message>
</context>
<context>
    <name>ClosureWizard</name>
    <message>
        <source>Step 8 · Closure</source>
        <translation>Étape 8 · Clôture</translation>
    </message>
    <message>
        <source>Closing the dossier</source>
        <translation>Clôture du dossier</translation>
    </message>
    <message>
        <source>Running measures end on the closing day and the plan in force ends. The dossier becomes read-only; reopening it needs a reason.</source>
        <translation>Les mesures en cours prennent fin le jour de la clôture et le projet en vigueur s'achève. Le dossier passe en lecture seule ; le rouvrir demande un motif.</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Why the aid ends, and what it achieved.</source>
        <translation>Pourquoi l'aide prend fin, et ce qu'elle a permis.</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Final evaluation</source>
        <translation>Évaluation finale</translation>
    </message>
    <message>
        <source>Write the final evaluation before closing the dossier.</source>
        <translation>Rédigez l'évaluation finale avant de clôturer le dossier.</translation>
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
        <translation>Modifié des deux côtés ; l’autre modification a été envoyée par {who} le {date} à {time}.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>Starting version</source>
        <translation>Version de départ</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Valeur à garder</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Keep their version</source>
        <translation>Garder leur version</translation>
    </message>
    <message>
        <source>Another value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Type another value</source>
        <translation>Saisir une autre valeur</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>&amp;Value to keep:</source>
        <translation>&amp;Valeur à garder :</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>This conflict no longer exists on this computer. Synchronise, then look again.</source>
        <translation>Ce conflit n’existe plus sur cet ordinateur. Synchronisez, puis regardez à nouveau.</translation>
    </message>
    <message>
        <source>This conflict was already resolved. Synchronise to see the value kept.</source>
        <translation>Ce conflit a déjà été résolu. Synchronisez pour voir la valeur retenue.</translation>
    </message>
    <message>
        <source>This value does not fit the field ({reason}). Correct it or choose one of the two versions.</source>
        <translation>Cette valeur ne convient pas au champ ({reason}). Corrigez-la ou choisissez l’une des deux versions.</translation>
    </message>
    <message>
        <source>This plan version is frozen and no longer changes: prepare a new version instead.</source>
        <translation>Cette version du projet est figée et ne change plus : préparez plutôt une nouvelle version.</translation>
    </message>
    <message>
        <source>The record of this conflict is not on this computer. Synchronise, then try again.</source>
        <translation>L’enregistrement de ce conflit n’est pas sur cet ordinateur. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>This record is never changed once written (signatures, minutes, notes): add a new one instead.</source>
        <translation>Cet enregistrement ne se modifie plus une fois écrit (signatures, comptes rendus, notes) : ajoutez-en plutôt un nouveau.</translation>
    </message>
    <message>
        <source>The dossier is closed: reopen it before resolving this conflict.</source>
        <translation>Le dossier est clôturé : rouvrez-le avant de résoudre ce conflit.</translation>
    </message>
    <message>
        <source>Choose my version, their version or type a value.</source>
        <translation>Choisissez ma version, leur version ou saisissez une valeur.</translation>
    </message>
    <message>
        <source>the dossier</source>
        <extracomment>Who made the edit that met another one (the uploader), and when. True when the reader is that uploader: "mine" is the uploaded value. A text field: the person may type another value than either side.</extracomment>
        <translation>le dossier</translation>
    </message>
    <message>
        <source>the person {name}</source>
        <translation>la personne {name}</translation>
    </message>
    <message>
        <source>a record about {name}</source>
        <translation>un enregistrement concernant {name}</translation>
    </message>
    <message>
        <source>another record of the dossier</source>
        <translation>un autre enregistrement du dossier</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>The same field was changed on this computer and elsewhere. Nothing was overwritten: choose the value to keep.</source>
        <translation>Le même champ a été modifié sur cet ordinateur et ailleurs. Rien n’a été écrasé : choisissez la valeur à garder.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>No conflict left to resolve in this dossier.</source>
        <translation>Plus aucun conflit à résoudre dans ce dossier.</translation>
    </message>
</context>
<context>
    <name>ContactNoteDialog</name>
    <message>
        <source>Contact note</source>
        <translation>Note de contact</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>A&amp;t</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>e.g. 14:30</source>
        <translation>p. ex. 14:30</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;Avec qui</translation>
    </message>
    <message>
        <source>e.g. Mrs Tavares and Léa</source>
        <translation>p. ex. Mme Tavares et Léa</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>What was &amp;said or agreed</source>
        <translation>Ce qui a été d&amp;it ou convenu</translation>
    </message>
    <message>
        <source>Contact notes are kept as written: to correct one, add a new note that says so.</source>
        <translation>Les notes de contact sont gardées telles qu’écrites : pour en corriger une, ajoutez une nouvelle note qui le dit.</translation>
    </message>
</context>
<context>
    <name>CoordinationWizard</name>
    <message>
        <source>Step 6 · Coordination</source>
        <translation>Étape 6 · Coordination</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>Finishing keeps the minutes and the contact that are filled in.</source>
        <translation>Terminer enregistre le compte rendu et le contact remplis.</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Concertation</translation>
    </message>
    <message>
        <source>Leave the place empty when there was no conference.</source>
        <translation>Laissez le lieu vide s'il n'y a pas eu de concertation.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>One a line: name, role</source>
        <translation>Un par ligne : nom, rôle</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Task from the decisions (optional)</source>
        <translation>Tâche issue des décisions (facultatif)</translation>
    </message>
    <message>
        <source>Task due on</source>
        <translation>Tâche à faire pour le</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Leave "with whom" empty when there is no contact to note.</source>
        <translation>Laissez « avec qui » vide s'il n'y a pas de contact à noter.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Ce qui a été dit ou convenu</translation>
    </message>
    <message>
        <source>Task from this contact (optional)</source>
        <translation>Tâche issue de ce contact (facultatif)</translation>
    </message>
    <message>
        <source>Give the role after a comma on line(s) {lines}.</source>
        <translation>Indiquez le rôle après une virgule à la ou aux ligne(s) {lines}.</translation>
    </message>
    <message>
        <source>Type the time as 14:30.</source>
        <translation>Saisissez l'heure sous la forme 14:30.</translation>
    </message>
</context>
<context>
    <name>CorrectPersonDialog</name>
    <message>
        <source>Correct a person</source>
        <translation>Corriger une personne</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Birth date known</source>
        <translation>Date de naissance &amp;connue</translation>
    </message>
    <message>
        <source>Born &amp;on</source>
        <translation>Né(e) l&amp;e</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>&amp;Rue et numéro</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>&amp;Code postal</translation>
    </message>
    <message>
        <source>e.g. L-4011</source>
        <translation>p. ex. L-4011</translation>
    </message>
    <message>
        <source>Local&amp;ity</source>
        <translation>&amp;Localité</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Other telep&amp;hone</source>
        <translation>Autre télép&amp;hone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Courri&amp;el</translation>
    </message>
    <message>
        <source>School or &amp;childcare</source>
        <translation>École ou &amp;accueil</translation>
    </message>
    <message>
        <source>Lan&amp;guage spoken</source>
        <translation>Lan&amp;gue parlée</translation>
    </message>
    <message>
        <source>e.g. Portuguese, Luxembourgish, Tigrinya</source>
        <translation>p. ex. portugais, luxembourgeois, tigrinya</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interprète</translation>
    </message>
    <message>
        <source>an interpreter is needed</source>
        <translation>un interprète est nécessaire</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>No&amp;tes</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>“{email}” is not an e-mail address: write it as name@example.lu, or leave the field empty.</source>
        <extracomment>An e-mail address as people type it: something, "@", a domain with a dot. A telephone number: digits with the usual separators and an optional leading "+".</extracomment>
        <translation>« {email} » n’est pas une adresse électronique : écrivez-la comme nom@example.lu, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>“{phone}” is not a telephone number: use digits, spaces and an optional + (e.g. +352 621 123 456).</source>
        <translation>« {phone} » n’est pas un numéro de téléphone : utilisez des chiffres, des espaces et éventuellement un + (p. ex. +352 621 123 456).</translation>
    </message>
    <message>
        <source>Say why it ends (e.g. the court's decision and its date): the history keeps the reason.</source>
        <translation>Indiquez pourquoi il prend fin (p. ex. la décision du tribunal et sa date) : l’historique en garde la raison.</translation>
    </message>
    <message>
        <source>The end date {date} is in the future: record the end once it took effect.</source>
        <translation>La date de fin {date} est dans le futur : enregistrez la fin une fois qu’elle a pris effet.</translation>
    </message>
    <message>
        <source>The end date {date} comes before the start ({start}). Check the dates.</source>
        <translation>La date de fin {date} précède le début ({start}). Vérifiez les dates.</translation>
    </message>
    <message>
        <source>This ended on {date}: it stays in the history as it was. Record a new one if it starts again.</source>
        <translation>Ceci a pris fin le {date} : cela reste dans l’historique tel quel. Enregistrez-en un nouveau si cela reprend.</translation>
    </message>
    <message>
        <source>Nothing changes: tick or untick parental authority or legal representation, or choose another relationship.</source>
        <translation>Rien ne change : cochez ou décochez l’autorité parentale ou la représentation légale, ou choisissez un autre lien.</translation>
    </message>
    <message>
        <source>Only an open dossier can be cancelled: this one is closed or already cancelled.</source>
        <translation>Seul un dossier ouvert peut être annulé : celui-ci est clôturé ou déjà annulé.</translation>
    </message>
    <message>
        <source>A plan of this dossier was signed or validated: it is a real dossier. Close it with a reason instead (step 8).</source>
        <translation>Un projet de ce dossier a été signé ou validé : c’est un vrai dossier. Clôturez-le plutôt, avec un motif (étape 8).</translation>
    </message>
    <message>
        <source>Say why the dossier was opened by mistake (e.g. a duplicate of dossier SUD-2026-…): the ONE reads it.</source>
        <translation>Indiquez pourquoi le dossier a été ouvert par erreur (p. ex. un doublon du dossier SUD-2026-…) : l’ONE le lit.</translation>
    </message>
    <message>
        <source>parental authority</source>
        <translation>autorité parentale</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>représentant légal</translation>
    </message>
</context>
<context>
    <name>CoverDialog</name>
    <message>
        <source>Give cover of a caseload</source>
        <translation>Confier le remplacement d’un agent</translation>
    </message>
    <message>
        <source>Give the cover</source>
        <translation>Confier le remplacement</translation>
    </message>
    <message>
        <source>&amp;Agent away</source>
        <translation>&amp;Agent absent</translation>
    </message>
    <message>
        <source>&amp;Covered by</source>
        <translation>&amp;Remplacé par</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Until (included)</source>
        <translation>&amp;Jusqu’au (inclus)</translation>
    </message>
    <message>
        <source>The colleague's laptop receives the agent's dossiers at its next synchronisation and loses them when the cover ends.</source>
        <translation>Le poste du collègue reçoit les dossiers de l’agent à sa prochaine synchronisation et les perd quand le remplacement prend fin.</translation>
    </message>
</context>
<context>
    <name>DiscardVersionDialog</name>
    <message>
        <source>Discard version {number}</source>
        <translation>Écarter la version {number}</translation>
    </message>
    <message>
        <source>Nobody has signed this version yet. Discarded, it is kept with your reason but never printed again; prepare a new version for the family to sign.</source>
        <translation>Personne n’a encore signé cette version. Écartée, elle est gardée avec votre raison mais n’est plus jamais imprimée ; préparez une nouvelle version à faire signer par la famille.</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Pourquoi</translation>
    </message>
    <message>
        <source>e.g. The parents refuse the day care; they want home support</source>
        <translation>p. ex. Les parents refusent l’accueil de jour ; ils souhaitent une aide à domicile</translation>
    </message>
    <message>
        <source>Discard the version</source>
        <translation>Écarter la version</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Add a document</source>
        <translation>Ajouter une pièce</translation>
    </message>
    <message>
        <source>Correct a document</source>
        <translation>Corriger une pièce</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG, at most 20 MB</source>
        <translation>PDF, PNG ou JPEG, 20 Mo au plus</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Kind of document</source>
        <translation>&amp;Nature du document</translation>
    </message>
    <message>
        <source>&amp;Date of the document</source>
        <translation>&amp;Date du document</translation>
    </message>
    <message>
        <source>&amp;From (author or sender)</source>
        <translation>&amp;Émetteur (auteur ou expéditeur)</translation>
    </message>
    <message>
        <source>e.g. Youth court of Luxembourg</source>
        <translation>p. ex. Tribunal de la jeunesse de Luxembourg</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Concerns</source>
        <translation>&amp;Concerne</translation>
    </message>
    <message>
        <source>Tick no one for a document about the whole family.</source>
        <translation>Ne cochez personne pour un document qui concerne toute la famille.</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>Choisir le document</translation>
    </message>
</context>
<context>
    <name>DocumentLanguageDialog</name>
    <message>
        <source>Language of the family's documents</source>
        <translation>Langue des documents de la famille</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Plans, letters and summaries of this dossier open in this language; the preview still lets you print one in the other.</source>
        <translation>Les projets, lettres et synthèses de ce dossier s’ouvrent dans cette langue ; l’aperçu permet toujours d’en imprimer un dans l’autre.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Print preview</source>
        <extracomment>Runs ``work`` off the GUI thread, then ``done(result)`` or ``failed(exc)`` on it.</extracomment>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>P&amp;rinter</source>
        <translation>Imp&amp;rimante</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Page {number} sur {count}</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: save the document as PDF.</source>
        <translation>Aucune imprimante n'est installée sur cet ordinateur : enregistrez le document en PDF.</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Envoyé à {printer}.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}. Choose another place.</source>
        <translation>Le fichier n'a pas pu être écrit : {reason}. Choisissez un autre emplacement.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Document: {title}</source>
        <translation>Pièce : {title}</translation>
    </message>
    <message>
        <source>Page of the document</source>
        <translation>Page du document</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>This file cannot be shown: it may be damaged. Save a copy to open it with another program.</source>
        <translation>Ce fichier ne peut pas être affiché : il est peut-être abîmé. Enregistrez-en une copie pour l’ouvrir avec un autre programme.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Enregistrer une copie du document</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This file is empty. Choose the document again.</source>
        <translation>Ce fichier est vide. Choisissez à nouveau le document.</translation>
    </message>
    <message>
        <source>This file is too large: a document may be at most {limit} MB. Scan it again at a lower resolution or in black and white.</source>
        <translation>Ce fichier est trop volumineux : un document compte au plus {limit} Mo. Numérisez-le à nouveau en résolution plus basse ou en noir et blanc.</translation>
    </message>
    <message>
        <source>Only a PDF, JPEG or PNG file can be attached to the dossier, and this file is not one. Save the document in one of these formats.</source>
        <translation>Seul un fichier PDF, JPEG ou PNG peut être joint au dossier, et ce fichier n’en est pas un. Enregistrez le document dans l’un de ces formats.</translation>
    </message>
    <message>
        <source>Give the document a title (e.g. “Ordonnance du tribunal de la jeunesse”), so that it can be found in the list.</source>
        <translation>Donnez un titre au document (p. ex. « Ordonnance du tribunal de la jeunesse ») pour le retrouver dans la liste.</translation>
    </message>
    <message>
        <source>The document's date {date} is in the future: give the date written on the document.</source>
        <translation>La date du document, le {date}, est dans le futur : indiquez la date inscrite sur le document.</translation>
    </message>
    <message>
        <source>A document can only concern persons of this dossier.</source>
        <translation>Un document ne peut concerner que des personnes de ce dossier.</translation>
    </message>
    <message>
        <source>Nothing changes: correct the kind, the date, the source, the title or the persons concerned.</source>
        <translation>Rien ne change : corrigez la nature, la date, l’émetteur, le titre ou les personnes concernées.</translation>
    </message>
    <message>
        <source>This file is already attached to the dossier as “{title}”.</source>
        <translation>Ce fichier est déjà joint au dossier sous le titre « {title} ».</translation>
    </message>
    <message>
        <source>This document was withdrawn on {date}: it stays in the list as withdrawn, as it was.</source>
        <translation>Ce document a été retiré le {date} : il reste dans la liste comme retiré, tel qu’il était.</translation>
    </message>
    <message>
        <source>Say why the document is withdrawn (e.g. attached to the wrong dossier, replaced by a newer one).</source>
        <translation>Dites pourquoi le document est retiré (p. ex. joint au mauvais dossier, remplacé par un plus récent).</translation>
    </message>
    <message>
        <source>The date of withdrawal {date} is in the future.</source>
        <translation>La date de retrait, le {date}, est dans le futur.</translation>
    </message>
    <message>
        <source>The file of this document was deleted when a person it concerned was anonymised (art. 7): only its description remains.</source>
        <translation>Le fichier de ce document a été supprimé lors de l’anonymisation d’une personne qu’il concernait (art. 7) : seule sa description reste.</translation>
    </message>
    <message>
        <source>The file of this document has not reached this computer yet. Sync with the ONE server to fetch it.</source>
        <translation>Le fichier de ce document n’est pas encore arrivé sur cet ordinateur. Synchronisez avec le serveur de l’ONE pour le recevoir.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>&amp;Add a document…</source>
        <translation>&amp;Ajouter une pièce…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Documents of the dossier</source>
        <translation>Pièces du dossier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>deleted (art. 7)</source>
        <translation>supprimé (art. 7)</translation>
    </message>
    <message>
        <source>{date}: {reason}</source>
        <translation>{date} : {reason}</translation>
    </message>
    <message>
        <source>the family</source>
        <translation>la famille</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <source>review</source>
        <translation>réexamen</translation>
    </message>
    <message>
        <source>revocation</source>
        <translation>révocation</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>plan confirmed</source>
        <translation>projet confirmé</translation>
    </message>
    <message>
        <source>a new version of the plan</source>
        <translation>une nouvelle version du projet</translation>
    </message>
    <message>
        <source>plan revoked</source>
        <translation>projet révoqué</translation>
    </message>
    <message>
        <source>request withdrawn</source>
        <translation>demande retirée</translation>
    </message>
    <message>
        <source>{kind} asked by {name} on {date} (version {number})</source>
        <translation>{kind} demandé par {name} le {date} (version {number})</translation>
    </message>
    <message>
        <source>Type the time as hours and minutes, e.g. 14:30.</source>
        <translation>Tapez l’heure en heures et minutes, p. ex. 14:30.</translation>
    </message>
    <message>
        <source>Type the family name of the person who asks, as it is written in the dossier, to confirm.</source>
        <translation>Pour confirmer, tapez le nom de famille de la personne qui le demande, tel qu’il est écrit dans le dossier.</translation>
    </message>
</context>
<context>
    <name>DossierActionsMenu</name>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>&amp;Contact note…</source>
        <translation>Note de &amp;contact…</translation>
    </message>
    <message>
        <source>&amp;Review or revocation requested…</source>
        <translation>Demande de &amp;réexamen ou de révocation…</translation>
    </message>
    <message>
        <source>&amp;Answer a request for review or revocation…</source>
        <translation>Ré&amp;pondre à une demande de réexamen ou de révocation…</translation>
    </message>
    <message>
        <source>Plan re&amp;viewed without change…</source>
        <translation>Projet réexaminé &amp;sans changement…</translation>
    </message>
    <message>
        <source>&amp;Discard the version ready to sign…</source>
        <translation>Écarter la version prête à si&amp;gner…</translation>
    </message>
    <message>
        <source>&amp;Signed scans…</source>
        <translation>&amp;Voir les scans signés…</translation>
    </message>
    <message>
        <source>Re&amp;open the dossier…</source>
        <translation>R&amp;ouvrir le dossier…</translation>
    </message>
    <message>
        <source>Anon&amp;ymise a person of age (art. 7)…</source>
        <translation>Anon&amp;ymiser une personne majeure (art. 7)…</translation>
    </message>
    <message>
        <source>The dossier is closed: reopen it first.</source>
        <translation>Le dossier est clôturé : rouvrez-le d’abord.</translation>
    </message>
    <message>
        <source>Only once a plan version is ready to sign, signed or in force.</source>
        <translation>Seulement lorsqu’une version du projet est prête à signer, signée ou en vigueur.</translation>
    </message>
    <message>
        <source>No request for review or revocation is waiting for an answer.</source>
        <translation>Aucune demande de réexamen ou de révocation n’attend de réponse.</translation>
    </message>
    <message>
        <source>Only for a plan in force.</source>
        <translation>Seulement pour un projet en vigueur.</translation>
    </message>
    <message>
        <source>Only for a version ready to sign that nobody signed yet.</source>
        <translation>Seulement pour une version prête à signer que personne n’a encore signée.</translation>
    </message>
    <message>
        <source>No scan of signed pages is attached to this dossier.</source>
        <translation>Aucun scan de pages signées n’est joint à ce dossier.</translation>
    </message>
    <message>
        <source>The dossier is open.</source>
        <translation>Le dossier est ouvert.</translation>
    </message>
    <message>
        <source>Only a child or young adult of the dossier who is of age may ask for the anonymisation of their data (art. 7).</source>
        <translation>Seul un enfant ou jeune adulte majeur du dossier peut demander l’anonymisation de ses données (art. 7).</translation>
    </message>
</context>
<context>
    <name>DossierDocuments</name>
    <message>
        <source>Overview for a case conference…</source>
        <extracomment>The plan versions' entries, newest first (the self-test opens the first).</extracomment>
        <translation>Synthèse pour une concertation…</translation>
    </message>
    <message>
        <source>Intervention plan, version {number}…</source>
        <translation>Projet d’intervention, version {number}…</translation>
    </message>
    <message>
        <source>Invitation to the case conference of {date}…</source>
        <translation>Invitation à la concertation du {date}…</translation>
    </message>
    <message>
        <source>Minutes of the case conference of {date}…</source>
        <translation>Compte rendu de la concertation du {date}…</translation>
    </message>
    <message>
        <source>Chronology of the dossier…</source>
        <translation>Chronologie du dossier…</translation>
    </message>
    <message>
        <source>Letter to send…</source>
        <translation>Lettre à envoyer…</translation>
    </message>
    <message>
        <source>The dossier for the family (art. 7)…</source>
        <translation>Le dossier pour la famille (art. 7)…</translation>
    </message>
    <message>
        <source>Closure letter to the family…</source>
        <translation>Lettre de clôture à la famille…</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <source>Dossier {number}</source>
        <extracomment>The overview's next action asks for a step's wizard: (case id, step). The detail whose tabs after the overview are still to build (``_complete``), and the groups of tabs left to add (None once every tab is built and set).</extracomment>
        <translation>Dossier {number}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Dossier tabs</source>
        <translation>Onglets du dossier</translation>
    </message>
    <message>
        <source>Genogram</source>
        <translation>Génogramme</translation>
    </message>
    <message>
        <source>Genogram of the family</source>
        <translation>Génogramme de la famille</translation>
    </message>
    <message>
        <source>Ecomap</source>
        <translation>Écocarte</translation>
    </message>
    <message>
        <source>Ecomap of the family and professionals</source>
        <translation>Écocarte de la famille et des professionnels</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Link two persons…</source>
        <translation>Relier deux personnes…</translation>
    </message>
    <message>
        <source>Add a stakeholder…</source>
        <translation>Ajouter un intervenant…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Print the drawing…</source>
        <translation>Imprimer le dessin…</translation>
    </message>
    <message>
        <source>Save the drawing as PDF…</source>
        <translation>Enregistrer le dessin en PDF…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Sync conflicts…</source>
        <translation>Conflits de synchronisation…</translation>
    </message>
    <message>
        <source>the ONE (on the server)</source>
        <extracomment>The tab bar's padding, and the current tab in the highlight colours while the tab bar has the focus (Fusion's own dotted rectangle is hard to see). The tabs after the overview are built this long after it, a group per turn of the event loop: the window's first paint comes in between, so that building and painting are short pauses, not one long. Columns fit the first rows only (the newest; the tooltip shows any longer text): measuring all 150 lines of a contact log took 5-9 ms of the tab's first show.</extracomment>
        <translation>l’ONE (sur le serveur)</translation>
    </message>
    <message>
        <source>{who} (on the server)</source>
        <translation>{who} (sur le serveur)</translation>
    </message>
    <message>
        <source>{who}, under cover of {agent}</source>
        <translation>{who}, en remplacement de {agent}</translation>
    </message>
    <message>
        <source>this computer, not yet synchronised</source>
        <translation>cet ordinateur, pas encore synchronisé</translation>
    </message>
    <message>
        <source>Appointments and tasks…</source>
        <translation>Rendez-vous et tâches…</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>A &amp;person's details…</source>
        <translation>Les données d’une &amp;personne…</translation>
    </message>
    <message>
        <source>A &amp;tie changed or ended…</source>
        <translation>Un &amp;lien qui change ou prend fin…</translation>
    </message>
    <message>
        <source>A &amp;stakeholder corrected or no longer involved…</source>
        <translation>Un &amp;intervenant corrigé ou qui n’intervient plus…</translation>
    </message>
    <message>
        <source>The family's document &amp;language…</source>
        <translation>La langue des &amp;documents de la famille…</translation>
    </message>
    <message>
        <source>&amp;Cancel the dossier (opened by mistake)…</source>
        <translation>&amp;Annuler le dossier (ouvert par erreur)…</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Sync conflicts ({count})…</source>
        <translation>Conflits de synchronisation ({count})…</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Constellation</source>
        <translation>Constellation</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Parental authority</source>
        <translation>Autorité parentale</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Ecomap ({count})</source>
        <translation>Écocarte ({count})</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Qui demande</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation globale</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Own view</source>
        <translation>Son point de vue</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Achieved, abandoned or reformulated…</source>
        <translation>Atteint, abandonné ou reformulé…</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Documents of the dossier ({count})</source>
        <translation>Pièces du dossier ({count})</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Planned from</source>
        <translation>Prévue du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Interrupted since</source>
        <translation>Interrompue depuis</translation>
    </message>
    <message>
        <source>Changed, interrupted, ended or withdrawn…</source>
        <translation>Modifiée, interrompue, terminée ou retirée…</translation>
    </message>
    <message>
        <source>Plan</source>
        <extracomment>While the passphrase is typed, the main window is prepared in steps this far apart. PySide6's types are made a few at a time, one step per turn of the event loop (ui.qt), once the dialog is painted.</extracomment>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Imprimée le</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validée le</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Réexamen avant le</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Returned by the ONE</source>
        <translation>Renvoyé par l’ONE</translation>
    </message>
    <message>
        <source>{name} ({capacity}): {signed}</source>
        <translation>{name} ({capacity}) : {signed}</translation>
    </message>
    <message>
        <source>to sign</source>
        <translation>à signer</translation>
    </message>
    <message>
        <source>{date}: {comment}</source>
        <translation>{date} : {comment}</translation>
    </message>
    <message>
        <source>Case conferences</source>
        <translation>Concertations</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation>interprète nécessaire</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Add at least two persons before linking them.</source>
        <translation>Ajoutez au moins deux personnes avant de les relier.</translation>
    </message>
    <message>
        <source>This tie has ended: it stays in the history as it was. Record a new tie if it starts again.</source>
        <translation>Ce lien a pris fin : il reste dans l’historique tel qu’il était. Enregistrez un nouveau lien s’il reprend.</translation>
    </message>
    <message>
        <source>The dossier has no current tie to change.</source>
        <translation>Le dossier n’a aucun lien en cours à modifier.</translation>
    </message>
    <message>
        <source>The dossier has no stakeholder to correct.</source>
        <translation>Le dossier n’a aucun intervenant à corriger.</translation>
    </message>
</context>
<context>
    <name>DraftWizard</name>
    <message>
        <source>Stay at step {step}</source>
        <extracomment>Where the draft is kept: the dossier, or an intake's own id (``launch`` sets it). Closed before it was ever shown (a lock while it was being built): never shown. What finishing did (``finish_work``'s outcome), read by the main window.</extracomment>
        <translation>Rester à l'étape {step}</translation>
    </message>
    <message>
        <source>Go to step {step} · {title}</source>
        <translation>Passer à l'étape {step} · {title}</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>Saved. The dossier stays at its step for now:</source>
        <translation>Enregistré. Le dossier reste à son étape pour l'instant :</translation>
    </message>
</context>
<context>
    <name>DropTaskDialog</name>
    <message>
        <source>Drop the task</source>
        <translation>Abandonner la tâche</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Pourquoi</translation>
    </message>
</context>
<context>
    <name>EcomapScene</name>
    <message>
        <source>The family</source>
        <translation>La famille</translation>
    </message>
    <message>
        <source>No stakeholder is recorded in this dossier yet.</source>
        <translation>Aucun intervenant n’est encore enregistré dans ce dossier.</translation>
    </message>
    <message>
        <source>Ecomap — dossier {number}</source>
        <translation>Écocarte — dossier {number}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol this computer</source>
        <translation>Enrôler cet ordinateur</translation>
    </message>
    <message>
        <source>Welcome to cpi-terrain</source>
        <translation>Bienvenue dans cpi-terrain</translation>
    </message>
    <message>
        <source>Your caseload is created and encrypted. Now connect this computer to your office's ONE server, with your ONE login: it then sends your dossiers here. Do it at the office; you can also do it later with Synchronise.</source>
        <translation>Vos dossiers chiffrés sont créés. Reliez maintenant cet ordinateur au serveur de l’ONE de votre bureau, avec votre identifiant de l’ONE : il y enverra vos dossiers. Faites-le au bureau ; vous pouvez aussi le faire plus tard avec Synchroniser.</translation>
    </message>
    <message>
        <source>At the office, with your ONE login: the server then knows this computer and sends it your caseload.</source>
        <translation>Au bureau, avec votre identifiant de l’ONE : le serveur connaît alors cet ordinateur et lui envoie vos dossiers.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Code d’enrôlement</translation>
    </message>
    <message>
        <source>The one-time code the ONE's IT gave you with this computer.</source>
        <translation>Le code à usage unique que le service informatique de l’ONE vous a remis avec cet ordinateur.</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe, une seconde fois</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Adresse du &amp;serveur</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Enrolment code</source>
        <translation>&amp;Code d’enrôlement</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>&amp;Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Computer name</source>
        <translation>Nom de l’&amp;ordinateur</translation>
    </message>
    <message>
        <source>The enrolment code comes from the ONE's IT with this computer: it works once, for a few days.</source>
        <translation>Le code d’enrôlement vous est remis par le service informatique de l’ONE avec cet ordinateur : il ne sert qu’une fois, pendant quelques jours.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrôler</translation>
    </message>
    <message>
        <source>The server address is not valid: write it whole, for example https://cpi.one.lu.</source>
        <translation>L’adresse du serveur n’est pas valable : écrivez-la en entier, par exemple https://cpi.one.lu.</translation>
    </message>
    <message>
        <source>Write your login and your password.</source>
        <translation>Écrivez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>Write the enrolment code the ONE's IT gave you with this computer.</source>
        <translation>Saisissez le code d’enrôlement que le service informatique de l’ONE vous a remis avec cet ordinateur.</translation>
    </message>
    <message>
        <source>Give this computer a name (the ONE sees it in its list).</source>
        <translation>Donnez un nom à cet ordinateur (l’ONE le voit dans sa liste).</translation>
    </message>
</context>
<context>
    <name>EvaluationWizard</name>
    <message>
        <source>Step 7 · Evaluation</source>
        <translation>Étape 7 · Évaluation</translation>
    </message>
    <message>
        <source>Recording the evaluation</source>
        <translation>Enregistrement de l'évaluation</translation>
    </message>
    <message>
        <source>Finishing records the evaluation and moves the dossier as concluded: back to step 3 or 4 to change the plan, or to the step chosen when the aid goes on.</source>
        <translation>Terminer enregistre l'évaluation et fait avancer le dossier selon la conclusion : retour à l'étape 3 ou 4 pour changer le projet, ou vers l'étape choisie si l'aide continue.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Progress and measures</source>
        <translation>Progrès et mesures</translation>
    </message>
    <message>
        <source>Rate at least one objective; comments are in your words.</source>
        <translation>Évaluez au moins un objectif ; les commentaires sont dans vos mots.</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>un peu</translation>
    </message>
    <message>
        <source>halfway</source>
        <translation>à mi-chemin</translation>
    </message>
    <message>
        <source>nearly</source>
        <translation>presque</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>passable</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>très bonne</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Efficacy</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficience</translation>
    </message>
    <message>
        <source>No active objective: set one at step 2.</source>
        <translation>Aucun objectif actif : fixez-en un à l'étape 2.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>When the aid goes on</source>
        <translation>Si l'aide continue</translation>
    </message>
</context>
<context>
    <name>FamilyReaderDialog</name>
    <message>
        <source>The dossier for the family</source>
        <translation>Le dossier pour la famille</translation>
    </message>
    <message>
        <source>A child's parents (with or without parental authority), their guardian or legal representative, the child able to judge and the beneficiary of age may read the dossier (art. 7). The consultation is recorded in the dossier's history.</source>
        <translation>Les parents d’un enfant (qu’ils exercent ou non l’autorité parentale), son tuteur ou représentant légal, l’enfant capable de discernement et le bénéficiaire majeur peuvent lire le dossier (art. 7). La consultation est inscrite dans l’historique du dossier.</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Qui demande</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Kind of appointment</source>
        <translation>Type de rendez-vous</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Persons expected</source>
        <translation>Personnes attendues</translation>
    </message>
    <message>
        <source>Stakeholders expected</source>
        <translation>Intervenants attendus</translation>
    </message>
    <message>
        <source>State of the appointment</source>
        <translation>État du rendez-vous</translation>
    </message>
    <message>
        <source>Why it was moved</source>
        <translation>Motif du déplacement</translation>
    </message>
    <message>
        <source>Why it was cancelled</source>
        <translation>Motif de l’annulation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>State of the task</source>
        <translation>État de la tâche</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Why it was dropped</source>
        <translation>Motif de l’abandon</translation>
    </message>
    <message>
        <source>Summary of the dossier</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <source>Working frame</source>
        <translation>Cadre de travail</translation>
    </message>
    <message>
        <source>Frame of the aid</source>
        <translation>Cadre de l’aide</translation>
    </message>
    <message>
        <source>Court proceedings pending</source>
        <translation>Procédure judiciaire pendante</translation>
    </message>
    <message>
        <source>Date of the judicial request</source>
        <translation>Date de la demande judiciaire</translation>
    </message>
    <message>
        <source>Reference of the judicial request</source>
        <translation>Référence de la demande judiciaire</translation>
    </message>
    <message>
        <source>Agent in charge</source>
        <translation>Agent responsable</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Role in the family</source>
        <translation>Rôle dans la famille</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Own view of the person</source>
        <translation>Point de vue de la personne</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>Why it is realistic</source>
        <translation>Pourquoi il est réaliste</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Note on the volume</source>
        <translation>Note sur le volume</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début effectif</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Parental authority</source>
        <translation>Autorité parentale</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Objet de la demande</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation>Note sur la suite donnée</translation>
    </message>
    <message>
        <source>Name of the provider</source>
        <translation>Nom du prestataire</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localité</translation>
    </message>
</context>
<context>
    <name>FindVersionDialog</name>
    <message>
        <source>Find a plan version by its fingerprint</source>
        <translation>Trouver une version du projet par son empreinte</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Attach the scan of the signed pages…</source>
        <translation>Joindre le scan des pages signées…</translation>
    </message>
    <message>
        <source>Attach a scanned signed plan by its codes…</source>
        <translation>Joindre un projet signé scanné par ses codes…</translation>
    </message>
    <message>
        <source>Dossier {number}, version {version}.</source>
        <translation>Dossier {number}, version {version}.</translation>
    </message>
    <message>
        <source>Scan of the signed pages</source>
        <translation>Scan des pages signées</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Scan attached to version {version}.</source>
        <translation>Scan joint à la version {version}.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}.</source>
        <translation>Le fichier n’a pas pu être lu : {reason}.</translation>
    </message>
</context>
<context>
    <name>FirstDownloadDialog</name>
    <message>
        <source>Your caseload is on this computer: {count} records received. You can work without network from now on; synchronise when you are back at the office.</source>
        <translation>Vos dossiers sont sur cet ordinateur : {count} enregistrements reçus. Vous pouvez désormais travailler sans réseau ; synchronisez à votre retour au bureau.</translation>
    </message>
    <message>
        <source>The download stopped. What arrived is kept; the next attempt continues from there.</source>
        <translation>Le téléchargement s’est interrompu. Ce qui est arrivé est conservé ; la prochaine tentative reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Receiving your caseload: {count} records so far…</source>
        <translation>Réception de vos dossiers : {count} enregistrements jusqu’ici…</translation>
    </message>
    <message>
        <source>Sending this computer's changes: {done} of {total}…</source>
        <translation>Envoi des modifications de cet ordinateur : {done} sur {total}…</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>First download</source>
        <translation>Premier téléchargement</translation>
    </message>
    <message>
        <source>Your caseload is ready</source>
        <translation>Vos dossiers sont prêts</translation>
    </message>
    <message>
        <source>Downloading your caseload</source>
        <translation>Téléchargement de vos dossiers</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>Commencer à travailler</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Continue in the background</source>
        <translation>Continuer en arrière-plan</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
</context>
<context>
    <name>GenogramScene</name>
    <message>
        <source>No person is recorded in this dossier yet.</source>
        <translation>Aucune personne n’est encore enregistrée dans ce dossier.</translation>
    </message>
    <message>
        <source>Genogram — dossier {number}</source>
        <translation>Génogramme — dossier {number}</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>b. {year} · {role}</source>
        <translation>né(e) en {year} · {role}</translation>
    </message>
    <message>
        <source>Legal representative of {names}</source>
        <translation>Représentant légal de {names}</translation>
    </message>
    <message>
        <source>Holds parental authority over {names}</source>
        <translation>Exerce l’autorité parentale sur {names}</translation>
    </message>
    <message>
        <source>PA</source>
        <translation>AP</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>RL</translation>
    </message>
    <message>
        <source>holds parental authority</source>
        <translation>exerce l’autorité parentale</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>représentant légal</translation>
    </message>
    <message>
        <source>parent, with parental authority</source>
        <translation>parent, avec autorité parentale</translation>
    </message>
    <message>
        <source>parent, without parental authority</source>
        <translation>parent, sans autorité parentale</translation>
    </message>
    <message>
        <source>step-parent</source>
        <translation>beau-parent</translation>
    </message>
    <message>
        <source>foster parent</source>
        <translation>parent d’accueil</translation>
    </message>
    <message>
        <source>guardian, legal administrator</source>
        <translation>tuteur, administrateur légal</translation>
    </message>
    <message>
        <source>grandparent</source>
        <translation>grand-parent</translation>
    </message>
    <message>
        <source>couple</source>
        <translation>couple</translation>
    </message>
    <message>
        <source>siblings (dashed: half-siblings)</source>
        <translation>fratrie (tirets : demi-fratrie)</translation>
    </message>
    <message>
        <source>other tie</source>
        <translation>autre lien</translation>
    </message>
    <message>
        <source>child or young adult (beneficiary)</source>
        <translation>enfant ou jeune adulte (bénéficiaire)</translation>
    </message>
    <message>
        <source>other relative</source>
        <translation>autre proche</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <source>Note the appointment as held</source>
        <translation>Noter le rendez-vous comme tenu</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>A&amp;t</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;Avec qui</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>What was &amp;said or agreed</source>
        <translation>Ce qui a été d&amp;it ou convenu</translation>
    </message>
    <message>
        <source>A task it &amp;leaves (optional)</source>
        <translation>Une tâche qui en déc&amp;oule (facultatif)</translation>
    </message>
    <message>
        <source>Task &amp;due on</source>
        <translation>Tâche à faire pour &amp;le</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>objective abandoned</source>
        <translation>objectif abandonné</translation>
    </message>
    <message>
        <source>objective achieved</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>a person added</source>
        <translation>ajout d’une personne</translation>
    </message>
    <message>
        <source>a stakeholder added</source>
        <translation>ajout d’un intervenant</translation>
    </message>
    <message>
        <source>request for review answered</source>
        <translation>réponse à une demande de réexamen</translation>
    </message>
    <message>
        <source>assessment written</source>
        <translation>évaluation rédigée</translation>
    </message>
    <message>
        <source>dossier cancelled (opened by mistake)</source>
        <translation>dossier annulé (ouvert par erreur)</translation>
    </message>
    <message>
        <source>family tie changed</source>
        <translation>lien familial modifié</translation>
    </message>
    <message>
        <source>dossier closed</source>
        <translation>clôture du dossier</translation>
    </message>
    <message>
        <source>a person corrected</source>
        <translation>une personne corrigée</translation>
    </message>
    <message>
        <source>a stakeholder corrected</source>
        <translation>un intervenant corrigé</translation>
    </message>
    <message>
        <source>plan version discarded</source>
        <translation>version du projet abandonnée</translation>
    </message>
    <message>
        <source>family tie ended</source>
        <translation>lien familial terminé</translation>
    </message>
    <message>
        <source>measure ended</source>
        <translation>fin d’une mesure</translation>
    </message>
    <message>
        <source>a stakeholder no longer involved</source>
        <translation>un intervenant n’intervient plus</translation>
    </message>
    <message>
        <source>dossier exported for the family</source>
        <translation>dossier exporté pour la famille</translation>
    </message>
    <message>
        <source>measure interrupted</source>
        <translation>interruption d’une mesure</translation>
    </message>
    <message>
        <source>family link recorded</source>
        <translation>lien familial enregistré</translation>
    </message>
    <message>
        <source>contact noted</source>
        <translation>contact noté</translation>
    </message>
    <message>
        <source>plan ready to sign</source>
        <translation>projet prêt à signer</translation>
    </message>
    <message>
        <source>documents' language chosen</source>
        <translation>langue des documents choisie</translation>
    </message>
    <message>
        <source>step changed</source>
        <translation>changement d’étape</translation>
    </message>
    <message>
        <source>appointment planned</source>
        <translation>rendez-vous planifié</translation>
    </message>
    <message>
        <source>appointment corrected</source>
        <translation>rendez-vous corrigé</translation>
    </message>
    <message>
        <source>appointment moved</source>
        <translation>rendez-vous déplacé</translation>
    </message>
    <message>
        <source>appointment cancelled</source>
        <translation>rendez-vous annulé</translation>
    </message>
    <message>
        <source>appointment held, contact noted</source>
        <translation>rendez-vous tenu, contact noté</translation>
    </message>
    <message>
        <source>task added</source>
        <translation>tâche ajoutée</translation>
    </message>
    <message>
        <source>task corrected</source>
        <translation>tâche corrigée</translation>
    </message>
    <message>
        <source>task done</source>
        <translation>tâche faite</translation>
    </message>
    <message>
        <source>task dropped</source>
        <translation>tâche abandonnée</translation>
    </message>
    <message>
        <source>a document added to the dossier</source>
        <translation>une pièce ajoutée au dossier</translation>
    </message>
    <message>
        <source>a person anonymised at their request (art. 7)</source>
        <translation>une personne anonymisée à sa demande (art. 7)</translation>
    </message>
    <message>
        <source>a document of the dossier corrected</source>
        <translation>une pièce du dossier corrigée</translation>
    </message>
    <message>
        <source>cover ended by the office lead</source>
        <translation>remplacement terminé par le responsable du bureau</translation>
    </message>
    <message>
        <source>situation analysis recorded</source>
        <translation>analyse de la situation enregistrée</translation>
    </message>
    <message>
        <source>coordination recorded</source>
        <translation>coordination enregistrée</translation>
    </message>
    <message>
        <source>evaluation recorded and concluded</source>
        <translation>évaluation enregistrée et conclue</translation>
    </message>
    <message>
        <source>measures started or ended</source>
        <translation>mesures commencées ou terminées</translation>
    </message>
    <message>
        <source>planning recorded</source>
        <translation>planification enregistrée</translation>
    </message>
    <message>
        <source>plan version frozen for signature</source>
        <translation>version du projet figée pour signature</translation>
    </message>
    <message>
        <source>cover of a caseload given by the office lead</source>
        <translation>remplacement d’un agent confié par le responsable du bureau</translation>
    </message>
    <message>
        <source>dossier opened</source>
        <translation>ouverture du dossier</translation>
    </message>
    <message>
        <source>measure planned</source>
        <translation>mesure planifiée</translation>
    </message>
    <message>
        <source>plan version prepared</source>
        <translation>version du projet préparée</translation>
    </message>
    <message>
        <source>assessment and objectives recorded</source>
        <translation>évaluation et objectifs enregistrés</translation>
    </message>
    <message>
        <source>case conference recorded</source>
        <translation>concertation enregistrée</translation>
    </message>
    <message>
        <source>discernment judged</source>
        <translation>discernement apprécié</translation>
    </message>
    <message>
        <source>evaluation recorded</source>
        <translation>évaluation enregistrée</translation>
    </message>
    <message>
        <source>judicial request recorded</source>
        <translation>demande judiciaire enregistrée</translation>
    </message>
    <message>
        <source>plan reviewed</source>
        <translation>réexamen du projet</translation>
    </message>
    <message>
        <source>request recorded</source>
        <translation>demande enregistrée</translation>
    </message>
    <message>
        <source>signature recorded</source>
        <translation>signature enregistrée</translation>
    </message>
    <message>
        <source>signatures recorded</source>
        <translation>signatures enregistrées</translation>
    </message>
    <message>
        <source>objective reformulated</source>
        <translation>objectif reformulé</translation>
    </message>
    <message>
        <source>plan draft updated</source>
        <translation>brouillon du projet mis à jour</translation>
    </message>
    <message>
        <source>dossier reopened</source>
        <translation>réouverture du dossier</translation>
    </message>
    <message>
        <source>review or revocation requested</source>
        <translation>demande de réexamen ou de révocation</translation>
    </message>
    <message>
        <source>sync conflict resolved</source>
        <translation>conflit de synchronisation résolu</translation>
    </message>
    <message>
        <source>measure resumed</source>
        <translation>reprise d’une mesure</translation>
    </message>
    <message>
        <source>plan returned by the ONE</source>
        <translation>projet renvoyé par l’ONE</translation>
    </message>
    <message>
        <source>frame of the aid set</source>
        <translation>cadre de l’aide fixé</translation>
    </message>
    <message>
        <source>objective set</source>
        <translation>objectif fixé</translation>
    </message>
    <message>
        <source>objective status changed</source>
        <translation>statut d’un objectif modifié</translation>
    </message>
    <message>
        <source>working frame written</source>
        <translation>cadre de travail rédigé</translation>
    </message>
    <message>
        <source>measure started</source>
        <translation>début d’une mesure</translation>
    </message>
    <message>
        <source>dossier given to another agent by the office lead</source>
        <translation>dossier confié à un autre agent par le responsable du bureau</translation>
    </message>
    <message>
        <source>notes on a person changed</source>
        <translation>notes sur une personne modifiées</translation>
    </message>
    <message>
        <source>planned measure changed</source>
        <translation>mesure planifiée modifiée</translation>
    </message>
    <message>
        <source>dossier rewritten by the server after an anonymisation (art. 7)</source>
        <translation>dossier réécrit par le serveur après une anonymisation (art. 7)</translation>
    </message>
    <message>
        <source>dossier given to another agent</source>
        <translation>dossier confié à un autre agent</translation>
    </message>
    <message>
        <source>plan put in force by the server (signed and validated on two computers)</source>
        <translation>projet mis en vigueur par le serveur (signé et validé sur deux ordinateurs)</translation>
    </message>
    <message>
        <source>plan validated by the ONE</source>
        <translation>projet validé par l’ONE</translation>
    </message>
    <message>
        <source>a document of the dossier withdrawn</source>
        <translation>une pièce du dossier retirée</translation>
    </message>
    <message>
        <source>planned measure withdrawn</source>
        <translation>mesure planifiée retirée</translation>
    </message>
    <message>
        <source>a change (from an older version)</source>
        <translation>une modification (d’une version antérieure)</translation>
    </message>
</context>
<context>
    <name>ImplementationWizard</name>
    <message>
        <source>Step 5 · Implementation</source>
        <translation>Étape 5 · Mise en œuvre</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>Finishing records the starts and ends ticked. Steps 5, 6 and 7 run side by side.</source>
        <translation>Terminer enregistre les débuts et fins cochés. Les étapes 5, 6 et 7 se déroulent en parallèle.</translation>
    </message>
    <message>
        <source>Measures starting and ending</source>
        <translation>Mesures qui commencent ou se terminent</translation>
    </message>
    <message>
        <source>Tick a measure when it starts or ends, with the real day.</source>
        <translation>Cochez une mesure quand elle commence ou se termine, avec le jour réel.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Started: {measure}</source>
        <translation>Commencée : {measure}</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencée le</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Ended: {measure}</source>
        <translation>Terminée : {measure}</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Why it ends</source>
        <translation>Pourquoi elle se termine</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>No measure to start or end.</source>
        <translation>Aucune mesure à commencer ou à terminer.</translation>
    </message>
</context>
<context>
    <name>IntakeDraftsDialog</name>
    <message>
        <source>(nothing typed yet)</source>
        <extracomment>How much of "what is asked" names an intake in the list.</extracomment>
        <translation>(rien de saisi pour l’instant)</translation>
    </message>
    <message>
        <source>Unfinished intakes</source>
        <translation>Saisies de demandes non terminées</translation>
    </message>
    <message>
        <source>&amp;Intakes started and not finished yet:</source>
        <translation>&amp;Demandes dont la saisie a commencé et n’est pas terminée :</translation>
    </message>
    <message>
        <source>&amp;Continue this intake</source>
        <translation>&amp;Reprendre cette saisie</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Nouvelle saisie</translation>
    </message>
    <message>
        <source>&amp;Drop this intake…</source>
        <translation>&amp;Abandonner cette saisie…</translation>
    </message>
    <message>
        <source>Press “Drop this intake” again to delete what was typed for “{title}”: it cannot be recovered.</source>
        <translation>Appuyez encore sur « Abandonner cette saisie » pour effacer ce qui a été saisi pour « {title} » : cela ne pourra pas être récupéré.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>draft</source>
        <extracomment>Keyed by (enum, member): members of different enums with the same value ("child" is a person's role and a signatory's capacity) compare equal and would overwrite each other.</extracomment>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>ready to sign</source>
        <translation>prêt à signer</translation>
    </message>
    <message>
        <source>signed, awaiting validation</source>
        <translation>signé, en attente de validation</translation>
    </message>
    <message>
        <source>validated, awaiting signatures</source>
        <translation>validé, en attente de signatures</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>discarded before signature</source>
        <translation>écartée avant signature</translation>
    </message>
    <message>
        <source>returned by the ONE</source>
        <translation>renvoyé par l’ONE</translation>
    </message>
    <message>
        <source>short term</source>
        <translation>court terme</translation>
    </message>
    <message>
        <source>medium term</source>
        <translation>moyen terme</translation>
    </message>
    <message>
        <source>long term</source>
        <translation>long terme</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>reformulated</source>
        <translation>reformulé</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>poursuivre</translation>
    </message>
    <message>
        <source>re-plan the measures</source>
        <translation>replanifier les mesures</translation>
    </message>
    <message>
        <source>rewrite the plan</source>
        <translation>réécrire le projet</translation>
    </message>
    <message>
        <source>close</source>
        <translation>clôturer</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>visite à domicile</translation>
    </message>
    <message>
        <source>meeting at the office</source>
        <translation>entretien au bureau</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>courrier</translation>
    </message>
    <message>
        <source>meeting elsewhere</source>
        <translation>rencontre ailleurs</translation>
    </message>
    <message>
        <source>objectives reached</source>
        <translation>objectifs atteints</translation>
    </message>
    <message>
        <source>the family ended the aid</source>
        <translation>la famille a mis fin à l'aide</translation>
    </message>
    <message>
        <source>taken over by the judicial authority (art. 5)</source>
        <translation>reprise par l'autorité judiciaire (art. 5)</translation>
    </message>
    <message>
        <source>moved abroad</source>
        <translation>départ à l'étranger</translation>
    </message>
    <message>
        <source>the young adult turned 27 (art. 3)</source>
        <translation>le jeune adulte a atteint 27 ans (art. 3)</translation>
    </message>
    <message>
        <source>handed over to another service</source>
        <translation>relais par un autre service</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>autre motif</translation>
    </message>
    <message>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <source>young adult</source>
        <translation>jeune adulte</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>other relative</source>
        <translation>autre proche</translation>
    </message>
    <message>
        <source>parent of</source>
        <translation>parent de</translation>
    </message>
    <message>
        <source>step-parent of</source>
        <translation>beau-parent de</translation>
    </message>
    <message>
        <source>foster parent of</source>
        <translation>parent d’accueil de</translation>
    </message>
    <message>
        <source>grandparent of</source>
        <translation>grand-parent de</translation>
    </message>
    <message>
        <source>sibling of</source>
        <translation>frère ou sœur de</translation>
    </message>
    <message>
        <source>half-sibling of</source>
        <translation>demi-frère ou demi-sœur de</translation>
    </message>
    <message>
        <source>guardian of</source>
        <translation>tuteur de</translation>
    </message>
    <message>
        <source>legal administrator of</source>
        <translation>administrateur légal de</translation>
    </message>
    <message>
        <source>partner of</source>
        <translation>partenaire de</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>lié(e) à</translation>
    </message>
    <message>
        <source>telephone permanence</source>
        <translation>permanence téléphonique</translation>
    </message>
    <message>
        <source>Tuesday walk-in permanence</source>
        <translation>permanence du mardi</translation>
    </message>
    <message>
        <source>letter or e-mail</source>
        <translation>courrier ou courriel</translation>
    </message>
    <message>
        <source>referral by the school</source>
        <translation>signalement par l’école</translation>
    </message>
    <message>
        <source>referral by a doctor</source>
        <translation>signalement par un médecin</translation>
    </message>
    <message>
        <source>referral by the youth court</source>
        <translation>saisine par le tribunal de la jeunesse</translation>
    </message>
    <message>
        <source>referral by another professional</source>
        <translation>signalement par un autre professionnel</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>l’enfant</translation>
    </message>
    <message>
        <source>the young adult</source>
        <translation>le jeune adulte</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>un parent</translation>
    </message>
    <message>
        <source>the legal representative</source>
        <translation>le représentant légal</translation>
    </message>
    <message>
        <source>another relative</source>
        <translation>un autre proche</translation>
    </message>
    <message>
        <source>a professional</source>
        <translation>un professionnel</translation>
    </message>
    <message>
        <source>the judicial authority</source>
        <translation>l’autorité judiciaire</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>représentant légal</translation>
    </message>
    <message>
        <source>child able to judge</source>
        <translation>enfant capable de discernement</translation>
    </message>
    <message>
        <source>project coordinator (CPI)</source>
        <translation>coordinateur de projet d’intervention (CPI)</translation>
    </message>
    <message>
        <source>regional office staff</source>
        <translation>personnel du bureau régional</translation>
    </message>
    <message>
        <source>head of the regional office</source>
        <translation>responsable du bureau régional</translation>
    </message>
    <message>
        <source>validator of the ONE</source>
        <translation>validateur de l’ONE</translation>
    </message>
    <message>
        <source>administrator of the ONE</source>
        <translation>administrateur de l’ONE</translation>
    </message>
    <message>
        <source>school</source>
        <translation>école</translation>
    </message>
    <message>
        <source>doctor</source>
        <translation>médecin</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>psychologue</translation>
    </message>
    <message>
        <source>social service</source>
        <translation>service social</translation>
    </message>
    <message>
        <source>youth court</source>
        <translation>tribunal de la jeunesse</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>prestataire</translation>
    </message>
    <message>
        <source>other professional</source>
        <translation>autre professionnel</translation>
    </message>
    <message>
        <source>court order</source>
        <translation>ordonnance du tribunal</translation>
    </message>
    <message>
        <source>report from the school</source>
        <translation>rapport de l’école</translation>
    </message>
    <message>
        <source>medical report</source>
        <translation>rapport médical</translation>
    </message>
    <message>
        <source>report from a provider</source>
        <translation>rapport d’un prestataire</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>pièce d’identité</translation>
    </message>
    <message>
        <source>letter received</source>
        <translation>courrier reçu</translation>
    </message>
    <message>
        <source>other document</source>
        <translation>autre document</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter to send</source>
        <translation>Lettre à envoyer</translation>
    </message>
    <message>
        <source>Invitation to a meeting</source>
        <translation>Invitation à un rendez-vous</translation>
    </message>
    <message>
        <source>Confirmation of a home visit</source>
        <translation>Confirmation d’une visite à domicile</translation>
    </message>
    <message>
        <source>Request for a report (school, provider)</source>
        <translation>Demande de rapport (école, prestataire)</translation>
    </message>
    <message>
        <source>Letter to the family after a case conference</source>
        <translation>Lettre à la famille après une concertation</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Lettre</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>&amp;Day (meeting, visit, report due, conference)</source>
        <translation>&amp;Jour (rendez-vous, visite, rapport attendu, concertation)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>&amp;Hour</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>L&amp;ieu</translation>
    </message>
    <message>
        <source>School or provider asked for a report</source>
        <translation>École ou prestataire à qui le rapport est demandé</translation>
    </message>
    <message>
        <source>&amp;To (report request)</source>
        <translation>&amp;Destinataire (demande de rapport)</translation>
    </message>
    <message>
        <source>Its postal address</source>
        <translation>Son adresse postale</translation>
    </message>
    <message>
        <source>Its postal &amp;address</source>
        <translation>Son &amp;adresse postale</translation>
    </message>
    <message>
        <source>Whom the report is about</source>
        <translation>Personne sur qui porte le rapport</translation>
    </message>
    <message>
        <source>Report a&amp;bout</source>
        <translation>Rapport &amp;concernant</translation>
    </message>
    <message>
        <source>A paragraph of your own</source>
        <translation>Un paragraphe de votre main</translation>
    </message>
    <message>
        <source>&amp;Your paragraph</source>
        <translation>&amp;Votre paragraphe</translation>
    </message>
    <message>
        <source>The letter is written in the dossier's language, to the parents and young adults at their postal addresses (a report request: to the school or provider), and noted in the contact log.</source>
        <translation>La lettre est rédigée dans la langue du dossier, adressée aux parents et aux jeunes adultes à leur adresse postale (une demande de rapport : à l’école ou au prestataire), et notée dans le journal des contacts.</translation>
    </message>
</context>
<context>
    <name>LimitCounter</name>
    <message>
        <source>{length} characters of {limit} at most: remove {extra}.</source>
        <extracomment>The colour of error texts (ui.unlock_dialog.ERROR_STYLE): 4.5:1 or more on white. Below this share of the limit the counter stays quiet (shown, greyed).</extracomment>
        <translation>{length} caractères pour {limit} au plus : retirez-en {extra}.</translation>
    </message>
    <message>
        <source>{length} characters of {limit} at most.</source>
        <translation>{length} caractères pour {limit} au plus.</translation>
    </message>
</context>
<context>
    <name>LinkPersonsDialog</name>
    <message>
        <source>Link two persons</source>
        <translation>Relier deux personnes</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <source>&amp;Other person</source>
        <translation>&amp;Autre personne</translation>
    </message>
    <message>
        <source>Parental &amp;authority</source>
        <translation>Autorité pa&amp;rentale</translation>
    </message>
    <message>
        <source>holds parental authority over this person</source>
        <translation>exerce l’autorité parentale sur cette personne</translation>
    </message>
    <message>
        <source>Legal &amp;representative</source>
        <translation>Représentant lé&amp;gal</translation>
    </message>
    <message>
        <source>is this person's legal representative</source>
        <translation>est le représentant légal de cette personne</translation>
    </message>
    <message>
        <source>{person} is {relationship} {other}.</source>
        <translation>{person} est {relationship} {other}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cpi-terrain — My caseload</source>
        <translation>cpi-terrain — Mes dossiers</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Work on the step…</source>
        <translation>Travailler sur l’étape…</translation>
    </message>
    <message>
        <source>New dossier…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Close the dossier…</source>
        <translation>Clôturer le dossier…</translation>
    </message>
    <message>
        <source>Find a version by its fingerprint…</source>
        <translation>Trouver une version par son empreinte…</translation>
    </message>
    <message>
        <source>Plans awaiting validation…</source>
        <translation>Projets à valider…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Documents of the caseload</source>
        <translation>Documents sur l’ensemble des dossiers</translation>
    </message>
    <message>
        <source>This &amp;week: appointments and tasks…</source>
        <translation>Cette &amp;semaine : rendez-vous et tâches…</translation>
    </message>
    <message>
        <source>E&amp;xport to the office calendar (.ics)…</source>
        <translation>E&amp;xporter vers l’agenda du bureau (.ics)…</translation>
    </message>
    <message>
        <source>Office lead: dossiers, escalations, cover…</source>
        <translation>Responsable de bureau : dossiers, escalades, remplacements…</translation>
    </message>
    <message>
        <source>Provider directory…</source>
        <translation>Répertoire des prestataires…</translation>
    </message>
    <message>
        <source>National lists…</source>
        <translation>Listes nationales…</translation>
    </message>
    <message>
        <source>Demo caseload: every family here is invented.</source>
        <translation>Dossiers de démonstration : toutes les familles affichées sont inventées.</translation>
    </message>
    <message>
        <source>This caseload is protected by the passphrase alone (no system keyring).</source>
        <translation>Ces dossiers sont protégés par la seule phrase secrète (aucun trousseau système).</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Rechercher dans les dossiers</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>One failed unlock attempt since the last opening.</source>
        <translation>Une tentative de déverrouillage échouée depuis la dernière ouverture.</translation>
    </message>
    <message>
        <source>Calendar saved.</source>
        <translation>Agenda enregistré.</translation>
    </message>
    <message>
        <source>1 open dossier</source>
        <translation>1 dossier ouvert</translation>
    </message>
    <message>
        <source>Search a name, a dossier number or a word written in a dossier…</source>
        <translation>Rechercher un nom, un numéro de dossier ou un mot écrit dans un dossier…</translation>
    </message>
    <message>
        <source>Filter by step</source>
        <translation>Filtrer par étape</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Filter by office</source>
        <translation>Filtrer par bureau régional</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>With alerts only</source>
        <translation>Avec alertes seulement</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>&amp;Bureau régional :</translation>
    </message>
    <message>
        <source>Show c&amp;losed dossiers</source>
        <translation>Afficher les dossiers c&amp;lôturés</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>À faire cette semaine</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>{count} failed unlock attempts since the last opening.</source>
        <translation>{count} tentatives de déverrouillage échouées depuis la dernière ouverture.</translation>
    </message>
    <message>
        <source>{count} open dossiers</source>
        <translation>{count} dossiers ouverts</translation>
    </message>
    <message>
        <source>Select a dossier first.</source>
        <translation>Sélectionnez d’abord un dossier.</translation>
    </message>
    <message>
        <source>… and {count} more: filter the caseload by alerts.</source>
        <translation>… et {count} de plus : filtrez les dossiers par alertes.</translation>
    </message>
    <message>
        <source>Nothing falls due this week.</source>
        <translation>Rien n’arrive à échéance cette semaine.</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>Go to the caseload</source>
        <translation>Aller aux dossiers</translation>
    </message>
    <message>
        <source>Go to this week's list</source>
        <translation>Aller à la liste de la semaine</translation>
    </message>
    <message>
        <source>Office deadlines…</source>
        <translation>Échéances du bureau…</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
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
        <translation>Devenir d’une mesure</translation>
    </message>
    <message>
        <source>changed before it starts</source>
        <translation>modifiée avant son début</translation>
    </message>
    <message>
        <source>withdrawn (it will not start)</source>
        <translation>retirée (elle ne commencera pas)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>resumed after the interruption</source>
        <translation>reprise après l’interruption</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>What &amp;happens</source>
        <translation>Ce qui &amp;change</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Prestataire</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <source>Planned &amp;from</source>
        <translation>Prévue &amp;du</translation>
    </message>
    <message>
        <source>Planned &amp;to</source>
        <translation>Prévue &amp;au</translation>
    </message>
    <message>
        <source>&amp;On (or from)</source>
        <translation>&amp;Le (ou à partir du)</translation>
    </message>
    <message>
        <source>&amp;End of the pause known</source>
        <translation>&amp;Fin de l’interruption connue</translation>
    </message>
    <message>
        <source>the interruption already has its end date</source>
        <translation>l’interruption a déjà sa date de fin</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu’au</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Raison</translation>
    </message>
    <message>
        <source>{measure} for {person}, by {provider}, planned {start} to {end}</source>
        <translation>{measure} pour {person}, par {provider}, prévue du {start} au {end}</translation>
    </message>
    <message>
        <source>Started on {date}.</source>
        <translation>Commencée le {date}.</translation>
    </message>
    <message>
        <source>Interrupted since {date}: {reason}</source>
        <translation>Interrompue depuis le {date} : {reason}</translation>
    </message>
    <message>
        <source>agrément {number}</source>
        <translation>agrément {number}</translation>
    </message>
    <message>
        <source>no agrément</source>
        <translation>sans agrément</translation>
    </message>
</context>
<context>
    <name>MoveAppointmentDialog</name>
    <message>
        <source>Move the appointment</source>
        <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Pourquoi</translation>
    </message>
</context>
<context>
    <name>NationalListsDialog</name>
    <message>
        <source>National lists</source>
        <extracomment>Reference days offered before the latest one (two years of lists). The preview opened with the server's document (the main window closes it at the lock).</extracomment>
        <translation>Listes nationales</translation>
    </message>
    <message>
        <source>The ONE server draws up these documents for every regional office from what the laptops synchronised. This computer must reach it.</source>
        <translation>Le serveur de l’ONE établit ces documents pour tous les bureaux régionaux, à partir de ce que les postes ont synchronisé. Cet ordinateur doit pouvoir le joindre.</translation>
    </message>
    <message>
        <source>Semester placement list (art. 6)</source>
        <translation>Liste semestrielle des placements (art. 6)</translation>
    </message>
    <message>
        <source>Anonymised statistics (art. 7)</source>
        <translation>Statistiques anonymisées (art. 7)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Reference day</source>
        <translation>&amp;Jour de référence</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Until (included)</source>
        <translation>&amp;Jusqu’au (inclus)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Get it from the server</source>
        <translation>Demander au serveur</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose its dates again.</source>
        <translation>La période finit avant de commencer : choisissez à nouveau ses dates.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Reçue le</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>someone else (type the name below)</source>
        <translation>quelqu’un d’autre (tapez le nom ci-dessous)</translation>
    </message>
    <message>
        <source>Who &amp;asks</source>
        <translation>&amp;Qui demande</translation>
    </message>
    <message>
        <source>As &amp;whom</source>
        <translation>À quel &amp;titre</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>e.g. Mrs Muller, teacher at the Brill school</source>
        <translation>p. ex. Mme Muller, institutrice à l’école du Brill</translation>
    </message>
    <message>
        <source>What is as&amp;ked</source>
        <translation>Ce qui est &amp;demandé</translation>
    </message>
    <message>
        <source>A young adult (18 to 26) is helped only on her or his own request (art. 1): recorded as a young adult's request, it lets this person be a beneficiary of the next plan.</source>
        <translation>Un jeune adulte (18 à 26 ans) n’est aidé qu’à sa propre demande (art. 1) : enregistrée comme demande d’un jeune adulte, elle permet à cette personne d’être bénéficiaire du prochain projet.</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>What becomes of an objective</source>
        <translation>Devenir d’un objectif</translation>
    </message>
    <message>
        <source>“{objective}” for {person}, due on {date}</source>
        <translation>« {objective} » pour {person}, échéance le {date}</translation>
    </message>
    <message>
        <source>no one named</source>
        <translation>personne n’est désigné</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>reformulated (a new SMART wording)</source>
        <translation>reformulé (une nouvelle formulation SMART)</translation>
    </message>
    <message>
        <source>What &amp;happens</source>
        <translation>Ce qui &amp;change</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Raison</translation>
    </message>
    <message>
        <source>e.g. what the evaluation of 3 March showed</source>
        <translation>p. ex. ce que l’évaluation du 3 mars a montré</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Pour</translation>
    </message>
    <message>
        <source>New &amp;wording</source>
        <translation>&amp;Nouvelle formulation</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicateur</translation>
    </message>
    <message>
        <source>Accepted &amp;by</source>
        <translation>&amp;Accepté par</translation>
    </message>
    <message>
        <source>Why it is rea&amp;listic</source>
        <translation>Pourquoi il est réa&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>Échéanc&amp;e</translation>
    </message>
    <message>
        <source>Hori&amp;zon</source>
        <translation>Hori&amp;zon</translation>
    </message>
</context>
<context>
    <name>OfficeDeadlinesWindow</name>
    <message>
        <source>Reviews due within 30 days</source>
        <extracomment>The case id of the row activated: the main window opens that dossier.</extracomment>
        <translation>Réexamens dans les 30 jours</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Réexamens en retard</translation>
    </message>
    <message>
        <source>Escalations (overdue for more than 30 days)</source>
        <translation>Escalades (plus de 30 jours de retard)</translation>
    </message>
    <message>
        <source>Young adults turning 27</source>
        <translation>Jeunes adultes atteignant 27 ans</translation>
    </message>
    <message>
        <source>Office deadlines</source>
        <translation>Échéances du bureau</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>&amp;Bureau régional :</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>Print…/Save as PDF…</source>
        <translation>Imprimer…/Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print or save the current list as PDF</source>
        <translation>Imprimer la liste affichée ou l’enregistrer en PDF</translation>
    </message>
    <message>
        <source>Deadline lists</source>
        <translation>Listes des échéances</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Version du projet</translation>
    </message>
    <message>
        <source>Turns 27 on</source>
        <translation>27 ans le</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>{days} day(s) late</source>
        <translation>{days} jour(s) de retard</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>in {days} day(s)</source>
        <translation>dans {days} jour(s)</translation>
    </message>
</context>
<context>
    <name>OfficeDocuments</name>
    <message>
        <source>Semester placement list of {date} (art. 6)…</source>
        <translation>Liste semestrielle des placements au {date} (art. 6)…</translation>
    </message>
    <message>
        <source>Anonymised statistics (art. 7)…</source>
        <translation>Statistiques anonymisées (art. 7)…</translation>
    </message>
</context>
<context>
    <name>OfficeLead</name>
    <message>
        <source>Choose a dossier and an agent.</source>
        <translation>Choisissez un dossier et un agent.</translation>
    </message>
    <message>
        <source>Choose the agent away and the colleague.</source>
        <translation>Choisissez l’agent absent et le collègue qui le remplace.</translation>
    </message>
</context>
<context>
    <name>OfficeLeadWindow</name>
    <message>
        <source>Office lead</source>
        <extracomment>The case id of the row activated: the main window opens that dossier. The office's deadline lists asked for: the main window opens them.</extracomment>
        <translation>Responsable de bureau</translation>
    </message>
    <message>
        <source>&amp;Give a dossier to another agent…</source>
        <translation>&amp;Confier un dossier à un autre agent…</translation>
    </message>
    <message>
        <source>Give &amp;cover of a caseload…</source>
        <translation>Confier un &amp;remplacement…</translation>
    </message>
    <message>
        <source>Office &amp;deadlines…</source>
        <translation>É&amp;chéances du bureau…</translation>
    </message>
    <message>
        <source>&amp;End this cover</source>
        <translation>&amp;Mettre fin à ce remplacement</translation>
    </message>
    <message>
        <source>End the selected cover</source>
        <translation>Mettre fin au remplacement choisi</translation>
    </message>
    <message>
        <source>The office's lists</source>
        <translation>Les listes du bureau</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Agents and their number of dossiers</source>
        <translation>Les agents et leur nombre de dossiers</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Transfer asked</source>
        <translation>Transfert demandé à</translation>
    </message>
    <message>
        <source>The agent's dossiers</source>
        <translation>Les dossiers de l’agent</translation>
    </message>
    <message>
        <source>Version of the plan</source>
        <translation>Version du projet</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladé</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Réexamens en retard</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Rule that stops it</source>
        <translation>Règle qui le bloque</translation>
    </message>
    <message>
        <source>Dossiers a rule stops</source>
        <translation>Dossiers bloqués par une règle</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <source>Ready since</source>
        <translation>Prêt depuis le</translation>
    </message>
    <message>
        <source>Plans waiting for signature or validation</source>
        <translation>Projets en attente de signature ou de validation</translation>
    </message>
    <message>
        <source>Agent away</source>
        <translation>Agent absent</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Remplacé par</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Covers in place</source>
        <translation>Remplacements en cours</translation>
    </message>
    <message>
        <source>Dossiers per agent</source>
        <translation>Dossiers par agent</translation>
    </message>
    <message>
        <source>Blocked dossiers</source>
        <translation>Dossiers bloqués</translation>
    </message>
    <message>
        <source>Plans waiting</source>
        <translation>Projets en attente</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Remplacements</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>{days} day(s) late</source>
        <translation>{days} jour(s) de retard</translation>
    </message>
    <message>
        <source>the ONE's validation</source>
        <translation>la validation de l’ONE</translation>
    </message>
    <message>
        <source>signatures (validated)</source>
        <translation>les signatures (validé)</translation>
    </message>
    <message>
        <source>signatures</source>
        <translation>les signatures</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Bureau : {office}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>waits for your synchronisation</source>
        <translation>attend votre synchronisation</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>en cours</translation>
    </message>
</context>
<context>
    <name>OpeningWizard</name>
    <message>
        <source>New dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>I checked the similar persons: these are other persons</source>
        <translation>J'ai vérifié les personnes semblables : ce sont d'autres personnes</translation>
    </message>
    <message>
        <source>Opening the dossier</source>
        <translation>Ouverture du dossier</translation>
    </message>
    <message>
        <source>Finishing opens the dossier at step 1, situation analysis.</source>
        <translation>Terminer ouvre le dossier à l'étape 1, analyse de la situation.</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La demande</translation>
    </message>
    <message>
        <source>Who asks for what, and how the request reached the ONE.</source>
        <translation>Qui demande quoi, et comment la demande est parvenue à l'ONE.</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Bureau régional</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Qui demande</translation>
    </message>
    <message>
        <source>When not one of the persons below</source>
        <translation>Si ce n'est pas une des personnes ci-dessous</translation>
    </message>
    <message>
        <source>Name of who asks</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Objet de la demande</translation>
    </message>
    <message>
        <source>The persons concerned</source>
        <translation>Les personnes concernées</translation>
    </message>
    <message>
        <source>The child or young adult the aid is for, the parents and relatives. Birth dates as 03/02/2011.</source>
        <translation>L'enfant ou le jeune adulte bénéficiaire, les parents et les proches. Dates de naissance sous la forme 03/02/2011.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Role of person {n}</source>
        <translation>Rôle de la personne {n}</translation>
    </message>
    <message>
        <source>First name of person {n}</source>
        <translation>Prénom de la personne {n}</translation>
    </message>
    <message>
        <source>Last name of person {n}</source>
        <translation>Nom de la personne {n}</translation>
    </message>
    <message>
        <source>Birth date of person {n}</source>
        <translation>Date de naissance de la personne {n}</translation>
    </message>
    <message>
        <source>Person &amp;{n}</source>
        <translation>Personne &amp;{n}</translation>
    </message>
    <message>
        <source>someone not listed</source>
        <translation>une personne non listée</translation>
    </message>
    <message>
        <source>person {n}</source>
        <translation>personne {n}</translation>
    </message>
    <message>
        <source>The request comes from</source>
        <translation>La demande vient de</translation>
    </message>
    <message>
        <source>Parental authority</source>
        <translation>Autorité parentale</translation>
    </message>
    <message>
        <source>For each adult: their tie to the children, whether they hold parental authority and whether they represent them legally. They sign the plan (art. 4).</source>
        <translation>Pour chaque adulte : son lien avec les enfants, s'il exerce l'autorité parentale et s'il les représente légalement. Ces personnes signent le projet (art. 4).</translation>
    </message>
    <message>
        <source>no tie recorded now</source>
        <translation>pas de lien saisi maintenant</translation>
    </message>
    <message>
        <source>parental authority</source>
        <translation>autorité parentale</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>représentant légal</translation>
    </message>
    <message>
        <source>Tie of person {n}</source>
        <translation>Lien de la personne {n}</translation>
    </message>
    <message>
        <source>Person {n} holds parental authority</source>
        <translation>La personne {n} exerce l'autorité parentale</translation>
    </message>
    <message>
        <source>Person {n} is legal representative</source>
        <translation>La personne {n} est représentant légal</translation>
    </message>
    <message>
        <source>No parent or relative among the persons: the ties can be drawn later in the genogram.</source>
        <translation>Aucun parent ni proche parmi les personnes : les liens pourront être tracés plus tard dans le génogramme.</translation>
    </message>
    <message>
        <source>Person {n}: type the birth date as 03/02/2011.</source>
        <translation>Personne {n} : saisissez la date de naissance sous la forme 03/02/2011.</translation>
    </message>
    <message>
        <source>Person {n}: the birth date of a child or young adult is needed (art. 1, 3).</source>
        <translation>Personne {n} : la date de naissance d'un enfant ou d'un jeune adulte est nécessaire (art. 1, 3).</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Tasks and appointments</source>
        <extracomment>The rules that stop the next action read in the error colour of the other screens. Next actions done in a dialog of the dossier's Actions menu rather than a step wizard. Next actions whose rules say why they are due rather than what stops them. An action done through a dialog of the Actions menu (reopen, answer, review).</extracomment>
        <translation>Tâches et rendez-vous</translation>
    </message>
    <message>
        <source>{date} — {text} (overdue)</source>
        <translation>{date} — {text} (en retard)</translation>
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
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>No person recorded yet.</source>
        <translation>Aucune personne enregistrée.</translation>
    </message>
    <message>
        <source>Running measures</source>
        <translation>Mesures en cours</translation>
    </message>
    <message>
        <source>{code}) {label} — {person}, {start} to {end}</source>
        <translation>{code}) {label} — {person}, du {start} au {end}</translation>
    </message>
    <message>
        <source> (not started yet)</source>
        <translation> (pas encore commencée)</translation>
    </message>
    <message>
        <source>No measure running.</source>
        <translation>Aucune mesure en cours.</translation>
    </message>
    <message>
        <source>Last contacts</source>
        <translation>Derniers contacts</translation>
    </message>
    <message>
        <source>{when} — {channel} with {whom}: {summary}</source>
        <translation>{when} — {channel} avec {whom} : {summary}</translation>
    </message>
    <message>
        <source>No contact logged yet.</source>
        <translation>Aucun contact noté.</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <source>No open request.</source>
        <translation>Aucune demande ouverte.</translation>
    </message>
    <message>
        <source>court-ordered aid</source>
        <translation>aide contrainte</translation>
    </message>
    <message>
        <source>voluntary aid</source>
        <translation>aide volontaire</translation>
    </message>
    <message>
        <source>Dossier {number} — closed on {date} — {frame}</source>
        <translation>Dossier {number} — clôturé le {date} — {frame}</translation>
    </message>
    <message>
        <source>Dossier {number} — step {step} · {title} — {frame}</source>
        <translation>Dossier {number} — étape {step} · {title} — {frame}</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>What stops it now:</source>
        <translation>Ce qui l’arrête aujourd’hui :</translation>
    </message>
    <message>
        <source>Nothing stops it: go ahead.</source>
        <translation>Rien ne l’arrête : allez-y.</translation>
    </message>
    <message>
        <source>Reopen the dossier…</source>
        <translation>Rouvrir le dossier…</translation>
    </message>
    <message>
        <source>Answer the request…</source>
        <translation>Répondre à la demande…</translation>
    </message>
    <message>
        <source>Record the review…</source>
        <translation>Enregistrer le réexamen…</translation>
    </message>
    <message>
        <source>Waiting for the ONE</source>
        <translation>En attente de l’ONE</translation>
    </message>
    <message>
        <source>Show the plan…</source>
        <translation>Voir le projet…</translation>
    </message>
    <message>
        <source>Work on step {step} · {title}…</source>
        <translation>Travailler sur l’étape {step} · {title}…</translation>
    </message>
    <message>
        <source>Go to step {step} · {title}…</source>
        <translation>Passer à l’étape {step} · {title}…</translation>
    </message>
    <message>
        <source>Complete the situation analysis</source>
        <translation>Compléter l’analyse de la situation</translation>
    </message>
    <message>
        <source>Assess the situation and set the objectives</source>
        <translation>Évaluer la situation et fixer les objectifs</translation>
    </message>
    <message>
        <source>Plan the aid measures</source>
        <translation>Planifier les mesures d’aide</translation>
    </message>
    <message>
        <source>Prepare the intervention plan and print it for signature</source>
        <translation>Préparer le projet d’intervention et l’imprimer pour signature</translation>
    </message>
    <message>
        <source>Collect the missing signatures</source>
        <translation>Recueillir les signatures manquantes</translation>
    </message>
    <message>
        <source>The plan awaits the ONE's validation</source>
        <translation>Le projet attend la validation de l’ONE</translation>
    </message>
    <message>
        <source>The ONE returned the plan: prepare a new version</source>
        <translation>L’ONE a renvoyé le projet : préparez une nouvelle version</translation>
    </message>
    <message>
        <source>The plan is in force: start the implementation</source>
        <translation>Le projet est en vigueur : passez à la mise en œuvre</translation>
    </message>
    <message>
        <source>Answer the request for review or revocation</source>
        <translation>Répondre à la demande de réexamen ou de révocation</translation>
    </message>
    <message>
        <source>Review the plan</source>
        <translation>Réexaminer le projet</translation>
    </message>
    <message>
        <source>Implement the measures</source>
        <translation>Mettre en œuvre les mesures</translation>
    </message>
    <message>
        <source>Follow up and coordinate</source>
        <translation>Suivre et coordonner</translation>
    </message>
    <message>
        <source>Evaluate the aid</source>
        <translation>Évaluer l’aide</translation>
    </message>
    <message>
        <source>The dossier is closed</source>
        <translation>Le dossier est clôturé</translation>
    </message>
    <message>
        <source>{name} turns 27 on {date} while measures run: aid ends at 27 (art. 3).</source>
        <translation>{name} aura 27 ans le {date} alors que des mesures sont en cours : l’aide prend fin à 27 ans (art. 3).</translation>
    </message>
    <message>
        <source>The plan's review was due on {date} (art. 6).</source>
        <translation>Le réexamen du projet était dû le {date} (art. 6).</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} ans</translation>
    </message>
    <message>
        <source>parental authority</source>
        <translation>autorité parentale</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>représentant légal</translation>
    </message>
    <message>
        <source>Review of the plan asked</source>
        <translation>Réexamen du projet demandé</translation>
    </message>
    <message>
        <source>Revocation of the plan asked</source>
        <translation>Révocation du projet demandée</translation>
    </message>
    <message>
        <source>Request for aid</source>
        <translation>Demande d’aide</translation>
    </message>
    <message>
        <source>{request}: {what}</source>
        <translation>{request} : {what}</translation>
    </message>
    <message>
        <source>No plan version yet.</source>
        <translation>Pas encore de version du projet.</translation>
    </message>
    <message>
        <source>Next review (art. 6): {date}</source>
        <translation>Prochain réexamen (art. 6) : {date}</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — en retard</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Version {number} — {state}</source>
        <translation>Version {number} — {state}</translation>
    </message>
    <message>
        <source>Signed by: {names}</source>
        <translation>Signé par : {names}</translation>
    </message>
    <message>
        <source>Still to sign: {names}</source>
        <translation>Doivent encore signer : {names}</translation>
    </message>
    <message>
        <source>Validated by the ONE on {date}</source>
        <translation>Validé par l’ONE le {date}</translation>
    </message>
    <message>
        <source>Not validated by the ONE yet</source>
        <translation>Pas encore validé par l’ONE</translation>
    </message>
    <message>
        <source>In force since {date}</source>
        <translation>En vigueur depuis le {date}</translation>
    </message>
    <message>
        <source>Returned by the ONE on {date}: {comment}</source>
        <translation>Renvoyé par l’ONE le {date} : {comment}</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <source>&amp;Previous page</source>
        <extracomment>A page is shown at most this wide (a 300 dpi scan is scaled down to it).</extracomment>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Page suivan&amp;te</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The passphrase is too short: {length} characters, at least {minimum} are needed. Several unrelated words make a long passphrase that is easy to remember.</source>
        <translation>La phrase secrète est trop courte : {length} caractères, il en faut au moins {minimum}. Plusieurs mots sans rapport entre eux donnent une phrase longue et facile à retenir.</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess (common words, names, dates or keyboard patterns). Add unusual words or mix them with digits and signs.</source>
        <translation>La phrase secrète est trop facile à deviner (mots courants, noms, dates ou suites du clavier). Ajoutez des mots inhabituels ou mêlez-les de chiffres et de signes.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my ONE password</source>
        <translation>Changer mon mot de passe ONE</translation>
    </message>
    <message>
        <source>Your ONE password is the one asked when a computer is enrolled; it is not the passphrase of this caseload. The change is made on the ONE server: this computer must reach it.</source>
        <translation>Votre mot de passe ONE est celui demandé à l’enrôlement d’un ordinateur ; ce n’est pas la phrase secrète de ce portefeuille. Le changement se fait sur le serveur de l’ONE : cet ordinateur doit pouvoir le joindre.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe, une seconde fois</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>&amp;Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Write your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>The new password needs at least {count} characters.</source>
        <translation>Le nouveau mot de passe doit compter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same one twice.</source>
        <translation>Les deux nouveaux mots de passe diffèrent : saisissez deux fois le même.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l’actuel.</translation>
    </message>
</context>
<context>
    <name>PlanItems</name>
    <message>
        <source>This objective is {status} since {date}: it stays as it is. Set a new objective at step 2 if needed.</source>
        <translation>Cet objectif est « {status} » depuis le {date} : il reste tel quel. Fixez un nouvel objectif à l’étape 2 si nécessaire.</translation>
    </message>
    <message>
        <source>Plan version {number} revoked at the family's request (art. 4): {reason}</source>
        <translation>Version {number} du projet révoquée à la demande de la famille (art. 4) : {reason}</translation>
    </message>
    <message>
        <source>This measure ended on {date}: it stays in the history as it ran. Plan a new one at step 3 if needed.</source>
        <translation>Cette mesure s’est terminée le {date} : elle reste dans l’historique telle qu’elle s’est déroulée. Planifiez-en une nouvelle à l’étape 3 si nécessaire.</translation>
    </message>
    <message>
        <source>Type the quantity as a number, e.g. 60 or 2,5.</source>
        <translation>Saisissez la quantité en chiffres, p. ex. 60 ou 2,5.</translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <source>Review of the plan</source>
        <translation>Réexamen du projet</translation>
    </message>
    <message>
        <source>Version {number}, in force since {since}. The plan is re-examined at least every twelve months (art. 6); this review was due by {due}.</source>
        <translation>Version {number}, en vigueur depuis le {since}. Le projet est réexaminé au moins tous les douze mois (art. 6) ; ce réexamen était dû pour le {due}.</translation>
    </message>
    <message>
        <source>Reviewed &amp;on</source>
        <translation>Réexaminé &amp;le</translation>
    </message>
    <message>
        <source>&amp;Conclusion</source>
        <translation>&amp;Conclusion</translation>
    </message>
    <message>
        <source>e.g. Objectives and measures kept; school attendance improved</source>
        <translation>p. ex. Objectifs et mesures maintenus ; la présence à l’école s’est améliorée</translation>
    </message>
    <message>
        <source>Saved. The next review is due by {date}.</source>
        <translation>Enregistré. Le prochain réexamen est dû pour le {date}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>Step 4 · Intervention plan</source>
        <translation>Étape 4 · Projet d'intervention</translation>
    </message>
    <message>
        <source>Signatures given</source>
        <translation>Signatures données</translation>
    </message>
    <message>
        <source>Tick who signed the printed version, with the day and place.</source>
        <translation>Cochez qui a signé la version imprimée, avec le jour et le lieu.</translation>
    </message>
    <message>
        <source>Recording the signatures</source>
        <translation>Enregistrement des signatures</translation>
    </message>
    <message>
        <source>The plan takes effect only once the parents or legal representatives and the child able to judge have signed it and the ONE has validated it (art. 4). The dossier moves on to the follow-up (step 5) as soon as the version is in force.</source>
        <translation>Le projet ne prend effet qu'après la signature des parents ou représentants légaux et de l'enfant capable de discernement, et sa validation par l'ONE (art. 4). Le dossier passe au suivi (étape 5) dès que la version est en vigueur.</translation>
    </message>
    <message>
        <source>Who is able to judge</source>
        <translation>Qui est capable de discernement</translation>
    </message>
    <message>
        <source>A child able to judge signs the plan too (art. 4). This is your judgement of each child, with its reason, not an age rule.</source>
        <translation>Un enfant capable de discernement signe aussi le projet (art. 4). C'est votre jugement pour chaque enfant, motivé, et non une règle d'âge.</translation>
    </message>
    <message>
        <source>No child under 18 in this dossier.</source>
        <translation>Aucun enfant de moins de 18 ans dans ce dossier.</translation>
    </message>
    <message>
        <source>not judged yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>able to judge: signs the plan</source>
        <translation>capable de discernement : signe le projet</translation>
    </message>
    <message>
        <source>not able to judge</source>
        <translation>pas capable de discernement</translation>
    </message>
    <message>
        <source>Why, in a few words</source>
        <translation>Pourquoi, en quelques mots</translation>
    </message>
    <message>
        <source>Reason for {name}</source>
        <translation>Motif pour {name}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The version to sign</source>
        <translation>La version à signer</translation>
    </message>
    <message>
        <source>Next prepares the version from the current objectives and measures and freezes it for printing: a frozen version is never edited, a change makes a new version.</source>
        <translation>Suivant prépare la version à partir des objectifs et mesures actuels et la fige pour l'impression : une version figée n'est jamais modifiée, un changement crée une nouvelle version.</translation>
    </message>
    <message>
        <source>Version {number}: {state}.</source>
        <translation>Version {number} : {state}.</translation>
    </message>
    <message>
        <source>Version {number} will be prepared.</source>
        <translation>La version {number} sera préparée.</translation>
    </message>
    <message>
        <source>Prepare a new version to change the plan</source>
        <translation>Préparer une nouvelle version pour changer le projet</translation>
    </message>
    <message>
        <source>Version {number} is in force since {date}.</source>
        <translation>La version {number} est en vigueur depuis le {date}.</translation>
    </message>
    <message>
        <source>Objective: {wording}</source>
        <translation>Objectif : {wording}</translation>
    </message>
    <message>
        <source>Measure: {measure} for {person}</source>
        <translation>Mesure : {measure} pour {person}</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>signed on {date}</source>
        <translation>signé le {date}</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>A signé</translation>
    </message>
    <message>
        <source>{name} signed</source>
        <translation>{name} a signé</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Place, e.g. at home, Wiltz</source>
        <translation>Lieu, p. ex. au domicile, Wiltz</translation>
    </message>
    <message>
        <source>Place of signature</source>
        <translation>Lieu de signature</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>No signatory: check the family constellation.</source>
        <translation>Aucun signataire : vérifiez la constellation familiale.</translation>
    </message>
    <message>
        <source>Preview and print version {number}…</source>
        <translation>Aperçu et impression de la version {number}…</translation>
    </message>
</context>
<context>
    <name>PlanningWizard</name>
    <message>
        <source>Step 3 · Planning of the aid measures</source>
        <translation>Étape 3 · Planification des mesures d'aide</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>Finishing saves the measure. Go on to the plan when every measure is there, or stay at step 3 to add another one.</source>
        <translation>Terminer enregistre la mesure. Passez au projet quand toutes les mesures y sont, ou restez à l'étape 3 pour en ajouter une autre.</translation>
    </message>
    <message>
        <source>Measures already planned</source>
        <translation>Mesures déjà planifiées</translation>
    </message>
    <message>
        <source>They stay in the next plan version. To change or withdraw one before it starts, open it from the dossier's Measures tab (Enter on its row).</source>
        <translation>Elles restent dans la prochaine version du projet. Pour en modifier ou en retirer une avant son début, ouvrez-la depuis l’onglet Mesures du dossier (Entrée sur sa ligne).</translation>
    </message>
    <message>
        <source>{measure} for {person}, {start} to {end}</source>
        <translation>{measure} pour {person}, du {start} au {end}</translation>
    </message>
    <message>
        <source>No measure planned yet.</source>
        <translation>Aucune mesure planifiée pour l'instant.</translation>
    </message>
    <message>
        <source>A measure to add</source>
        <translation>Une mesure à ajouter</translation>
    </message>
    <message>
        <source>Art. 11 lists the measures; art. 13 asks for an approved provider for most; art. 15 sets the unit they are counted in. Choose no measure to add none this time.</source>
        <translation>L'art. 11 énumère les mesures ; l'art. 13 exige un prestataire agréé pour la plupart ; l'art. 15 fixe l'unité de comptage. Ne choisissez aucune mesure pour n'en ajouter aucune cette fois.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>— no measure —</source>
        <translation>— aucune mesure —</translation>
    </message>
    <message>
        <source>Measure (art. 11)</source>
        <translation>Mesure (art. 11)</translation>
    </message>
    <message>
        <source>— choose a provider —</source>
        <translation>— choisissez un prestataire —</translation>
    </message>
    <message>
        <source>agrément {number}</source>
        <translation>agrément {number}</translation>
    </message>
    <message>
        <source>no agrément</source>
        <translation>sans agrément</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Objectives it serves</source>
        <translation>Objectifs qu'elle sert</translation>
    </message>
    <message>
        <source>counted in {unit} (art. 15)</source>
        <translation>comptée en {unit} (art. 15)</translation>
    </message>
    <message>
        <source>no flat rate: leave the quantity empty</source>
        <translation>pas de forfait : laissez la quantité vide</translation>
    </message>
    <message>
        <source>Type the quantity as a number, e.g. 60 or 2,5.</source>
        <translation>Saisissez la quantité en chiffres, p. ex. 60 ou 2,5.</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>Write the final evaluation before closing the dossier.</source>
        <translation>Rédigez l'évaluation finale avant de clôturer le dossier.</translation>
    </message>
    <message>
        <source>The closing date cannot be in the future.</source>
        <translation>La date de clôture ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The closing date is before the dossier was opened.</source>
        <translation>La date de clôture précède l’ouverture du dossier.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the dossier.</source>
        <translation>Indiquez le motif de la réouverture du dossier.</translation>
    </message>
    <message>
        <source>This dossier is not closed.</source>
        <translation>Ce dossier n’est pas clôturé.</translation>
    </message>
    <message>
        <source>The dossier cannot be reopened before it was closed.</source>
        <translation>Le dossier ne peut pas être rouvert avant sa clôture.</translation>
    </message>
    <message>
        <source>Give the place of the conference and who took part, with their role.</source>
        <translation>Indiquez le lieu de la concertation et les participants, avec leur rôle.</translation>
    </message>
    <message>
        <source>Give each participant's name and role.</source>
        <translation>Indiquez le nom et le rôle de chaque participant.</translation>
    </message>
    <message>
        <source>Say with whom the contact was and what was said or agreed.</source>
        <translation>Indiquez avec qui a eu lieu le contact et ce qui a été dit ou convenu.</translation>
    </message>
    <message>
        <source>This contact is in the future: note a contact once it took place.</source>
        <translation>Ce contact est dans le futur : notez un contact une fois qu’il a eu lieu.</translation>
    </message>
    <message>
        <source>Say to whom the request goes and whom the report is about.</source>
        <translation>Indiquez à qui s’adresse la demande et sur qui porte le rapport.</translation>
    </message>
    <message>
        <source>This measure is not part of the plan in force: it starts once a version containing it is signed and validated by the ONE (art. 4).</source>
        <translation>Cette mesure ne fait pas partie du projet en vigueur : elle commence une fois qu’une version qui la contient est signée et validée par l’ONE (art. 4).</translation>
    </message>
    <message>
        <source>A measure cannot start before the plan took effect on {date}.</source>
        <translation>Une mesure ne peut pas commencer avant la prise d’effet du projet, le {date}.</translation>
    </message>
    <message>
        <source>This interruption is already over, or the date is before it began.</source>
        <translation>Cette interruption est déjà terminée, ou la date précède son début.</translation>
    </message>
    <message>
        <source>The measure cannot end before it started. Check the date.</source>
        <translation>La mesure ne peut pas finir avant d’avoir commencé. Vérifiez la date.</translation>
    </message>
    <message>
        <source>This measure is not running: record its start first.</source>
        <translation>Cette mesure n’est pas en cours : enregistrez d’abord son début.</translation>
    </message>
    <message>
        <source>Version {number} is already being prepared: finish or discard it first.</source>
        <translation>La version {number} est déjà en préparation : terminez-la ou abandonnez-la d’abord.</translation>
    </message>
    <message>
        <source>Only a version in preparation can be discarded.</source>
        <translation>Seule une version en préparation peut être abandonnée.</translation>
    </message>
    <message>
        <source>Give the reason for your judgement on the child's discernment.</source>
        <translation>Indiquez le motif de votre appréciation du discernement de l’enfant.</translation>
    </message>
    <message>
        <source>Discernment is judged for a child (under 18) of the dossier.</source>
        <translation>Le discernement s’apprécie pour un enfant (moins de 18 ans) du dossier.</translation>
    </message>
    <message>
        <source>Version {number} is not awaiting signatures.</source>
        <translation>La version {number} n’attend pas de signatures.</translation>
    </message>
    <message>
        <source>This person is not among those who sign version {number} (art. 4).</source>
        <translation>Cette personne ne fait pas partie des signataires de la version {number} (art. 4).</translation>
    </message>
    <message>
        <source>{name} has already signed version {number}.</source>
        <translation>{name} a déjà signé la version {number}.</translation>
    </message>
    <message>
        <source>The signature date {date} must fall between the printing of the version and today.</source>
        <translation>La date de signature du {date} doit se situer entre l’impression de la version et aujourd’hui.</translation>
    </message>
    <message>
        <source>Version {number} is not awaiting validation.</source>
        <translation>La version {number} n’attend pas de validation.</translation>
    </message>
    <message>
        <source>The validation date is before the version was prepared.</source>
        <translation>La date de validation précède la préparation de la version.</translation>
    </message>
    <message>
        <source>Say why the plan is returned: the agent reads your comment to prepare the next version.</source>
        <translation>Dites pourquoi le projet est renvoyé : l’agent lit votre commentaire pour préparer la version suivante.</translation>
    </message>
    <message>
        <source>Only a validator of the ONE can validate or return a plan.</source>
        <translation>Seul un validateur de l’ONE peut valider ou renvoyer un projet.</translation>
    </message>
    <message>
        <source>Version {number} was returned to the agent: it can no longer be validated. The agent prepares a new version.</source>
        <translation>La version {number} a été renvoyée à l’agent : elle ne peut plus être validée. L’agent prépare une nouvelle version.</translation>
    </message>
    <message>
        <source>Version {number} is frozen: it is never edited. Prepare a new version to change the plan.</source>
        <translation>La version {number} est figée : elle n’est jamais modifiée. Préparez une nouvelle version pour changer le projet.</translation>
    </message>
    <message>
        <source>Write down the conclusion of the review.</source>
        <translation>Notez la conclusion du réexamen.</translation>
    </message>
    <message>
        <source>Only the plan in force is reviewed.</source>
        <translation>Seul le projet en vigueur est réexaminé.</translation>
    </message>
    <message>
        <source>Version {number} is no longer current: the request concerns the current plan.</source>
        <translation>La version {number} n’est plus d’actualité : la demande porte sur le projet actuel.</translation>
    </message>
    <message>
        <source>{name} may not ask for a review or revocation: the child, the parents and the legal representatives may (art. 4).</source>
        <translation>{name} ne peut pas demander le réexamen ni la révocation : seuls l’enfant, les parents et les représentants légaux le peuvent (art. 4).</translation>
    </message>
    <message>
        <source>Choose the outcome of the request.</source>
        <translation>Choisissez la suite donnée à la demande.</translation>
    </message>
    <message>
        <source>Explain the outcome to keep a trace for the family.</source>
        <translation>Expliquez la suite donnée, pour en garder la trace pour la famille.</translation>
    </message>
    <message>
        <source>This request has already been answered.</source>
        <translation>Cette demande a déjà reçu une réponse.</translation>
    </message>
    <message>
        <source>This is not a plan fingerprint: it has 16 letters and digits (0-9, A-F), like 3F2A-9C01-77BE-0D4E. Check what you typed.</source>
        <translation>Ce n’est pas une empreinte de projet : elle compte 16 lettres et chiffres (0-9, A-F), par exemple 3F2A-9C01-77BE-0D4E. Vérifiez votre saisie.</translation>
    </message>
    <message>
        <source>No plan version on this computer has the fingerprint {fingerprint}. Check the fingerprint, or synchronise and try again.</source>
        <translation>Aucune version de projet sur cet ordinateur ne porte l’empreinte {fingerprint}. Vérifiez l’empreinte, ou synchronisez et réessayez.</translation>
    </message>
    <message>
        <source>Version {number} is still a draft: print it ready to sign, have it signed, then attach the scan.</source>
        <translation>La version {number} est encore un brouillon : imprimez-la prête à signer, faites-la signer, puis joignez le scan.</translation>
    </message>
    <message>
        <source>The file of this scan has not reached this computer yet. Sync with the ONE server to fetch it.</source>
        <translation>Le fichier de ce scan n’est pas encore arrivé sur cet ordinateur. Synchronisez avec le serveur de l’ONE pour le recevoir.</translation>
    </message>
    <message>
        <source>This file is empty. Choose the scan of the signed pages again.</source>
        <translation>Ce fichier est vide. Choisissez à nouveau le scan des pages signées.</translation>
    </message>
    <message>
        <source>This file is too large: a scan may be at most {limit} MB. Scan again at a lower resolution or in black and white.</source>
        <translation>Ce fichier est trop volumineux : un scan peut faire au plus {limit} Mo. Scannez à nouveau avec une résolution plus basse ou en noir et blanc.</translation>
    </message>
    <message>
        <source>Only a PDF, JPEG or PNG file can be attached as a scan, and this file is not one. Save the scan in one of these formats.</source>
        <translation>Seul un fichier PDF, JPEG ou PNG peut être joint comme scan, et ce fichier n’en est pas un. Enregistrez le scan dans l’un de ces formats.</translation>
    </message>
    <message>
        <source>This scan carries the fingerprint {fingerprint}, which is not that of version {number} nor of any other version on this computer. Check the fingerprint read from the scan.</source>
        <translation>Ce scan porte l’empreinte {fingerprint}, qui n’est ni celle de la version {number} ni celle d’une autre version sur cet ordinateur. Vérifiez l’empreinte lue sur le scan.</translation>
    </message>
    <message>
        <source>This scan carries the fingerprint of another version ({fingerprint}). Attach it to version {number} of dossier {dossier} instead.</source>
        <translation>Ce scan porte l’empreinte d’une autre version ({fingerprint}). Joignez-le plutôt à la version {number} du dossier {dossier}.</translation>
    </message>
    <message>
        <source>The code of page {position} of the scan could not be read: look at the page and confirm by hand which page of the plan it is.</source>
        <translation>Le code de la page {position} du scan n’a pas pu être lu : regardez la page et confirmez à la main de quelle page du projet il s’agit.</translation>
    </message>
    <message>
        <source>Page {position} of the scan carries the fingerprint {fingerprint}, which is of no plan version on this computer: take it out of the scan, or synchronise and try again.</source>
        <translation>La page {position} du scan porte l’empreinte {fingerprint}, qui n’est celle d’aucune version de projet sur cet ordinateur : retirez-la du scan, ou synchronisez puis réessayez.</translation>
    </message>
    <message>
        <source>Page {position} of the scan belongs to another dossier ({other_dossier}, version {other_number}), not to dossier {dossier}: take it out of the scan.</source>
        <translation>La page {position} du scan appartient à un autre dossier ({other_dossier}, version {other_number}), pas au dossier {dossier} : retirez-la du scan.</translation>
    </message>
    <message>
        <source>Page {position} of the scan belongs to version {other_number} of dossier {dossier}, not to version {number}: take it out of the scan.</source>
        <translation>La page {position} du scan appartient à la version {other_number} du dossier {dossier}, pas à la version {number} : retirez-la du scan.</translation>
    </message>
    <message>
        <source>Page {position} of the scan is said to be page {page} of {pages}, which cannot be: check its page number.</source>
        <translation>La page {position} du scan serait la page {page} sur {pages}, ce qui est impossible : vérifiez son numéro de page.</translation>
    </message>
    <message>
        <source>Page {position} of the scan is said to be of a plan of {pages} pages, while the other pages are of a plan of {expected} pages: check its page number.</source>
        <translation>La page {position} du scan serait d’un projet de {pages} pages, alors que les autres pages sont d’un projet de {expected} pages : vérifiez son numéro de page.</translation>
    </message>
    <message>
        <source>Page {page} of the plan is in the scan more than once (pages {positions} of the scan): keep only one.</source>
        <translation>La page {page} du projet figure plusieurs fois dans le scan (pages {positions} du scan) : n’en gardez qu’une.</translation>
    </message>
    <message>
        <source>The scan lacks pages of version {number}, which has {pages} pages: missing {missing}. Scan the missing pages and add them.</source>
        <translation>Il manque au scan des pages de la version {number}, qui compte {pages} pages : manquent {missing}. Scannez les pages manquantes et ajoutez-les.</translation>
    </message>
    <message>
        <source>File {file} of the scan could not be opened as a PDF or an image: scan these pages again.</source>
        <translation>Le fichier {file} du scan n’a pas pu être ouvert comme PDF ni comme image : scannez de nouveau ces pages.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>The agent asked to enrol this computer with the ONE server (the application opens it).</extracomment>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Verrouiller après</translation>
    </message>
    <message>
        <source>Without keyboard or mouse for this long, the caseload closes and asks for the passphrase again.</source>
        <translation>Sans clavier ni souris pendant ce délai, vos dossiers se ferment et la phrase secrète est redemandée.</translation>
    </message>
    <message>
        <source>English (for developers)</source>
        <translation>English (pour les développeurs)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Enrol this computer with the ONE server…</source>
        <translation>Enrôler cet ordinateur auprès du serveur de l’ONE…</translation>
    </message>
    <message>
        <source>Enrol this computer for sync</source>
        <translation>Enrôler cet ordinateur pour la synchronisation</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print the drawing</source>
        <translation>Imprimer le schéma</translation>
    </message>
    <message>
        <source>Save the drawing as PDF</source>
        <translation>Enregistrer le schéma en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The printer {printer} did not answer. Check that it is on and connected, then print again.</source>
        <translation>L'imprimante {printer} n'a pas répondu. Vérifiez qu'elle est allumée et connectée, puis relancez l'impression.</translation>
    </message>
    <message>
        <source>The print system refused the job for {printer}: {reason}</source>
        <translation>Le système d'impression a refusé le travail pour {printer} : {reason}</translation>
    </message>
    <message>
        <source>The printer {printer} is not set up on this computer. Choose another printer, or save the document as PDF.</source>
        <translation>L’imprimante {printer} n’est pas installée sur cet ordinateur. Choisissez une autre imprimante ou enregistrez le document en PDF.</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the document. Check that it is on and connected, then print again.</source>
        <translation>L’imprimante {printer} n’a pas accepté le document. Vérifiez qu’elle est allumée et connectée, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <source>The printer {printer} stopped during the document. Check it, then print again.</source>
        <translation>L’imprimante {printer} s’est arrêtée en cours de document. Vérifiez-la, puis imprimez à nouveau.</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Provider of the directory</source>
        <extracomment>The search waits this long after the last keystroke.</extracomment>
        <translation>Prestataire du répertoire</translation>
    </message>
    <message>
        <source>New provider</source>
        <translation>Nouveau prestataire</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Identifier in the ONE's &amp;register</source>
        <translation>&amp;Identifiant au registre de l’ONE</translation>
    </message>
    <message>
        <source>&amp;Street and number</source>
        <translation>&amp;Rue et numéro</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Code &amp;postal</translation>
    </message>
    <message>
        <source>&amp;Locality</source>
        <translation>&amp;Localité</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Courri&amp;el</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Ré&amp;gion</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code)</source>
        <translation>Pa&amp;ys (code ISO)</translation>
    </message>
    <message>
        <source>Agréments (art. 13): one row each, with the art. 11 measures it covers (e.g. a1,c,h; a letter covers its formulas), its first and last day as dd/mm/yyyy (the last empty when it has no end). Empty a row to withdraw its agrément.</source>
        <translation>Agréments (art. 13) : une ligne chacun, avec les mesures de l’art. 11 qu’il couvre (par ex. a1,c,h ; une lettre couvre ses formules), son premier et son dernier jour en jj/mm/aaaa (le dernier vide s’il n’a pas de fin). Videz une ligne pour retirer son agrément.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Measures (art. 11)</source>
        <translation>Mesures (art. 11)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Add an agrément row</source>
        <translation>Ajouter une ligne d’agrément</translation>
    </message>
    <message>
        <source>Agrément {row}: number</source>
        <translation>Agrément {row} : numéro</translation>
    </message>
    <message>
        <source>Agrément {row}: measures</source>
        <translation>Agrément {row} : mesures</translation>
    </message>
    <message>
        <source>Agrément {row}: first day</source>
        <translation>Agrément {row} : premier jour</translation>
    </message>
    <message>
        <source>Agrément {row}: last day</source>
        <translation>Agrément {row} : dernier jour</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
</context>
<context>
    <name>ProviderDirectory</name>
    <message>
        <source>Agrément {number}: type its days as dd/mm/yyyy, e.g. 01/01/2026 (the last day empty when it has no end).</source>
        <translation>Agrément {number} : tapez ses jours en jj/mm/aaaa, par ex. 01/01/2026 (le dernier jour vide s’il n’a pas de fin).</translation>
    </message>
</context>
<context>
    <name>ProviderDirectoryWindow</name>
    <message>
        <source>Provider directory — {role}</source>
        <translation>Répertoire des prestataires — {role}</translation>
    </message>
    <message>
        <source>The providers and the agréments the minister granted them (art. 13), as the ONE keeps them. Every laptop receives them at its next sync; agents choose a provider from this directory when they plan a measure.</source>
        <translation>Les prestataires et les agréments que le ministre leur a accordés (art. 13), tels que l’ONE les tient. Chaque poste les reçoit à sa prochaine synchronisation ; les agents choisissent un prestataire de ce répertoire quand ils planifient une mesure.</translation>
    </message>
    <message>
        <source>&amp;Search by name</source>
        <translation>&amp;Rechercher par nom</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Agréments (measures, period)</source>
        <translation>Agréments (mesures, période)</translation>
    </message>
    <message>
        <source>Providers of the directory</source>
        <translation>Prestataires du répertoire</translation>
    </message>
    <message>
        <source>New provider…</source>
        <translation>Nouveau prestataire…</translation>
    </message>
    <message>
        <source>Open the provider…</source>
        <translation>Ouvrir le prestataire…</translation>
    </message>
    <message>
        <source>no agrément</source>
        <translation>sans agrément</translation>
    </message>
    <message>
        <source>{count} providers.</source>
        <translation>{count} prestataires.</translation>
    </message>
    <message>
        <source>No provider's name contains “{text}”.</source>
        <translation>Aucun nom de prestataire ne contient « {text} ».</translation>
    </message>
    <message>
        <source>The directory is empty: the ONE imports its register on the server (cpi-server import-providers), or add a provider here.</source>
        <translation>Le répertoire est vide : l’ONE importe son registre sur le serveur (cpi-server import-providers), ou ajoutez un prestataire ici.</translation>
    </message>
    <message>
        <source>{number}: {measures}, from {start}, no end</source>
        <translation>{number} : {measures}, depuis le {start}, sans fin</translation>
    </message>
    <message>
        <source>{number}: {measures}, {start} to {end}</source>
        <translation>{number} : {measures}, {start} au {end}</translation>
    </message>
    <message>
        <source>Saved: every laptop receives it at its next sync.</source>
        <translation>Enregistré : chaque poste le reçoit à sa prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Regional office</source>
        <translation>Bureau régional</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Provider's agrément</source>
        <translation>Agrément d’un prestataire</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Cover of a caseload</source>
        <translation>Remplacement d’un agent</translation>
    </message>
    <message>
        <source>Transfer of the dossier</source>
        <translation>Transfert du dossier</translation>
    </message>
    <message>
        <source>Entry of the dossier's history</source>
        <translation>Entrée de l’historique du dossier</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Concertation</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>Réouverture</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Anonymisation of a person</source>
        <translation>Anonymisation d’une personne</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Version du projet</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Conflit de synchronisation</translation>
    </message>
    <message>
        <source>Discernment</source>
        <translation>Discernement</translation>
    </message>
    <message>
        <source>Consultation of the dossier</source>
        <translation>Consultation du dossier</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Assessment of a person</source>
        <translation>Évaluation d’une personne</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Réexamen du projet</translation>
    </message>
    <message>
        <source>Request for review</source>
        <translation>Demande de réexamen</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Family tie</source>
        <translation>Lien familial</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Scan of signed pages</source>
        <translation>Scan des pages signées</translation>
    </message>
    <message>
        <source>Document of the dossier</source>
        <translation>Pièce du dossier</translation>
    </message>
    <message>
        <source>Appraisal of a measure</source>
        <translation>Appréciation d’une mesure</translation>
    </message>
    <message>
        <source>Interruption of a measure</source>
        <translation>Interruption d’une mesure</translation>
    </message>
    <message>
        <source>Objective served by a measure</source>
        <translation>Objectif servi par une mesure</translation>
    </message>
    <message>
        <source>Progress of an objective</source>
        <translation>Progrès d’un objectif</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen dossier {number}</source>
        <translation>Rouvrir le dossier {number}</translation>
    </message>
    <message>
        <source>The dossier opens again at step 1, a new analysis; everything recorded before stays as it was.</source>
        <translation>Le dossier reprend à l’étape 1, une nouvelle analyse ; tout ce qui a été enregistré avant reste tel quel.</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Pourquoi</translation>
    </message>
    <message>
        <source>e.g. The mother asks for help again</source>
        <translation>p. ex. La mère demande à nouveau de l’aide</translation>
    </message>
    <message>
        <source>Reopen the dossier</source>
        <translation>Rouvrir le dossier</translation>
    </message>
    <message>
        <source>Reopened &amp;on</source>
        <translation>Rouvert &amp;le</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return the plan of dossier {number}</source>
        <translation>Renvoyer le projet du dossier {number}</translation>
    </message>
    <message>
        <source>Why is the plan returned? The agent reads this to prepare the next version.</source>
        <translation>Pourquoi le projet est-il renvoyé ? L’agent lit ceci pour préparer la version suivante.</translation>
    </message>
    <message>
        <source>Comment for the agent</source>
        <translation>Commentaire pour l’agent</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Renvoyer</translation>
    </message>
</context>
<context>
    <name>ReviewRequestDialog</name>
    <message>
        <source>Request for review or revocation</source>
        <translation>Demande de réexamen ou de révocation</translation>
    </message>
    <message>
        <source>On version {number} of the plan. The child, the parents and the legal representatives may ask at any time for its review or its revocation (art. 4).</source>
        <translation>Sur la version {number} du projet. L’enfant, les parents et les représentants légaux peuvent en demander à tout moment le réexamen ou la révocation (art. 4).</translation>
    </message>
    <message>
        <source>Who &amp;asks</source>
        <translation>&amp;Qui demande</translation>
    </message>
    <message>
        <source>&amp;Asks for</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation>&amp;Motifs</translation>
    </message>
    <message>
        <source>what the person says, in their words</source>
        <translation>ce que dit la personne, avec ses mots</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Enter the birth date of {name}: it tells a child from a young adult (art. 3).</source>
        <extracomment>How long before the 27th birthday running measures raise an alert.</extracomment>
        <translation>Indiquez la date de naissance de {name} : elle distingue un enfant d’un jeune adulte (art. 3).</translation>
    </message>
    <message>
        <source>{name} is 27 or older: the law covers children and young adults under 27 only (art. 3).</source>
        <translation>{name} a 27 ans ou plus : la loi ne couvre que les enfants et les jeunes adultes de moins de 27 ans (art. 3).</translation>
    </message>
    <message>
        <source>{name} is a young adult: aid is given only on their own request. Record their request (art. 1).</source>
        <translation>{name} est un jeune adulte : l’aide n’est accordée qu’à sa propre demande. Enregistrez sa demande (art. 1).</translation>
    </message>
    <message>
        <source>{name} turned 27 on {birthday}: a signature given on {date} cannot make the plan take effect, the law covers young adults under 27 only (art. 3).</source>
        <translation>{name} a eu 27 ans le {birthday} : une signature donnée le {date} ne peut plus faire prendre effet au projet, la loi ne couvre que les jeunes adultes de moins de 27 ans (art. 3).</translation>
    </message>
    <message>
        <source>{name} turned 27 on {birthday}: the plan cannot be validated on {date}, the law covers young adults under 27 only (art. 3).</source>
        <translation>{name} a eu 27 ans le {birthday} : le projet ne peut pas être validé le {date}, la loi ne couvre que les jeunes adultes de moins de 27 ans (art. 3).</translation>
    </message>
    <message>
        <source>{name} turned 27 on {birthday}: the measure cannot start on {date}, the law covers young adults under 27 only (art. 3).</source>
        <translation>{name} a eu 27 ans le {birthday} : la mesure ne peut pas commencer le {date}, la loi ne couvre que les jeunes adultes de moins de 27 ans (art. 3).</translation>
    </message>
    <message>
        <source>Court proceedings are pending: the ONE may act only at the express request of the judicial authorities. Record that request first (art. 5).</source>
        <translation>Une procédure judiciaire est pendante : l’ONE ne peut intervenir qu’à la demande expresse des instances judiciaires. Enregistrez d’abord cette demande (art. 5).</translation>
    </message>
    <message>
        <source>The measure “{measure}” is paid per formula: choose one of its formulas (art. 11, art. 15).</source>
        <extracomment>Whether its agréments cover the measure up to its last day (art. 13: the whole planned duration, renewals that follow each other counting as one). The last day covered, when that is before the measure's end.</extracomment>
        <translation>La mesure « {measure} » est financée par formule : choisissez l’une de ses formules (art. 11, art. 15).</translation>
    </message>
    <message>
        <source>Choose the provider who will deliver “{measure}”.</source>
        <translation>Choisissez le prestataire qui assurera « {measure} ».</translation>
    </message>
    <message>
        <source>“{measure}” has no flat rate in art. 15: leave the quantity empty and describe the volume in words.</source>
        <translation>« {measure} » n’a pas de forfait à l’art. 15 : laissez la quantité vide et décrivez le volume en mots.</translation>
    </message>
    <message>
        <source>Give how much of “{measure}” is planned, in {unit} as its art. 15 flat rate counts it.</source>
        <translation>Indiquez la quantité prévue de « {measure} », en {unit}, l’unité de son forfait (art. 15).</translation>
    </message>
    <message>
        <source>The measure ends ({end}) before it starts ({start}). Check the dates.</source>
        <translation>La mesure finit ({end}) avant de commencer ({start}). Vérifiez les dates.</translation>
    </message>
    <message>
        <source>Link “{measure}” to at least one objective it serves.</source>
        <translation>Rattachez « {measure} » à au moins un objectif qu’elle sert.</translation>
    </message>
    <message>
        <source>“{measure}” needs a provider holding an agrément for it; {provider} holds none valid on {date}. Choose an approved provider (art. 13).</source>
        <translation>« {measure} » exige un prestataire agréé pour elle ; {provider} n’a pas d’agrément valable pour elle au {date}. Choisissez un prestataire agréé (art. 13).</translation>
    </message>
    <message>
        <source>The agrément of {provider} for “{measure}” ends on {until}, before the measure does ({date}): end the measure by then or choose a provider approved for its whole duration (art. 13).</source>
        <translation>L’agrément de {provider} pour « {measure} » prend fin le {until}, avant la mesure ({date}) : terminez la mesure d’ici là ou choisissez un prestataire agréé pour toute sa durée (art. 13).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>This measure started on {date}: it is no longer changed or withdrawn. Interrupt it or end it (step 5), then plan a new one if needed.</source>
        <translation>Cette mesure a commencé le {date} : elle n’est plus modifiée ni retirée. Interrompez-la ou terminez-la (étape 5), puis planifiez-en une nouvelle si nécessaire.</translation>
    </message>
    <message>
        <source>Say why the measure changes (e.g. the provider has no place before March): the history keeps the reason.</source>
        <translation>Indiquez pourquoi la mesure change (p. ex. le prestataire n’a pas de place avant mars) : l’historique en garde la raison.</translation>
    </message>
    <message>
        <source>Say why the measure is withdrawn: the history keeps the reason.</source>
        <translation>Indiquez pourquoi la mesure est retirée : l’historique en garde la raison.</translation>
    </message>
    <message>
        <source>Say why the measure pauses (hospital stay, runaway, holidays...).</source>
        <translation>Indiquez pourquoi la mesure est interrompue (hospitalisation, fugue, vacances…).</translation>
    </message>
    <message>
        <source>Say why the measure ends before its planned end: the evaluation reads it.</source>
        <translation>Indiquez pourquoi la mesure se termine avant la fin prévue : l’évaluation en tient compte.</translation>
    </message>
    <message>
        <source>The interruption starts before the measure did ({date}). Check the date.</source>
        <translation>L’interruption commence avant la mesure ({date}). Vérifiez la date.</translation>
    </message>
    <message>
        <source>This measure is already interrupted since {date}: record when it resumed first.</source>
        <translation>Cette mesure est déjà interrompue depuis le {date} : enregistrez d’abord sa reprise.</translation>
    </message>
    <message>
        <source>The interruption ends ({end}) before it starts ({start}). Check the dates.</source>
        <translation>L’interruption se termine ({end}) avant de commencer ({start}). Vérifiez les dates.</translation>
    </message>
    <message>
        <source>The semester list is drawn up on 1 April and 1 October (art. 6); {date} is neither.</source>
        <translation>La liste semestrielle est établie au 1er avril et au 1er octobre (art. 6) ; le {date} n’est ni l’un ni l’autre.</translation>
    </message>
    <message>
        <source>{name} may not consult the dossier: a child's parents (with or without parental authority), their guardian or legal representative, the child able to judge and the beneficiary of age may (art. 7).</source>
        <extracomment>The only fields a statistics extract may carry, per table of the extract. What replaces every name and free text of an anonymised dossier.</extracomment>
        <translation>{name} ne peut pas consulter le dossier : le peuvent les parents d’un enfant (qu’ils exercent ou non l’autorité parentale), son tuteur ou représentant légal, l’enfant capable de discernement et le bénéficiaire majeur (art. 7).</translation>
    </message>
    <message>
        <source>{name} has already been anonymised (art. 7).</source>
        <translation>{name} a déjà été anonymisé(e) (art. 7).</translation>
    </message>
    <message>
        <source>Only a child or young adult of the dossier may ask for the anonymisation of their own data; {name} is neither (art. 7).</source>
        <translation>Seul un enfant ou jeune adulte du dossier peut demander l’anonymisation de ses propres données ; {name} n’est ni l’un ni l’autre (art. 7).</translation>
    </message>
    <message>
        <source>A person's data are anonymised at their own request once they are of age; {name} is not 18 yet (art. 7).</source>
        <translation>Les données d’une personne sont anonymisées à sa propre demande, une fois majeure ; {name} n’a pas encore 18 ans (art. 7).</translation>
    </message>
    <message>
        <source>The dossier names no child or young adult: add the beneficiary first.</source>
        <extracomment>Latest discernment judgement per child: True able to judge, False not. Young adults who asked for aid themselves (art. 1).</extracomment>
        <translation>Le dossier ne nomme aucun enfant ni jeune adulte : ajoutez d’abord le bénéficiaire.</translation>
    </message>
    <message>
        <source>No parent with parental authority or legal representative is recorded for {name}: record who signs for them (art. 4).</source>
        <translation>Aucun parent titulaire de l’autorité parentale ni représentant légal n’est enregistré pour {name} : indiquez qui signe pour lui ou elle (art. 4).</translation>
    </message>
    <message>
        <source>Record whether {name} is able to judge (capable de discernement), with the date and your reason: the child able to judge signs the plan (art. 4).</source>
        <translation>Indiquez si {name} est capable de discernement, avec la date et votre motif : l’enfant capable de discernement signe le projet (art. 4).</translation>
    </message>
    <message>
        <source>Nobody is listed to sign this version: prepare a new version (art. 4).</source>
        <translation>Aucun signataire n’est prévu pour cette version : préparez une nouvelle version (art. 4).</translation>
    </message>
    <message>
        <source>The plan takes effect only once {name} has signed it (art. 4).</source>
        <translation>Le projet ne prend effet qu’après la signature de {name} (art. 4).</translation>
    </message>
    <message>
        <source>The plan takes effect only once the ONE has validated it (art. 4).</source>
        <translation>Le projet ne prend effet qu’après sa validation par l’ONE (art. 4).</translation>
    </message>
    <message>
        <source>Specific: say in a sentence what should change, for whom.</source>
        <extracomment>A specific wording says what changes for whom: a single word is not specific.</extracomment>
        <translation>Spécifique : dites en une phrase ce qui doit changer, et pour qui.</translation>
    </message>
    <message>
        <source>Measurable: give the indicator that will show the objective is reached.</source>
        <translation>Mesurable : donnez l’indicateur qui montrera que l’objectif est atteint.</translation>
    </message>
    <message>
        <source>Accepted: say who accepted this objective (child, parents, young adult...).</source>
        <translation>Accepté : indiquez qui a accepté cet objectif (enfant, parents, jeune adulte…).</translation>
    </message>
    <message>
        <source>Realistic: explain why this objective can be reached with the resources at hand.</source>
        <translation>Réaliste : expliquez pourquoi cet objectif est atteignable avec les ressources disponibles.</translation>
    </message>
    <message>
        <source>Time-bound: give the date by which the objective should be reached.</source>
        <translation>Temporellement défini : indiquez la date à laquelle l’objectif doit être atteint.</translation>
    </message>
    <message>
        <source>Time-bound: the due date {date} is not in the future.</source>
        <translation>Temporellement défini : l’échéance du {date} n’est pas dans le futur.</translation>
    </message>
    <message>
        <source>The dossier is closed: reopen it, with a reason, to work on it again.</source>
        <extracomment>An evaluation made after the version in force took effect concluded to change the plan (re-plan the measures or rewrite it): a new version is to be prepared.</extracomment>
        <translation>Le dossier est clôturé : rouvrez-le, avec un motif, pour y travailler à nouveau.</translation>
    </message>
    <message>
        <source>Close the dossier with a reason and a final evaluation (step 8).</source>
        <translation>Clôturez le dossier avec un motif et une évaluation finale (étape 8).</translation>
    </message>
    <message>
        <source>The dossier cannot go from step {source} to step {target}.</source>
        <translation>Le dossier ne peut pas passer de l’étape {source} à l’étape {target}.</translation>
    </message>
    <message>
        <source>Going back to step {target} follows an evaluation that concluded so: record that evaluation first.</source>
        <translation>Le retour à l’étape {target} suit une évaluation qui l’a conclu : enregistrez d’abord cette évaluation.</translation>
    </message>
    <message>
        <source>Record the request: who asks for what.</source>
        <translation>Enregistrez la demande : qui demande quoi.</translation>
    </message>
    <message>
        <source>Describe the working frame agreed with the family and the stakeholders.</source>
        <translation>Décrivez le cadre de travail convenu avec la famille et les intervenants.</translation>
    </message>
    <message>
        <source>Add the child or young adult the aid is for.</source>
        <translation>Ajoutez l’enfant ou le jeune adulte à qui l’aide est destinée.</translation>
    </message>
    <message>
        <source>Assess the difficulties, resources and needs of {name}.</source>
        <translation>Évaluez les difficultés, les ressources et les besoins de {name}.</translation>
    </message>
    <message>
        <source>Write down {name}'s own view, in their words (or why they cannot give it).</source>
        <translation>Notez le point de vue de {name}, avec ses mots (ou pourquoi il ou elle ne peut pas le donner).</translation>
    </message>
    <message>
        <source>Set at least one SMART objective.</source>
        <translation>Fixez au moins un objectif SMART.</translation>
    </message>
    <message>
        <source>Plan at least one aid measure.</source>
        <translation>Planifiez au moins une mesure d’aide.</translation>
    </message>
    <message>
        <source>Implementation starts once a plan version is in force: signed by the parents or legal representatives and the child able to judge, and validated by the ONE (art. 4).</source>
        <translation>La mise en œuvre commence quand une version du projet est en vigueur : signée par les parents ou représentants légaux et l’enfant capable de discernement, et validée par l’ONE (art. 4).</translation>
    </message>
    <message>
        <source>A newer plan version is being prepared: bring it into force or discard it first.</source>
        <translation>Une version plus récente du projet est en préparation : faites-la entrer en vigueur ou abandonnez-la d’abord.</translation>
    </message>
    <message>
        <source>The dossier has not reached step {step} yet.</source>
        <translation>Le dossier n’a pas encore atteint l’étape {step}.</translation>
    </message>
    <message>
        <source>Say for at least one objective how far it moved.</source>
        <translation>Indiquez pour au moins un objectif jusqu’où il a progressé.</translation>
    </message>
    <message>
        <source>Progress is rated from 0 (no change) to 4 (reached).</source>
        <translation>La progression se note de 0 (aucun changement) à 4 (atteint).</translation>
    </message>
    <message>
        <source>Efficacy and efficiency are rated from 1 (poor) to 4 (good).</source>
        <translation>L’efficacité et l’efficience se notent de 1 (faible) à 4 (bonne).</translation>
    </message>
    <message>
        <source>Write down the proposals that justify re-planning or closing.</source>
        <translation>Notez les propositions qui justifient une nouvelle planification ou la clôture.</translation>
    </message>
    <message>
        <source>A request for review or revocation of the plan awaits an answer (art. 4).</source>
        <extracomment>State (a PlanState value) of the version between draft and in force, if any. Who must sign the version in preparation (``Signatory.as_json`` mappings) ... ... and those who signed it. The ONE returned the latest version and no newer one exists yet. Review date of the version in force (art. 6). Requests for review or revocation not answered yet (art. 4). The step whose wizard does it; None when no wizard does. Every rule that stops it now (empty: the agent can go ahead).</extracomment>
        <translation>Une demande de réexamen ou de révocation du projet attend une réponse (art. 4).</translation>
    </message>
    <message>
        <source>The ONE returned the plan with a comment: prepare a new version that answers it (art. 4).</source>
        <translation>L’ONE a renvoyé le projet avec un commentaire : préparez une nouvelle version qui y répond (art. 4).</translation>
    </message>
    <message>
        <source>The plan's review was due on {date}: the ONE re-examines the plan at least every twelve months (art. 6).</source>
        <translation>Le réexamen du projet était dû le {date} : l’ONE réexamine le projet au moins tous les douze mois (art. 6).</translation>
    </message>
    <message>
        <source>The plan's review is due on {date}: the ONE re-examines the plan at least every twelve months (art. 6).</source>
        <translation>Le réexamen du projet est dû le {date} : l’ONE réexamine le projet au moins tous les douze mois (art. 6).</translation>
    </message>
    <message>
        <source>Say who asks: choose the person of the dossier or type a name.</source>
        <translation>Indiquez qui demande : choisissez la personne du dossier ou tapez un nom.</translation>
    </message>
    <message>
        <source>{name} was not yet 18 on the day of the request: record it as the child's request (art. 3).</source>
        <translation>{name} n’avait pas encore 18 ans le jour de la demande : enregistrez-la comme demande de l’enfant (art. 3).</translation>
    </message>
    <message>
        <source>The date {date} is in the future. Check the date.</source>
        <translation>La date du {date} est dans le futur. Vérifiez la date.</translation>
    </message>
    <message>
        <source>The date {date} is before {earlier}. Check the date.</source>
        <translation>La date du {date} est antérieure au {earlier}. Vérifiez la date.</translation>
    </message>
    <message>
        <source>Say why the version is set aside (e.g. the family refused it): the reason stays with the discarded version.</source>
        <translation>Indiquez pourquoi la version est écartée (p. ex. la famille l’a refusée) : la raison reste avec la version écartée.</translation>
    </message>
    <message>
        <source>This objective was achieved ({date}): it stays achieved and is not abandoned or reformulated. Set a new objective if the family aims further.</source>
        <translation>Cet objectif a été atteint ({date}) : il reste atteint et n’est ni abandonné ni reformulé. Fixez un nouvel objectif si la famille vise plus loin.</translation>
    </message>
    <message>
        <source>This objective was abandoned ({date}): it stays in the history as it was. Set a new objective if it matters again.</source>
        <translation>Cet objectif a été abandonné ({date}) : il reste dans l’historique tel qu’il était. Fixez un nouvel objectif s’il redevient utile.</translation>
    </message>
    <message>
        <source>This objective was reformulated ({date}): change its new wording instead.</source>
        <translation>Cet objectif a été reformulé ({date}) : modifiez plutôt sa nouvelle formulation.</translation>
    </message>
    <message>
        <source>Say why the objective is abandoned: the evaluation and the history read it (seed 001, step 7).</source>
        <translation>Indiquez pourquoi l’objectif est abandonné : l’évaluation et l’historique en tiennent compte (étape 7).</translation>
    </message>
    <message>
        <source>Say why the objective is reformulated (e.g. what the evaluation showed).</source>
        <translation>Indiquez pourquoi l’objectif est reformulé (p. ex. ce que l’évaluation a montré).</translation>
    </message>
    <message>
        <source>The date {date} is in the future: record it once it happened.</source>
        <translation>La date du {date} est dans le futur : enregistrez-le une fois que c’est arrivé.</translation>
    </message>
    <message>
        <source>Say for which child or young adult of the dossier the objective is set.</source>
        <translation>Indiquez pour quel enfant ou jeune adulte du dossier l’objectif est fixé.</translation>
    </message>
    <message>
        <source>Only the lead of the dossier's regional office gives a dossier or a cover to an agent.</source>
        <translation>Seul le responsable du bureau régional du dossier confie un dossier ou un remplacement à un agent.</translation>
    </message>
    <message>
        <source>A dossier or a cover goes to a CPI agent of the regional office.</source>
        <translation>Un dossier ou un remplacement se confie à un agent CPI du bureau régional.</translation>
    </message>
    <message>
        <source>The dossier is already this agent's.</source>
        <translation>Le dossier est déjà celui de cet agent.</translation>
    </message>
    <message>
        <source>Choose a colleague other than the agent to cover.</source>
        <translation>Choisissez un autre collègue que l’agent à remplacer.</translation>
    </message>
    <message>
        <source>The cover's end date is in the past: choose today or a later day.</source>
        <translation>La date de fin du remplacement est passée : choisissez aujourd’hui ou un jour suivant.</translation>
    </message>
    <message>
        <source>The cover ends before it starts: choose an end date on or after the start date.</source>
        <translation>Le remplacement finit avant de commencer : choisissez une date de fin égale ou postérieure à la date de début.</translation>
    </message>
    <message>
        <source>This cover has already ended.</source>
        <translation>Ce remplacement a déjà pris fin.</translation>
    </message>
    <message>
        <source>The text is too long: {length} characters, this field holds at most {limit}. Shorten it, then save again.</source>
        <translation>Le texte est trop long : {length} caractères, ce champ en contient au plus {limit}. Raccourcissez-le, puis enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>ScannedPlanDialog</name>
    <message>
        <source>Attach a scanned signed plan</source>
        <translation>Joindre un projet signé scanné</translation>
    </message>
    <message>
        <source>Drop here the scan of the signed plan, or choose it: one PDF of all its pages, or one image per page (PNG, JPEG), in any order. The code printed on each page finds the version and puts the pages in order.</source>
        <translation>Déposez ici le scan du projet signé, ou choisissez-le : un PDF de toutes ses pages, ou une image par page (PNG, JPEG), dans n’importe quel ordre. Le code imprimé sur chaque page trouve la version et remet les pages dans l’ordre.</translation>
    </message>
    <message>
        <source>&amp;Choose the scan…</source>
        <translation>&amp;Choisir le scan…</translation>
    </message>
    <message>
        <source>Pages of the scan</source>
        <translation>Pages du scan</translation>
    </message>
    <message>
        <source>&amp;Pages of the scan</source>
        <translation>&amp;Pages du scan</translation>
    </message>
    <message>
        <source>&amp;Attach to the version, pages in order</source>
        <translation>&amp;Joindre à la version, pages dans l’ordre</translation>
    </message>
    <message>
        <source>Page of the scan</source>
        <translation>Page du scan</translation>
    </message>
    <message>
        <source>This page, as you read it on the paper</source>
        <translation>Cette page, telle que vous la lisez sur le papier</translation>
    </message>
    <message>
        <source>&amp;Fingerprint</source>
        <translation>&amp;Empreinte</translation>
    </message>
    <message>
        <source>Page &amp;number</source>
        <translation>&amp;Numéro de page</translation>
    </message>
    <message>
        <source>&amp;Of pages</source>
        <translation>&amp;Sur (nombre de pages)</translation>
    </message>
    <message>
        <source>C&amp;onfirm this page</source>
        <translation>C&amp;onfirmer cette page</translation>
    </message>
    <message>
        <source>Scan of the signed plan</source>
        <translation>Scan du projet signé</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Reading the codes of the pages…</source>
        <translation>Lecture des codes des pages…</translation>
    </message>
    <message>
        <source>Pages to confirm by hand: {count}. Select each one, look at it and say which page it is.</source>
        <translation>Pages à confirmer à la main : {count}. Sélectionnez chacune, regardez-la et indiquez de quelle page il s’agit.</translation>
    </message>
    <message>
        <source>Every page's code was read.</source>
        <translation>Le code de chaque page a été lu.</translation>
    </message>
    <message>
        <source>{position}. Version {version} of dossier {dossier}, page not printed in its code: to confirm by hand</source>
        <translation>{position}. Version {version} du dossier {dossier}, page absente de son code : à confirmer à la main</translation>
    </message>
    <message>
        <source>{position}. Code not read: to confirm by hand</source>
        <translation>{position}. Code non lu : à confirmer à la main</translation>
    </message>
    <message>
        <source>{position}. Page {page} of {pages}, fingerprint {fingerprint}</source>
        <translation>{position}. Page {page} sur {pages}, empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>{position}. Page {page} of {pages}, version {version} of dossier {dossier}</source>
        <translation>{position}. Page {page} sur {pages}, version {version} du dossier {dossier}</translation>
    </message>
    <message>
        <source> (confirmed by hand)</source>
        <translation> (confirmée à la main)</translation>
    </message>
    <message>
        <source>Pages still to confirm by hand: {count}.</source>
        <translation>Pages encore à confirmer à la main : {count}.</translation>
    </message>
    <message>
        <source>Every page is placed: attach the scan.</source>
        <translation>Chaque page est à sa place : joignez le scan.</translation>
    </message>
    <message>
        <source>The scan is attached, its {count} pages in order.</source>
        <translation>Le scan est joint, ses {count} pages dans l’ordre.</translation>
    </message>
    <message>
        <source>The scan is attached to version {version} of dossier {dossier}, its {count} pages in order.</source>
        <translation>Le scan est joint à la version {version} du dossier {dossier}, ses {count} pages dans l’ordre.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}.</source>
        <translation>Le fichier n’a pas pu être lu : {reason}.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>profile</source>
        <extracomment>Each step gets this long (the first one loads the core; a CI machine may be busy). The invented family: always the same one, taken as far as a plan awaiting signatures. The steps' names, in the order they run (translated when printed).</extracomment>
        <translation>profil</translation>
    </message>
    <message>
        <source>store</source>
        <translation>coffre</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>enrôlement</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>window</source>
        <translation>fenêtre</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>synchronisation</translation>
    </message>
    <message>
        <source>{step}: FAILED — {reason}</source>
        <extracomment>What the self-test prints (translated: French first, German complete).</extracomment>
        <translation>{step} : ÉCHEC — {reason}</translation>
    </message>
    <message>
        <source>self-test: passed in {seconds} s</source>
        <translation>self-test : réussi en {seconds} s</translation>
    </message>
    <message>
        <source>Login: </source>
        <translation>Identifiant : </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>login, password and enrolment code expected on standard input</source>
        <translation>identifiant, mot de passe et code d’enrôlement attendus sur l’entrée standard</translation>
    </message>
    <message>
        <source>Enrolment code: </source>
        <translation>Code d’enrôlement : </translation>
    </message>
    <message>
        <source>login, password and enrolment code expected on standard input, one line each</source>
        <translation>identifiant, mot de passe et code d’enrôlement attendus sur l’entrée standard, un par ligne</translation>
    </message>
    <message>
        <source>temporary caseload in {folder}</source>
        <translation>dossiers temporaires dans {folder}</translation>
    </message>
    <message>
        <source>the temporary folder already holds a caseload</source>
        <translation>le répertoire temporaire contient déjà des dossiers</translation>
    </message>
    <message>
        <source>creating the caseload</source>
        <translation>création des dossiers chiffrés</translation>
    </message>
    <message>
        <source>the server named no user</source>
        <translation>le serveur n’a désigné aucun utilisateur</translation>
    </message>
    <message>
        <source>computer enrolled with {url} for {login}</source>
        <translation>poste enrôlé auprès de {url} pour {login}</translation>
    </message>
    <message>
        <source>demo dossier</source>
        <translation>dossier de démonstration</translation>
    </message>
    <message>
        <source>dossier {number} has no plan to sign</source>
        <translation>le dossier {number} n’a pas de plan à signer</translation>
    </message>
    <message>
        <source>showing the window</source>
        <translation>affichage de la fenêtre</translation>
    </message>
    <message>
        <source>the dossier window offers no document</source>
        <translation>la fenêtre du dossier n’offre aucun document</translation>
    </message>
    <message>
        <source>translations ({language}) missing from the installation</source>
        <translation>traductions ({language}) absentes de l’installation</translation>
    </message>
    <message>
        <source>window « {title} » opened, {tabs} tabs, language {language}</source>
        <translation>fenêtre « {title} » ouverte, {tabs} onglets, langue {language}</translation>
    </message>
    <message>
        <source>the Documents menu does not start with the plan: {entry}</source>
        <translation>le menu Documents ne commence pas par le plan : {entry}</translation>
    </message>
    <message>
        <source>plan preview</source>
        <translation>aperçu du plan</translation>
    </message>
    <message>
        <source>the rendered plan is not a complete PDF ({size} bytes)</source>
        <translation>le plan rendu n’est pas un PDF complet ({size} octets)</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>file d’envoi</translation>
    </message>
    <message>
        <source>{count} changes still to send</source>
        <translation>{count} modifications restent à envoyer</translation>
    </message>
    <message>
        <source>{step}: ok — {detail} ({seconds} s)</source>
        <translation>{step} : ok — {detail} ({seconds} s)</translation>
    </message>
    <message>
        <source>{what}: nothing after {seconds} s</source>
        <translation>{what} : rien après {seconds} s</translation>
    </message>
    <message>
        <source>the enrolled user has no regional office (a CPI agent is expected)</source>
        <translation>l’utilisateur enrôlé n’a pas de bureau régional (un agent CPI est attendu)</translation>
    </message>
    <message>
        <source>encrypted caseload created ({count} migrations, protection: {mode})</source>
        <translation>dossiers chiffrés créés ({count} migrations, protection : {mode})</translation>
    </message>
    <message>
        <source>dossier {number} created (invented family, step {step}, plan awaiting signatures)</source>
        <translation>dossier {number} créé (famille inventée, étape {step}, plan en attente de signatures)</translation>
    </message>
    <message>
        <source>intervention plan v{version} rendered in memory: PDF of {size} bytes, {pages} page(s) in the preview</source>
        <translation>projet d’intervention v{version} rendu en mémoire : PDF de {size} octets, {pages} page(s) dans l’aperçu</translation>
    </message>
    <message>
        <source>the server did not accept everything: {uploaded} sent, {applied} applied, {merged} merged, {conflicts} in conflict, {rejected} refused</source>
        <translation>le serveur n’a pas tout accepté : {uploaded} envoyées, {applied} appliquées, {merged} fusionnées, {conflicts} en conflit, {rejected} refusées</translation>
    </message>
    <message>
        <source>{uploaded} changes sent, {applied} applied by the server, {downloaded} received</source>
        <translation>{uploaded} modifications envoyées, {applied} appliquées par le serveur, {downloaded} reçues</translation>
    </message>
</context>
<context>
    <name>SignedScansDialog</name>
    <message>
        <source>Signed scans</source>
        <translation>Scans signés</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Version du projet</translation>
    </message>
    <message>
        <source>Version {number} — scans: {count}</source>
        <translation>Version {number} — scans : {count}</translation>
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
        <translation>Page du scan</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>pages unknown</source>
        <translation>pages inconnues</translation>
    </message>
    <message>
        <source>{date} — {pages} — {size}</source>
        <translation>{date} — {pages} — {size}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
    <message>
        <source>This scan's content is no longer kept on this computer.</source>
        <translation>Le contenu de ce scan n’est plus gardé sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <source>Correct or end a stakeholder</source>
        <translation>Corriger un intervenant ou mettre fin à son intervention</translation>
    </message>
    <message>
        <source>&amp;Stakeholder</source>
        <translation>&amp;Intervenant</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>no longer involved</source>
        <translation>n’intervient plus</translation>
    </message>
    <message>
        <source>What &amp;happens</source>
        <translation>Ce qui &amp;change</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Agreed &amp;role</source>
        <translation>&amp;Rôle convenu</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Coordonnées</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Terminé le</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>Ra&amp;ison</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Situation analysis</source>
        <translation>Analyse de la situation</translation>
    </message>
    <message>
        <source>Global assessment</source>
        <translation>Évaluation globale</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Intervention plan</source>
        <translation>Projet d’intervention</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implémentation</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques. Tapez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <source>Wrong passphrase. The caseload stays locked and unchanged. Failed attempts: {attempts}. Next attempt possible in {delay} s.</source>
        <translation>Phrase secrète incorrecte. Les dossiers restent verrouillés et inchangés. Tentatives échouées : {attempts}. Prochain essai possible dans {delay} s.</translation>
    </message>
    <message>
        <source>Wrong passphrase. The caseload stays locked and unchanged. Failed attempts: {attempts}. Check the keyboard layout and Caps Lock.</source>
        <translation>Phrase secrète incorrecte. Les dossiers restent verrouillés et inchangés. Tentatives échouées : {attempts}. Vérifiez la disposition du clavier et la touche Verr. Maj.</translation>
    </message>
    <message>
        <source>After {attempts} wrong passphrases, wait {delay} s before trying again.</source>
        <translation>Après {attempts} phrases secrètes incorrectes, attendez {delay} s avant de réessayer.</translation>
    </message>
    <message>
        <source>No caseload exists on this computer yet. Create one first.</source>
        <translation>Aucun portefeuille de dossiers n’existe encore sur cet ordinateur. Créez-en un d’abord.</translation>
    </message>
    <message>
        <source>A caseload already exists here. Open it with its passphrase; it was not overwritten.</source>
        <translation>Un portefeuille de dossiers existe déjà ici. Ouvrez-le avec sa phrase secrète ; il n’a pas été écrasé.</translation>
    </message>
    <message>
        <source>This caseload was saved by a newer version of cpi-terrain (schema {revision}). It was left untouched. Install the current version, then open it again.</source>
        <translation>Ces dossiers ont été enregistrés par une version plus récente de cpi-terrain (schéma {revision}). Ils n’ont pas été modifiés. Installez la version actuelle, puis ouvrez-les à nouveau.</translation>
    </message>
    <message>
        <source>The caseload is protected by a secret in this computer's keyring, which cannot be read right now. Open your session's keyring (or log in normally), then try again. Nothing was changed.</source>
        <translation>Les dossiers sont protégés par un secret conservé dans le trousseau de cet ordinateur, qui ne peut pas être lu pour l’instant. Déverrouillez le trousseau de votre session (ou connectez-vous normalement), puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The caseload's key file is damaged or missing, so the caseload cannot be opened. Do not delete anything; contact the ONE's IT support.</source>
        <translation>Le fichier de clé des dossiers est endommagé ou absent : les dossiers ne peuvent pas être ouverts. Ne supprimez rien ; contactez le support informatique de l’ONE.</translation>
    </message>
    <message>
        <source>The caseload file is damaged and cannot be opened. Do not delete anything; contact the ONE's IT support, who can restore it from the server.</source>
        <translation>Le fichier des dossiers est endommagé et ne peut pas être ouvert. Ne supprimez rien ; contactez le support informatique de l’ONE, qui peut le restaurer depuis le serveur.</translation>
    </message>
    <message>
        <source>The caseload cannot be written right now ({detail}). Nothing was lost: free disk space or close the other program using it, then try again.</source>
        <translation>Les dossiers ne peuvent pas être enregistrés pour l’instant ({detail}). Rien n’est perdu : libérez de l’espace disque ou fermez l’autre programme qui les utilise, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Problem</source>
        <extracomment>A draft is written this long after the last keystroke (as in the wizards). The name its draft is kept under, with the dossier ("" keeps no draft).</extracomment>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The ONE server cannot be reached ({detail}). Your changes stay on this computer and will be sent at the next sync.</source>
        <translation>Le serveur de l’ONE est injoignable ({detail}). Vos modifications restent sur cet ordinateur et seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The server address {url} is not secure: use an https:// address (plain http only for this computer).</source>
        <translation>L’adresse du serveur {url} n’est pas sûre : utilisez une adresse https:// (http simple seulement pour cet ordinateur).</translation>
    </message>
    <message>
        <source>This computer is not enrolled with the ONE server ({detail}). Enrol it at the office with your login.</source>
        <translation>Cet ordinateur n’est pas enrôlé auprès du serveur de l’ONE ({detail}). Enrôlez-le au bureau avec votre identifiant.</translation>
    </message>
    <message>
        <source>The ONE has revoked this computer ({detail}): its caseload is erased from it.</source>
        <translation>L’ONE a révoqué cet ordinateur ({detail}) : ses dossiers en sont effacés.</translation>
    </message>
    <message>
        <source>The ONE server does not accept this version of cpi-terrain. {detail}</source>
        <translation>Le serveur de l’ONE n’accepte pas cette version de cpi-terrain. {detail}</translation>
    </message>
    <message>
        <source>This computer's clock is {minutes} minutes away from the ONE server's. Set the date and time right (the times of your notes depend on it), then sync again.</source>
        <translation>L’horloge de cet ordinateur a {minutes} minutes d’écart avec celle du serveur de l’ONE. Réglez la date et l’heure (l’heure de vos notes en dépend), puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>This server is not the one this computer is enrolled with. Check the server address, or ask the ONE's IT team.</source>
        <translation>Ce serveur n’est pas celui auprès duquel cet ordinateur est enrôlé. Vérifiez l’adresse du serveur, ou demandez au service informatique de l’ONE.</translation>
    </message>
    <message>
        <source>The ONE server could not complete the sync ({detail}). Your changes stay on this computer; try again later.</source>
        <translation>Le serveur de l’ONE n’a pas pu terminer la synchronisation ({detail}). Vos modifications restent sur cet ordinateur ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The ONE server refused the enrolment ({detail}). Check your login and password, then try again.</source>
        <translation>Le serveur de l’ONE a refusé l’enrôlement ({detail}). Vérifiez votre identifiant et votre mot de passe, puis réessayez.</translation>
    </message>
    <message>
        <source>The ONE server refused the enrolment code: {detail}</source>
        <translation>Le serveur de l’ONE a refusé le code d’enrôlement : {detail}</translation>
    </message>
    <message>
        <source>The ONE's IT set your password: choose a new one (at least 10 characters), type it twice below, then enrol again.</source>
        <translation>Le service informatique de l’ONE a fixé votre mot de passe : choisissez-en un nouveau (au moins 10 caractères), saisissez-le deux fois ci-dessous, puis enrôlez à nouveau.</translation>
    </message>
    <message>
        <source>Your current password is not the right one: nothing was changed.</source>
        <translation>Votre mot de passe actuel n’est pas le bon : rien n’a été changé.</translation>
    </message>
    <message>
        <source>The ONE server refused: {detail}</source>
        <translation>Le serveur de l’ONE a refusé : {detail}</translation>
    </message>
    <message>
        <source>The ONE server refused the request: {detail}</source>
        <translation>Le serveur de l’ONE a refusé la demande : {detail}</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Last problem: {message}</source>
        <translation>Dernier problème : {message}</translation>
    </message>
    <message>
        <source>The last sync went through.</source>
        <translation>La dernière synchronisation a abouti.</translation>
    </message>
    <message>
        <source>Changes the ONE server refused, with its reason:</source>
        <translation>Modifications refusées par le serveur de l’ONE, avec leur motif :</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Synchronise</source>
        <extracomment>The server is asked whether it answers this often (a 3 s health check). With changes waiting, a reachable server gets them after this long without a sync.</extracomment>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Change my ONE password…</source>
        <translation>Changer mon mot de passe ONE…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avancement de la synchronisation</translation>
    </message>
    <message>
        <source>Sync status: click for the details</source>
        <translation>État de la synchronisation : cliquez pour le détail</translation>
    </message>
    <message>
        <source>Not enrolled for sync</source>
        <translation>Non enrôlé pour la synchronisation</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation : {when}</translation>
    </message>
    <message>
        <source>pending: {count}</source>
        <translation>en attente : {count}</translation>
    </message>
    <message>
        <source>conflicts: {count}</source>
        <translation>conflits : {count}</translation>
    </message>
    <message>
        <source>refused: {count}</source>
        <translation>refusées : {count}</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>Sync done: {sent} changes sent, {received} received.</source>
        <translation>Synchronisation terminée : {sent} modifications envoyées, {received} reçues.</translation>
    </message>
    <message>
        <source>Your ONE password is changed: use it to enrol your next computer.</source>
        <translation>Votre mot de passe ONE est changé : utilisez-le pour enrôler votre prochain ordinateur.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Correct the task</source>
        <translation>Corriger la tâche</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Contact note of {label}</source>
        <translation>Note de contact du {label}</translation>
    </message>
    <message>
        <source>Conference of {label}</source>
        <translation>Concertation du {label}</translation>
    </message>
    <message>
        <source>&amp;Made from</source>
        <translation>&amp;Issue de</translation>
    </message>
    <message>
        <source>What is to be &amp;done</source>
        <translation>Ce qu’il faut &amp;faire</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>Échéanc&amp;e</translation>
    </message>
    <message>
        <source>(the whole family)</source>
        <translation>(toute la famille)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Concernant</translation>
    </message>
</context>
<context>
    <name>TaskDoneDialog</name>
    <message>
        <source>Task done</source>
        <translation>Tâche faite</translation>
    </message>
    <message>
        <source>Done &amp;on</source>
        <translation>Faite l&amp;e</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Review overdue</source>
        <extracomment>Wait this long after the last keystroke before searching (typing stays fluid). The wizard of each step; closing (8) is offered from every step. After an unlock, the windows open at the lock come back this long after the caseload shows. The first dossier window's widgets are prepared this long after the caseload shows. The columns a search's passage takes the room of, while it is shown. A search's passage shows third (after the number and the family), this wide at least. The week's list shows the earliest items; a longer list is no longer a to-do list.</extracomment>
        <translation>Réexamen en retard</translation>
    </message>
    <message>
        <source>Plan review due</source>
        <translation>Réexamen du projet dû</translation>
    </message>
    <message>
        <source>Objective due</source>
        <translation>Échéance d’un objectif</translation>
    </message>
    <message>
        <source>Measure to start</source>
        <translation>Mesure à démarrer</translation>
    </message>
    <message>
        <source>Turns 27</source>
        <translation>Atteint 27 ans</translation>
    </message>
    <message>
        <source>Plan awaiting signatures</source>
        <translation>Projet à faire signer</translation>
    </message>
    <message>
        <source>Request for review to answer</source>
        <translation>Demande de réexamen à traiter</translation>
    </message>
    <message>
        <source>Plan returned by the ONE</source>
        <translation>Projet renvoyé par l’ONE</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Task overdue</source>
        <translation>Tâche en retard</translation>
    </message>
    <message>
        <source>no dossier</source>
        <translation>sans dossier</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Give a dossier to another agent</source>
        <translation>Confier un dossier à un autre agent</translation>
    </message>
    <message>
        <source>Give the dossier</source>
        <translation>Confier le dossier</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;To agent</source>
        <translation>À l’&amp;agent</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Raison</translation>
    </message>
    <message>
        <source>The dossier moves at your next synchronisation: the new agent's laptop receives it, the former agent's loses it.</source>
        <translation>Le dossier change de main à votre prochaine synchronisation : le poste du nouvel agent le reçoit, celui de l’ancien agent le perd.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>cpi-terrain — Caseload</source>
        <translation>cpi-terrain — Dossiers</translation>
    </message>
    <message>
        <source>Create your encrypted caseload</source>
        <translation>Créer vos dossiers chiffrés</translation>
    </message>
    <message>
        <source>Unlock your caseload</source>
        <translation>Déverrouiller vos dossiers</translation>
    </message>
    <message>
        <source>Choose a passphrase of several words. It protects the families' data on this computer; nobody can recover it for you.</source>
        <translation>Choisissez une phrase secrète de plusieurs mots. Elle protège les données des familles sur cet ordinateur ; personne ne pourra la retrouver pour vous.</translation>
    </message>
    <message>
        <source>Type your passphrase to open the dossiers stored on this computer.</source>
        <translation>Tapez votre phrase secrète pour ouvrir les dossiers enregistrés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Demo caseload with invented families. Its passphrase is: &lt;b&gt;{passphrase}&lt;/b&gt;</source>
        <translation>Dossiers de démonstration, familles inventées. Phrase secrète : &lt;b&gt;{passphrase}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No system keyring is available: the caseload will be protected by the passphrase alone. Choose a particularly long passphrase.</source>
        <translation>Aucun trousseau système n’est disponible : les dossiers seront protégés par la seule phrase secrète. Choisissez une phrase particulièrement longue.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète (à nouveau)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Updating the caseload format: %v / %m</source>
        <extracomment>Look the system keyring up on the store lane (importing keyring costs 0.1 s at start-up). Emitted from the worker while migrations run; queued to the GUI thread.</extracomment>
        <translation>Mise à jour du format des dossiers : %v / %m</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Attendez {seconds} s</translation>
    </message>
</context>
<context>
    <name>ValidationWindow</name>
    <message>
        <source>Plans awaiting validation</source>
        <translation>Projets à valider</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Imprimée le</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Preview the plan…</source>
        <translation>Aperçu du projet…</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Return with a comment…</source>
        <translation>Renvoyer avec un commentaire…</translation>
    </message>
    <message>
        <source>{signed} of {total} signed</source>
        <translation>{signed} sur {total} signées</translation>
    </message>
    <message>
        <source>still to sign: {names}</source>
        <translation>reste à signer : {names}</translation>
    </message>
    <message>
        <source>Version {version} of dossier {number} is validated.</source>
        <translation>La version {version} du dossier {number} est validée.</translation>
    </message>
    <message>
        <source>Version {version} of dossier {number} is returned to the agent.</source>
        <translation>La version {version} du dossier {number} est renvoyée à l’agent.</translation>
    </message>
</context>
<context>
    <name>WithdrawDocumentDialog</name>
    <message>
        <source>Withdraw a document</source>
        <translation>Retirer une pièce</translation>
    </message>
    <message>
        <source>Withdrawn &amp;on</source>
        <translation>Retirée &amp;le</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Raison</translation>
    </message>
    <message>
        <source>e.g. Attached to the wrong dossier; replaced by the final decision</source>
        <translation>p. ex. Jointe au mauvais dossier ; remplacée par la décision au fond</translation>
    </message>
</context>
</TS>