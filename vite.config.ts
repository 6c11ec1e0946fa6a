import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer (the kiosk's face). Electron loads the build from a custom protocol, hence `base: './'`. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Fonts and images ship as files: the CSP allows fonts from 'self' only, never as data: URLs.
    assetsInlineLimit: 0,
    // The preload polyfill would add code for browsers the kiosk never runs (Chromium has it).
    modulePreload: { polyfill: false },
  },
});
