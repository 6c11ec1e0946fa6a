import { expect } from 'vitest';
import type { BrowserKiosk } from './kiosk-browser.js';

/** A ticket issued at this kiosk, called, started and finished at counter 1: returns its id and number. */
export function servedTicket(kiosk: BrowserKiosk): { id: number; number: string } {
  const point = kiosk.runtime.servicePoint;
  const issued = point.issue({ serviceId: 'civil-status', procedureId: null, priority: null, kioskId: kiosk.runtime.configuration.kioskId });
  if (!issued.ok) throw new Error(`refused: ${issued.reason}`);
  expect(point.act(1, { type: 'callNext' }, 'e2e')).toMatchObject({ ok: true });
  const { id, number } = issued.ticket;
  expect(point.act(1, { type: 'start', ticketId: id }, 'e2e')).toEqual({ ok: true });
  expect(point.act(1, { type: 'finish', ticketId: id }, 'e2e')).toEqual({ ok: true });
  return { id, number };
}
