/**
 * Vite build of the explorer (web/ → web/dist), served by the API at /explore
 * (src/http/explore.ts). Preact's JSX through Vite's own transform: no Babel preset is needed
 * because the app is served as a build, not through a dev server with hot reload.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const EXPLORE_BASE = '/explore/';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: EXPLORE_BASE,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    // The first view's budget is 300 KB gzipped; Cytoscape is loaded only by the graph panel.
    chunkSizeWarningLimit: 600,
  },
});
