/**
 * Where a receipt printer is, as one string in the config:
 *   tcp://10.0.0.7[:9100]            network printer's raw port (9100 when left out)
 *   serial:/dev/ttyUSB0[?baud=19200] serial port (9600 baud when left out); COM3 on Windows
 *   usb:/dev/usb/lp0                 USB printer device file (Linux printer class driver)
 */
export type PrinterAddress =
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'serial'; path: string; baudRate: number }
  | { kind: 'usb'; path: string };

export const DEFAULT_TCP_PORT = 9100;
export const DEFAULT_BAUD_RATE = 9600;

const FORMS = 'tcp://HOST[:PORT], serial:PATH[?baud=N] or usb:PATH';
const BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400];

export class PrinterAddressError extends Error {
  constructor(address: string, problem: string) {
    super(`printer address ${JSON.stringify(address)}: ${problem} (expected ${FORMS})`);
    this.name = 'PrinterAddressError';
  }
}

export function parsePrinterAddress(address: string): PrinterAddress {
  const fail = (problem: string): never => {
    throw new PrinterAddressError(address, problem);
  };
  const scheme = /^([a-z]+):/i.exec(address)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'tcp':
      return parseTcp(address, fail);
    case 'serial':
      return parseSerial(address.slice('serial:'.length), fail);
    case 'usb': {
      const path = address.slice('usb:'.length);
      if (!path.startsWith('/')) fail('a USB printer is a device file path such as /dev/usb/lp0');
      return { kind: 'usb', path };
    }
    default:
      return fail(scheme === undefined ? 'no scheme' : `unknown scheme "${scheme}"`);
  }
}

function parseTcp(address: string, fail: (problem: string) => never): PrinterAddress {
  if (!address.toLowerCase().startsWith('tcp://')) fail('a network printer is written tcp://HOST[:PORT]');
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return fail('not a valid host and port');
  }
  if (url.hostname === '') fail('no host');
  if (url.username !== '' || url.password !== '') fail('no user or password belongs in a printer address');
  if ((url.pathname !== '' && url.pathname !== '/') || url.search !== '' || url.hash !== '') fail('nothing may follow the port');
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const port = url.port === '' ? DEFAULT_TCP_PORT : Number(url.port);
  if (port < 1) fail('the port must be 1-65535');
  return { kind: 'tcp', host, port };
}

function parseSerial(rest: string, fail: (problem: string) => never): PrinterAddress {
  const [path = '', query, ...more] = rest.split('?');
  if (more.length > 0) fail('one "?" at most');
  if (!path.startsWith('/') && !/^COM\d+$/i.test(path)) fail('a serial port is a device path such as /dev/ttyUSB0 (or COM3)');
  let baudRate = DEFAULT_BAUD_RATE;
  if (query !== undefined) {
    const parameters = new URLSearchParams(query);
    for (const name of parameters.keys()) if (name !== 'baud') fail(`unknown serial setting "${name}" (only baud)`);
    const baud = parameters.get('baud') ?? '';
    if (!/^\d+$/.test(baud) || !BAUD_RATES.includes(Number(baud))) fail(`baud must be one of ${BAUD_RATES.join(', ')}, not "${baud}"`);
    baudRate = Number(baud);
  }
  return { kind: 'serial', path, baudRate };
}

/** The address written back in its full form (default port and baud rate spelled out). */
export function formatPrinterAddress(address: PrinterAddress): string {
  switch (address.kind) {
    case 'tcp':
      return `tcp://${address.host.includes(':') ? `[${address.host}]` : address.host}:${address.port}`;
    case 'serial':
      return `serial:${address.path}?baud=${address.baudRate}`;
    case 'usb':
      return `usb:${address.path}`;
  }
}
