// The read queries of the Neo4j store (graph/store/neo4j.py loads them by name).
//
// Each query starts at a `// name: <name>` line and ends at the next one.
// Every query runs as is in Neo4j Browser after setting its parameters, e.g.
//   :param name => '黄母哈日村'
//   :param id => 'Place:中和西镇'
// The store only turns the rows into graph.answers records and sorts their
// lists the way the local store does, so both stores give equal answers.
//
// find, who_supports and show begin with the same lookup of $name, the rule of
// the local store: an exact name before an alias, and within each a Place
// before any other label (a village, not its grid system), then the smallest id.
// Keep the three copies identical (a test checks). The lookup is one seek on
// the unique index of Name.name and a step along NAMES to the entities that
// name or alias stands for (docs/neo4j-store.md); Documents and Articles are
// never looked up by name. $id picks one of the entities a name stands for (two
// 红旗村 in two counties); set it to null to take the first (:param id => null).


// name: find
// The entity $name stands for: its id, name and primary label.
MATCH (:Name {name: $name})-[:NAMES]->(n)
WHERE $id IS NULL OR n.id = $id
WITH n
ORDER BY CASE WHEN n.name = $name THEN 0 ELSE 2 END + CASE WHEN n:Place THEN 0 ELSE 1 END, n.id
LIMIT 1
RETURN n.id AS id, n.name AS name,
       [l IN labels(n) WHERE l IN ['Person', 'Organization', 'Place', 'GridSystem']][0] AS label;


// name: who_supports
// The units that support a place, its first secretaries (with the units they
// work for) and the first step of its LOCATED_IN chain. The store follows the
// chain one step at a time with `located_in`: a variable-length match would
// enumerate every path, and each file that repeats a containment adds one.
MATCH (:Name {name: $name})-[:NAMES]->(n)
WHERE $id IS NULL OR n.id = $id
WITH n
ORDER BY CASE WHEN n.name = $name THEN 0 ELSE 2 END + CASE WHEN n:Place THEN 0 ELSE 1 END, n.id
LIMIT 1
RETURN n.id AS id, n.name AS name, n.level AS level,
       [(u)-[e:SUPPORTS]->(n) |
          {unit: u.name, mode: e.mode,
           doc: e.source, offset: e.offset, sentence: e.evidence, inferred: e.inferred}] AS supporters,
       [(p)-[e:FIRST_SECRETARY_OF]->(n) |
          {person: p.name, units: [(p)-[:WORKS_FOR]->(o) | o.name],
           doc: e.source, offset: e.offset, sentence: e.evidence, inferred: e.inferred}] AS secretaries,
       [(n)-[e:LOCATED_IN]->(up) |
          {id: up.id, place: up.name, level: up.level,
           doc: e.source, offset: e.offset, sentence: e.evidence, inferred: e.inferred}] AS located_in;


// name: located_in
// The places the place with id $id lies in, one row per stating file.
MATCH (n:Place {id: $id})-[e:LOCATED_IN]->(up)
RETURN up.id AS id, up.name AS place, up.level AS level,
       e.source AS doc, e.offset AS offset, e.evidence AS sentence, e.inferred AS inferred;


// name: show
// One entity with its properties, every relationship in and out (with the
// fact's own properties among the relationship's) and the articles naming it.
MATCH (:Name {name: $name})-[:NAMES]->(n)
WHERE $id IS NULL OR n.id = $id
WITH n
ORDER BY CASE WHEN n.name = $name THEN 0 ELSE 2 END + CASE WHEN n:Place THEN 0 ELSE 1 END, n.id
LIMIT 1
RETURN n.id AS id, n.name AS name, labels(n) AS labels, properties(n) AS properties,
       [(n)-[e]->(o) WHERE type(e) <> 'MENTIONED_IN' |
          {type: type(e), direction: 'out', other: o.name, other_labels: labels(o),
           properties: properties(e)}] AS outgoing,
       [(n)<-[e]-(o) WHERE type(e) <> 'NAMES' |
          {type: type(e), direction: 'in', other: o.name, other_labels: labels(o),
           properties: properties(e)}] AS incoming,
       [(n)-[:MENTIONED_IN]->(a:Article) | a.id] AS articles;


