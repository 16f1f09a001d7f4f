/**
 * Our API for CPU profiling (BENCH_CPU_PROF=1): the same startService() that src/main.ts
 * runs, but SIGTERM exits at once, so that node writes the --cpu-prof profile (it does so
 * only when the process exits by itself, and main.ts's graceful stop did not finish within
 * 90 s here).
 */
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startService } from '../src/service.ts';

const config = loadConfig();
// As src/main.ts does, so that the profile shows what production runs.
process.setSourceMapsEnabled(config.env !== 'production');
const service = await startService(config, createLogger(config));
console.log(`therapy-graph (profiled) ready at ${service.url}`);
process.once('SIGTERM', () => process.exit(0));
