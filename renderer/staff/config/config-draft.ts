/**
 * The configuration editor's draft, as plain data: a value changed at a path, the refusal's field
 * problems sorted to the fields and sections that show them, and what each device may be.
 * No React here, so it is tested on its own.
 */
import type { DeviceSettingsView, EditableConfig } from '../../../bridge/staff-config-protocol.js';
import type { FieldProblem } from '../../../bridge/staff-protocol.js';

export type Path = ReadonlyArray<string | number>;

/** A copy of `value` with `next` at `path` (objects and arrays copied along the way, the rest shared). */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [head, ...rest] = path as [string | number, ...Array<string | number>];
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = setIn(copy[head as number], rest, next);
    return copy as T;
  }
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return { ...record, [head]: setIn(record[head], rest, next) } as T;
}

export function getIn(value: unknown, path: Path): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

export const pathKey = (path: Path): string => path.join('.');

/** The editor's sections, each the config's top-level keys it shows. */
export const SECTIONS = {
  servicePoint: ['servicePoint', 'greeting', 'kioskId'],
  languages: ['locales', 'defaultLocale', 'timeouts'],
  services: ['serviceGroups', 'counters'],
  devices: ['devices'],
  priority: ['priority', 'queue'],
  branding: ['branding'],
} as const;
export type SectionId = keyof typeof SECTIONS;

/** Problems by field path, for the field that shows each. */
export function problemsByPath(fields: readonly FieldProblem[] | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const field of fields ?? []) map.set(field.path, map.has(field.path) ? `${map.get(field.path)}; ${field.message}` : field.message);
  return map;
}

/** The section a field belongs to; null for one the editor does not show (it is listed under the save button). */
export function sectionOf(path: string): SectionId | null {
  const top = path.split('.')[0] ?? '';
  for (const [section, keys] of Object.entries(SECTIONS) as Array<[SectionId, readonly string[]]>) {
    if (keys.includes(top)) return section;
  }
  return null;
}

/** What each device may be, first the one a new kiosk has. */
export const DEVICE_KINDS: Record<string, readonly string[]> = {
  printer: ['mock', 'escpos'],
  idReader: ['mock', 'serialScanner', 'imageFolder', 'camera'],
  presence: ['mock', 'serial'],
  keypad: ['none', 'mock', 'serial'],
  robotBase: ['none', 'mock', 'serial'],
  staffKey: ['none', 'mock', 'serial'],
};

/** Settings of a device switched to another kind: its required fields empty, for staff to fill (the runtime says what is missing). */
export function deviceOfKind(kind: string): DeviceSettingsView {
  switch (kind) {
    case 'escpos':
      return { kind, address: '' };
    case 'serial':
    case 'serialScanner':
    case 'imageFolder':
      return { kind, path: '' };
    default:
      return { kind };
  }
}

/** Milliseconds shown as whole seconds, and back. */
export const secondsOf = (ms: number): number => Math.round(ms / 1000);

/** Counters served by some group, ascending: what a counter's number may be. */
export function servedCounters(config: EditableConfig): number[] {
  return [...new Set(config.serviceGroups.flatMap((group) => group.counters))].sort((a, b) => a - b);
}

/** A new service group: the first free capital letter, an id from it. */
export function newServiceGroup(config: EditableConfig): EditableConfig['serviceGroups'][number] {
  const used = new Set(config.serviceGroups.map((group) => group.prefix));
  const prefix = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].find((letter) => !used.has(letter)) ?? 'Z';
  const counter = Math.max(0, ...servedCounters(config)) + 1;
  return { id: `group-${prefix.toLowerCase()}`, prefix, name: { vi: '', en: '' }, counters: [counter] };
}
