"""The read-only guard of `kg cypher`, read as Cypher lexers read queries (no server:
test_neo4j_store.py runs the same bypasses on the Bolt server)."""
import pytest

from graph.store.guard import explained, refusal, tokens


@pytest.mark.parametrize("query", [
    "MATCH (n) RETURN n",
    "MATCH (n) WHERE n.name = 'CREATE' RETURN n.set, n.`delete`",
    "// MERGE\nMATCH (n {offset: 1}) RETURN n { .x, set: 1 } AS m",
    "RETURN 1 AS set",
    "MATCH p = (start)-->(x) RETURN p",
    "MATCH (n:Set) RETURN n.remove AS drop",
    "MATCH (n) RETURN n /* DELETE n */",
    "CALL { MATCH (n) RETURN n } RETURN n",
    "MATCH (n) CALL (n) { RETURN n.x AS x } RETURN x",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.schema.visualization",
    "SHOW INDEXES",
    "RETURN $set, $create AS c",
])
def test_reads_run(query):
    assert refusal(query) is None


@pytest.mark.parametrize("query, word", [
    ("MATCH (n) DETACH DELETE n", "DETACH"),
    ("match (n) set n.x = 1", "SET"),
    ("CREATE INDEX x IF NOT EXISTS FOR (n:A) ON (n.b)", "CREATE"),
    ("UNWIND [1] AS x MERGE (:A {x: x})", "MERGE"),
    ("MATCH (n:A) REMOVE n:B", "REMOVE"),
    ("DROP CONSTRAINT c", "DROP"),
    ("INSERT (:A)", "INSERT"),
    ("MATCH (n) FOREACH (x IN [1] | SET n.x = x)", "FOREACH"),
    ("WITH 1 AS set SET n.x = set", "SET"),                  # an alias named set does not hide SET
    ("RETURN 1.SET n.x = 1", "SET"),                         # "1." is a float to some lexers
    ("// c\rMATCH (n:Article) DETACH DELETE n", "DETACH"),   # a comment ends at a bare CR
    ("// c\u2028MATCH (n) DELETE n", "DELETE"),
    ("// c\x85MATCH (n) DELETE n", "DELETE"),
    ("RETURN 'a\\' CREATE (n)' AS x", "CREATE"),             # a lexer without backslash escapes sees CREATE
    ("TERMINATE TRANSACTIONS 'x'", "TERMINATE"),
    ("SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTION t", "TERMINATE"),
    ("ALTER USER neo4j SET PASSWORD 'x'", "ALTER"),
    ("GRANT ROLE admin TO bob", "GRANT"),
    ("STOP DATABASE neo4j", "STOP"),
    ("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "LOAD CSV"),
    ("CALL db.clearQueryCaches()", "db.clearQueryCaches"),
    ("CALL `db`.`clearQueryCaches`()", "db.clearQueryCaches"),
    ("CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})", "apoc.periodic.iterate"),
    ("MATCH (n) CALL { WITH n CALL dbms.setConfigValue('a', 'b') } RETURN n", "dbms.setConfigValue"),
])
def test_writes_and_commands_are_refused_by_name(query, word):
    reason = refusal(query)
    assert reason is not None and word in reason


def test_tokens_skip_comments_and_keep_strings_and_quoted_names():
    toks = tokens("MATCH (n) // x\r RETURN 'a''' AS `b``c` /* y */")
    assert [(t.kind, t.text) for t in toks] == [
        ("word", "MATCH"), ("punct", "("), ("word", "n"), ("punct", ")"), ("word", "RETURN"),
        ("string", "a"), ("string", ""), ("word", "AS"), ("name", "b"), ("name", "c")]


def test_explained_puts_explain_in_front_or_in_place_of_profile():
    assert explained("MATCH (n) RETURN n") == "EXPLAIN MATCH (n) RETURN n"
    assert explained("// why\nprofile MATCH (n) RETURN n") == "// why\nEXPLAIN MATCH (n) RETURN n"
    assert explained("EXPLAIN MATCH (n) RETURN n") is None
