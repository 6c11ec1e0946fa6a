/// <reference types="vite/client" />
/**
 * Translations: one flat catalogue per language, `<locale>.json` in this folder, found by its file
 * name (a translator adds `hmn.json` and nothing else here). `vi.json` is the reference: a key a
 * catalogue lacks is said in Vietnamese. test/unit/i18n-catalogues.test.ts keeps `en.json` complete.
 */
import type vi from './vi.json';
import { type Messages, lookUp } from './catalogue-chain.js';
import { type MessageParams, interpolate } from './interpolate.js';

export type MessageKey = keyof typeof vi;
export type { MessageParams };
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The language every other one falls back to, key by key. */
export const FALLBACK_LOCALE = 'vi';

const files = import.meta.glob<Messages>('./*.json', { eager: true, import: 'default' });

/** Every catalogue of this folder, by locale code (the file's name). */
export const CATALOGUES: Readonly<Record<string, Messages>> = Object.fromEntries(
  Object.entries(files).map(([path, messages]) => [path.replace(/^\.\/(.+)\.json$/, '$1'), messages]),
);

/** The `t` of one locale: its own words, Vietnamese where it has none (or for a locale without a catalogue). */
export function translator(locale: string, catalogues: Readonly<Record<string, Messages>> = CATALOGUES): Translate {
  const chain = [catalogues[locale], catalogues[FALLBACK_LOCALE]].filter((messages) => messages !== undefined);
  return (key, params) => interpolate(lookUp(chain, key) ?? key, params);
}

/** "1", "1 or 2", "1, 2 or 3": a counter list in the locale's own words. */
export function joinCounters(t: Translate, counters: readonly number[]): string {
  if (counters.length <= 1) return counters.map(String).join('');
  const head = counters.slice(0, -1).join(', ');
  return `${head} ${t('common.or')} ${String(counters[counters.length - 1])}`;
}

/** The "people ahead" line, with the right plural. */
export function peopleAhead(t: Translate, count: number): string {
  if (count <= 0) return t('ticket.aheadNone');
  if (count === 1) return t('ticket.aheadOne');
  return t('ticket.aheadMany', { count });
}

export function waitEstimate(t: Translate, minutes: number | null): string {
  if (minutes === null) return t('ticket.waitUnknown');
  if (minutes <= 0) return t('ticket.waitNone');
  return t('ticket.waitMinutes', { minutes });
}

export function waitingCount(t: Translate, count: number): string {
  if (count <= 0) return t('chooseService.waitingNone');
  if (count === 1) return t('chooseService.waitingOne');
  return t('chooseService.waitingMany', { count });
}
