// Bundles the Node side for running without a TypeScript loader: the browser host (ESM) and
// Electron's main process and preload (CommonJS, as Electron's sandboxed preload requires).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({
    ...common,
    entryPoints: ['runtime/host/main.ts'],
    outfile: 'dist/host/main.mjs',
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.cjs',
    format: 'cjs',
    packages: 'external',
    // CommonJS has no import.meta: modules that find their files from it (OCR data, wasm, the
    // printer's font) get this bundle's own URL instead of an empty object.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
  // The sandboxed preload may require only 'electron': everything else is bundled in.
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
]);
