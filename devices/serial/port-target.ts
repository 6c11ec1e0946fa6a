/**
 * Which serial port a device is on: a fixed path, or a USB vendor/product id looked up in the
 * system's port list on every (re)connect, since a USB adapter may come back as another ttyUSBn.
 */

/** The plain options every serial device is built from (the config's shape). */
export interface SerialDeviceOptions {
  path?: string;
  /** USB vendor id, hex ("1a86"); with productId, used when no path is given. */
  vendorId?: string;
  productId?: string;
  baudRate: number;
}

/** The part of serialport's PortInfo the lookup needs. */
export interface ListedPort {
  path: string;
  vendorId?: string | undefined;
  productId?: string | undefined;
}

export type PortLister = () => Promise<ListedPort[]>;

export class PortNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PortNotFoundError';
  }
}

/** Throws a TypeError for options that name no port at all (a config mistake, not a fault). */
export function checkTarget(options: SerialDeviceOptions): void {
  if (options.path) return;
  if (options.vendorId && options.productId) return;
  throw new TypeError('a serial device needs a path, or both vendorId and productId');
}

/** How the device is named in its health: the path, or usb:VID:PID. */
export function describeTarget(options: SerialDeviceOptions): string {
  return options.path ?? `usb:${options.vendorId?.toLowerCase()}:${options.productId?.toLowerCase()}`;
}

/** Ids compare as numbers, so "1A86", "1a86" and "0x1a86" are the same id. */
function sameUsbId(listed: string | undefined, wanted: string): boolean {
  if (listed === undefined) return false;
  const a = Number.parseInt(listed, 16);
  return !Number.isNaN(a) && a === Number.parseInt(wanted, 16);
}

export async function resolvePortPath(options: SerialDeviceOptions, listPorts: PortLister): Promise<string> {
  if (options.path) return options.path;
  const { vendorId = '', productId = '' } = options;
  const found = (await listPorts()).find((port) => sameUsbId(port.vendorId, vendorId) && sameUsbId(port.productId, productId));
  if (!found) throw new PortNotFoundError(`no serial port with USB id ${describeTarget(options)}`);
  return found.path;
}
