/**
 * Every colour scheme a ward may pick keeps the kiosk readable: white text and the accent on the
 * header colour (and its lighter twin) reach WCAG AA's 4.5:1, read from the stylesheet itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRAND_PALETTES } from '../../bridge/branding.js';

const CSS = readFileSync('renderer/styles/branding.css', 'utf8');

function paletteColours(palette: string): Record<string, string> {
  const block = new RegExp(`\\.brand-${palette} \\{([^}]*)\\}`).exec(CSS)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('colour schemes', () => {
  it.each(BRAND_PALETTES)('%s: white and the accent are readable on the header colours', (palette) => {
    const colours = paletteColours(palette);
    expect(Object.keys(colours).sort()).toEqual(['--gold', '--navy', '--navy-2']);
    for (const background of [colours['--navy'] ?? '', colours['--navy-2'] ?? '']) {
      expect(contrast('#ffffff', background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours['--gold'] ?? '', background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
