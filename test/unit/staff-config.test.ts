/**
 * Staff mode's configuration requests through the runtime, as the staff screens make them: admins
 * only; the editor's copy has no secrets; a save is refused with each wrong field in the staff
 * member's language, or saved, applied and audited; export, accounts and the catalogue import.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StaffReplyOf } from '../../bridge/staff-protocol.js';
import { DEFAULT_CONFIG, type KioskConfig } from '../../domain/config/schema.js';
import { bundledCataloguePath } from '../../runtime/catalogue/catalogue-file.js';
import { hashPin } from '../../runtime/host/counter-pin.js';
import { type Harness, startHarness } from '../helpers/kiosk-harness.js';
import { staffConfig } from '../helpers/staff-accounts.js';

let config: KioskConfig;
beforeAll(async () => {
  config = await staffConfig({ ...DEFAULT_CONFIG, counters: [{ number: 3, pinHash: await hashPin('3333') }] });
});

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function signedIn(accountId: 'lan' | 'minh', pin: string): Promise<Harness> {
  harness = await startHarness({ config });
  for (let tap = 0; tap < 5; tap += 1) await harness.runtime.staffRequest({ type: 'cornerTap' });
  expect(await harness.runtime.staffRequest({ type: 'signIn', accountId, pin })).toMatchObject({ ok: true });
  return harness;
}

describe('configuration requests', () => {
  it('are refused to operators', async () => {
    const h = await signedIn('minh', '1357');
    for (const request of [{ type: 'getConfig' }, { type: 'exportConfig' }, { type: 'removeAccount', id: 'lan', locale: 'vi' }]) {
      expect(await h.runtime.staffRequest(request)).toMatchObject({ ok: false, reason: 'notAllowed' });
    }
    expect(h.runtime.configuration.staff.accounts).toHaveLength(2);
  });

  it('give the editor the configuration without secrets, and which are set', async () => {
    const h = await signedIn('lan', '2468');
    const reply = (await h.runtime.staffRequest({ type: 'getConfig' })) as StaffReplyOf<'getConfig'>;
    if (!reply.ok) throw new Error(reply.message.en);
    expect(JSON.stringify(reply.result)).not.toContain('scrypt$');
    expect(reply.result.config.counters).toEqual([{ number: 3 }]);
    expect(reply.result.secrets).toEqual({ counterPins: [3], dashboardPin: false, serverKey: false, kioskKey: false });
    expect(reply.result.accounts).toEqual([
      { id: 'lan', name: 'Nguyễn Thị Lan', role: 'admin' },
      { id: 'minh', name: 'Trần Văn Minh', role: 'operator' },
    ]);
  });

  it('save an edit of the editor\'s copy: applied on screen at once, secrets kept, audited', async () => {
    const h = await signedIn('lan', '2468');
    const got = (await h.runtime.staffRequest({ type: 'getConfig' })) as StaffReplyOf<'getConfig'>;
    if (!got.ok) throw new Error(got.message.en);
    const edited = structuredClone(got.result.config);
    edited.servicePoint.name.vi = 'Phường Cửa Nam';
    const reply = await h.runtime.staffRequest({ type: 'saveConfig', config: edited, locale: 'vi' });
    expect(reply).toEqual({ ok: true, result: { restartNeeded: false } });
    expect(h.runtime.configuration.servicePoint.name.vi).toBe('Phường Cửa Nam');
    expect(h.runtime.configuration.counters).toEqual(config.counters);
    expect(h.runtime.configuration.staff).toEqual(config.staff);
    expect(h.runtime.queue.audit.entries().filter((entry) => entry.action === 'configChanged')).toMatchObject([
      { actor: 'staff Nguyễn Thị Lan (lan)', detail: 'sections changed: servicePoint' },
    ]);
  });

  it('refuse an invalid save naming each field in the staff member\'s language', async () => {
    const h = await signedIn('lan', '2468');
    const got = (await h.runtime.staffRequest({ type: 'getConfig' })) as StaffReplyOf<'getConfig'>;
    if (!got.ok) throw new Error(got.message.en);
    const edited = structuredClone(got.result.config);
    edited.servicePoint.name.vi = '';
    edited.priority.elderlyAge = 120;
    expect(await h.runtime.staffRequest({ type: 'saveConfig', config: edited, locale: 'vi' })).toEqual({
      ok: false,
      reason: 'invalid',
      message: { vi: 'Chưa lưu: có mục chưa đúng.', en: 'Not saved: some fields are wrong.' },
      fields: [
        { path: 'servicePoint.name.vi', message: 'Không được để trống' },
        { path: 'priority.elderlyAge', message: 'Nhiều nhất là 100' },
      ],
    });
    expect(await h.runtime.staffRequest({ type: 'saveConfig', config: edited, locale: 'en' })).toMatchObject({
      fields: [{ path: 'servicePoint.name.vi', message: 'Must not be empty' }, { path: 'priority.elderlyAge', message: 'At most 100' }],
    });
    expect(h.runtime.configuration.priority.elderlyAge).toBe(config.priority.elderlyAge);
  });

  it('export a file that imports back', async () => {
    const h = await signedIn('lan', '2468');
    const exported = (await h.runtime.staffRequest({ type: 'exportConfig' })) as StaffReplyOf<'exportConfig'>;
    if (!exported.ok) throw new Error(exported.message.en);
    expect(exported.result.fileName).toMatch(/^motcua-config-kiosk-1-\d{4}-\d{2}-\d{2}\.json$/);
    const changed = JSON.parse(exported.result.text);
    changed.priority.elderlyAge = 70;
    expect(await h.runtime.staffRequest({ type: 'importConfig', text: JSON.stringify(changed), locale: 'vi' })).toEqual({ ok: true, result: { restartNeeded: false } });
    expect(h.runtime.configuration.priority.elderlyAge).toBe(70);
    expect(h.runtime.configuration.staff).toEqual(config.staff);
  });

  it('add an account that can then sign in, and refuse removing the signed-in one', async () => {
    const h = await signedIn('lan', '2468');
    expect(await h.runtime.staffRequest({ type: 'saveAccount', account: { id: 'hoa', name: 'Lê Thị Hoa', role: 'operator', pin: '8642' }, locale: 'vi' })).toMatchObject({
      ok: true,
      result: { accounts: [{ id: 'lan' }, { id: 'minh' }, { id: 'hoa' }] },
    });
    expect(await h.runtime.staffRequest({ type: 'removeAccount', id: 'lan', locale: 'en' })).toMatchObject({
      ok: false,
      reason: 'invalid',
      fields: [{ path: 'id', message: 'You cannot remove the account you are signed in with' }],
    });
    await h.runtime.staffRequest({ type: 'signOut' });
    for (let tap = 0; tap < 5; tap += 1) await h.runtime.staffRequest({ type: 'cornerTap' });
    expect(await h.runtime.staffRequest({ type: 'signIn', accountId: 'hoa', pin: '8642' })).toMatchObject({ ok: true });
  });

  it('import a catalogue, or name its line and field', async () => {
    const h = await signedIn('lan', '2468');
    const sample = readFileSync(bundledCataloguePath(), 'utf8');
    expect(await h.runtime.staffRequest({ type: 'importCatalogue', text: sample, locale: 'vi' })).toMatchObject({ ok: true, result: { fields: expect.any(Number) } });
    const line = sample.split('\n').findIndex((text) => text.includes('serviceGroup: residence')) + 1;
    const reply = await h.runtime.staffRequest({ type: 'importCatalogue', text: sample.replace('serviceGroup: residence', 'serviceGroup: nowhere'), locale: 'vi' });
    expect(reply).toMatchObject({ ok: false, reason: 'invalid', fields: [{ path: expect.stringMatching(/^fields\.\d+\.procedures\.\d+\.serviceGroup$/), message: expect.stringMatching(new RegExp(`^dòng ${line}: unknown service group "nowhere"`)) }] });
  });
});
