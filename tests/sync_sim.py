"""A seeded simulation of townships sending packages to the county (used by tests and bench).

Several townships; rounds of random inserts, edits, deletes, transfers of a person between
townships, training (continuing-education events and records) and proofs, exam registrations,
scores, fees, withdrawals and work starts, appraisal rounds with scores, 定稿, signing (with
scans) and reopening; packages lost (then re-sent after a receipt), duplicated,
reordered, and one tampered. ``check`` states what the county must hold afterwards.
"""

from __future__ import annotations

import contextlib
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from swdesk.core.errors import RuleError
from swdesk.core.idnumber import make_id_number
from swdesk.store import Store, appraisals, exams, open_store, training, villages, workers
from swdesk.store.unit import initialize
from swdesk.sync import county as county_mod
from swdesk.sync import enroll, keys, merge, package, receipt
from swdesk.sync.envelope import read_file
from swdesk.sync.tables import ordered_tables, row_hash

COUNTY = "510411"


@dataclass
class Town:
    code: str
    store: Store
    villages: list[str]


@dataclass
class Sim:
    root: Path
    seed: int
    n_towns: int = 3
    rng: random.Random = field(init=False)
    county: Store = field(init=False)
    towns: list[Town] = field(default_factory=list)
    pending: list[Path] = field(default_factory=list)
    lost: list[Path] = field(default_factory=list)
    tampered: list[Path] = field(default_factory=list)
    rejected: list[merge.ImportResult] = field(default_factory=list)
    where: dict[str, int] = field(default_factory=dict)  # live id_number -> town index
    free_ids: list[str] = field(default_factory=list)
    n_exports: int = 0
    YEARS = (2025, 2026)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.root.mkdir(parents=True, exist_ok=True)
        self.county = open_store(self.root / "county.db", daily_backup=False)
        initialize(self.county, "county", COUNTY, "模拟县")
        keys.create_county_keys(self.county)
        for i in range(self.n_towns):
            code = f"{COUNTY}{100 + i}"
            t = open_store(self.root / f"t{i}.db", daily_backup=False)
            initialize(t, "township", code, f"模拟{i}镇")
            enroll.join(t, enroll.enroll(self.county, code, f"模拟{i}镇"))
            vs = [f"{code}001", f"{code}201"]
            villages.add(t, vs[0], f"{i}号社区", "urban")
            villages.add(t, vs[1], f"{i}号村", "rural")
            for y in self.YEARS:
                exams.save_year(t, y, {"fee_per_subject": 50})
            self.towns.append(Town(code, t, vs))
        born = date(1970, 1, 1)
        self.free_ids = [
            make_id_number("510104", born + timedelta(days=k % 9000), k % 997) for k in range(4000)
        ]
        self.rng.shuffle(self.free_ids)

    def close(self) -> None:
        self.county.close()
        for t in self.towns:
            t.store.close()

    # -- random work at a township -------------------------------------------------------
    def _raw(self, town: Town, idn: str) -> dict[str, Any]:
        return {
            "name": self.rng.choice("张王李赵刘陈杨黄")
            + self.rng.choice(["伟", "芳", "敏", "静", "强"]),
            "id_number": idn,
            "phone": f"139{self.rng.randrange(10**8):08d}",
            "village_code": self.rng.choice(town.villages),
            "domains": ["老年"],
            "professional_post": self.rng.random() < 0.6,  # appraised (岗位绩效考评)
        }

    def _live(self, town: Town) -> list[dict[str, Any]]:
        return town.store.query("SELECT * FROM workers WHERE deleted = 0")

    def _add(self, ti: int, idn: str) -> str:
        town = self.towns[ti]
        old = town.store.query("SELECT id FROM workers WHERE id_number = ?", (idn,))
        if old:  # came back: the township restores its old file
            workers.restore(town.store, old[0]["id"])
            wid = old[0]["id"]
        else:
            certs = (
                [{"level": "助理社会工作师", "obtained_date": "2020-06-01"}]
                if self.rng.random() < 0.4
                else []
            )
            wid = workers.create(town.store, self._raw(town, idn), certs)
        self.where[idn] = ti
        return wid

    def step(self) -> None:
        ti = self.rng.randrange(len(self.towns))
        town = self.towns[ti]
        s = town.store
        live = self._live(town)
        op = self.rng.choices(
            (
                "insert",
                "edit",
                "delete",
                "transfer",
                "training",
                "untrain",
                "proof",
                "exam",
                "appraise",
                "ce",
            ),
            (30, 25, 8, 10, 12, 5, 3, 30, 40, 12),
        )[0]
        if op == "insert" or not live:
            self._add(ti, self.free_ids.pop())
        elif op == "edit":
            w = self.rng.choice(live)
            raw = {**workers.get(s, w["id"]), "phone": f"138{self.rng.randrange(10**8):08d}"}
            raw.pop("certificates")
            raw.pop("moves")
            if self.rng.random() < 0.5:
                raw["village_code"] = self.rng.choice(town.villages)
            workers.update(s, w["id"], raw)
        elif op == "delete":
            w = self.rng.choice(live)
            workers.delete(s, w["id"], "离职")
            del self.where[w["id_number"]]
            self.free_ids.insert(0, w["id_number"])  # may come back later, anywhere
        elif op == "transfer" and len(self.towns) > 1:
            w = self.rng.choice(live)
            to = self.rng.choice([k for k in range(len(self.towns)) if k != ti])
            workers.delete(s, w["id"], "调出")
            self._add(to, w["id_number"])
        elif op == "training":
            day = date(2024, 1, 1) + timedelta(days=self.rng.randrange(600))
            ev = training.add_event(
                s,
                {
                    "title": f"培训{self.rng.randrange(1000)}",
                    "start_date": day,
                    "end_date": day,
                    "hours": 6,
                    "mode": "面授",
                },
            )
            who = self.rng.sample(live, min(len(live), self.rng.randrange(1, 5)))
            training.attend(s, ev, [w["id"] for w in who])
        elif op == "untrain":
            recs = s.query("SELECT id FROM training_records WHERE deleted = 0")
            if recs:
                training.delete_record(s, self.rng.choice(recs)["id"])
        elif op == "proof":
            recs = s.query("SELECT id FROM training_records WHERE deleted = 0")
            if recs:
                training.set_proof(
                    s, self.rng.choice(recs)["id"], "证明.jpg", self.rng.randbytes(200)
                )

        elif op == "exam":
            self._exam(s, live)
        elif op == "appraise":
            self._appraise(s)
        elif op == "ce":
            self._ce(s, live)

    def _ce(self, s: Store, live: list[dict[str, Any]]) -> None:
        """Continuing education besides attendance: an online course with its certificate, a
        degree conversion, hours corrected, a deleted record restored, an event cancelled."""
        what = self.rng.choice(("course", "degree", "hours", "restore", "cancel"))
        with contextlib.suppress(RuleError):
            if what == "course":
                day = date(2024, 1, 1) + timedelta(days=self.rng.randrange(600))
                training.add_record(
                    s,
                    self.rng.choice(live)["id"],
                    {"title": "网络课程", "end_date": day, "hours": self.rng.choice((2, 4, 8))},
                    ("结业证书.pdf", self.rng.randbytes(150)),
                )
            elif what == "degree":
                training.add_record(
                    s, self.rng.choice(live)["id"], {"activity": "degree", "end_date": "2024-06-30"}
                )
            else:
                table = "training_events" if what == "cancel" else "training_records"
                gone = 1 if what == "restore" else 0
                rows = s.query(f"SELECT id FROM {table} WHERE deleted = ?", (gone,))
                if not rows:
                    return
                rid = self.rng.choice(rows)["id"]
                if what == "hours":
                    training.set_record_hours(s, rid, self.rng.choice((1, 3, 5)))
                elif what == "restore":
                    training.restore_record(s, rid)
                else:
                    training.delete_event(s, rid, "取消")

    def _exam(self, s: Store, live: list[dict[str, Any]]) -> None:
        """Register, score, fee, reimburse, withdraw or set a work start (refusals are fine:
        the rules say no, nothing is written)."""
        regs = s.query(
            "SELECT g.id, g.subjects FROM exam_registrations g JOIN workers w "
            "ON w.id = g.worker_id WHERE g.deleted = 0 AND w.deleted = 0"
        )
        what = self.rng.choice(
            ("register", "register", "score", "score", "fee", "withdraw", "start")
        )
        try:
            if what == "register" or not regs:
                w = self.rng.choice(live)
                exams.register(s, self.rng.choice(self.YEARS), w["id"], "初级")
            elif what == "score":
                reg = self.rng.choice(regs)
                subject = self.rng.choice(json.loads(reg["subjects"]))
                if self.rng.random() < 0.15:
                    exams.set_score(s, reg["id"], subject, None, absent=True)
                else:
                    exams.set_score(s, reg["id"], subject, self.rng.randrange(30, 100))
            elif what == "fee":
                reg = self.rng.choice(regs)
                item = self.rng.choice(exams.rules(s).fee_items)
                fid = exams.set_fee(s, reg["id"], item, self.rng.randrange(0, 300))
                if self.rng.random() < 0.4:
                    exams.set_reimbursed(s, [fid], "2025-12-01")
            elif what == "withdraw":
                exams.withdraw(s, self.rng.choice(regs)["id"], "不考了")
            else:
                w = self.rng.choice(live)
                exams.set_work_start(s, w["id"], f"20{self.rng.randrange(10, 24)}-03-01")
        except RuleError:
            pass

    def _appraise(self, s: Store) -> None:
        """Create the year's round (once a few people work here), then a few steps on its
        sheets: score, 定稿, sign (maybe with a scan), reopen with a reason, attach a scan."""
        year = self.rng.choice(self.YEARS)
        rnd = appraisals.round_for_year(s, year)
        if rnd is None:
            if len(self._live_in(s)) >= 6:
                with contextlib.suppress(RuleError):
                    appraisals.create_round(s, year)
            return
        rows = s.query("SELECT id FROM appraisals WHERE round_id = ? AND deleted = 0", (rnd["id"],))
        for a in self.rng.sample(rows, min(len(rows), 4)):
            with contextlib.suppress(RuleError):
                self._appraisal_step(s, a["id"])

    def _appraisal_step(self, s: Store, aid: str) -> None:
        state = s.scalar("SELECT state FROM appraisals WHERE id = ?", (aid,))
        if state == "draft":
            for item in appraisals.sheet(s, aid).template.items:
                if self.rng.random() < 0.95:
                    appraisals.set_score(s, aid, item.name, self.rng.randrange(int(item.max) + 1))
            if self.rng.random() < 0.7:
                appraisals.finalize(s, aid)
        elif state == "finalized":
            scan = ("签字.jpg", self.rng.randbytes(120)) if self.rng.random() < 0.5 else None
            appraisals.sign(s, aid, scan)
        elif self.rng.random() < 0.6:
            appraisals.reopen(s, aid, "分数需要更正")
        else:
            appraisals.attach_scan(s, aid, "补扫.jpg", self.rng.randbytes(90))

    @staticmethod
    def _live_in(s: Store) -> list[dict[str, Any]]:
        return s.query("SELECT id FROM workers WHERE deleted = 0")

    # -- delivery ------------------------------------------------------------------------
    def export_all(self, full: bool = False) -> None:
        for t in self.towns:
            self.n_exports += 1
            res = package.export(t.store, self.root / f"p{self.n_exports:04d}.swsync", full=full)
            fate = self.rng.random()
            if fate < 0.15:
                self.lost.append(res.path)
            else:
                self.pending.append(res.path)
                if fate > 0.9:
                    self.pending.append(res.path)  # sent twice (USB and e-mail)

    def deliver(self, share: float) -> list[merge.ImportResult]:
        self.rng.shuffle(self.pending)
        n = int(len(self.pending) * share)
        batch, self.pending = self.pending[:n], self.pending[n:]
        if batch and not self.tampered:
            bad = self.root / "tampered.swsync"
            data = bytearray(read_file(batch[0]))
            data[len(data) // 2] ^= 0x40
            bad.write_bytes(bytes(data))
            self.tampered.append(bad)
            batch.insert(self.rng.randrange(len(batch) + 1), bad)
        results = merge.import_files(self.county, batch)
        self.rejected += [r for r in results if not r.accepted]
        return results

    def receipts(self) -> None:
        for t in self.towns:
            if self.rng.random() < 0.7:
                receipt.load(t.store, receipt.make(self.county, t.code))

    def run(self, rounds: int = 5, steps: int = 20) -> None:
        for _ in range(rounds):
            for _ in range(steps):
                self.step()
            self.export_all()
            self.deliver(self.rng.choice((0.5, 0.8, 1.0)))
            self.receipts()
        # Settle: everything still on its way arrives; a receipt tells each township what
        # was lost and its next package carries it again.
        self.deliver(1.0)
        for t in self.towns:
            receipt.load(t.store, receipt.make(self.county, t.code))
        self.export_all_settled()

    def export_all_settled(self) -> None:
        for t in self.towns:
            self.n_exports += 1
            res = package.export(t.store, self.root / f"p{self.n_exports:04d}.swsync")
            self.pending.append(res.path)
        self.deliver(1.0)

    # -- what must hold ------------------------------------------------------------------
    def check(self) -> None:
        c = self.county
        tables = [i.name for i in ordered_tables(c)]
        # 1. The county's record of each township equals the township, row for row.
        for t in self.towns:
            for info in ordered_tables(t.store):
                mine = {
                    r["id"]: (
                        r["version"],
                        r["deleted"],
                        row_hash(info.name, {k: r[k] for k in info.columns}),
                    )
                    for r in t.store.query(f"SELECT * FROM {info.name}")
                }
                held = {
                    r["id"]: (r["version"], r["deleted"], r["hash"])
                    for r in c.query(
                        "SELECT * FROM sync_mirror WHERE tbl = ? AND origin = ?",
                        (info.name, t.code),
                    )
                }
                assert held == mine, (t.code, info.name)
        # 2. One live person per live ID number, with the data of the township holding them.
        live_c = {r["id_number"]: r for r in c.query("SELECT * FROM workers WHERE deleted = 0")}
        assert len(live_c) == c.scalar("SELECT COUNT(*) FROM workers WHERE deleted = 0")
        union: dict[str, dict[str, Any]] = {}
        for t in self.towns:
            for r in self._live(t):
                assert r["id_number"] not in union, "a person live in two townships"
                union[r["id_number"]] = r
        assert set(live_c) == set(union)
        for idn, r in union.items():
            for col in ("name", "phone", "village_code", "status", "level", "origin"):
                assert live_c[idn][col] == r[col], (idn, col)
        live_v = {r["code"]: r["name"] for r in c.query("SELECT * FROM villages WHERE deleted = 0")}
        union_v = {
            r["code"]: r["name"]
            for t in self.towns
            for r in t.store.query("SELECT * FROM villages WHERE deleted = 0")
        }
        assert live_v == union_v
        # 3. Every other live row once, pointing at the same person.
        id_of_c = {r["id"]: r["id_number"] for r in c.query("SELECT id, id_number FROM workers")}
        for name in tables:
            if name in ("workers", "villages"):
                continue
            cols = next(i for i in ordered_tables(c) if i.name == name)
            ref = "worker_id" if "worker_id" in cols.columns else None
            county_rows = {r["id"]: r for r in c.query(f"SELECT * FROM {name} WHERE deleted = 0")}
            town_rows: dict[str, tuple[Town, dict[str, Any]]] = {}
            for t in self.towns:
                for r in t.store.query(f"SELECT * FROM {name} WHERE deleted = 0"):
                    assert r["id"] not in town_rows
                    town_rows[r["id"]] = (t, r)
            assert set(county_rows) == set(town_rows), name
            # Same content as the township's row (references to a person point at the
            # county's row for that person, checked below).
            for rid, (_t, r) in town_rows.items():
                got = county_rows[rid]
                for col, v in r.items():
                    if col not in ("rev", ref):
                        assert got[col] == v, (name, rid, col)
            if ref:
                for rid, (t, r) in town_rows.items():
                    idn = t.store.scalar("SELECT id_number FROM workers WHERE id = ?", (r[ref],))
                    assert id_of_c[county_rows[rid][ref]] == idn
        # 4. Reconciled: nothing missing, checksums agree, the tampered file refused.
        st = county_mod.status(c)
        for t in st["townships"]:
            assert t["missing_sequences"] == [], t
            assert t["checksum_match"] is True, t
        assert self.tampered and all(
            any(r.file == str(p) for r in self.rejected) for p in self.tampered
        )
        # Proof and scan bytes arrived with the records naming them.
        for table, col, store in (
            ("training_records", "proof_sha256", "training_proofs"),
            ("appraisals", "scan_sha256", "appraisal_scans"),
        ):
            for (sha,) in c.conn.execute(
                f"SELECT DISTINCT {col} FROM {table} WHERE {col} IS NOT NULL"
            ):
                assert c.scalar(f"SELECT 1 FROM {store} WHERE sha256 = ?", (sha,)), table
        json.dumps(st)
