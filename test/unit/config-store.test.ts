/**
 * The ConfigStore on a throw-away data folder and a stand-in runtime: saves read back equal,
 * export and import round-trip, every invalid field of the editor's sections named at its path in
 * Vietnamese and English, atomic writes, secrets kept out of the editor and put back on save,
 * the account rules, and the catalogue import.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StaffAccountView } from '../../bridge/staff-protocol.js';
import type { Catalogue } from '../../domain/catalogue/catalogue-schema.js';
import { DEFAULT_CONFIG, type KioskConfig } from '../../domain/config/schema.js';
import { bundledCataloguePath, readCatalogueFile } from '../../runtime/catalogue/catalogue-file.js';
import { writeFileAtomically } from '../../runtime/config/atomic-file.js';
import { LAST_GOOD_CONFIG, readConfigFile } from '../../runtime/config/config-file.js';
import { secretsView, withSecretsKept, withoutSecrets } from '../../runtime/config/config-secrets.js';
import { ConfigStore, type ConfigTarget, type SaveResult } from '../../runtime/config/config-store.js';
import { isOnTrial } from '../../runtime/config/config-trial.js';
import { removeAccount, saveAccount } from '../../runtime/config/staff-accounts.js';
import { hashPin, verifyPin } from '../../runtime/host/counter-pin.js';
import { MemoryLogger } from '../../runtime/log.js';
import type { AuditAction } from '../../runtime/store/audit-trail.js';
import { tempDir } from '../helpers/kiosk-harness.js';

const SAMPLE_YAML = readFileSync(bundledCataloguePath(), 'utf8');
const groupIds = DEFAULT_CONFIG.serviceGroups.map((group) => group.id);
const SAMPLE = (() => {
  const result = readCatalogueFile(bundledCataloguePath(), groupIds);
  if (!result.ok) throw new Error('the bundled sample catalogue does not load');
  return result.catalogue;
})();

let config: KioskConfig;
beforeAll(async () => {
  config = {
    ...DEFAULT_CONFIG,
    counters: [{ number: 1, pinHash: await hashPin('1111') }],
    satisfaction: { ...DEFAULT_CONFIG.satisfaction, dashboardPinHash: await hashPin('2222') },
    queue: { ...DEFAULT_CONFIG.queue, kioskKey: 'k'.repeat(20) },
    staff: {
      accounts: [
        { id: 'lan', name: 'Nguyễn Thị Lan', role: 'admin', pinHash: await hashPin('2468') },
        { id: 'minh', name: 'Trần Văn Minh', role: 'operator', pinHash: await hashPin('1357') },
      ],
    },
  };
});

interface Rig {
  store: ConfigStore;
  target: ConfigTarget & { configuration: KioskConfig; catalogue: Catalogue; applied: number };
  audit: Array<{ actor: string; action: AuditAction; detail: string }>;
  dataDir: string;
}

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

function rig(start: KioskConfig = config, options: { configPath?: string } = {}): Rig {
  const target = {
    configuration: start,
    catalogue: SAMPLE,
    applied: 0,
    applyConfig(next: KioskConfig) {
      target.configuration = next;
      target.applied += 1;
    },
    applyCatalogue(next: Catalogue) {
      target.catalogue = next;
    },
  };
  const audit: Rig['audit'] = [];
  const store = new ConfigStore({
    runtime: target,
    dataDir: dir.path,
    ...options,
    audit: { append: (entry) => audit.push(entry) },
    logger: new MemoryLogger(),
    now: () => Date.parse('2026-11-24T02:00:00Z'),
  });
  return { store, target, audit, dataDir: dir.path };
}

const ADMIN = 'staff Nguyễn Thị Lan (lan)';

function expectSaved(result: SaveResult): Extract<SaveResult, { ok: true }> {
  if (!result.ok) throw new Error(`not saved: ${JSON.stringify(result.fields)}`);
  return result;
}

describe('saving a configuration', () => {
  it('writes the file, reads back equal, applies it at once and audits the sections changed', () => {
    const { store, target, audit } = rig();
    const edited = structuredClone(config);
    edited.servicePoint.name.vi = 'Phường Cửa Nam';
    edited.timeouts.idleMs = 60_000;
    const saved = expectSaved(store.save(edited, ADMIN));

    expect(saved.restartNeeded).toBe(false);
    expect(saved.changed).toEqual(['servicePoint', 'timeouts']);
    const reread = readConfigFile(join(dir.path, 'config.json'));
    expect(reread).toEqual({ ok: true, config: edited });
    expect(target.configuration).toEqual(edited);
    expect(audit).toEqual([{ at: expect.any(Number), actor: ADMIN, action: 'configChanged', detail: 'sections changed: servicePoint, timeouts' }]);
  });

  it('writes to the configured file when the kiosk started with one', () => {
    const file = join(dir.path, 'ward.json');
    const { store } = rig(config, { configPath: file });
    expectSaved(store.update((draft) => (draft.priority.elderlyAge = 65), ADMIN));
    expect(JSON.parse(readFileSync(file, 'utf8')).priority.elderlyAge).toBe(65);
    expect(existsSync(join(dir.path, 'config.json'))).toBe(false);
  });

  it('says a restart is needed for devices, the host and the queue server, not for names or timeouts', () => {
    const { store } = rig();
    expect(expectSaved(store.update((draft) => (draft.greeting.en = 'Hello'), ADMIN)).restartNeeded).toBe(false);
    expect(
      expectSaved(store.update((draft) => (draft.devices.presence = { kind: 'serial', path: '/dev/ttyUSB1', baudRate: 9600 }), ADMIN)).restartNeeded,
    ).toBe(true);
    expect(expectSaved(store.update((draft) => (draft.host.port = 9000), ADMIN)).restartNeeded).toBe(true);
    expect(
      expectSaved(store.update((draft) => (draft.queue.server = { kind: 'remote', url: 'ws://10.0.0.2:8787/queue', key: 'x'.repeat(16) }), ADMIN)).restartNeeded,
    ).toBe(true);
  });

  it('keeps the configuration in force as the last good one and puts the new one on trial', () => {
    const { store } = rig();
    expectSaved(store.update((draft) => (draft.kioskId = 'kiosk-2'), ADMIN));
    expect(isOnTrial(dir.path)).toBe(true);
    expect(readConfigFile(join(dir.path, LAST_GOOD_CONFIG))).toEqual({ ok: true, config });
    // A second save before any start keeps the one that last started as the fallback.
    expectSaved(store.update((draft) => (draft.kioskId = 'kiosk-3'), ADMIN));
    expect(readConfigFile(join(dir.path, LAST_GOOD_CONFIG))).toEqual({ ok: true, config });
  });

  it('writes nothing and audits nothing when nothing changed', () => {
    const { store, audit, target } = rig();
    expect(expectSaved(store.save(structuredClone(config), ADMIN)).changed).toEqual([]);
    expect(audit).toEqual([]);
    expect(target.applied).toBe(0);
    expect(existsSync(join(dir.path, 'config.json'))).toBe(false);
  });

  it('refuses dropping a service group the catalogue in force still routes procedures to', () => {
    const { store, target } = rig();
    const result = store.update((draft) => (draft.serviceGroups = draft.serviceGroups.filter((group) => group.id !== 'land')), ADMIN);
    expect(result).toMatchObject({ ok: false, fields: [{ path: 'serviceGroups', message: { vi: expect.stringContaining('"land"') } }] });
    expect(target.configuration).toBe(config);
  });
});

describe('every invalid field of the editor is named at its path', () => {
  type Edit = (draft: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any -- edits break the types on purpose
  const cases: Array<[string, Edit, string, RegExp]> = [
    ['servicePoint.name.vi', (d) => (d.servicePoint.name.vi = ''), 'servicePoint.name.vi', /Không được để trống/],
    ['servicePoint.name missing', (d) => delete d.servicePoint.name, 'servicePoint.name', /Cần điền/],
    ['servicePoint.name.en', (d) => (d.servicePoint.name.en = ''), 'servicePoint.name.en', /Không được để trống/],
    ['locales', (d) => (d.locales = []), 'locales', /Cần ít nhất 1 mục/],
    ['locales.0', (d) => (d.locales = ['fr']), 'locales.0', /Chọn một trong: vi, en/],
    ['defaultLocale', (d) => ((d.locales = ['vi']), (d.defaultLocale = 'en')), 'defaultLocale', /một trong các ngôn ngữ đã chọn/],
    ['greeting.vi', (d) => (d.greeting.vi = ''), 'greeting.vi', /Không được để trống/],
    ['timeouts.idleMs low', (d) => (d.timeouts.idleMs = 1_000), 'timeouts.idleMs', /Ít nhất là 15000/],
    ['timeouts.idleMs high', (d) => (d.timeouts.idleMs = 10_000_000), 'timeouts.idleMs', /Nhiều nhất là 600000/],
    ['timeouts.idleMs text', (d) => (d.timeouts.idleMs = 'soon'), 'timeouts.idleMs', /Phải là một số/],
    ['timeouts.warningSeconds', (d) => ((d.timeouts.idleMs = 20_000), (d.timeouts.warningSeconds = 30)), 'timeouts.warningSeconds', /ngắn hơn thời gian chờ/],
    ['timeouts.printMs', (d) => (d.timeouts.printMs = 40_000), 'timeouts.printMs', /trước khi bắt đầu đếm ngược/],
    ['timeouts.ticketShownMs', (d) => (d.timeouts.ticketShownMs = 500), 'timeouts.ticketShownMs', /Ít nhất là 3000/],
    ['serviceGroups', (d) => (d.serviceGroups = []), 'serviceGroups', /Cần ít nhất 1 mục/],
    ['serviceGroups.0.id', (d) => (d.serviceGroups[0].id = 'Hộ tịch'), 'serviceGroups.0.id', /chữ thường không dấu/],
    ['serviceGroups.0.prefix', (d) => (d.serviceGroups[0].prefix = 'ab'), 'serviceGroups.0.prefix', /Một chữ cái in hoa/],
    ['serviceGroups.1.prefix duplicate', (d) => (d.serviceGroups[1].prefix = 'A'), 'serviceGroups.1.prefix', /Chữ đầu số "A" bị trùng/],
    ['serviceGroups.0.name.en', (d) => (d.serviceGroups[0].name.en = ''), 'serviceGroups.0.name.en', /Không được để trống/],
    ['serviceGroups.0.counters', (d) => (d.serviceGroups[0].counters = []), 'serviceGroups.0.counters', /Cần ít nhất 1 mục/],
    ['serviceGroups.0.counters.0', (d) => (d.serviceGroups[0].counters = [0]), 'serviceGroups.0.counters.0', /Ít nhất là 0|Ít nhất là 1/],
    ['counters.0.number', (d) => (d.counters[0].number = 9), 'counters.0.number', /Không nhóm dịch vụ nào phục vụ ở quầy 9/],
    ['priority.elderlyAge', (d) => (d.priority.elderlyAge = 30), 'priority.elderlyAge', /Ít nhất là 50/],
    ['queue.callingPolicies', (d) => (d.queue.callingPolicies = { nowhere: { kind: 'strict' } }), 'queue.callingPolicies.nowhere', /Không có nhóm dịch vụ "nowhere"/],
    [
      'queue.callingPolicies interleaved',
      (d) => (d.queue.callingPolicies = { land: { kind: 'interleaved', normalPerPriority: 0 } }),
      'queue.callingPolicies.land.normalPerPriority',
      /Ít nhất là 1/,
    ],
    ['devices.printer.kind', (d) => (d.devices.printer = { kind: 'laser' }), 'devices.printer.kind', /Loại không hợp lệ/],
    ['devices.printer.address', (d) => (d.devices.printer = { kind: 'escpos', address: 'printer-1' }), 'devices.printer.address', /Địa chỉ máy in không đúng/],
    [
      'devices.printer.text',
      (d) => (d.devices.printer = { kind: 'escpos', address: 'tcp://10.0.0.7', model: 'star', text: 'wpc1258' }),
      'devices.printer.text',
      /Máy in STAR chỉ in được tiếng Việt ở chế độ ảnh/,
    ],
    ['devices.printer.model', (d) => (d.devices.printer = { kind: 'escpos', address: 'tcp://10.0.0.7', model: 'hp' }), 'devices.printer.model', /Chọn một trong: epson, star/],
    ['devices.idReader.path', (d) => (d.devices.idReader = { kind: 'serialScanner' }), 'devices.idReader.path', /Cần đường dẫn cổng/],
    ['devices.idReader.vendorId', (d) => (d.devices.idReader = { kind: 'serialScanner', vendorId: 'xyz', productId: '7523' }), 'devices.idReader.vendorId', /Bốn chữ số hệ 16/],
    ['devices.presence.path', (d) => (d.devices.presence = { kind: 'serial', path: '' }), 'devices.presence.path', /Không được để trống/],
    ['devices.keypad.baudRate', (d) => (d.devices.keypad = { kind: 'serial', path: '/dev/ttyS0', baudRate: -1 }), 'devices.keypad.baudRate', /Ít nhất là 0|Ít nhất là 1/],
    ['devices.robotBase.kind', (d) => (d.devices.robotBase = { kind: 'wheels' }), 'devices.robotBase.kind', /Loại không hợp lệ/],
    ['devices.staffKey.path', (d) => (d.devices.staffKey = { kind: 'serial' }), 'devices.staffKey.path', /Cần đường dẫn cổng/],
    ['host.publicUrl', (d) => (d.host.publicUrl = 'ftp://kiosk'), 'host.publicUrl', /Không phải địa chỉ web hợp lệ/],
    ['maintenance.dailyRestartAt', (d) => (d.maintenance.dailyRestartAt = '25:00'), 'maintenance.dailyRestartAt', /GG:PP/],
    ['an unknown section', (d) => (d.colours = 'red'), 'colours', /Mục không có trong cấu hình/],
  ];

  it.each(cases)('%s', (_name, edit, path, vietnamese) => {
    const { store, target } = rig();
    const draft = structuredClone(config) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- see Edit
    edit(draft);
    const result = store.save(draft, ADMIN);
    if (result.ok) throw new Error(`${path}: saved`);
    const field = result.fields.find((candidate) => candidate.path === path);
    expect(field, `${path} among ${JSON.stringify(result.fields)}`).toBeDefined();
    expect(field?.message.vi).toMatch(vietnamese);
    expect(field?.message.en).toMatch(/^[A-Z]/);
    expect(target.configuration).toBe(config);
    expect(existsSync(join(dir.path, 'config.json'))).toBe(false);
  });
});

describe('writing atomically', () => {
  it('leaves the old file whole and no temporary file when the rename fails', () => {
    const file = join(dir.path, 'config.json');
    writeFileSync(file, '{"kioskId":"old"}\n');
    const failingRename = () => {
      throw Object.assign(new Error('EIO: disk gone'), { code: 'EIO' });
    };
    expect(() => writeFileAtomically(file, '{"kioskId":"new"}\n', { rename: failingRename })).toThrow(/EIO/);
    expect(readFileSync(file, 'utf8')).toBe('{"kioskId":"old"}\n');
    expect(readdirSync(dir.path)).toEqual(['config.json']);
  });

  it('a save whose write fails applies nothing, audits nothing and leaves the file in force', () => {
    const file = join(dir.path, 'config.json');
    writeFileSync(file, `${JSON.stringify(config)}\n`);
    const { target, audit } = rig(config, { configPath: file });
    const store = new ConfigStore({
      runtime: target,
      dataDir: dir.path,
      configPath: file,
      audit: { append: (entry) => audit.push(entry) },
      logger: new MemoryLogger(),
      now: Date.now,
      fileOps: {
        rename: () => {
          throw new Error('ENOSPC');
        },
      },
    });
    expect(() => store.update((draft) => (draft.kioskId = 'kiosk-9'), ADMIN)).toThrow(/ENOSPC/);
    expect(JSON.parse(readFileSync(file, 'utf8')).kioskId).toBe('kiosk-1');
    expect(target.configuration.kioskId).toBe('kiosk-1');
    expect(audit).toEqual([]);
  });
});

describe('export and import', () => {
  it('exports the configuration in force with its secrets, under a dated name, and imports back equal', () => {
    const { store } = rig();
    const exported = store.exportFile(ADMIN);
    expect(exported.fileName).toBe('motcua-config-kiosk-1-2026-11-24.json');
    expect(exported.text).toContain(config.staff.accounts[0]?.pinHash);
    expect(exported.savedTo).toBe(join(dir.path, 'exports', exported.fileName));
    expect(readFileSync(exported.savedTo, 'utf8')).toBe(exported.text);

    const other = structuredClone(config);
    other.servicePoint.name.vi = 'Phường khác';
    other.staff.accounts = other.staff.accounts.slice(0, 1);
    dir.remove();
    dir = tempDir();
    const second = rig(other);
    const imported = expectSaved(second.store.importFile(exported.text, ADMIN));
    expect(second.target.configuration).toEqual(config);
    expect(imported.changed).toEqual(['servicePoint', 'staff']);
    expect(second.audit.map((entry) => entry.action)).toEqual(['configImported']);
  });

  it('names the line and column of a file that is not JSON', () => {
    const { store } = rig();
    expect(store.importFile('{\n  "kioskId": "k",\n  oops\n}', ADMIN)).toMatchObject({
      ok: false,
      fields: [{ path: '', message: { vi: 'Tệp không phải JSON hợp lệ: dòng 3, cột 3', en: 'The file is not valid JSON: line 3, column 3' } }],
    });
  });

  it('refuses a file with no admin account, so nobody is locked out of the editor', () => {
    const { store, target } = rig();
    const text = JSON.stringify({ ...config, staff: { accounts: [config.staff.accounts[1]] } });
    expect(store.importFile(text, ADMIN)).toMatchObject({ ok: false, fields: [{ path: 'staff.accounts' }] });
    expect(target.configuration).toBe(config);
  });

  it('names the fields of an imported file that are wrong', () => {
    const { store } = rig();
    expect(store.importFile(JSON.stringify({ ...config, timeouts: { idleMs: 5 } }), ADMIN)).toMatchObject({
      ok: false,
      fields: expect.arrayContaining([{ path: 'timeouts.idleMs', message: { vi: 'Ít nhất là 15000', en: 'At least 15000' } }]),
    });
  });
});

describe('secrets stay in the runtime', () => {
  it('the editor gets no PIN hash or key, only whether each is set', () => {
    const text = JSON.stringify(withoutSecrets(config));
    expect(text).not.toContain('scrypt$');
    expect(text).not.toContain('k'.repeat(20));
    expect(text).not.toContain('"staff"');
    expect(secretsView(config)).toEqual({ counterPins: [1], dashboardPin: true, serverKey: false, kioskKey: true });
  });

  it('a save from the editor gets the secrets in force back, and cannot set a PIN hash or an account', () => {
    const { store, target } = rig();
    const edited = withoutSecrets(config) as unknown as Record<string, unknown>;
    (edited.servicePoint as { name: { vi: string } }).name.vi = 'Phường Một';
    edited.staff = { accounts: [{ id: 'eve', name: 'Eve', role: 'admin', pinHash: config.counters[0]?.pinHash }] };
    (edited.counters as Array<Record<string, unknown>>)[0] = { number: 1, pinHash: 'scrypt$forged' };
    expectSaved(store.save(withSecretsKept(edited, config), ADMIN));
    expect(target.configuration.counters).toEqual(config.counters);
    expect(target.configuration.staff).toEqual(config.staff);
    expect(target.configuration.satisfaction.dashboardPinHash).toBe(config.satisfaction.dashboardPinHash);
    expect(target.configuration.queue.kioskKey).toBe(config.queue.kioskKey);
    expect(target.configuration.servicePoint.name.vi).toBe('Phường Một');
  });

  it('the key of the host this kiosk numbers through stays in the runtime and is kept on save', () => {
    const remote: KioskConfig = { ...config, queue: { ...config.queue, server: { kind: 'remote', url: 'ws://10.0.0.2:8787/queue', key: 's'.repeat(24) } } };
    const edited = withoutSecrets(remote);
    expect(edited.queue.server).toEqual({ kind: 'remote', url: 'ws://10.0.0.2:8787/queue' });
    expect(secretsView(remote).serverKey).toBe(true);
    expect(withSecretsKept(edited as unknown as Record<string, unknown>, remote).queue).toMatchObject({ server: { kind: 'remote', key: 's'.repeat(24) } });
  });

  it('a link key typed in the editor replaces the one in force, and null removes it', () => {
    const edited = withoutSecrets(config) as unknown as Record<string, unknown>;
    const queue = edited.queue as Record<string, unknown>;
    expect(withSecretsKept({ ...edited, queue: { ...queue, kioskKey: 'n'.repeat(16) } }, config).queue).toMatchObject({ kioskKey: 'n'.repeat(16) });
    expect(withSecretsKept({ ...edited, queue: { ...queue, kioskKey: null } }, config).queue).not.toHaveProperty('kioskKey');
  });
});

describe('staff accounts', () => {
  const lan: StaffAccountView = { id: 'lan', name: 'Nguyễn Thị Lan', role: 'admin' };

  it('adds an account with a hashed PIN and audits it without the PIN', async () => {
    const { store, target, audit } = rig();
    const result = await saveAccount(store, { id: 'hoa', name: ' Lê Thị Hoa ', role: 'operator', pin: '8642' }, ADMIN);
    expect(result).toMatchObject({ ok: true, accounts: [{ id: 'lan' }, { id: 'minh' }, { id: 'hoa', name: 'Lê Thị Hoa', role: 'operator' }] });
    const hoa = target.configuration.staff.accounts.find((account) => account.id === 'hoa');
    expect(await verifyPin('8642', hoa?.pinHash ?? '')).toBe(true);
    expect(audit).toEqual([{ at: expect.any(Number), actor: ADMIN, action: 'accountChanged', detail: 'account hoa "Lê Thị Hoa" (operator): added' }]);
    expect(JSON.stringify(audit)).not.toContain('8642');
  });

  it('refuses a new account without a PIN, and a PIN that is not 4 to 8 digits', async () => {
    const { store } = rig();
    expect(await saveAccount(store, { id: 'hoa', name: 'Hoa', role: 'operator' }, ADMIN)).toMatchObject({ ok: false, fields: [{ path: 'pin' }] });
    for (const pin of ['123', '123456789', '12ab']) {
      expect(await saveAccount(store, { id: 'hoa', name: 'Hoa', role: 'operator', pin }, ADMIN)).toMatchObject({
        ok: false,
        fields: [{ path: 'pin', message: { vi: 'Mã PIN gồm 4 đến 8 chữ số' } }],
      });
    }
  });

  it('renames an account and changes its role keeping its PIN, or changes the PIN', async () => {
    const { store, target, audit } = rig();
    const before = config.staff.accounts[1]?.pinHash;
    expect(await saveAccount(store, { id: 'minh', name: 'Trần Minh', role: 'admin' }, ADMIN)).toMatchObject({ ok: true });
    expect(target.configuration.staff.accounts[1]).toEqual({ id: 'minh', name: 'Trần Minh', role: 'admin', pinHash: before });
    await saveAccount(store, { id: 'minh', name: 'Trần Minh', role: 'admin', pin: '97531' }, ADMIN);
    expect(await verifyPin('97531', target.configuration.staff.accounts[1]?.pinHash ?? '')).toBe(true);
    expect(audit.map((entry) => entry.detail)).toEqual([
      'account minh "Trần Minh" (admin): name was "Trần Văn Minh", role was operator',
      'account minh "Trần Minh" (admin): PIN changed',
    ]);
  });

  it('names a malformed account id at its field', async () => {
    const { store } = rig();
    expect(await saveAccount(store, { id: 'Hoa Lê', name: 'Hoa', role: 'operator', pin: '1234' }, ADMIN)).toMatchObject({
      ok: false,
      fields: [{ path: 'id', message: { vi: expect.stringMatching(/chữ thường/) } }],
    });
  });

  it('never demotes or removes the last admin, nor removes the signed-in account', async () => {
    const { store, target } = rig();
    expect(await saveAccount(store, { id: 'lan', name: 'Lan', role: 'operator' }, ADMIN)).toMatchObject({ ok: false, fields: [{ path: 'role' }] });
    const minh: StaffAccountView = { id: 'minh', name: 'Trần Văn Minh', role: 'operator' };
    expect(removeAccount(store, 'lan', minh, 'staff minh')).toMatchObject({ ok: false, fields: [{ message: { en: expect.stringMatching(/last admin/) } }] });
    expect(removeAccount(store, 'lan', lan, ADMIN)).toMatchObject({ ok: false, fields: [{ message: { en: expect.stringMatching(/signed in with/) } }] });
    expect(removeAccount(store, 'nobody', lan, ADMIN)).toMatchObject({ ok: false });
    expect(target.configuration.staff).toEqual(config.staff);
  });

  it('removes another account, audited', () => {
    const { store, target, audit } = rig();
    expect(removeAccount(store, 'minh', lan, ADMIN)).toEqual({ ok: true, accounts: [lan] });
    expect(target.configuration.staff.accounts.map((account) => account.id)).toEqual(['lan']);
    expect(audit).toEqual([{ at: expect.any(Number), actor: ADMIN, action: 'accountRemoved', detail: 'account minh "Trần Văn Minh" (operator) removed' }]);
  });
});

describe('importing the procedure catalogue', () => {
  it('writes a good file where the next start reads it, shows it at once and audits it', () => {
    const { store, target, audit } = rig();
    const renamed = SAMPLE_YAML.replace('vi: Hộ tịch\n', 'vi: Hộ tịch phường Một\n');
    const result = store.importCatalogue(renamed, ADMIN);
    const procedures = SAMPLE.fields.reduce((sum, field) => sum + field.procedures.length, 0);
    expect(result).toEqual({ ok: true, fields: SAMPLE.fields.length, procedures });
    expect(readFileSync(join(dir.path, 'catalogue.yaml'), 'utf8')).toBe(renamed);
    expect(target.catalogue.fields[0]?.name.vi).toBe('Hộ tịch phường Một');
    expect(audit).toMatchObject([{ action: 'catalogueImported', detail: expect.stringContaining(`${procedures} procedures`) }]);
  });

  it('writes to the configured catalogue file when there is one', () => {
    const path = join(dir.path, 'ward-catalogue.yaml');
    const { store } = rig({ ...config, catalogue: { path } });
    expect(store.importCatalogue(SAMPLE_YAML, ADMIN)).toMatchObject({ ok: true });
    expect(readFileSync(path, 'utf8')).toBe(SAMPLE_YAML);
  });

  it('refuses a file routed to an unknown group, naming the line and field, and keeps the catalogue in force', () => {
    const { store, target, audit } = rig();
    const broken = SAMPLE_YAML.replace('serviceGroup: residence', 'serviceGroup: residense');
    const line = SAMPLE_YAML.split('\n').findIndex((text) => text.includes('serviceGroup: residence')) + 1;
    const result = store.importCatalogue(broken, ADMIN);
    expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(new RegExp(`^line ${line}, fields\\.\\d+\\.procedures\\.\\d+\\.serviceGroup: unknown service group "residense"`))] });
    expect(target.catalogue).toBe(SAMPLE);
    expect(existsSync(join(dir.path, 'catalogue.yaml'))).toBe(false);
    expect(audit).toEqual([]);
  });

  it('refuses text that is not YAML, naming its line', () => {
    const { store } = rig();
    expect(store.importCatalogue('servicePoint: {vi: "x"\nfields: [', ADMIN)).toMatchObject({ ok: false, errors: expect.arrayContaining([expect.stringMatching(/^line 2: /)]) });
  });
});
