<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Dossier</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Children / young adults</source>
        <translation>Kinder / junge Erwachsene</translation>
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
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Eröffnet am</translation>
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
        <source>Demo caseload: every family here is invented.</source>
        <translation>Demo-Akten: Alle angezeigten Familien sind erfunden.</translation>
    </message>
    <message>
        <source>This caseload is protected by the passphrase alone (no system keyring).</source>
        <translation>Diese Akten sind nur durch die Passphrase geschützt (kein System-Schlüsselbund).</translation>
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
        <source>cpi-terrain</source>
        <translation>cpi-terrain</translation>
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
        <translation>Abschluss der Intervention</translation>
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
    <name>UnlockDialog</name>
    <message>
        <source>cpi-terrain — Caseload</source>
        <extracomment>Emitted from the worker while migrations run; queued to the GUI thread.</extracomment>
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
        <translation>Aktualisierung des Aktenformats: %v / %m</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Warten Sie {seconds} s</translation>
    </message>
</context>
</TS>