// name: stats
// Nodes by primary label (level labels such as Village are extra labels and
// not counted apart), relationships by type, and the number of loaded files;
// one count per label and type, which Neo4j answers from its count store.
// The name index (Name, NAMES) is not part of the graph and not counted.
// A label with no nodes gives no row.
MATCH (n:Person) RETURN 'node' AS kind, 'Person' AS name, count(n) AS count
UNION ALL
MATCH (n:Organization) RETURN 'node' AS kind, 'Organization' AS name, count(n) AS count
UNION ALL
MATCH (n:Place) RETURN 'node' AS kind, 'Place' AS name, count(n) AS count
UNION ALL
MATCH (n:GridSystem) RETURN 'node' AS kind, 'GridSystem' AS name, count(n) AS count
UNION ALL
MATCH (n:Article) RETURN 'node' AS kind, 'Article' AS name, count(n) AS count
UNION ALL
MATCH ()-[e:SUPPORTS]->() RETURN 'relationship' AS kind, 'SUPPORTS' AS name, count(e) AS count
UNION ALL
MATCH ()-[e:FIRST_SECRETARY_OF]->() RETURN 'relationship' AS kind, 'FIRST_SECRETARY_OF' AS name, count(e) AS count
UNION ALL
MATCH ()-[e:WORKS_FOR]->() RETURN 'relationship' AS kind, 'WORKS_FOR' AS name, count(e) AS count
UNION ALL
MATCH ()-[e:HOLDS_POSITION]->() RETURN 'relationship' AS kind, 'HOLDS_POSITION' AS name, count(e) AS count
UNION ALL
MATCH ()-[e:LOCATED_IN]->() RETURN 'relationship' AS kind, 'LOCATED_IN' AS name, count(e) AS count
UNION ALL
MATCH ()-[e:DIVIDED_INTO]->() RETURN 'relationship' AS kind, 'DIVIDED_INTO' AS name, count(e) AS count
UNION ALL
MATCH ()-[e:MENTIONED_IN]->() RETURN 'relationship' AS kind, 'MENTIONED_IN' AS name, count(e) AS count
UNION ALL
MATCH (d:Document) RETURN 'documents' AS kind, 'Document' AS name, count(d) AS count;


// name: candidates
// Every entity $name may stand for (its name or an alias), e.g. same-name villages.
MATCH (:Name {name: $name})-[:NAMES]->(n)
RETURN n.id AS id, n.name AS name, n.level AS level, n.code AS code, n.parents AS parents,
       [l IN labels(n) WHERE l IN ['Person', 'Organization', 'Place', 'GridSystem']][0] AS label;


// name: loaded
// Whether anything is loaded at all (an empty store says "run kg load").
OPTIONAL MATCH (d:Document)
WITH d LIMIT 1
RETURN d IS NOT NULL AS loaded;


// name: names_starting
// For suggestions when a name is not found: up to 100 names and aliases that
// start with $start, each with the names of the entities it stands for. A prefix
// seek on the index of Name.name (the store asks for $start = the name typed,
// then its first two characters).
MATCH (k:Name) WHERE k.name STARTS WITH $start
RETURN [(k)-[:NAMES]->(n) | n.name] AS names
LIMIT 100;


// name: names_ending
// The same for names that end like the name typed: $end is its last two
// characters reversed, since `backwards` holds each name reversed.
MATCH (k:Name) WHERE k.backwards STARTS WITH $end
RETURN [(k)-[:NAMES]->(n) | n.name] AS names
LIMIT 100;


// name: digests
// The sha256 of every loaded file as last loaded.
MATCH (d:Document)
RETURN d.id AS doc, d.digest AS digest;


// name: documents
// Every loaded file: its resolved absolute path (the Document's id), the short
// name its facts cite (`source`), and its sha256 as last loaded.
MATCH (d:Document)
RETURN d.id AS path, coalesce(d.name, d.id) AS name, d.digest AS digest
ORDER BY path;


// name: stored_documents
// Every loaded file with its digest and the ids of the entities it declares or
// links, for `kg export neo4j-admin` (which writes this bookkeeping again).
MATCH (d:Document)
RETURN d.id AS path, coalesce(d.name, d.id) AS doc, d.digest AS digest, d.entities AS entities;


// name: declarations
// Which files declare each entity, and which file gave which alias, for the same.
MATCH (n)
WHERE n:Person OR n:Organization OR n:Place OR n:GridSystem
RETURN n.id AS id, n.docs AS docs, n.alias_docs AS alias_docs, n.alias_names AS alias_names;


// name: graph_nodes
// Every entity and article, for `kg export` (Documents are bookkeeping).
MATCH (n)
WHERE n:Person OR n:Organization OR n:Place OR n:GridSystem OR n:Article
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties;


// name: graph_relationships
// Every fact and mention, for `kg export` (Name nodes and NAMES links are the
// store's index, Documents its bookkeeping).
MATCH (a)-[e]->(b)
WHERE (a:Person OR a:Organization OR a:Place OR a:GridSystem)
  AND (b:Person OR b:Organization OR b:Place OR b:GridSystem OR b:Article)
RETURN a.id AS head, b.id AS tail, type(e) AS type, properties(e) AS properties;
