<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
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
</TS>