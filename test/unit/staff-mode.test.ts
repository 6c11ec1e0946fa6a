/**
 * Staff mode at the kiosk, through the runtime on mock devices: the hidden corner taps, the PIN
 * sign-in per account, the lockout on a simulated clock, roles, the idle close, and the audit trail
 * of every attempt.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StaffModeView, StaffReplyOf } from '../../bridge/staff-protocol.js';
import type { KioskConfig } from '../../domain/config/schema.js';
import { staffConfig } from '../helpers/staff-accounts.js';
import { createMockDevices } from '../../runtime/devices.js';
import { KioskRuntime } from '../../runtime/kiosk-runtime.js';
import { MemoryLogger } from '../../runtime/log.js';
import { RemoteTicketIssuer } from '../../runtime/queue/remote-ticket-issuer.js';
import { type Harness, startHarness, tempDir } from '../helpers/kiosk-harness.js';

let config: KioskConfig;
beforeAll(async () => {
  config = await staffConfig();
});

let harness: Harness | undefined;
let nowMs = Date.parse('2026-11-24T02:00:00Z');
afterEach(async () => {
  vi.useRealTimers();
  await harness?.close();
  harness = undefined;
});

async function kiosk(options: { onRestartRequested?: () => void } = {}): Promise<Harness> {
  nowMs = Date.parse('2026-11-24T02:00:00Z');
  harness = await startHarness({ config, now: () => new Date(nowMs), ...options });
  return harness;
}

function staffView(h: Harness): StaffModeView | null {
  return h.runtime.currentView().staff;
}

async function tapCorner(h: Harness, times: number, everyMs = 200): Promise<void> {
  for (let tap = 0; tap < times; tap += 1) {
    await h.runtime.staffRequest({ type: 'cornerTap' });
    nowMs += everyMs;
  }
}

function auditActions(h: Harness): string[] {
  return h.runtime.queue.audit.entries().map((entry) => entry.action);
}

describe('staff mode: the way in', () => {
  it('opens the sign-in on the fifth corner tap within 3 s, and not on fewer or slower taps', async () => {
    const h = await kiosk();
    await tapCorner(h, 4);
    expect(staffView(h)).toBeNull();
    nowMs += 3_000;
    // Five taps, but spread over more than 3 s: the oldest ones have run out.
    await tapCorner(h, 5, 800);
    expect(staffView(h)).toBeNull();
    nowMs += 3_000;
    await tapCorner(h, 5, 500);
    const view = staffView(h);
    expect(view).toMatchObject({ stage: 'signIn', lockedUntil: null, wrongPins: 0, lastError: null });
    // Names and roles for the tiles; never a PIN hash.
    expect(view?.stage === 'signIn' && view.accounts).toEqual([
      { id: 'lan', name: 'Nguyễn Thị Lan', role: 'admin' },
      { id: 'minh', name: 'Trần Văn Minh', role: 'operator' },
    ]);
    expect(JSON.stringify(h.runtime.currentView())).not.toContain('scrypt');
  });

  it('refuses a sign-in that did not come through the corner or the key', async () => {
    const h = await kiosk();
    const reply = await h.runtime.staffRequest({ type: 'signIn', accountId: 'lan', pin: '2468' });
    expect(reply).toMatchObject({ ok: false, reason: 'signedOut' });
    expect(staffView(h)).toBeNull();
  });

  it('opens staff mode with the right PIN, ends the citizen session and holds citizen taps until sign-out', async () => {
    const h = await kiosk();
    await h.send({ type: 'ui.touch' }, { type: 'ui.language', locale: 'vi' });
    expect(h.screen()).toBe('menu');
    await tapCorner(h, 5);
    const reply = await h.runtime.staffRequest({ type: 'signIn', accountId: 'minh', pin: '1357' });
    expect(reply).toEqual({ ok: true, result: { account: { id: 'minh', name: 'Trần Văn Minh', role: 'operator' } } });
    expect(staffView(h)).toMatchObject({ stage: 'open', account: { id: 'minh' } });
    expect(h.screen()).toBe('attract');
    expect(h.runtime.dispatch({ type: 'ui.touch' })).toMatchObject({ ok: false });
    expect(h.screen()).toBe('attract');

    await h.runtime.staffRequest({ type: 'signOut' });
    expect(staffView(h)).toBeNull();
    expect(h.runtime.dispatch({ type: 'ui.touch' })).toEqual({ ok: true });
    const entries = h.runtime.queue.audit.entries();
    expect(entries.map((entry) => [entry.action, entry.actor])).toEqual([
      ['staffSignIn', 'staff Trần Văn Minh (minh)'],
      ['staffSignOut', 'staff Trần Văn Minh (minh)'],
    ]);
  });

  it('locks staff entry for 5 minutes after 5 wrong PINs, on the simulated clock, and audits every attempt', async () => {
    const h = await kiosk();
    await tapCorner(h, 5);
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const reply = await h.runtime.staffRequest({ type: 'signIn', accountId: 'lan', pin: '0000' });
      expect(reply).toMatchObject({ ok: false, reason: 'wrongPin' });
      expect(staffView(h)).toMatchObject({ stage: 'signIn', wrongPins: attempt, lastError: 'wrongPin' });
    }
    // An unknown account costs a wrong PIN like any other.
    const fifth = await h.runtime.staffRequest({ type: 'signIn', accountId: 'nobody', pin: '2468' });
    expect(fifth).toMatchObject({ ok: false, reason: 'lockedOut', message: { vi: expect.stringContaining('5 phút') } });
    const lockedAt = nowMs;
    expect(staffView(h)).toMatchObject({ stage: 'signIn', lastError: 'lockedOut', lockedUntil: new Date(lockedAt + 300_000).toISOString() });

    // The right PIN is not even checked while locked.
    nowMs = lockedAt + 299_999;
    await h.runtime.staffRequest({ type: 'touch' });
    expect(await h.runtime.staffRequest({ type: 'signIn', accountId: 'lan', pin: '2468' })).toMatchObject({ ok: false, reason: 'lockedOut' });
    nowMs = lockedAt + 300_000;
    expect(await h.runtime.staffRequest({ type: 'signIn', accountId: 'lan', pin: '2468' })).toMatchObject({ ok: true });

    expect(auditActions(h)).toEqual([
      ...Array<string>(5).fill('staffSignInFailed'),
      'staffLockedOut',
      'staffSignInFailed',
      'staffSignIn',
    ]);
    const details = h.runtime.queue.audit.entries().map((entry) => entry.detail).join('\n');
    expect(details).not.toMatch(/0000|2468/);
  });

  it('counts wrong PINs afresh after a right one', async () => {
    const h = await kiosk();
    await tapCorner(h, 5);
    for (let attempt = 0; attempt < 4; attempt += 1) await h.runtime.staffRequest({ type: 'signIn', accountId: 'lan', pin: '1111' });
    await h.runtime.staffRequest({ type: 'signIn', accountId: 'lan', pin: '2468' });
    await h.runtime.staffRequest({ type: 'signOut' });
    await tapCorner(h, 5);
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect(await h.runtime.staffRequest({ type: 'signIn', accountId: 'lan', pin: '1111' })).toMatchObject({ reason: 'wrongPin' });
    }
  });
});

describe('staff mode: roles and requests', () => {
  async function signedIn(accountId: 'lan' | 'minh', pin: string, options: { onRestartRequested?: () => void } = {}) {
    const h = await kiosk(options);
    await tapCorner(h, 5);
    await h.runtime.staffRequest({ type: 'signIn', accountId, pin });
    return h;
  }

  it('lets an operator run the day and read the dashboards, and keeps the audit log and configuration to admins', async () => {
    const h = await signedIn('minh', '1357');
    expect(await h.runtime.staffRequest({ type: 'queueReport' })).toMatchObject({ ok: true, result: { counters: expect.any(Array) } });
    expect(await h.runtime.staffRequest({ type: 'satisfactionReport', range: { from: '2026-11-24', to: '2026-11-24' } })).toMatchObject({
      ok: true,
      result: { range: { from: '2026-11-24', to: '2026-11-24' } },
    });
    expect(await h.runtime.staffRequest({ type: 'auditPage', limit: 10 })).toMatchObject({ ok: false, reason: 'notAllowed' });
    expect(await h.runtime.staffRequest({ type: 'verifyAudit' })).toMatchObject({ ok: false, reason: 'notAllowed' });
  });

  it('gives an admin the audit log, newest first, and its chain checked', async () => {
    const h = await signedIn('lan', '2468');
    await h.runtime.staffRequest({ type: 'resetSession' });
    const page = await h.runtime.staffRequest({ type: 'auditPage', limit: 10 });
    expect(page).toMatchObject({
      ok: true,
      result: { more: false, entries: [{ action: 'sessionReset', actor: 'staff Nguyễn Thị Lan (lan)' }, { action: 'staffSignIn' }] },
    });
    expect(await h.runtime.staffRequest({ type: 'verifyAudit' })).toEqual({ ok: true, result: { ok: true, entries: 2 } });
  });

  it('refuses every request but the way in when nobody is signed in, and a malformed one naming its field', async () => {
    const h = await kiosk();
    expect(await h.runtime.staffRequest({ type: 'openDay' })).toMatchObject({ ok: false, reason: 'signedOut' });
    const malformed = await h.runtime.staffRequest({ type: 'auditPage', limit: 100_000 });
    expect(malformed).toMatchObject({ ok: false, reason: 'invalid', fields: [{ path: 'limit' }] });
    expect(await h.runtime.staffRequest({ type: 'shutdown' })).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('opens and closes the day under the staff member\'s name, and the screens hear of it', async () => {
    const h = await signedIn('minh', '1357');
    const before = staffView(h);
    expect(await h.runtime.staffRequest({ type: 'openDay' })).toEqual({ ok: true, result: null });
    const after = staffView(h);
    expect(after?.stage === 'open' && before?.stage === 'open' && after.revision > before.revision).toBe(true);
    expect(h.runtime.servicePoint.day().open).toBe(true);
    expect(await h.runtime.staffRequest({ type: 'openDay' })).toMatchObject({ ok: false, reason: 'failed', message: { vi: expect.any(String) } });
    expect(await h.runtime.staffRequest({ type: 'closeDay' })).toEqual({ ok: true, result: null });
    expect(h.runtime.servicePoint.day().open).toBe(false);
    const dayEntries = h.runtime.queue.audit.entries().filter((entry) => entry.action.startsWith('day'));
    expect(dayEntries.map((entry) => [entry.action, entry.actor])).toEqual([
      ['dayOpened', 'staff Trần Văn Minh (minh)'],
      ['dayClosed', 'staff Trần Văn Minh (minh)'],
    ]);
  });

  it('asks the shell to restart the app, audited', async () => {
    const restarts = vi.fn();
    const h = await signedIn('minh', '1357', { onRestartRequested: restarts });
    expect(await h.runtime.staffRequest({ type: 'restartApp' })).toEqual({ ok: true, result: null });
    await new Promise((resolve) => setImmediate(resolve));
    expect(restarts).toHaveBeenCalledTimes(1);
    expect(auditActions(h)).toContain('appRestart');
  });

  it('says so when nothing that runs the kiosk can restart it', async () => {
    const h = await signedIn('minh', '1357');
    expect(await h.runtime.staffRequest({ type: 'restartApp' })).toMatchObject({ ok: false, reason: 'failed', message: { vi: expect.stringContaining('khởi động lại') } });
    expect(auditActions(h)).not.toContain('appRestart');
  });

  it('clears a device error only for as long as the device is well: a printer still out of paper raises it again', async () => {
    const h = await signedIn('minh', '1357');
    h.devices.printer.setFault('paperOut');
    const alertIds = async () => {
      const reply = (await h.runtime.staffRequest({ type: 'deviceStatus' })) as StaffReplyOf<'deviceStatus'>;
      return reply.ok ? reply.result.alerts.map((alert) => alert.id) : [];
    };
    expect(await alertIds()).toContain('device:printer');
    expect(await h.runtime.staffRequest({ type: 'clearDeviceError', kind: 'printer' })).toEqual({ ok: true, result: null });
    expect(await alertIds()).toContain('device:printer');
    expect(await h.runtime.staffRequest({ type: 'clearDeviceError', kind: 'staffKey' })).toEqual({ ok: true, result: null });
    expect(auditActions(h).filter((action) => action === 'deviceErrorCleared')).toHaveLength(2);
  });

  it('prints a test page, and says so when the printer cannot', async () => {
    const h = await signedIn('minh', '1357');
    expect(await h.runtime.staffRequest({ type: 'testPrint' })).toEqual({ ok: true, result: null });
    expect(h.devices.printer.printed.map((printed) => printed.job.kind)).toEqual(['testPage']);
    h.devices.printer.setFault('paperOut');
    expect(await h.runtime.staffRequest({ type: 'testPrint' })).toMatchObject({ ok: false, reason: 'failed' });
  });
});

describe('staff mode on a kiosk linked to another host (the robot)', () => {
  it('sends staff to the host for the day and the figures, and opens nothing in its own store', async () => {
    const dir = tempDir();
    const issuer = new RemoteTicketIssuer({ url: 'ws://127.0.0.1:9/queue', key: 'k'.repeat(16), kioskId: 'robot', timeZone: config.servicePoint.timeZone, logger: new MemoryLogger() });
    const robot = new KioskRuntime({ config, dataDir: dir.path, devices: createMockDevices(), logger: new MemoryLogger(), issuer });
    try {
      for (let tap = 0; tap < 5; tap += 1) await robot.staffRequest({ type: 'cornerTap' });
      expect(await robot.staffRequest({ type: 'signIn', accountId: 'minh', pin: '1357' })).toMatchObject({ ok: true });
      for (const request of [{ type: 'openDay' }, { type: 'queueReport' }, { type: 'satisfactionReport', range: { from: '2026-11-24', to: '2026-11-24' } }]) {
        expect(await robot.staffRequest(request)).toMatchObject({ ok: false, reason: 'failed', message: { vi: expect.stringContaining('máy chủ') } });
      }
      expect(robot.queue.audit.entries().map((entry) => entry.action)).toEqual(['staffSignIn']);
      // What is the robot's own still works: its devices.
      expect(await robot.staffRequest({ type: 'deviceStatus' })).toMatchObject({ ok: true });
    } finally {
      await robot.stop();
      dir.remove();
    }
  });
});

describe('staff mode: closing by itself', () => {
  it('closes after 2 minutes without a touch, audited, and a touch puts it off', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const h = await kiosk();
    await tapCorner(h, 5);
    await h.runtime.staffRequest({ type: 'signIn', accountId: 'lan', pin: '2468' });
    vi.advanceTimersByTime(119_000);
    await h.runtime.staffRequest({ type: 'touch' });
    vi.advanceTimersByTime(119_000);
    expect(staffView(h)).toMatchObject({ stage: 'open' });
    vi.advanceTimersByTime(1_000);
    expect(staffView(h)).toBeNull();
    expect(auditActions(h)).toEqual(['staffSignIn', 'staffTimedOut']);
    expect(await h.runtime.staffRequest({ type: 'queueReport' })).toMatchObject({ ok: false, reason: 'signedOut' });
  });

  it('drops an unanswered sign-in after 30 s, so a citizen who found the corner is not stuck', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const h = await kiosk();
    await tapCorner(h, 5);
    vi.advanceTimersByTime(30_000);
    expect(staffView(h)).toBeNull();
    expect(h.runtime.dispatch({ type: 'ui.touch' })).toEqual({ ok: true });
  });
});
