import { afterEach, describe, expect, it } from 'vitest';
import type { KioskUiEvent, ScreenId } from '../../bridge/contract.js';
import { SAMPLE_CARD, SAMPLE_SCAN } from '../../devices/id-reader/mock-id-reader.js';
import { PrinterError } from '../../devices/printer/receipt-printer.js';
import { DEFAULT_CONFIG } from '../../domain/config/schema.js';
import { type Harness, startHarness, today } from '../helpers/kiosk-harness.js';
import { printedTickets } from '../helpers/printed.js';
import { walkToChooseService, walkToConfirm, walkToConsent, walkToIdentify, walkToMenu, walkToTicket } from '../helpers/walks.js';

let kiosk: Harness;
afterEach(async () => kiosk?.close());

const toMenu = walkToMenu();
const toChooseService = walkToChooseService();
const toConsent = walkToConsent();
const toIdentify = walkToIdentify();
const toConfirm = walkToConfirm();

/** How to reach each screen: events, plus what the devices are scripted to do first. */
const ROUTES: Array<{ screen: ScreenId; events: KioskUiEvent[]; script?: (kiosk: Harness) => void }> = [
  { screen: 'attract', events: [] },
  { screen: 'greeting', events: [{ type: 'ui.touch' }] },
  { screen: 'menu', events: toMenu },
  { screen: 'advice', events: [...toMenu, { type: 'ui.menu', item: 'advice' }] },
  { screen: 'rate', events: [...toMenu, { type: 'ui.menu', item: 'rate' }] },
  { screen: 'chooseService', events: toChooseService },
  { screen: 'idConsent', events: toConsent },
  { screen: 'identify', events: toIdentify },
  { screen: 'confirm', events: toConfirm },
  {
    screen: 'printing',
    events: [...toConfirm, { type: 'ui.confirm' }],
    script: (k) => {
      k.devices.printer.print = () => new Promise(() => undefined);
    },
  },
  {
    screen: 'printFailed',
    events: [...toConfirm, { type: 'ui.confirm' }],
    script: (k) => k.devices.printer.script.queueFailure(new PrinterError('paperOut', 'paper out')),
  },
  {
    screen: 'issueFailed',
    events: [...toConfirm, { type: 'ui.confirm' }],
    script: (k) => {
      k.runtime.store.issue = () => {
        throw new Error('disk full');
      };
    },
  },
  { screen: 'ticket', events: [...toConfirm, { type: 'ui.confirm' }] },
];

