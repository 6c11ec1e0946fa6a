/** The transport a printer address names. */
import type { PrinterAddress } from '../../../domain/config/printer-address.js';
import type { PrinterTransport } from './printer-transport.js';
import { SerialTransport } from './serial-transport.js';
import { TcpTransport } from './tcp-transport.js';
import { UsbFileTransport } from './usb-file-transport.js';

export function transportFor(address: PrinterAddress): PrinterTransport {
  switch (address.kind) {
    case 'tcp':
      return new TcpTransport({ host: address.host, port: address.port });
    case 'serial':
      return new SerialTransport({ path: address.path, baudRate: address.baudRate });
    case 'usb':
      return new UsbFileTransport({ path: address.path });
  }
}
