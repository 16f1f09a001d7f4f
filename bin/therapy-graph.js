#!/usr/bin/env node
// The installed `therapy-graph` command. The CLI is TypeScript run without a build step:
// register tsx's loader first, then import the real entry point.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/index.ts', import.meta.url).href);
