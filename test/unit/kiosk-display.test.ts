/** The large-text and high-contrast switches: the citizen's for one session, gone for the next. */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../domain/config/schema.js';
import { type Harness, startHarness } from '../helpers/kiosk-harness.js';
import { walkToConfirm, walkToMenu } from '../helpers/walks.js';

let kiosk: Harness;
afterEach(async () => kiosk?.close());

const PLAIN = { largeText: false, highContrast: false, audioGuide: false };

function display() {
  return kiosk.runtime.currentView().display;
}

describe('display switches', () => {
  it('start plain, and each switch turns on and off by itself', async () => {
    kiosk = await startHarness();
    expect(display()).toEqual(PLAIN);
    await kiosk.send(...walkToMenu(), { type: 'ui.largeText', on: true });
    expect(display()).toEqual({ ...PLAIN, largeText: true });
    await kiosk.send({ type: 'ui.highContrast', on: true }, { type: 'ui.largeText', on: false });
    expect(display()).toEqual({ largeText: false, highContrast: true, audioGuide: false });
    expect(kiosk.screen()).toBe('menu');
  });

  it('hold on every screen of the session, and the next citizen starts plain', async () => {
    kiosk = await startHarness();
    await kiosk.send({ type: 'ui.touch' }, { type: 'ui.largeText', on: true }, { type: 'ui.language', locale: 'en' });
    await kiosk.send(...walkToConfirm('civil-status', 'en').slice(2), { type: 'ui.highContrast', on: true }, { type: 'ui.confirm' });
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'ticket', display: { largeText: true, highContrast: true } });
    await kiosk.send({ type: 'ui.finish' });
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'attract', display: PLAIN, locale: 'vi' });
  });

  it('are forgotten when the session times out or is started over', async () => {
    kiosk = await startHarness();
    await kiosk.send(...walkToMenu(), { type: 'ui.highContrast', on: true });
    await kiosk.advance(DEFAULT_CONFIG.timeouts.idleMs);
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'attract', display: PLAIN });
    await kiosk.send(...walkToMenu(), { type: 'ui.largeText', on: true }, { type: 'ui.cancel' });
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'attract', display: PLAIN });
  });

  it('on the welcome screen start the session with the switch on', async () => {
    kiosk = await startHarness();
    await kiosk.send({ type: 'ui.largeText', on: true });
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'greeting', display: { largeText: true, highContrast: false } });
  });

  it('"hear instructions" on the welcome screen starts the session at the menu, guided, in the language it was asked in', async () => {
    kiosk = await startHarness();
    await kiosk.send({ type: 'ui.audioGuide', on: true, locale: 'en' });
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'menu', locale: 'en', display: { ...PLAIN, audioGuide: true } });
    await kiosk.send({ type: 'ui.audioGuide', on: false });
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'menu', locale: 'en', display: PLAIN });
    await kiosk.send({ type: 'ui.cancel' });
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'attract', display: PLAIN, locale: 'vi' });
  });
});
