/**
 * The @neo4j/graphql 7 contender: Apollo Server standalone over the type definitions in
 * type-defs.graphql, on the same Neo4j and data as our API. Run as a child process by the
 * benchmark (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, PORT); prints
 * `ready at <url>` and stops on SIGTERM.
 */
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createDriver } from '../../src/neo4j/driver.ts';

const env = process.env;
// tsx turns source maps on, which doubles the cost of the stack neo4j-driver captures per query;
// our API runs compiled JavaScript without them (npm start), so the peer runs without them too.
process.setSourceMapsEnabled(false);
const typeDefs = readFileSync(new URL('./type-defs.graphql', import.meta.url), 'utf8');
// The same driver settings as our API's (src/neo4j/driver.ts), so only the GraphQL layer differs.
const driver = createDriver({
  uri: env.NEO4J_URI ?? 'bolt://127.0.0.1:7720',
  user: env.NEO4J_USER ?? 'neo4j',
  password: env.NEO4J_PASSWORD ?? '',
  connectTimeoutMs: 5000,
});
const database = env.NEO4J_DATABASE ?? 'neo4j';

const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port: Number(env.PORT ?? 4721) },
  context: async () => ({ sessionConfig: { database } }),
});
console.log(`@neo4j/graphql ready at ${url}`);

process.once('SIGTERM', () => {
  void server
    .stop()
    .then(() => driver.close())
    .then(() => process.exit(0));
});
