import { openBenchNeo4j } from './neo4j.ts';
import { loadGraph } from './graphs.ts';
const n = await openBenchNeo4j();
const t = performance.now();
try { console.log(await loadGraph('synthetic', n)); } catch (e) { console.log('FAILED after', (performance.now() - t) / 1000, e); }
await n.close();
