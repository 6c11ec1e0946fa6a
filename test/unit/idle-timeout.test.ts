import { afterEach, describe, expect, it } from 'vitest';
import type { KioskUiEvent, ScreenId } from '../../bridge/contract.js';
import { SAMPLE_SCAN } from '../../devices/id-reader/mock-id-reader.js';
import { PrinterError } from '../../devices/printer/receipt-printer.js';
import { DEFAULT_CONFIG, configSchema } from '../../domain/config/schema.js';
import { type Harness, startHarness } from '../helpers/kiosk-harness.js';
import { walkToChooseService, walkToConfirm, walkToConsent, walkToIdentify, walkToMenu } from '../helpers/walks.js';

const IDLE_MS = 45_000;
const WARNING_S = 10;

let kiosk: Harness;
afterEach(async () => kiosk?.close());

const toMenu = walkToMenu('en');
const toChoose = walkToChooseService('en');
const toConsent = walkToConsent('land', 'en');
const toIdentify = walkToIdentify('land', 'en');
const toConfirm = walkToConfirm('land', 'en');

/** Every screen a citizen can be left standing at. */
const CITIZEN_SCREENS: Array<{ screen: ScreenId; events: KioskUiEvent[]; script?: (k: Harness) => void }> = [
  { screen: 'greeting', events: [{ type: 'ui.touch' }] },
  { screen: 'menu', events: toMenu },
  { screen: 'advice', events: [...toMenu, { type: 'ui.menu', item: 'advice' }] },
  { screen: 'rate', events: [...toMenu, { type: 'ui.menu', item: 'rate' }] },
  { screen: 'chooseService', events: toChoose },
  { screen: 'identify', events: toIdentify },
  { screen: 'idConsent', events: toConsent },
  { screen: 'confirm', events: toIdentify, script: (k) => k.devices.idReader.script.queueValue(SAMPLE_SCAN) },
  {
    screen: 'idManual',
    events: [...toIdentify, { type: 'ui.retry' }, { type: 'ui.retry' }, { type: 'ui.manualId' }],
    script: (k) => {
      for (let failure = 0; failure < 3; failure += 1) k.devices.idReader.script.queueFailure(new Error('glare'));
    },
  },
  {
    screen: 'issueFailed',
    events: [...toConfirm, { type: 'ui.confirm' }],
    script: (k) => {
      k.runtime.store.issue = () => {
        throw new Error('database locked');
      };
    },
  },
  {
    screen: 'printFailed',
    events: [...toConfirm, { type: 'ui.confirm' }],
    script: (k) => k.devices.printer.script.queueFailure(new PrinterError('paperOut', 'paper out')),
  },
];

