<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
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
</TS>