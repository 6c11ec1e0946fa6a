/** The kiosk's words: English as complete as Vietnamese, and room for a third language without code. */
import { describe, expect, it } from 'vitest';
import { CATALOGUES, FALLBACK_LOCALE, translator } from '../../renderer/i18n/index.js';

const PLACEHOLDER = /\{(\w+)\}/g;

function placeholders(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}

describe('locale catalogues', () => {
  const vi = CATALOGUES.vi ?? {};
  const en = CATALOGUES.en ?? {};

  it('are found by file name, Vietnamese the fallback', () => {
    expect(Object.keys(CATALOGUES)).toEqual(expect.arrayContaining(['vi', 'en']));
    expect(FALLBACK_LOCALE).toBe('vi');
  });

  it('English has every Vietnamese key and no other, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(Object.entries(en).filter(([, text]) => text === undefined || text.trim() === '')).toEqual([]);
    expect(Object.entries(vi).filter(([, text]) => text === undefined || text.trim() === '')).toEqual([]);
  });

  it('English fills the same blanks as Vietnamese', () => {
    const different = Object.keys(vi).filter((key) => placeholders(vi[key]).join() !== placeholders(en[key]).join());
    expect(different).toEqual([]);
  });

  it('a third language speaks its own words and Vietnamese where its translator left keys out', () => {
    // A translator's first file: the greeting and a few key phrases in H'Mông.
    const hmn = { 'greeting.title': 'Nyob zoo!', 'common.back': 'Rov qab', 'ticket.aheadMany': '{count} leej tos ua ntej' };
    const t = translator('hmn', { ...CATALOGUES, hmn });
    expect(t('greeting.title')).toBe('Nyob zoo!');
    expect(t('ticket.aheadMany', { count: 4 })).toBe('4 leej tos ua ntej');
    expect(t('common.startOver')).toBe(vi['common.startOver']);
  });

  it('an empty text falls back too, and a locale without a file speaks Vietnamese', () => {
    const t = translator('tay', { ...CATALOGUES, tay: { 'common.back': '' } });
    expect(t('common.back')).toBe(vi['common.back']);
    expect(translator('dao')('common.back')).toBe(vi['common.back']);
    expect(translator('en')('common.back')).toBe('Back');
  });
});
