/** The kiosk and a printer that runs out of paper: the number is kept, shown, and reprinted once it is back. */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../domain/config/schema.js';
import { type Harness, startHarness, today } from '../helpers/kiosk-harness.js';
import { printedTickets } from '../helpers/printed.js';
import { walkToConfirm } from '../helpers/walks.js';

let kiosk: Harness;
afterEach(async () => kiosk?.close());

const confirm = { type: 'ui.confirm' } as const;

describe('printer out of paper', () => {
  it('warns before the ticket, shows the number and its QR on screen, and alerts staff', async () => {
    kiosk = await startHarness();
    kiosk.devices.printer.setFault('paperOut');
    await kiosk.send(...walkToConfirm());
    expect(kiosk.runtime.currentView()).toMatchObject({ screen: 'confirm', printerProblem: 'paperOut' });

    await kiosk.send(confirm);
    const view = kiosk.runtime.currentView();
    expect(view).toMatchObject({ screen: 'printFailed', printerProblem: 'paperOut' });
    // The QR on screen is the slip's: the status page, with the token that lets this ticket be rated.
    expect(view.ticket).toMatchObject({ number: 'A001', statusUrl: expect.stringMatching(new RegExp(`^http://127\\.0\\.0\\.1:8787/t/${today()}/A001\\?k=[\\w-]+\\.[\\w-]+$`)) });
    expect(kiosk.runtime.store.listDay(today())).toMatchObject([{ number: 'A001', status: 'print_failed' }]);

    const { devices, alerts } = kiosk.runtime.deviceStatus();
    expect(devices.find((device) => device.kind === 'printer')).toMatchObject({ state: 'fault', reason: 'paperOut' });
    expect(alerts.map((alert) => alert.id).sort()).toEqual([`device:printer`, `ticket:${today()}:A001`]);
    expect(alerts.find((alert) => alert.id === 'device:printer')?.message).toContain('hết giấy');
  });

  it('reprints the same number, marked REPRINT, the moment paper is back while the citizen is there', async () => {
    kiosk = await startHarness();
    kiosk.devices.printer.setFault('paperOut');
    await kiosk.send(...walkToConfirm(), confirm);
    expect(kiosk.screen()).toBe('printFailed');
    expect(printedTickets(kiosk.devices.printer)).toEqual([]);

    kiosk.devices.printer.setFault(null);
    await kiosk.advance(0);
    expect(kiosk.screen()).toBe('ticket');
    const [reprint] = printedTickets(kiosk.devices.printer);
    expect(reprint).toMatchObject({ number: 'A001', reprint: expect.stringContaining('REPRINT') });
    expect(kiosk.runtime.store.listDay(today())).toMatchObject([{ number: 'A001', status: 'printed', printAttempts: 2 }]);
    expect(kiosk.runtime.deviceStatus().alerts).toEqual([]);
  });

  it('does not print for a citizen who has gone', async () => {
    kiosk = await startHarness();
    kiosk.devices.printer.setFault('offline');
    await kiosk.send(...walkToConfirm(), confirm);
    await kiosk.advance(DEFAULT_CONFIG.timeouts.idleMs);
    expect(kiosk.screen()).toBe('attract');
    kiosk.devices.printer.setFault(null);
    await kiosk.advance(0);
    expect(kiosk.screen()).toBe('attract');
    expect(printedTickets(kiosk.devices.printer)).toEqual([]);
    expect(kiosk.runtime.store.listDay(today())).toMatchObject([{ number: 'A001', status: 'print_failed' }]);
    // The ticket that never printed stays on staff's list; the printer's own alert is gone.
    expect(kiosk.runtime.deviceStatus().alerts.map((alert) => alert.id)).toEqual([`ticket:${today()}:A001`]);
  });

  it('marks only the reprint, never the first print', async () => {
    kiosk = await startHarness();
    await kiosk.send(...walkToConfirm(), confirm);
    expect(printedTickets(kiosk.devices.printer)).toMatchObject([{ number: 'A001', reprint: null }]);
  });

  it('keeps the printer problem for the next citizen (it belongs to the kiosk, not the session)', async () => {
    kiosk = await startHarness();
    kiosk.devices.printer.setFault('coverOpen');
    await kiosk.send(...walkToConfirm(), { type: 'ui.cancel' }, ...walkToConfirm());
    expect(kiosk.runtime.currentView().printerProblem).toBe('coverOpen');
  });
});

describe('test page', () => {
  it('prints one naming the kiosk and its printer, and says why not when the printer cannot', async () => {
    kiosk = await startHarness();
    await kiosk.runtime.printTestPage();
    const [page] = kiosk.devices.printer.printed;
    expect(page?.job).toMatchObject({ kind: 'testPage', page: { kioskId: 'kiosk-1', printer: 'mock' } });
    kiosk.devices.printer.setFault('coverOpen');
    await expect(kiosk.runtime.printTestPage()).rejects.toMatchObject({ code: 'coverOpen' });
    expect(kiosk.devices.printer.printed).toHaveLength(1);
  });
});
