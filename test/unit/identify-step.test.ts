import { afterEach, describe, expect, it } from 'vitest';
import { IdReadError } from '../../devices/id-reader/id-reader.js';
import { SAMPLE_CARD, SAMPLE_SCAN, qrPayloadOf } from '../../devices/id-reader/mock-id-reader.js';
import { DEFAULT_CONFIG } from '../../domain/config/schema.js';
import { type Harness, startHarness } from '../helpers/kiosk-harness.js';
import { walkToConsent, walkToIdentify } from '../helpers/walks.js';

let kiosk: Harness;
afterEach(async () => kiosk?.close());

const NOW = new Date('2026-11-23T03:00:00Z');
const start = () => startHarness({ now: () => NOW });
const view = () => kiosk.runtime.currentView();

/** A card of someone born in 1958: 68 on the service day. */
const ELDER = { ...SAMPLE_CARD, idNumber: '079158001234', fullName: 'Trần Thị Bình', dateOfBirth: '1958-03-02', sex: 'F' as const };
const failRead = (times: number) => {
  for (let attempt = 0; attempt < times; attempt += 1) kiosk.devices.idReader.script.queueFailure(new IdReadError('unreadable', 'glare'));
};

describe('identify step: consent first', () => {
  it('reads nothing until the citizen agrees', async () => {
    kiosk = await start();
    await kiosk.send(...walkToConsent());
    expect(view().screen).toBe('idConsent');
    expect(kiosk.devices.idReader.reads).toBe(0);
    kiosk.devices.idReader.script.queueValue(SAMPLE_SCAN);
    await kiosk.send({ type: 'ui.readCard' });
    expect(kiosk.devices.idReader.reads).toBe(1);
    expect(view().screen).toBe('confirm');
  });
});

describe('identify step: what the citizen is shown', () => {
  it('shows the masked number, the name and the age, and offers priority by age', async () => {
    kiosk = await start();
    kiosk.devices.idReader.script.queueValue({ qrText: qrPayloadOf(ELDER) });
    await kiosk.send(...walkToIdentify());
    expect(view().identity).toEqual({
      maskedId: '0791******34',
      fullName: 'Trần Thị Bình',
      age: 68,
      priorityByAge: true,
      expired: false,
      source: 'qr',
    });
    expect(JSON.stringify(view())).not.toContain(ELDER.idNumber);
  });

  it('uses the configured age threshold', async () => {
    kiosk = await startHarness({ now: () => NOW, config: { ...DEFAULT_CONFIG, priority: { elderlyAge: 70 } } });
    kiosk.devices.idReader.script.queueValue({ qrText: qrPayloadOf(ELDER) });
    await kiosk.send(...walkToIdentify());
    expect(view().identity).toMatchObject({ age: 68, priorityByAge: false });
  });

  it('lets a citizen with an expired card queue, and says the card has expired', async () => {
    kiosk = await start();
    // Issued at 20 in 2005: valid until 25, long past.
    const expired = { ...SAMPLE_CARD, dateOfIssue: '2005-06-01' };
    kiosk.devices.idReader.script.queueValue({ qrText: qrPayloadOf(expired) });
    await kiosk.send(...walkToIdentify());
    expect(view()).toMatchObject({ screen: 'confirm', identity: { expired: true } });
    await kiosk.send({ type: 'ui.confirm' });
    expect(view().screen).toBe('ticket');
  });
});

