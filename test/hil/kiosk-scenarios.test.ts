/**
 * Hardware in the loop: the kiosk on its real adapters (ESC/POS over TCP, serial line devices over
 * socat PTYs), the devices virtual. The scenarios an engineer would walk at a real kiosk.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KioskUiEvent } from '../../bridge/contract.js';
import { SAMPLE_CARD } from '../../devices/id-reader/mock-id-reader.js';
import { RobotBaseError } from '../../devices/robot-base/robot-base.js';
import { KioskRig } from '../../hil/kiosk-rig.js';
import { documentText } from '../../hil/virtual-printer/printed-document.js';
import { renderDocumentPng } from '../../hil/virtual-printer/render-png.js';
import { waitFor } from '../../hil/wait-for.js';
import { tempDir, today } from '../helpers/kiosk-harness.js';
import { walkToConfirm, walkToConsent } from '../helpers/walks.js';

let dir: ReturnType<typeof tempDir>;
let rig: KioskRig;

beforeEach(async () => {
  dir = tempDir('motcua-hil-');
  rig = await KioskRig.start({ dataDir: dir.path });
  await waitFor(() => rig.allReady(), 'every device to be found');
});
afterEach(async () => {
  await rig.stop();
  dir.remove();
});

function send(...events: KioskUiEvent[]): void {
  for (const event of events) {
    const result = rig.runtime.dispatch(event);
    if (!result.ok) throw new Error(result.error);
  }
}

const screen = () => rig.runtime.currentView().screen;
const waitForScreen = (name: string, timeoutMs = 5_000) => waitFor(() => screen() === name, `the ${name} screen (now ${screen()})`, timeoutMs);

/** The link the slip's QR carries: the ticket's status page with its own rating token. */
function statusLink(number: string): string {
  const ticket = rig.runtime.store.findByNumber(today(), number);
  if (ticket === undefined) throw new Error(`no ticket ${number}`);
  return `http://127.0.0.1:8787/t/${today()}/${number}?k=${rig.runtime.satisfaction.tokenFor(ticket)}`;
}

