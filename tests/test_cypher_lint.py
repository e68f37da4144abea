"""The store's Cypher, checked by Neo4j's own parser and linter (npm
@neo4j-cypher/language-support): no Neo4j server runs on these machines, so
this is what says the Cypher is Neo4j 5 Cypher, not just ArcadeDB's dialect.
.ci/run installs the linter; without node or it, these tests skip."""
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from graph.model import FACT_TYPES, PLACE_LEVELS
from graph.store import neo4j as store

LINT = Path(__file__).parent / "cypher_lint"
PARAMS = {"name": "x", "id": "x", "rows": [], "start": "x", "end": "x"}

pytestmark = pytest.mark.skipif(not shutil.which("node") or not (LINT / "node_modules").is_dir(),
                                reason="needs node and `npm install --prefix tests/cypher_lint`")


def lint(statements: dict[str, str]) -> dict[str, list[str]]:
    out = subprocess.run(["node", str(LINT / "lint.js")], input=json.dumps(
        {"statements": statements, "parameters": PARAMS}), capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def every_statement() -> dict[str, str]:
    s = {f"query {k}": v for k, v in store.queries().items()}
    s |= {f"schema {i}": v for i, v in enumerate(store.schema())}
    for level in PLACE_LEVELS:
        s |= {f"add_level {level}": store._add_level(level), f"create_places {level}": store._create_places(level),
              f"drop_other_levels {level}": store._drop_other_levels(level)}
    for label in store.ENTITY_LABELS:
        s |= {f"merge {label}": store._merge_entities(label), f"mentions {label}": store._create_mentions(label),
              f"delete_facts {label}": store._delete_facts(label), f"release {label}": store._release(label),
              f"prune {label}": store._prune_nodes(label)}
    for t in FACT_TYPES:
        s[f"create {t}"] = store._create_facts(t, "Person", "Place")
    from conftest import WIPE
    from graph.store.guard import explained
    s |= {"wipe": WIPE, "explained": explained("MATCH (n:Place) RETURN n.name")}
    s |= {"articles": store._MERGE_ARTICLES, "delete articles": store._DELETE_ARTICLES,
          "documents": store._SET_DOCUMENTS, "old entities": store._OLD_ENTITIES,
          "delete documents": store._DELETE_DOCUMENTS}
    return s


def test_every_statement_the_store_runs_is_neo4j_cypher():
    errors = {name: e for name, e in lint(every_statement()).items() if e}
    assert errors == {}


def test_the_linter_catches_what_neo4j_5_rejects():
    errors = lint({"unclosed": "MATCH (n RETURN n", "pattern expression": "MATCH (n) RETURN size((n)-->())"})
    assert errors["unclosed"] and errors["pattern expression"]
