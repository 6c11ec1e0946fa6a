/** The staff key switch through the runtime on mock devices: on brings up the sign-in, off closes staff mode. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type KioskConfig } from '../../domain/config/schema.js';
import { hashPin } from '../../runtime/host/counter-pin.js';
import { type Harness, startHarness } from '../helpers/kiosk-harness.js';

let config: KioskConfig;
beforeAll(async () => {
  config = { ...DEFAULT_CONFIG, staff: { accounts: [{ id: 'minh', name: 'Trần Văn Minh', role: 'operator', pinHash: await hashPin('1357') }] } };
});

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('staff key switch', () => {
  it('turned on shows the sign-in; a PIN opens staff mode; turned off closes it, audited as a sign-out', async () => {
    const h = (harness = await startHarness({ config }));
    expect(h.runtime.currentView().staff).toBeNull();

    h.devices.staffKey.turn(true);
    expect(h.runtime.currentView().staff).toMatchObject({ stage: 'signIn', accounts: [{ id: 'minh' }] });
    expect(await h.runtime.staffRequest({ type: 'signIn', accountId: 'minh', pin: '1357' })).toMatchObject({ ok: true });
    expect(h.runtime.currentView().staff).toMatchObject({ stage: 'open', account: { id: 'minh' } });

    h.devices.staffKey.turn(false);
    expect(h.runtime.currentView().staff).toBeNull();
    expect(h.runtime.queue.audit.entries().at(-1)).toMatchObject({ action: 'staffSignOut', detail: 'key switch turned off' });
    expect(await h.runtime.staffRequest({ type: 'deviceStatus' })).toMatchObject({ ok: false, reason: 'signedOut' });
  });

  it('turned off during the sign-in takes the sign-in away; citizens can use the kiosk again', async () => {
    const h = (harness = await startHarness({ config }));
    h.devices.staffKey.turn(true);
    expect(h.runtime.dispatch({ type: 'ui.touch' })).toMatchObject({ ok: false });
    h.devices.staffKey.turn(false);
    expect(h.runtime.currentView().staff).toBeNull();
    expect(h.runtime.dispatch({ type: 'ui.touch' })).toEqual({ ok: true });
  });

  it('is listed among the devices', async () => {
    const h = (harness = await startHarness({ config }));
    expect(h.runtime.deviceStatus().devices).toContainEqual(expect.objectContaining({ kind: 'staffKey', state: 'ready' }));
  });
});
