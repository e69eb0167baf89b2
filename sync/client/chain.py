"""A chained device token: the laptop keeps a secret seed made at enrolment and shows the
tokens of a hash chain backwards, ``H^n(seed)`` then ``H^(n-1)(seed)``…, one step further at
each handshake (``sync.server.auth`` says what the server accepts). The seed is kept where a
plain token is (the system keyring, else the encrypted store), in the credential text
``chain:<device id>:<seed>:<n>``; ``n`` moves down BEFORE the handshake leaves (a crash after
sending skips a step, which the server accepts; it never shows a step twice).

Whoever copies a token that travelled (not the seed) holds it until the laptop's next
handshake; whoever copies the seed too and syncs makes the laptop's next handshake show a
token the server has passed: refused, logged, and the laptop revoked."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass

from sync.protocol import CHAIN_LENGTH

PREFIX = "chain:"


def step_hash(token: str) -> str:
    """One step of the chain: the server's ``token_hash``."""
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Chain:
    device_id: uuid.UUID
    seed: str
    index: int

    def credential(self) -> str:
        return f"{PREFIX}{self.device_id}:{self.seed}:{self.index}"

    def token(self) -> str:
        """``H^index(seed)``: the token this laptop shows until its next handshake."""
        token = self.seed
        for _ in range(self.index):
            token = step_hash(token)
        return token

    def next(self) -> Chain:
        if self.index <= 1:
            raise ChainExhausted
        return Chain(self.device_id, self.seed, self.index - 1)


class ChainExhausted(Exception):
    """Every step of the chain was shown: the laptop is enrolled again."""


def new_chain(device_id: uuid.UUID, length: int = CHAIN_LENGTH) -> Chain:
    return Chain(device_id, secrets.token_hex(32), length)


def parse(credential: str | None) -> Chain | None:
    """The chain a credential text holds; None for a plain token."""
    if not credential or not credential.startswith(PREFIX):
        return None
    device, seed, index = credential[len(PREFIX):].split(":")
    return Chain(uuid.UUID(device), seed, int(index))
