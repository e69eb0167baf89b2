"""The national documents fetched from the ONE server by a ONE administrator's computer: the
semester placement list of every office (art. 6) and the anonymised statistics (art. 7), as the
PDF the server's commands write. The bytes stay in memory: the list names children.

Refusals arrive typed (``sync.client.errors``): ``NotAllowed`` for any other role,
``RequestRefused`` for a day that is not 1 April or 1 October or a period ending before it
starts, the server's text saying which.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from sync.client.errors import ServerError
from sync.client.transport import Transport, send_raw
from sync.protocol import DocumentLanguage, SemesterListRequest, StatisticsRequest

SEMESTER_LIST = "/api/one/semester-list"
STATISTICS = "/api/one/statistics"
PDF_TYPE = "application/pdf"


def fetch_semester_list(transport: Transport, on: date,
                        language: DocumentLanguage = "fr") -> bytes:
    """Every office's placed children on ``on`` (1 April or 1 October)."""
    return _pdf(transport, SEMESTER_LIST, SemesterListRequest(on=on, language=language))


def fetch_statistics(transport: Transport, since: date, until: date,
                     language: DocumentLanguage = "fr") -> bytes:
    """Every office's anonymised statistics from ``since`` to ``until``."""
    return _pdf(transport, STATISTICS,
                StatisticsRequest(since=since, until=until, language=language))


def _pdf(transport: Transport, path: str, request: BaseModel) -> bytes:
    response = send_raw(transport, "POST", path, content=request.model_dump_json().encode(),
                        headers={"Content-Type": "application/json"})
    kind = response.headers.get("content-type", "").split(";")[0].strip()
    if kind != PDF_TYPE or not response.content.startswith(b"%PDF"):
        raise ServerError(f"réponse inattendue du serveur ({kind or 'sans type'})")
    return response.content
