/**
 * The font raster mode draws text in: Be Vietnam Pro, shipped with the app
 * (@fontsource/be-vietnam-pro), never fetched. Fontsource splits it by Unicode range (latin,
 * latin-ext, vietnamese); each part is registered under its own name and text is drawn with the
 * three as one fallback list, so every letter, "ễ" as well as "e", comes from this font.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

const SUBSETS = ['latin', 'vietnamese', 'latin-ext'];
/** Medium rather than regular: thin strokes break up once the text is thresholded to 1 bit. */
const REGULAR_WEIGHT = 500;
const BOLD_WEIGHT = 700;
const FAMILY_LIST = SUBSETS.map((subset) => `"motcua ${subset}"`).join(', ');

let registered = false;

function registerBundledFont(): void {
  const require = createRequire(import.meta.url);
  for (const weight of [REGULAR_WEIGHT, BOLD_WEIGHT]) {
    for (const subset of SUBSETS) {
      const path = require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff2`);
      // Read through Node (it sees inside Electron's asar archive), then handed to the renderer.
      if (GlobalFonts.register(readFileSync(path), `motcua ${subset}`) === null) throw new Error(`cannot load the bundled font ${path}`);
    }
  }
  registered = true;
}

/** A canvas font: the bundled family at `sizeDots` pixels (one pixel is one printer dot). */
export function rasterFont(sizeDots: number, bold: boolean): string {
  if (!registered) registerBundledFont();
  return `${bold ? BOLD_WEIGHT : REGULAR_WEIGHT} ${sizeDots}px ${FAMILY_LIST}`;
}
