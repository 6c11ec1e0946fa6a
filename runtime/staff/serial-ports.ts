/**
 * The serial ports this machine has, for the devices screen, each with what the configuration
 * puts on it. A device configured by USB ids is matched the way its adapter finds its port on
 * every reconnect (devices/serial/port-target.ts), so staff see the port it would use now.
 */
import { SerialPort } from 'serialport';
import { SERIAL_DEVICES, type SerialDevice } from '../../bridge/device-tool-constants.js';
import type { PortUser, SerialPortView } from '../../bridge/staff-device-protocol.js';
import { parsePrinterAddress } from '../../domain/config/printer-address.js';
import type { KioskConfig } from '../../domain/config/schema.js';
import { type SerialDeviceOptions, resolvePortPath } from '../../devices/serial/port-target.js';

type PortInfo = Awaited<ReturnType<typeof SerialPort.list>>[number];
export type PortInfoLister = () => Promise<PortInfo[]>;

export const listSystemPorts: PortInfoLister = () => SerialPort.list();

/** Put a device on the serial port at `path`: a device not on a serial port yet becomes one, at the schema's default baud rate. */
export function putOnPort(draft: KioskConfig, device: SerialDevice, path: string): void {
  const baudRate = serialSettings(draft, device)?.baudRate;
  const settings = { kind: device === 'idReader' ? 'serialScanner' : 'serial', path, ...(baudRate === undefined ? {} : { baudRate }) };
  // Checked whole by the configuration's schema when it is saved.
  (draft.devices as Record<SerialDevice, unknown>)[device] = settings;
}

/** A device's serial settings in the configuration, when it is on a serial port. */
export function serialSettings(config: KioskConfig, device: SerialDevice): SerialDeviceOptions | null {
  const settings = config.devices[device];
  return settings.kind === 'serial' || settings.kind === 'serialScanner' ? settings : null;
}

export async function listSerialPorts(config: KioskConfig, list: PortInfoLister = listSystemPorts): Promise<SerialPortView[]> {
  const ports = await list();
  const users = await portUsers(config, async () => ports);
  return ports.map((port) => ({
    path: port.path,
    manufacturer: port.manufacturer ?? null,
    vendorId: port.vendorId ?? null,
    productId: port.productId ?? null,
    serialNumber: port.serialNumber ?? null,
    usedBy: users.filter((user) => user.path === port.path).map(({ path: _path, ...user }) => user),
  }));
}

/** Every configured serial device with the port path it resolves to now (none when its USB ids match no port). */
async function portUsers(config: KioskConfig, ports: () => Promise<PortInfo[]>): Promise<Array<PortUser & { path: string }>> {
  const found = async (options: SerialDeviceOptions) => resolvePortPath(options, ports).catch(() => null);
  const own = await Promise.all(
    SERIAL_DEVICES.map(async (device) => {
      const settings = serialSettings(config, device);
      const path = settings === null ? null : await found(settings);
      return path === null ? [] : [{ device, counter: null, path }];
    }),
  );
  const printer = config.devices.printer;
  const printerAddress = printer.kind === 'escpos' ? parsePrinterAddress(printer.address) : null;
  const keypads = config.satisfaction.keypads.map(({ counter, path }) => ({ device: 'counterKeypad' as const, counter, path }));
  return [
    ...(printerAddress?.kind === 'serial' ? [{ device: 'printer' as const, counter: null, path: printerAddress.path }] : []),
    ...own.flat(),
    ...keypads,
  ];
}
