// Reads {name: statement} as JSON on stdin and prints {name: [error messages]}
// from Neo4j's Cypher linter (syntax and Neo4j 5 semantic rules).
const {lintCypherQuery} = require('@neo4j-cypher/language-support');
let input = '';
process.stdin.on('data', d => { input += d; });
process.stdin.on('end', () => {
  const {statements, parameters} = JSON.parse(input);
  const out = {};
  for (const [name, q] of Object.entries(statements)) {
    const r = lintCypherQuery(q, {parameters});
    out[name] = (r.diagnostics || r).filter(d => d.severity === 1).map(d => d.message);
  }
  process.stdout.write(JSON.stringify(out));
});
