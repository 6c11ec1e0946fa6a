/**
 * What arrives over the socket is `unknown` until it is checked here. The contract has no schema
 * for host messages (and the renderer does not bundle zod), so these are small structural guards.
 */
import type { DeviceStatusReport, HostMessage, KioskInfo, KioskView, SendResult } from '../../bridge/contract.js';
import type { StaffReply } from '../../bridge/staff-protocol.js';
import { isObject, parseHostJson } from './parse-host-json.js';

const ID_SOURCES: ReadonlySet<unknown> = new Set(['qr', 'mrz', 'both', 'manual']);
const ID_READ_FAILURES: ReadonlySet<unknown> = new Set([null, 'unreadable', 'invalid', 'deviceFailed']);
const MANUAL_ERRORS: ReadonlySet<unknown> = new Set([null, 'format', 'structure']);
const PRINTER_PROBLEMS: ReadonlySet<unknown> = new Set([null, 'paperOut', 'coverOpen', 'offline', 'failed']);

function isIdentityView(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.maskedId === 'string' &&
    (value.fullName === null || typeof value.fullName === 'string') &&
    (value.age === null || typeof value.age === 'number') &&
    typeof value.priorityByAge === 'boolean' &&
    typeof value.expired === 'boolean' &&
    ID_SOURCES.has(value.source)
  );
}

function isIdReadView(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.failures === 'number' &&
    ID_READ_FAILURES.has(value.lastFailure) &&
    typeof value.manualAllowed === 'boolean' &&
    MANUAL_ERRORS.has(value.manualError)
  );
}

function isKioskView(value: unknown): value is KioskView {
  return (
    isObject(value) &&
    typeof value.screen === 'string' &&
    typeof value.locale === 'string' &&
    Array.isArray(value.locales) &&
    typeof value.servicePointName === 'string' &&
    Array.isArray(value.services) &&
    (value.identity === null || isIdentityView(value.identity)) &&
    isIdReadView(value.idRead) &&
    (value.idleSecondsLeft === null || typeof value.idleSecondsLeft === 'number') &&
    Array.isArray(value.fields) &&
    isObject(value.priority) &&
    Array.isArray(value.priority.options) &&
    (value.closedMessage === null || typeof value.closedMessage === 'string') &&
    (value.refusal === null || typeof value.refusal === 'string') &&
    typeof value.camera === 'boolean' &&
    PRINTER_PROBLEMS.has(value.printerProblem)
  );
}

export function isSendResult(value: unknown): value is SendResult {
  return isObject(value) && typeof value.ok === 'boolean';
}

/** A staff reply: its result is trusted as typed (the host made it), its refusal checked for its words. */
export function isStaffReply(value: unknown): value is StaffReply {
  if (!isObject(value) || typeof value.ok !== 'boolean') return false;
  return value.ok ? 'result' in value : typeof value.reason === 'string' && isObject(value.message) && typeof value.message.vi === 'string';
}

export function isKioskInfo(value: unknown): value is KioskInfo {
  return isObject(value) && typeof value.appVersion === 'string' && typeof value.kioskId === 'string';
}

export function isDeviceStatusReport(value: unknown): value is DeviceStatusReport {
  return (
    isObject(value) &&
    Array.isArray(value.devices) &&
    value.devices.every((device) => isObject(device) && typeof device.kind === 'string' && typeof device.state === 'string') &&
    Array.isArray(value.alerts) &&
    value.alerts.every((alert) => isObject(alert) && typeof alert.id === 'string' && typeof alert.message === 'string')
  );
}

/** Decode one frame; `null` when it is not a message this renderer understands. */
export function parseHostMessage(data: unknown): HostMessage | null {
  const value = parseHostJson(data);
  if (value === null) return null;
  switch (value.type) {
    case 'view':
      return isKioskView(value.view) ? { type: 'view', view: value.view } : null;
    case 'reply':
      return typeof value.id === 'number' &&
        (isSendResult(value.result) || isKioskInfo(value.result) || isDeviceStatusReport(value.result) || isStaffReply(value.result))
        ? { type: 'reply', id: value.id, result: value.result }
        : null;
    case 'error':
      return typeof value.message === 'string' ? { type: 'error', message: value.message } : null;
    default:
      return null;
  }
}
