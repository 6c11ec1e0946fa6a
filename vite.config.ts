import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { type Plugin, defineConfig } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './runtime/host/security-headers.js';

/** The page carries the same policy the host and Electron send, from the one place it is written. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'motcua-csp',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/** Every page in renderer/ is built: the kiosk (index.html) and the host's counter and board pages. */
const pages = Object.fromEntries(
  readdirSync('renderer')
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name.replace(/\.html$/, ''), resolve('renderer', name)]),
);

/** The renderer (the kiosk's face). Electron loads the build from a custom protocol, hence `base: './'`. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [contentSecurityPolicy(), react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Fonts and images ship as files: the CSP allows fonts from 'self' only, never as data: URLs.
    assetsInlineLimit: 0,
    // The preload polyfill would add code for browsers the kiosk never runs (Chromium has it).
    modulePreload: { polyfill: false },
    rollupOptions: { input: pages },
  },
});
