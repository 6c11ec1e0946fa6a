import { describe, expect, it } from 'vitest';
import { PrinterAddressError, formatPrinterAddress, parsePrinterAddress } from '../../../domain/config/printer-address.js';
import { transportFor } from '../../../devices/printer/transports/transport-for.js';

describe('printer address', () => {
  it.each([
    ['tcp://10.0.0.7:9100', { kind: 'tcp', host: '10.0.0.7', port: 9100 }],
    ['tcp://10.0.0.7', { kind: 'tcp', host: '10.0.0.7', port: 9100 }],
    ['tcp://printer.local:9101', { kind: 'tcp', host: 'printer.local', port: 9101 }],
    ['TCP://[fe80::1]:9100', { kind: 'tcp', host: 'fe80::1', port: 9100 }],
    ['serial:/dev/ttyUSB0?baud=19200', { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 19200 }],
    ['serial:/dev/ttyS0', { kind: 'serial', path: '/dev/ttyS0', baudRate: 9600 }],
    ['serial:COM3?baud=115200', { kind: 'serial', path: 'COM3', baudRate: 115200 }],
    ['usb:/dev/usb/lp0', { kind: 'usb', path: '/dev/usb/lp0' }],
  ])('reads %s', (text, address) => {
    expect(parsePrinterAddress(text)).toEqual(address);
  });

  it.each([
    ['10.0.0.7:9100', /no scheme/],
    ['http://10.0.0.7', /unknown scheme "http"/],
    ['tcp:10.0.0.7', /tcp:\/\/HOST\[:PORT\]/],
    ['tcp://', /not a valid host|no host/],
    ['tcp://10.0.0.7:0', /port must be 1-65535/],
    ['tcp://10.0.0.7:70000', /not a valid host and port/],
    ['tcp://10.0.0.7:9100/print', /nothing may follow the port/],
    ['tcp://admin:secret@10.0.0.7', /no user or password/],
    ['serial:ttyUSB0', /device path such as \/dev\/ttyUSB0/],
    ['serial:/dev/ttyUSB0?baud=12345', /baud must be one of/],
    ['serial:/dev/ttyUSB0?baud=fast', /baud must be one of/],
    ['serial:/dev/ttyUSB0?parity=even', /unknown serial setting "parity"/],
    ['usb:lp0', /device file path/],
  ])('refuses %s, saying why and what it expects', (text, problem) => {
    const parse = () => parsePrinterAddress(text);
    expect(parse).toThrow(PrinterAddressError);
    expect(parse).toThrow(problem);
    expect(parse).toThrow(/expected tcp:\/\/HOST\[:PORT\], serial:PATH\[\?baud=N\] or usb:PATH/);
  });

  it('writes an address back in full, which reads back the same', () => {
    for (const text of ['tcp://10.0.0.7', 'tcp://[::1]:9200', 'serial:/dev/ttyUSB0', 'usb:/dev/usb/lp1']) {
      const address = parsePrinterAddress(text);
      expect(parsePrinterAddress(formatPrinterAddress(address))).toEqual(address);
    }
    expect(formatPrinterAddress(parsePrinterAddress('tcp://10.0.0.7'))).toBe('tcp://10.0.0.7:9100');
    expect(formatPrinterAddress(parsePrinterAddress('serial:/dev/ttyUSB0'))).toBe('serial:/dev/ttyUSB0?baud=9600');
  });

  it('names the transport for each kind, at its full address (nothing opened until connect)', async () => {
    for (const text of ['tcp://10.0.0.7', 'serial:/dev/ttyUSB0?baud=19200', 'usb:/dev/usb/lp0']) {
      const transport = transportFor(parsePrinterAddress(text));
      expect(transport.kind).toBe(parsePrinterAddress(text).kind);
      expect(transport.address).toBe(formatPrinterAddress(parsePrinterAddress(text)));
      expect(transport.isOpen).toBe(false);
      await transport.close();
    }
  });
});
