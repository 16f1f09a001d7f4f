/**
 * Builds dist/main.js once before the scenarios, as `npm start` does (`npm run build:server`),
 * so that they measure the service as it runs: compiled JavaScript under plain node. Under
 * tsx every request paid for its loader's wrappers and source maps (neo4j-driver captures a
 * stack per query; scripts/build-server.ts). A failed build stops the run with one line.
 */
import { buildServer } from '../../scripts/build-server.ts';

export default async function setup(): Promise<void> {
  try {
    await buildServer();
  } catch (err) {
    const first = (err as { errors?: Array<{ text: string }> }).errors?.[0]?.text ?? (err instanceof Error ? err.message.split('\n')[0] : String(err));
    throw new Error(`npm run build:server failed, the scenarios need dist/main.js: ${first}`);
  }
}
