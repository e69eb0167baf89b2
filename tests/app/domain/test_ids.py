"""Record ids read back from SQLite are ordinary, equal, hashable UUIDs."""

from __future__ import annotations

import pickle
import uuid

from app.domain.base import new_id
from app.domain.ids import uuid_from_hex


def test_fast_uuid_equals_the_standard_one_in_every_way() -> None:
    for original in [new_id() for _ in range(100)] + [uuid.UUID(int=0), uuid.uuid4()]:
        fast = uuid_from_hex(original.hex)
        assert fast == original and hash(fast) == hash(original)
        assert str(fast) == str(original) and fast.version == original.version
        assert {original: 1}[fast] == 1 and pickle.loads(pickle.dumps(fast)) == original
    assert uuid_from_hex(None) is None
    dashed = str(new_id())
    assert uuid_from_hex(dashed) == uuid.UUID(dashed)  # other spellings take the slow path