describe('kiosk session chart', () => {
  it.each(ROUTES)('reaches $screen', async ({ screen, events, script }) => {
    kiosk = await startHarness();
    script?.(kiosk);
    await kiosk.send(...events);
    expect(kiosk.screen()).toBe(screen);
  });

  it('shows the issuing screen while the store commits', async () => {
    kiosk = await startHarness();
    await kiosk.send(...toConfirm);
    const seen: ScreenId[] = [];
    // Other views come and go on one screen (the waiting counts move): the screens, in order, are these.
    kiosk.runtime.subscribe((view) => {
      if (seen.at(-1) !== view.screen) seen.push(view.screen);
    });
    await kiosk.send({ type: 'ui.confirm' });
    expect(seen).toEqual(['confirm', 'issuing', 'printing', 'ticket']);
  });

  it('wakes on the presence sensor', async () => {
    kiosk = await startHarness();
    kiosk.devices.presence.simulateApproach();
    expect(kiosk.screen()).toBe('greeting');
  });

  it('speaks the greeting on waking, in every offered language, the default first', async () => {
    kiosk = await startHarness();
    await kiosk.send({ type: 'ui.touch' });
    expect(kiosk.devices.speaker.spoken).toEqual([
      { text: DEFAULT_CONFIG.greeting.vi, locale: 'vi' },
      { text: DEFAULT_CONFIG.greeting.en, locale: 'en' },
    ]);
  });

  it('keeps going when the speaker fails', async () => {
    kiosk = await startHarness();
    kiosk.devices.speaker.script.queueFailure(new Error('no audio device'));
    await kiosk.send(...toMenu);
    expect(kiosk.screen()).toBe('menu');
    expect(kiosk.logger.lines.join('\n')).toContain('speech failed');
  });

  it('uses the card the reader returns and shows only its masked number', async () => {
    kiosk = await startHarness();
    kiosk.devices.idReader.script.queueValue(SAMPLE_SCAN);
    await kiosk.send(...toIdentify);
    const view = kiosk.runtime.currentView();
    expect(view.screen).toBe('confirm');
    expect(view.identity).toEqual({
      maskedId: '0010******45',
      fullName: SAMPLE_CARD.fullName,
      age: expect.any(Number),
      priorityByAge: false,
      expired: false,
      source: 'qr',
    });
    expect(JSON.stringify(view)).not.toContain(SAMPLE_CARD.idNumber);
  });

  it('offers retry and skip when the card cannot be read', async () => {
    kiosk = await startHarness();
    kiosk.devices.idReader.script.queueFailure(new Error('glare'));
    await kiosk.send(...toIdentify);
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'identify', idRead: { failures: 1, lastFailure: 'deviceFailed' } });
    kiosk.devices.idReader.script.queueValue(SAMPLE_SCAN);
    await kiosk.send({ type: 'ui.retry' });
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'confirm', idRead: { failures: 1, lastFailure: null } });
  });

  it('ignores a service id that is not in the catalogue', async () => {
    kiosk = await startHarness();
    await kiosk.send(...toChooseService, { type: 'ui.service', serviceId: 'no-such-service' });
    expect(kiosk.screen()).toBe('chooseService');
  });

  it('goes back step by step and cancels from anywhere', async () => {
    kiosk = await startHarness();
    await kiosk.send(...toConfirm, { type: 'ui.back' });
    expect(kiosk.screen()).toBe('chooseService');
    await kiosk.send({ type: 'ui.back' });
    expect(kiosk.screen()).toBe('menu');
    await kiosk.send({ type: 'ui.menu', item: 'advice' }, { type: 'ui.cancel' });
    expect(kiosk.screen()).toBe('attract');
  });

  it('prints the ticket in the chosen language and returns to attract when the citizen is done', async () => {
    kiosk = await startHarness();
    await kiosk.send(...walkToTicket('residence', 'en'));
    expect(kiosk.runtime.currentView().ticket).toMatchObject({ number: 'B001', serviceName: 'Residence, ID cards' });
    expect(kiosk.devices.printer.printed).toHaveLength(1);
    expect(kiosk.devices.printer.printed[0]?.text).toContain('YOUR NUMBER');
    expect(kiosk.devices.printer.printed[0]?.text).toContain('B001');
    await kiosk.send({ type: 'ui.finish' });
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'attract', ticket: null, locale: 'vi' });
  });
});

describe('printer failure', () => {
  it('keeps the ticket in the store and shows it with a please-ask-staff screen', async () => {
    kiosk = await startHarness();
    kiosk.devices.printer.script.queueFailure(new PrinterError('paperOut', 'paper out'));
    await kiosk.send(...toConfirm, { type: 'ui.confirm' });
    const view = kiosk.runtime.currentView();
    expect(view.screen).toBe('printFailed');
    expect(view.ticket?.number).toBe('A001');
    const [stored] = kiosk.runtime.store.listDay(today());
    expect(stored).toMatchObject({ number: 'A001', status: 'print_failed', printAttempts: 1 });
  });

  it('reprints the same number on retry, never a new one', async () => {
    kiosk = await startHarness();
    kiosk.devices.printer.script.queueFailure(new PrinterError('offline', 'offline'));
    await kiosk.send(...toConfirm, { type: 'ui.confirm' }, { type: 'ui.retry' });
    expect(kiosk.screen()).toBe('ticket');
    expect(printedTickets(kiosk.devices.printer).map((slip) => slip.number)).toEqual(['A001']);
    expect(kiosk.runtime.store.listDay(today())).toMatchObject([{ number: 'A001', status: 'printed', printAttempts: 2 }]);
  });

  it('treats a print that hangs past the print timeout as failed', async () => {
    kiosk = await startHarness();
    kiosk.devices.printer.print = (_job, signal) =>
      new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    await kiosk.send(...toConfirm, { type: 'ui.confirm' });
    expect(kiosk.screen()).toBe('printing');
    await kiosk.advance(DEFAULT_CONFIG.timeouts.printMs);
    expect(kiosk.screen()).toBe('printFailed');
    expect(kiosk.runtime.store.listDay(today())).toMatchObject([{ number: 'A001', status: 'print_failed' }]);
  });
});

