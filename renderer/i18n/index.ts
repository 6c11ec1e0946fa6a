/**
 * Translations: one flat catalogue per locale, keyed by `view.locale`.
 * `vi.json` is the reference; the type check below fails if `en.json` gains or loses a key.
 */
import type { Locale } from '../../bridge/contract.js';
import en from './en.json';
import vi from './vi.json';
import { type MessageParams, interpolate } from './interpolate.js';

export type MessageKey = keyof typeof vi;
export type { MessageParams };
export type Translate = (key: MessageKey, params?: MessageParams) => string;

type Catalogue = Readonly<Record<MessageKey, string>>;
type ExtraKeys<Other> = Exclude<keyof Other, MessageKey>;
/** `never` (a compile error on assignment) when a catalogue has keys the reference lacks. */
type Exact<Other extends Catalogue> = [ExtraKeys<Other>] extends [never] ? Other : never;

const catalogues: Readonly<Record<Locale, Catalogue>> = {
  vi: vi satisfies Exact<typeof vi>,
  en: en satisfies Exact<typeof en>,
};

/** The `t` of one locale. */
export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => interpolate(catalogue[key], params);
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
