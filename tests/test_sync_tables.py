"""What sync reads from a data file's schema (through sqlite-utils): columns, parents, keys."""

from __future__ import annotations

from swdesk.store import Store, records
from swdesk.store.schema import SYNCED_TABLES
from swdesk.sync.tables import ordered_tables, table_info


def test_columns_in_table_order_without_the_local_counter(store: Store) -> None:
    info = table_info(store, "certificates")
    shared = tuple(c for c in records.SYNC_COLUMNS if c != "rev")
    own = ("worker_id", "level", "cert_number", "obtained_date", "registration_date")
    assert info.columns == shared + own


def test_parents_natural_keys_and_blob_columns(store: Store) -> None:
    infos = {i.name: i for i in ordered_tables(store)}
    assert set(infos) == set(SYNCED_TABLES)
    assert {t: i.natural_key for t, i in infos.items() if i.natural_key} == {
        "villages": "code",
        "workers": "id_number",
    }
    assert infos["training_records"].parents == {
        "worker_id": "workers",
        "event_id": "training_events",
    }
    assert infos["appraisal_rounds"].parents == {
        "community_template_id": "appraisal_templates",
        "post_template_id": "appraisal_templates",
    }
    assert infos["workers"].parents == {}  # village_code names a village by code, not a key
    assert infos["training_records"].blob_columns == ("proof_sha256",)
    assert infos["appraisals"].blob_columns == ("scan_sha256",)


def test_parents_come_before_their_children(store: Store) -> None:
    order = [i.name for i in ordered_tables(store)]
    for info in ordered_tables(store):
        for parent in info.parents.values():
            assert order.index(parent) < order.index(info.name)
