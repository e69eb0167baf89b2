"""The deadline and semester-list queries over 10,000 dossiers, against hand-written SQL.

Run from the project root: ``python bench/workflow.py``. One encrypted store is filled with
10,000 generated dossiers (families, plan versions in force with review dates spread over two
years, measures of which a share are placements). Each service query (issue 3: reviews due
soon, reviews overdue, the art. 6 semester list) is timed against the same question asked as
one raw SQL statement on the same store, alternately, and must stay within 2x of it.
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select
from timing import interleaved_medians  # bench/ itself, the script's folder

from app.domain import (
    Case,
    Office,
    Person,
    PersonRole,
    PlannedMeasure,
    PlanState,
    PlanVersion,
    Provider,
    ProviderAgrement,
)
from app.domain.base import new_id
from app.services.base.context import ServiceContext
from app.services.caseload.deadlines import reviews_due_soon, reviews_overdue
from app.services.one.duties import semester_placement_list
from app.services.setup.store import prepare_store
from app.store.keyfile import LIGHT_KDF_FOR_TESTS
from app.store.store import Store, create_store

CASES = 10_000
REPEATS = 20
LIMIT = 2.0
TODAY = date(2026, 11, 23)
REFERENCE_DAY = date(2026, 10, 1)
PLACEMENTS = ["a1", "a2", "a3", "b", "c1"]
OTHER_MEASURES = ["h", "i", "k", "l", "o", "u"]

DUE_SOON_SQL = """
SELECT c.id, c.number, o.code, c.agent_id, v.number, v.review_due_on
FROM plan_version v JOIN case_file c ON c.id = v.case_id JOIN office o ON o.id = c.office_id
WHERE v.state = 'in_force' AND v.deleted_at IS NULL AND c.state = 'open'
  AND c.deleted_at IS NULL AND v.review_due_on BETWEEN ? AND ?
ORDER BY v.review_due_on, c.number"""
OVERDUE_SQL = DUE_SOON_SQL.replace("BETWEEN ? AND ?", "< ?")
SEMESTER_SQL = """
SELECT c.number, o.code, p.id, p.first_name, p.last_name, p.birth_date, m.measure_code,
       r.placement, pr.name, pr.country, m.actual_start_on
FROM person p JOIN planned_measure m ON m.beneficiary_id = p.id
  JOIN ref_measure_type r ON r.code = m.measure_code
  JOIN provider pr ON pr.id = m.provider_id
  JOIN case_file c ON c.id = p.case_id JOIN office o ON o.id = c.office_id
WHERE r.placement IS NOT NULL AND m.deleted_at IS NULL AND p.deleted_at IS NULL
  AND m.actual_start_on <= ? AND (m.actual_end_on IS NULL OR m.actual_end_on >= ?)
  AND p.birth_date > ?
