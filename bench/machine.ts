/** The machine and software a run was measured on, for the report. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config.ts';

export interface Machine {
  cores: number;
  memoryGiB: number;
  cpuModel: string;
  /** 1-minute load average when the graph's run started (other work on the machine). */
  loadAverage1m: number;
  node: string;
  neo4j: string;
  packages: Record<string, string>;
}

const PACKAGES = ['@neo4j/graphql', '@apollo/server', 'graphql', 'neo4j-driver', 'autocannon'];

export function describeMachine(neo4jVersion: string): Machine {
  return {
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    loadAverage1m: Math.round(os.loadavg()[0]! * 100) / 100,
    node: process.version,
    neo4j: neo4jVersion,
    packages: Object.fromEntries(PACKAGES.map((p) => [p, installedVersion(p)])),
  };
}

function installedVersion(pkg: string): string {
  try {
    const file = path.join(projectRoot, 'node_modules', pkg, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}