describe('kiosk on real adapters and virtual devices', () => {
  it('wakes on the presence sensor, greets, and prints a ticket whose Vietnamese comes out of the printer intact', async () => {
    rig.presence.twin.approach('left');
    await waitForScreen('greeting');
    send(...walkToConfirm().slice(1), { type: 'ui.confirm' });
    await waitForScreen('ticket');

    const document = await rig.printer.waitForDocument();
    expect(document).toMatchObject({ cut: true, complete: true, unknown: [] });
    const text = documentText(document);
    for (const line of ['Bộ phận Một cửa phường', 'SỐ THỨ TỰ', 'A001', 'Hộ tịch, chứng thực', 'Mời đến quầy: 1, 2', 'Xin vui lòng chờ gọi số']) {
      expect(text).toContain(line);
    }
    expect(document.qrCodes.map((qr) => qr.data)).toEqual([statusLink('A001')]);
    expect(rig.runtime.store.listDay(today())).toMatchObject([{ number: 'A001', status: 'printed' }]);
    // For a person to look at: what the citizen took home.
    mkdirSync('test-artifacts/hil', { recursive: true });
    writeFileSync(join('test-artifacts/hil', 'ticket-A001.png'), await renderDocumentPng(document));
  });

  it('prints the raster ticket too: pictures of the lines, the number and the QR', async () => {
    await rig.stop();
    rig = await KioskRig.start({ dataDir: dir.path, printerText: 'raster' });
    await waitFor(() => rig.allReady(), 'every device to be found');
    send(...walkToConfirm('residence'), { type: 'ui.confirm' });
    await waitForScreen('ticket');
    const document = await rig.printer.waitForDocument();
    expect(document).toMatchObject({ cut: true, complete: true });
    expect(document.lines.filter((line) => line.text.trim() !== '')).toEqual([]);
    expect(document.images.length).toBeGreaterThan(0);
    expect(document.images.every((image) => image.width === 576)).toBe(true);
    expect(document.qrCodes.map((qr) => qr.data)).toEqual([statusLink('B001')]);
    writeFileSync(join('test-artifacts/hil', 'ticket-B001-raster.png'), await renderDocumentPng(document));
  });

  it('paper out mid-ticket: the number is shown on screen, staff are alerted, and it reprints marked REPRINT on refill', async () => {
    rig.printer.paperOutAfterBytes(60);
    send(...walkToConfirm(), { type: 'ui.confirm' });
    await waitForScreen('printFailed', 10_000);
    const view = rig.runtime.currentView();
    expect(view.ticket?.number).toBe('A001');
    await waitFor(() => rig.runtime.currentView().printerProblem === 'paperOut', 'the paper-out to reach the screen');
    expect(rig.printer.documents.filter((document) => document.complete)).toEqual([]);
    expect(rig.runtime.deviceStatus().alerts.map((alert) => alert.id).sort()).toEqual(['device:printer', `ticket:${today()}:A001`]);

    rig.printer.refill();
    await waitForScreen('ticket', 10_000);
    const reprint = await rig.printer.waitForDocument((document) => document.complete);
    expect(documentText(reprint)).toContain('BẢN IN LẠI - REPRINT');
    expect(documentText(reprint)).toContain('A001');
    expect(rig.runtime.store.listDay(today())).toMatchObject([{ number: 'A001', status: 'printed', printAttempts: 2 }]);
    expect(rig.runtime.deviceStatus().alerts).toEqual([]);
  });

  it('scanner unplugged and plugged back: the kiosk notices within 10 s, reconnects, and reads the card again', async () => {
    await rig.scanner.unplug();
    const unpluggedAt = Date.now();
    await waitFor(() => rig.runtime.deviceStatus().devices.find((device) => device.kind === 'idReader')?.state === 'offline', 'the scanner to be offline', 10_000);
    expect(Date.now() - unpluggedAt).toBeLessThan(10_000);
    expect(rig.runtime.deviceStatus().alerts.map((alert) => alert.id)).toContain('device:idReader');

    send(...walkToConsent(), { type: 'ui.readCard' });
    await waitFor(() => rig.runtime.currentView().idRead.lastFailure === 'deviceFailed', 'the read to fail while unplugged');

    await rig.scanner.replug();
    await waitFor(() => rig.runtime.deviceStatus().devices.find((device) => device.kind === 'idReader')?.state === 'ready', 'the scanner to reconnect', 15_000);
    send({ type: 'ui.retry' });
    await waitForScreen('identify');
    rig.scanner.twin.scan();
    await waitForScreen('confirm');
    expect(rig.runtime.currentView().identity?.maskedId).toBe(`${SAMPLE_CARD.idNumber.slice(0, 4)}******${SAMPLE_CARD.idNumber.slice(-2)}`);
    expect(rig.runtime.deviceStatus().alerts.map((alert) => alert.id)).not.toContain('device:idReader');
  });

  it('robot base errors reach staff and the device status, and the kiosk keeps serving', async () => {
    const base = rig.runtime.devices.robotBase;
    if (base === null) throw new Error('the rig has a robot base');
    rig.robot.twin.robot.fault('motorFault');
    await expect(base.goTo(3)).rejects.toBeInstanceOf(RobotBaseError);
    await waitFor(() => rig.runtime.deviceStatus().devices.find((device) => device.kind === 'robotBase')?.state === 'fault', 'the base to report its fault');
    expect(rig.runtime.deviceStatus().alerts.find((alert) => alert.id === 'device:robotBase')?.message).toContain('Thân robot');

    send(...walkToConfirm('land'), { type: 'ui.confirm' });
    await waitForScreen('ticket');
    expect(documentText(await rig.printer.waitForDocument())).toContain('C001');

    // Repaired, the base is trusted again once it finishes a trip; an obstacle then shows as degraded.
    rig.robot.twin.robot.repair();
    await base.goTo(2);
    expect(rig.runtime.deviceStatus().alerts.map((alert) => alert.id)).not.toContain('device:robotBase');
    rig.robot.twin.robot.injectObstacle();
    await waitFor(() => rig.runtime.deviceStatus().devices.find((device) => device.kind === 'robotBase')?.reason === 'obstacle', 'the obstacle to show');
    expect(rig.runtime.deviceStatus().alerts.find((alert) => alert.id === 'device:robotBase')).toMatchObject({ severity: 'warning' });
  });
});
