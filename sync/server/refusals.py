"""Why the server does not apply a device's mutation: a code the server decides on
(``held_restore`` keeps a restore refused only as ``NOT_ASSIGNED``), and the French text the
device shows beside the refused change, each written once in ``TEXTS``.

What goes on the wire is the text alone (``MutationResult.reason``): the answer has no field for
a code, and devices of earlier protocol versions refuse an answer with a field they do not know.
"""

from __future__ import annotations

from enum import StrEnum


class Refused(StrEnum):
    # Who may write what (scopes.py).
    ADMIN_ONLY = "admin_only"
    DIRECTORY = "directory"
    NOT_FROM_A_DEVICE = "not_from_a_device"
    VALIDATOR_VALIDATES_ONLY = "validator_validates_only"
    VALIDATOR_OPENS_NO_DOSSIER = "validator_opens_no_dossier"
    NOT_ASSIGNED = "not_assigned"
    OTHER_OFFICE = "other_office"
    OTHER_AGENT = "other_agent"
    MOVED_TO_ANOTHER_DOSSIER = "moved_to_another_dossier"
    TRANSFER = "transfer"
    VALIDATION = "validation"
    HELD = "held"
    REPLAY = "replay"
    # What the office lead decides (office.py).
    NOT_OFFICE_LEAD = "not_office_lead"
    NOT_AGENT_OF_OFFICE = "not_agent_of_office"
    COVER_SELF = "cover_self"
    COVER_DATES = "cover_dates"
    COVER_CHANGED = "cover_changed"
    # What a record may point at (references.py).
    REFERENCE = "reference"
    # What the mutation says (apply.py).
    UNKNOWN_ENTITY = "unknown_entity"
    UNKNOWN_FIELDS = "unknown_fields"
    CHANGE_NOT_A_PAIR = "change_not_a_pair"
    VALUE = "value"
    TOO_LONG = "too_long"
    INTEGRITY = "integrity"
    NOT_ON_SERVER = "not_on_server"
    ALREADY_ON_SERVER = "already_on_server"
    APPEND_ONLY = "append_only"
    FROZEN_PLAN = "frozen_plan"
    AFTER_TODAY = "after_today"
    # A scan's file (blobs.py).
    SCAN_DIGEST = "scan_digest"
    SCAN_FILE_MISSING = "scan_file_missing"
    SCAN_FILE_MISMATCH = "scan_file_mismatch"
    SCAN_FILE_FORMAT = "scan_file_format"

    def text(self, **params: object) -> str:
        """The French text, its ``{placeholders}`` filled from ``params``."""
        return TEXTS[self].format(**params) if params else TEXTS[self]


#: In the agent's words, exactly as devices of every protocol version have read them.
TEXTS: dict[Refused, str] = {
    Refused.ADMIN_ONLY:
        "Seuls les administrateurs de l'ONE modifient les bureaux et les utilisateurs.",
    Refused.DIRECTORY: ("Seul l'ONE tient le répertoire des prestataires et de leurs "
                        "agréments (art. 13) : la modification n'est pas acceptée."),
    Refused.NOT_FROM_A_DEVICE: "Cet enregistrement ne peut pas être modifié depuis un poste.",
    Refused.VALIDATOR_VALIDATES_ONLY:
        "Un validateur de l'ONE ne modifie que la validation des projets.",
    Refused.VALIDATOR_OPENS_NO_DOSSIER: "Un validateur de l'ONE n'ouvre pas de dossier.",
    Refused.NOT_ASSIGNED:
        "Ce dossier ne vous est pas attribué : la modification n'est pas acceptée.",
    Refused.OTHER_OFFICE: "Un dossier s'ouvre dans votre bureau régional.",
    Refused.OTHER_AGENT: "Un dossier que vous ouvrez vous est attribué.",
    Refused.MOVED_TO_ANOTHER_DOSSIER: "Un enregistrement ne passe pas d'un dossier à un autre.",
    Refused.TRANSFER: "Seul l'ONE confie un dossier à un autre agent ou à un autre bureau.",
    Refused.VALIDATION: "Seul un validateur de l'ONE valide ou renvoie un projet (art. 4).",
    Refused.HELD: ("Le serveur a été restauré d'une sauvegarde où ce dossier n'est pas le "
                   "vôtre : ce que votre poste lui a rendu y est gardé, et remis en place "
                   "quand l'ONE vous confie le dossier à nouveau."),
    Refused.REPLAY: ("Cet identifiant de modification a déjà servi à un autre poste : "
                     "la modification n'est pas acceptée."),
    Refused.NOT_OFFICE_LEAD: ("Seul le responsable du bureau régional du dossier confie un "
                              "dossier ou le remplacement d'un agent."),
    Refused.NOT_AGENT_OF_OFFICE: ("Un dossier ou un remplacement se confie à un agent CPI du "
                                  "bureau régional."),
    Refused.COVER_SELF: "Un agent ne se remplace pas lui-même.",
    Refused.COVER_DATES: ("Un remplacement finit au plus tôt aujourd'hui, et pas avant son "
                          "début : il n'est pas enregistré."),
    Refused.COVER_CHANGED: ("Un remplacement ne se modifie pas : le responsable y met fin et "
                            "en confie un autre."),
    # One answer for a record of another dossier and for one the server lacks: the refusal
    # does not tell whether an id exists elsewhere.
    Refused.REFERENCE: ("La modification fait référence à un enregistrement absent de ce "
                        "dossier : elle n'est pas appliquée."),
    Refused.UNKNOWN_ENTITY: "Type d'enregistrement inconnu : {entity}.",
    Refused.UNKNOWN_FIELDS: "Champs inconnus : {fields}.",
    Refused.CHANGE_NOT_A_PAIR: "Chaque champ modifié porte sa valeur avant et après.",
    Refused.VALUE: "Valeur refusée par le serveur : {error}.",
    Refused.TOO_LONG: ("Un texte dépasse la longueur de son champ : {length} caractères pour "
                       "{limit} au plus. La modification n'est pas acceptée : raccourcissez "
                       "le texte."),
    Refused.INTEGRITY: ("La modification fait référence à un enregistrement que le serveur n'a "
                        "pas, ou en doublerait un : elle n'est pas appliquée."),
    Refused.NOT_ON_SERVER: "Cet enregistrement n'existe pas sur le serveur.",
    Refused.ALREADY_ON_SERVER: "Cet enregistrement existe déjà sur le serveur.",
    Refused.APPEND_ONLY: ("Cet enregistrement ne se modifie pas : il s'ajoute (signatures, "
                          "comptes rendus, notes)."),
    Refused.FROZEN_PLAN: ("Une version figée du projet ne se modifie pas : préparez une "
                          "nouvelle version."),
    Refused.AFTER_TODAY: ("La date du {date} est postérieure à la date du jour du serveur : "
                          "corrigez-la (l'horloge de l'ordinateur était-elle juste ?)."),
    Refused.SCAN_DIGEST: "L'empreinte du scan n'est pas une empreinte SHA-256.",
    Refused.SCAN_FILE_MISSING: ("Le fichier de ce scan n'est jamais arrivé sur le serveur : le "
                                "scan n'y est pas enregistré."),
    Refused.SCAN_FILE_MISMATCH: ("Le fichier reçu ne correspond pas à l'empreinte ou à la "
                                 "taille du scan : le scan n'est pas enregistré."),
    Refused.SCAN_FILE_FORMAT: ("Le fichier reçu n'est pas un PDF, un JPEG ou un PNG : le scan "
                               "n'est pas enregistré."),
}
