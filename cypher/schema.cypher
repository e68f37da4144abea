// Schema of the kg graph (Neo4j 5). Run before the first write; every statement
// is IF NOT EXISTS, so running it again is harmless.
//
// Every write MERGEs nodes on `id`: the uniqueness constraints keep a retried
// or concurrent load from creating a second node for one entity, and each one
// brings the index that makes those MERGEs (and id lookups) seeks, not scans.

CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT gridsystem_id IF NOT EXISTS FOR (n:GridSystem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

// Bookkeeping, not part of the graph model: one node per loaded file, holding
// its digest (so unchanged files are skipped) and the ids it touched (so a
// reload can remove exactly what the file contributed).
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;

// Names are what people type. One Name node per distinct name or alias, linked
// to each entity it may stand for by NAMES: a lookup is one seek on this
// constraint's index, however big the graph (docs/neo4j-store.md). Suggestions
// for a name that is not there are prefix seeks on `name` and, for endings,
// on `backwards` (the name reversed).
CREATE CONSTRAINT name_name IF NOT EXISTS FOR (n:Name) REQUIRE n.name IS UNIQUE;
CREATE INDEX name_backwards IF NOT EXISTS FOR (n:Name) ON (n.backwards);

// A place grounded in the national register of divisions has its 12-digit code.
CREATE INDEX place_code IF NOT EXISTS FOR (n:Place) ON (n.code);

// A reload deletes the file's Article nodes by `source`.
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