describe('idle timeout', () => {
  it.each(CITIZEN_SCREENS)('returns from $screen to attract with an empty session', async ({ screen, events, script }) => {
    kiosk = await startHarness();
    script?.(kiosk);
    await kiosk.send(...events);
    expect(kiosk.screen()).toBe(screen);

    await kiosk.advance(IDLE_MS - WARNING_S * 1000 - 1);
    expect(kiosk.runtime.currentView().idleSecondsLeft).toBeNull();
    await kiosk.advance(1);
    expect(kiosk.runtime.currentView()).toMatchObject({ screen, idleSecondsLeft: WARNING_S });

    await kiosk.advance(WARNING_S * 1000);
    const view = kiosk.runtime.currentView();
    expect(view).toMatchObject({
      screen: 'attract',
      locale: 'vi',
      selectedService: null,
      identity: null,
      ticket: null,
      idRead: { failures: 0, lastFailure: null, manualAllowed: false, manualError: null },
      idleSecondsLeft: null,
    });
    const { context } = kiosk.runtime.session.getSnapshot();
    expect(context).toMatchObject({ serviceId: null, card: null, idFailures: 0, ticket: null, failure: null });
  });

  it('counts down second by second on screen', async () => {
    kiosk = await startHarness();
    await kiosk.send(...toMenu);
    await kiosk.advance(IDLE_MS - WARNING_S * 1000);
    const seen: Array<number | null> = [];
    kiosk.runtime.subscribe((view) => seen.push(view.idleSecondsLeft));
    for (let second = 0; second < WARNING_S; second += 1) await kiosk.advance(1000);
    expect(seen).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, null]);
  });

  it('any tap restarts the full idle budget, and "still here" dismisses the countdown', async () => {
    kiosk = await startHarness();
    await kiosk.send(...toChoose);
    await kiosk.advance(IDLE_MS - 1000);
    expect(kiosk.runtime.currentView().idleSecondsLeft).toBe(1);
    await kiosk.send({ type: 'ui.stillHere' });
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'chooseService', idleSecondsLeft: null });
    await kiosk.advance(IDLE_MS - WARNING_S * 1000 - 1);
    expect(kiosk.runtime.currentView().idleSecondsLeft).toBeNull();
    await kiosk.send({ type: 'ui.service', serviceId: 'land' });
    await kiosk.advance(IDLE_MS - 1);
    expect(kiosk.screen()).toBe('idConsent');
    await kiosk.advance(1);
    expect(kiosk.screen()).toBe('attract');
  });

  it("is not restarted by the page asking the kiosk's voice to read (guided mode reads the warning itself), but is by asking it to stop", async () => {
    kiosk = await startHarness();
    await kiosk.send(...toMenu);
    await kiosk.advance(IDLE_MS - WARNING_S * 1000);
    expect(kiosk.runtime.currentView().idleSecondsLeft).toBe(WARNING_S);
    await kiosk.send({ type: 'ui.readAloud', text: 'Are you still there?', locale: 'en' });
    expect(kiosk.runtime.currentView().idleSecondsLeft).toBe(WARNING_S);
    expect(kiosk.devices.speaker.spoken.at(-1)).toEqual({ text: 'Are you still there?', locale: 'en' });
    await kiosk.send({ type: 'ui.stopReading' });
    expect(kiosk.runtime.currentView().idleSecondsLeft).toBeNull();
    await kiosk.send({ type: 'ui.readAloud', text: 'What would you like to do?', locale: 'en' });
    await kiosk.advance(IDLE_MS);
    expect(kiosk.screen()).toBe('attract');
  });

  it('takes its length from the config', async () => {
    kiosk = await startHarness({
      config: configSchema.parse({ timeouts: { idleMs: 20_000, warningSeconds: 5, printMs: 5_000 } }),
    });
    await kiosk.send(...toMenu);
    await kiosk.advance(15_000);
    expect(kiosk.runtime.currentView().idleSecondsLeft).toBe(5);
    await kiosk.advance(5_000);
    expect(kiosk.screen()).toBe('attract');
  });

  it('stops the card reader when the session times out at the identify step', async () => {
    kiosk = await startHarness();
    let aborted = false;
    kiosk.devices.idReader.read = (signal) =>
      new Promise((_resolve, reject) =>
        signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new Error('aborted'));
        }),
      );
    await kiosk.send(...toIdentify);
    await kiosk.advance(IDLE_MS);
    expect(kiosk.screen()).toBe('attract');
    expect(aborted).toBe(true);
  });

  it('takes the printed ticket off the screen sooner, so the next citizen does not see it', async () => {
    kiosk = await startHarness();
    await kiosk.send(...toConfirm, { type: 'ui.confirm' });
    expect(kiosk.screen()).toBe('ticket');
    await kiosk.advance(DEFAULT_CONFIG.timeouts.ticketShownMs - 1);
    expect(kiosk.screen()).toBe('ticket');
    await kiosk.advance(1);
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'attract', ticket: null });
  });

  it('does not run while the kiosk is waiting at attract', async () => {
    kiosk = await startHarness();
    await kiosk.advance(IDLE_MS * 3);
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'attract', idleSecondsLeft: null });
  });
});
