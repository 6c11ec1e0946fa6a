/** The configuration editor's pure helpers: edits at a path, problems sorted to fields and sections, new groups and devices. */
import { describe, expect, it } from 'vitest';
import type { EditableConfig } from '../../bridge/staff-config-protocol.js';
import { DEFAULT_CONFIG } from '../../domain/config/schema.js';
import { withoutSecrets } from '../../runtime/config/config-secrets.js';
import { DEVICE_KINDS, deviceOfKind, getIn, newServiceGroup, problemsByPath, sectionOf, setIn } from '../../renderer/staff/config/config-draft.js';

const config: EditableConfig = withoutSecrets(DEFAULT_CONFIG);

describe('editing the draft', () => {
  it('sets a value at a path, copying only what is on the way', () => {
    const next = setIn(config, ['serviceGroups', 1, 'name', 'vi'], 'Cư trú');
    expect(getIn(next, ['serviceGroups', 1, 'name', 'vi'])).toBe('Cư trú');
    expect(config.serviceGroups[1]?.name.vi).toBe('Cư trú, căn cước');
    expect(next.serviceGroups[0]).toBe(config.serviceGroups[0]);
    expect(next.devices).toBe(config.devices);
    expect(Array.isArray(next.serviceGroups)).toBe(true);
  });

  it('creates the objects a path needs (a calling policy for a group that had none)', () => {
    const next = setIn(config, ['queue', 'callingPolicies', 'land', 'normalPerPriority'], 4);
    expect(next.queue.callingPolicies).toEqual({ land: { normalPerPriority: 4 } });
  });
});

describe('problems from a refused save', () => {
  it('are found by the path of their field, two on one field joined', () => {
    const map = problemsByPath([
      { path: 'timeouts.idleMs', message: 'Ít nhất là 15000' },
      { path: 'serviceGroups.0.prefix', message: 'Một chữ cái in hoa (A–Z)' },
      { path: 'serviceGroups.0.prefix', message: 'Chữ đầu số "A" bị trùng' },
    ]);
    expect(map.get('timeouts.idleMs')).toBe('Ít nhất là 15000');
    expect(map.get('serviceGroups.0.prefix')).toBe('Một chữ cái in hoa (A–Z); Chữ đầu số "A" bị trùng');
  });

  it('are sorted to the section that shows their field, or none', () => {
    expect(sectionOf('servicePoint.name.vi')).toBe('servicePoint');
    expect(sectionOf('timeouts.idleMs')).toBe('languages');
    expect(sectionOf('serviceGroups.2.counters.0')).toBe('services');
    expect(sectionOf('devices.printer.address')).toBe('devices');
    expect(sectionOf('queue.callingPolicies.land')).toBe('priority');
    expect(sectionOf('host.publicUrl')).toBeNull();
    expect(sectionOf('')).toBeNull();
  });
});

describe('new things', () => {
  it('a new service group takes the first free letter and the next counter', () => {
    expect(newServiceGroup(config)).toEqual({ id: 'group-e', prefix: 'E', name: { vi: '', en: '' }, counters: [6] });
  });

  it('a device switched to a port or an address gets that field empty, for staff to fill', () => {
    expect(deviceOfKind('escpos')).toEqual({ kind: 'escpos', address: '' });
    expect(deviceOfKind('serial')).toEqual({ kind: 'serial', path: '' });
    expect(deviceOfKind('camera')).toEqual({ kind: 'camera' });
    // Every device the editor lists is one the configuration has.
    for (const device of Object.keys(DEVICE_KINDS)) expect(config.devices[device]).toBeDefined();
  });
});
