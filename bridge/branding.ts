/**
 * The looks a ward may give its kiosk: a few colour schemes, each with its header colour and
 * accent checked for contrast (white and the accent on the header colour pass WCAG AA), so no
 * choice makes the kiosk hard to read. The colours themselves are in renderer/styles/branding.css.
 */
export const BRAND_PALETTES = ['navy', 'red', 'green', 'teal', 'brown'] as const;
export type BrandPalette = (typeof BRAND_PALETTES)[number];
