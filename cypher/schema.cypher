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

// Names are what people type: exact-name matches (`MATCH (p:Place {name: $name})`)
// use these. Aliases are lists, which no index covers, so the alias half of the
// lookup in queries.cypher reads the entity labels.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX gridsystem_name IF NOT EXISTS FOR (n:GridSystem) ON (n.name);

// A reload deletes the file's Article nodes by `source`.
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
