/** Plain-text tables for the devices CLI: one row per port or device, columns padded to fit. */
import type { DeviceHealth } from '../../bridge/contract.js';

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export interface ListedSerialPort {
  path: string;
  manufacturer?: string | undefined;
  vendorId?: string | undefined;
  productId?: string | undefined;
  serialNumber?: string | undefined;
}

export function formatPortTable(ports: ListedSerialPort[]): string {
  if (ports.length === 0) return 'no serial ports found';
  return table(
    ['PATH', 'USB ID', 'MAKER', 'SERIAL'],
    ports.map((port) => [
      port.path,
      port.vendorId && port.productId ? `${port.vendorId}:${port.productId}` : '-',
      port.manufacturer ?? '-',
      port.serialNumber ?? '-',
    ]),
  );
}

export function formatHealthTable(devices: DeviceHealth[]): string {
  return table(
    ['DEVICE', 'ADAPTER', 'PATH', 'STATE', 'REASON', 'LAST SEEN', 'LAST ERROR'],
    devices.map((device) => [
      device.kind,
      device.adapter,
      device.path ?? '-',
      device.state,
      device.reason ?? '-',
      device.lastSeen ?? 'never',
      device.lastError ?? '-',
    ]),
  );
}
