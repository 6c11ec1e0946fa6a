import type { DeviceHealth } from '../bridge/contract.js';
import type { KioskConfig } from '../domain/config/schema.js';
import type { TestPage } from '../devices/printer/print-job.js';

/** What the test page says about this kiosk and its printer, so a printed page identifies its setup. */
export function testPage(config: KioskConfig, printer: DeviceHealth, at: Date): TestPage {
  const settings = config.devices.printer;
  const mode = settings.kind === 'escpos' ? ` (${settings.model}, ${settings.paperWidthMm} mm, ${settings.text})` : '';
  return {
    servicePoint: config.servicePoint.name.vi,
    kioskId: config.kioskId,
    printer: `${printer.path ?? printer.adapter}${mode}`,
    printedAt: at.toLocaleString('vi-VN', { timeZone: config.servicePoint.timeZone }),
  };
}
