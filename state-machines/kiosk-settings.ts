import type { Catalogue } from '../domain/catalogue/catalogue-schema.js';
import type { KioskConfig } from '../domain/config/schema.js';
import type { KioskSettings } from './kiosk.machine.js';

/** The part of the configuration the session chart reads, with the ward's catalogue. */
export function settingsFromConfig(config: KioskConfig, catalogue: Catalogue): KioskSettings {
  return {
    servicePointName: config.servicePoint.name,
    timeZone: config.servicePoint.timeZone,
    locales: config.locales,
    defaultLocale: config.defaultLocale,
    greeting: config.greeting,
    serviceGroups: config.serviceGroups,
    catalogue,
    idleMs: config.timeouts.idleMs,
    warningSeconds: config.timeouts.warningSeconds,
    printMs: config.timeouts.printMs,
    ticketShownMs: config.timeouts.ticketShownMs,
    elderlyAge: config.priority.elderlyAge,
    cameraReader: config.devices.idReader.kind === 'camera',
    publicUrl: config.host.publicUrl,
    brand: config.branding.palette,
  };
}