ORDER BY o.code, p.last_name, p.first_name, m.actual_start_on"""


def generate(store: Store, cases: int, seed: int = 2008) -> None:
    """Bulk-insert ``cases`` dossiers (server-side data: no outbox), in one transaction."""
    rng = random.Random(seed)
    with store.transaction("bench_generate", None, from_server=True) as session:
        offices = session.scalars(select(Office.id)).all()
        providers = [{"id": new_id(), "name": f"Prestataire {i}",
                      "country": "BE" if i % 10 == 0 else "LU"} for i in range(60)]
        session.execute(insert(Provider), providers)
        session.execute(insert(ProviderAgrement), [
            {"id": new_id(), "provider_id": provider["id"], "number": f"A{i}",
             "measure_codes": "a,b,c,d,e,f,g,h,i,j,o,p,q,r,s,u,y",
             "valid_from": date(2000, 1, 1)} for i, provider in enumerate(providers)])
        rows: dict[str, list[dict[str, Any]]] = {"case": [], "person": [], "plan": [],
                                                  "measure": []}
        for index in range(cases):
            case_id = new_id()
            opened = TODAY - timedelta(days=rng.randint(30, 1500))
            rows["case"].append({"id": case_id, "number": f"BENCH-{index:05d}",
                                 "office_id": rng.choice(offices), "opened_on": opened,
                                 "current_step": 5, "furthest_step": 7})
            for child in range(rng.randint(1, 3)):
                person_id = new_id()
                rows["person"].append({
                    "id": person_id, "case_id": case_id, "role": PersonRole.CHILD,
                    "first_name": f"Enfant{child}", "last_name": f"Famille{index}",
                    "birth_date": TODAY - timedelta(days=rng.randint(200, 20 * 365))})
                code = rng.choice(PLACEMENTS if rng.random() < 0.3 else OTHER_MEASURES)
                start = opened + timedelta(days=rng.randint(10, 200))
                end = start + timedelta(days=rng.randint(30, 900)) if rng.random() < 0.5 else None
                rows["measure"].append({
                    "id": new_id(), "case_id": case_id, "beneficiary_id": person_id,
                    "measure_code": code, "provider_id": rng.choice(providers)["id"],
                    "starts_on": start, "ends_on": start + timedelta(days=365),
                    "actual_start_on": start, "actual_end_on": end})
            validated = TODAY - timedelta(days=rng.randint(0, 730))
            rows["plan"].append({
                "id": new_id(), "case_id": case_id, "number": 1, "state": PlanState.IN_FORCE,
                "prepared_on": validated, "validated_on": validated, "in_force_since": validated,
                "review_due_on": validated + timedelta(days=365)})
        for model, key in ((Case, "case"), (Person, "person"), (PlanVersion, "plan"),
                           (PlannedMeasure, "measure")):
            session.execute(insert(model), rows[key])


def raw(store: Store, sql: str, *params: object) -> list[Any]:
    with store.reading() as session:
        return list(session.connection().exec_driver_sql(sql, params).fetchall())


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="cpi-bench-") as scratch:
        store = create_store(Path(scratch) / "store", "banc d'essai quetsch 2026",
                             "banc d'essai quetsch 2026", keyring_backend=None,
                             kdf=LIGHT_KDF_FOR_TESTS)
        ctx = ServiceContext(store)
        prepare_store(ctx)
        generate(store, CASES)
        soon_from, soon_to = TODAY.isoformat(), (TODAY + timedelta(days=30)).isoformat()
        adult_cutoff = date(REFERENCE_DAY.year - 18, REFERENCE_DAY.month, REFERENCE_DAY.day)
        queries = {
            "reviews due soon": (partial(reviews_due_soon, ctx, TODAY),
                                 partial(raw, store, DUE_SOON_SQL, soon_from, soon_to)),
            "reviews overdue": (partial(reviews_overdue, ctx, TODAY),
                                partial(raw, store, OVERDUE_SQL, TODAY.isoformat())),
            "semester list 1 October": (
                partial(semester_placement_list, ctx, REFERENCE_DAY),
                partial(raw, store, SEMESTER_SQL, REFERENCE_DAY.isoformat(),
                        REFERENCE_DAY.isoformat(), adult_cutoff.isoformat())),
        }
        results = {}
        for name, (service, baseline) in queries.items():
            rows_service, rows_raw = len(service()), len(baseline())
            if name != "semester list 1 October":  # the list keeps one row per child
                assert rows_service == rows_raw, (name, rows_service, rows_raw)
            times = interleaved_medians({"service": service, "raw SQL": baseline}, REPEATS)
            results[name] = (rows_service, times["raw SQL"], times["service"])
        store.lock()

    print(f"{CASES} dossiers, encrypted store; median of {REPEATS} alternated runs")
    print(f"{'query':28} {'rows':>6} {'raw SQL s':>10} {'service s':>10} {'ratio':>7}")
    for name, (rows, baseline_s, service_s) in results.items():
        print(f"{name:28} {rows:6d} {baseline_s:10.4f} {service_s:10.4f} "
              f"{service_s / baseline_s:7.2f}")
    print()
    for name, (_rows, baseline_s, service_s) in results.items():
        ratio = service_s / baseline_s
        verdict = "ok" if ratio <= LIMIT else "MISSED"
        print(f"goal: service/raw {name.replace(' ', '_')} = {ratio:.2f} (limit {LIMIT}) "
              f"{verdict}")


if __name__ == "__main__":
    main()
