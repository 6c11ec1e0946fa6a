/**
 * The board's own words, Vietnamese first; `?lang=en` switches to English. Small and typed: the
 * English table must have every key the Vietnamese one has.
 */
import type { Locale } from '../../bridge/contract.js';
import { interpolate } from '../i18n/interpolate.js';

const vi = {
  nowServing: 'Đang phục vụ',
  counter: 'Quầy {counter}',
  counterHeading: 'Quầy',
  numberHeading: 'Số',
  idle: '—',
  priority: 'ƯU TIÊN',
  paused: 'Tạm dừng',
  lastCalls: 'Vừa gọi',
  noCalls: 'Chưa gọi số nào',
  recall: 'nhắc lại',
  toCounter: 'quầy {counter}',
  waiting: 'Đang chờ',
  people: '{count} người',
  estimate: '≈ {minutes} phút',
  noEstimate: 'chưa có quầy mở',
  noWait: 'không phải chờ',
  dayClosed: 'Đã hết giờ tiếp nhận hôm nay',
  announcing: 'Đang gọi',
  disconnected: 'Mất kết nối với máy chủ — đang kết nối lại…',
  connecting: 'Đang kết nối…',
  enableSound: 'Bật âm thanh',
} as const;

type Key = keyof typeof vi;

const en: Readonly<Record<Key, string>> = {
  nowServing: 'Now serving',
  counter: 'Counter {counter}',
  counterHeading: 'Counter',
  numberHeading: 'Number',
  idle: '—',
  priority: 'PRIORITY',
  paused: 'Paused',
  lastCalls: 'Last calls',
  noCalls: 'No calls yet',
  recall: 'repeat',
  toCounter: 'counter {counter}',
  waiting: 'Waiting',
  people: '{count} waiting',
  estimate: '≈ {minutes} min',
  noEstimate: 'no counter open',
  noWait: 'no wait',
  dayClosed: 'Closed for today',
  announcing: 'Calling',
  disconnected: 'Connection to the server lost — reconnecting…',
  connecting: 'Connecting…',
  enableSound: 'Enable sound',
};

export type BoardTranslate = (key: Key, params?: Readonly<Record<string, string | number>>) => string;

export function boardTranslator(locale: Locale): BoardTranslate {
  const table: Readonly<Record<Key, string>> = locale === 'en' ? en : vi;
  return (key, params) => interpolate(table[key], params);
}

/** The board's language from its address: `?lang=en` for English, Vietnamese otherwise. */
export function boardLocale(search: string): Locale {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'vi';
}

/** A BCP 47 tag for dates and times in the locale. */
export function dateLocale(locale: Locale): string {
  return locale === 'vi' ? 'vi-VN' : 'en-GB';
}
