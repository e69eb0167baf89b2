"""Reference data copied into the store: the art. 11 catalogue and the art. 15 forfaits.

Loaded from ``resources/reference`` at store creation and upgraded by sync; screens read it
from here, never from constants.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.base import Base


class ForfaitRef(Base):
    __tablename__ = "ref_forfait"
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit: Mapped[str] = mapped_column(String(10))  # day | hour | month
    label_fr: Mapped[str] = mapped_column(String(400))
    label_de: Mapped[str] = mapped_column(String(400))


class MeasureTypeRef(Base):
    __tablename__ = "ref_measure_type"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    parent_code: Mapped[str | None] = mapped_column(String(10), default=None)
    label_fr: Mapped[str] = mapped_column(String(600))
    label_de: Mapped[str] = mapped_column(String(600))
    requires_agrement: Mapped[bool] = mapped_column(Boolean)
    forfait_number: Mapped[int | None] = mapped_column(
        ForeignKey("ref_forfait.number"), default=None
    )
    article: Mapped[str] = mapped_column(String(20))
    #: A ``Placement`` value (app/reference/catalogue.py): counted on the art. 6 semester list.
    placement: Mapped[str | None] = mapped_column(String(30), default=None)