describe('identify step: failures', () => {
  it.each([
    ['unreadable', { qrText: 'not a card at all' }],
    ['invalid', { qrText: qrPayloadOf({ ...SAMPLE_CARD, sex: 'F' }) }],
  ] as const)('tells the citizen the card was %s', async (failure, scan) => {
    kiosk = await start();
    kiosk.devices.idReader.script.queueValue(scan);
    await kiosk.send(...walkToIdentify());
    expect(view()).toMatchObject({ screen: 'identify', identity: null, idRead: { failures: 1, lastFailure: failure } });
  });

  it('treats a reader that breaks as a device failure, and the citizen can carry on without the card', async () => {
    kiosk = await start();
    kiosk.devices.idReader.script.queueFailure(new Error('USB unplugged'));
    await kiosk.send(...walkToIdentify());
    expect(view().idRead.lastFailure).toBe('deviceFailed');
    await kiosk.send({ type: 'ui.skipId' });
    expect(view()).toMatchObject({ screen: 'confirm', identity: null });
  });

  it('offers typing the number only after three failed reads', async () => {
    kiosk = await start();
    failRead(3);
    await kiosk.send(...walkToIdentify());
    await kiosk.send({ type: 'ui.manualId' });
    expect(view()).toMatchObject({ screen: 'identify', idRead: { failures: 1, manualAllowed: false } });
    await kiosk.send({ type: 'ui.retry' }, { type: 'ui.retry' });
    expect(view().idRead).toMatchObject({ failures: 3, manualAllowed: true });
    await kiosk.send({ type: 'ui.manualId' });
    expect(view().screen).toBe('idManual');
  });
});

describe('identify step: typing the number', () => {
  async function atKeypad() {
    kiosk = await start();
    failRead(3);
    await kiosk.send(...walkToIdentify(), { type: 'ui.retry' }, { type: 'ui.retry' }, { type: 'ui.manualId' });
    expect(view().screen).toBe('idManual');
  }

  it.each([
    ['12345', 'format'],
    ['00108501234x', 'format'],
    ['999085012345', 'structure'],
    ['001985012345', 'structure'],
  ] as const)('refuses %s as a %s error and stays at the keypad', async (idNumber, error) => {
    await atKeypad();
    await kiosk.send({ type: 'ui.submitId', idNumber });
    expect(view()).toMatchObject({ screen: 'idManual', identity: null, idRead: { manualError: error } });
  });

  it('accepts a well-formed number: masked, no name, no age', async () => {
    await atKeypad();
    await kiosk.send({ type: 'ui.submitId', idNumber: '0791 5800 1234' });
    expect(view()).toMatchObject({
      screen: 'confirm',
      identity: { maskedId: '0791******34', fullName: null, age: null, source: 'manual', priorityByAge: false },
      idRead: { manualError: null },
    });
  });
});

describe('identify step: privacy', () => {
  it('never writes the full number to the log, and forgets the card when the session ends', async () => {
    kiosk = await start();
    kiosk.devices.idReader.script.queueValue(SAMPLE_SCAN);
    kiosk.devices.idReader.script.queueValue({ qrText: qrPayloadOf({ ...SAMPLE_CARD, sex: 'F' }) });
    await kiosk.send(...walkToIdentify(), { type: 'ui.back' }, { type: 'ui.service', serviceId: 'land' }, { type: 'ui.readCard' });
    expect(kiosk.logger.lines.join('\n')).not.toContain(SAMPLE_CARD.idNumber);
    expect(kiosk.logger.lines.join('\n')).toContain('0010******45');
    await kiosk.send({ type: 'ui.cancel' });
    expect(kiosk.runtime.session.getSnapshot().context).toMatchObject({ card: null, idFailures: 0, lastIdFailure: null });
  });

  it('logs why a misread card was refused without quoting what was read', async () => {
    kiosk = await start();
    // An MRZ whose number field lost a digit: the parser's own message would quote the rest of it.
    const misread = ['IDVNM0850123456<00108501234<<8', '8504129M4504124VNM<<<<<<<<<<<6', 'NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<'] as const;
    kiosk.devices.idReader.script.queueValue({ mrzLines: misread });
    await kiosk.send(...walkToIdentify());
    expect(view().idRead.lastFailure).toBe('unreadable');
    const log = kiosk.logger.lines.join('\n');
    expect(log).toContain('id card not accepted (unreadable)');
    expect(log).not.toMatch(/0010850123/);
    expect(log).not.toContain('850412');
  });
});
