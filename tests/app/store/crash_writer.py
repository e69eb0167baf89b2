"""Child process of the crash test: writes dossiers through the services until killed.

It prints each case id only after ``open_case`` has returned, i.e. after the commit; the parent
kills it with SIGKILL at a random moment and checks every printed id survived.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from app.domain import PersonRole, RequestChannel, RequesterKind
from app.services.base.context import ServiceContext
from app.services.dossier.opening import OpenCaseInput, PersonInput, RequestInput, open_case
from app.store.store import unlock_store


def main(store_dir: str, passphrase: str) -> None:
    store = unlock_store(Path(store_dir), passphrase, keyring_backend=None)
    ctx = ServiceContext(store)
    counter = 0
    while True:
        counter += 1
        opened = open_case(ctx, OpenCaseInput(
            office_code="crash-office",
            request=RequestInput(date(2026, 3, 1), RequestChannel.TELEPHONE_PERMANENCE,
                                 RequesterKind.PARENT, f"demande {counter}"),
            persons=(PersonInput(PersonRole.CHILD, "Enfant", f"Crash{counter}",
                                 date(2015, 5, 5)),
                     PersonInput(PersonRole.PARENT, "Parent", f"Crash{counter}")),
            confirmed_new_persons=True,  # numbered look-alikes on purpose
        ))
        print(opened.case_id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
