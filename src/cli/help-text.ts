/**
 * The part of each command's --help after the options: examples that work as written, and
 * the environment variables the command reads (the full list is in the README).
 */
const VARIABLES = {
  neo4j: ['NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE', 'an existing Neo4j; when NEO4J_URI is unset, the local one is started'],
  local: ['LOCAL_NEO4J_PORT, LOCAL_NEO4J_DIR, LOCAL_NEO4J_HEAP', 'the local Neo4j: Bolt port (7687), store folder (.neo4j/dev), heap (4g)'],
  timeout: ['QUERY_TIMEOUT_MS', 'timeout of each read (10000)'],
  seedDir: ['SEED_DIR', 'the seed folder when --dir is not given (graph-seed)'],
  logLevel: ['LOG_LEVEL', 'debug or trace: print the stack of an error'],
} as const;

export type Variable = keyof typeof VARIABLES;

export function helpFooter(examples: readonly string[], variables: readonly Variable[]): string {
  const width = Math.max(...variables.map((v) => VARIABLES[v][0].length));
  return [
    '',
    'Examples:',
    ...examples.map((e) => `  $ ${e}`),
    '',
    'Environment:',
    ...variables.map((v) => `  ${VARIABLES[v][0].padEnd(width)}  ${VARIABLES[v][1]}`),
  ].join('\n');
}
