<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Children / young adults</source>
        <translation>Enfants / jeunes adultes</translation>
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
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
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
        <source>Demo caseload: every family here is invented.</source>
        <translation>Dossiers de démonstration : toutes les familles affichées sont inventées.</translation>
    </message>
    <message>
        <source>This caseload is protected by the passphrase alone (no system keyring).</source>
        <translation>Ces dossiers sont protégés par la seule phrase secrète (aucun trousseau système).</translation>
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
        <source>cpi-terrain</source>
        <translation>cpi-terrain</translation>
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
        <translation>Fin de l’intervention</translation>
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
    <name>UnlockDialog</name>
    <message>
        <source>cpi-terrain — Caseload</source>
        <extracomment>Emitted from the worker while migrations run; queued to the GUI thread.</extracomment>
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
        <translation>Mise à jour du format des dossiers : %v / %m</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Attendez {seconds} s</translation>
    </message>
</context>
</TS>