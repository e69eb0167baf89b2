"""A new caseload for a test in a fraction of the time: the schema is made once per process
(its sixteen migrations, about three seconds of SQLCipher DDL on this machine) into a template
store, and each test's store is a copy of its files, unlocked with the same passphrase. The
copies share the template's database key and store id (test data, no keyring); each device's
identity is still made at its first sync (``sync_settings``), so two copies are two laptops.
Tests of store creation itself call ``create_store``."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import Store, create_store, unlock_store

_templates: dict[str, Path] = {}


def fresh_store(directory: Path, passphrase: str) -> Store:
    """A store at this version's head in ``directory`` (which must not hold one yet)."""
    template = _templates.get(passphrase)
    if template is None:
        parent = Path(tempfile.mkdtemp(prefix="cpi-store-template-"))
        atexit.register(shutil.rmtree, parent, True)
        folder = parent / "store"
        create_store(folder, passphrase, passphrase, keyring_backend=None,
                     kdf=LIGHT_KDF_FOR_TESTS).lock()
        template = _templates[passphrase] = folder
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    for source in template.iterdir():
        if source.is_file():
            # copyfile, not copy2: Windows' Python 3.12 copies with CopyFile2, which Wine lacks
            # (the Windows layer runs this fixture under Wine).
            shutil.copyfile(source, directory / source.name)
    return unlock_store(directory, passphrase, keyring_backend=None)
