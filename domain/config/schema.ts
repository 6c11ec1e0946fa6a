/**
 * The kiosk's configuration file: what it is, with the defaults that make an empty file (or none)
 * a working kiosk on mock devices.
 */
import { z } from 'zod';
import { BRAND_PALETTES } from '../../bridge/branding.js';
import { DISPENSE_ITEMS, LOCALES, describeIssues, localeSchema } from '../../bridge/contract.js';
import { callingPolicySchema } from '../queue/calling-policy.js';
import { openingHoursSchema } from '../queue/service-day-rules.js';
import { serviceTimeSchema } from '../queue/service-time.js';
import { parsePrinterAddress } from './printer-address.js';

const localizedText = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof localizedText>;

export const serviceGroupSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes only'),
  /** Ticket numbers of this group start with this letter: A001, A002... */
  prefix: z.string().regex(/^[A-Z]$/, 'one capital letter'),
  name: localizedText,
  counters: z.array(z.number().int().positive()).min(1),
});
export type ServiceGroup = z.infer<typeof serviceGroupSchema>;

const mockPrinter = z.strictObject({
  kind: z.literal('mock'),
  /** Simulated time a print takes, so the "printing" screen is seen. */
  printDelayMs: z.number().int().nonnegative().default(600),
});
/** An EPSON or STAR ESC/POS receipt printer on a network socket, a serial port or a USB printer file. */
const escposPrinter = z.strictObject({
  kind: z.literal('escpos'),
  /** `tcp://10.0.0.7:9100`, `serial:/dev/ttyUSB0?baud=19200` or `usb:/dev/usb/lp0`. */
  address: z.string().superRefine((address, ctx) => {
    try {
      parsePrinterAddress(address);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  }),
  model: z.enum(['epson', 'star']).default('epson'),
  paperWidthMm: z.union([z.literal(58), z.literal(80)]).default(80),
  /**
   * How Vietnamese gets onto paper: `raster` draws the text as an image, which every printer can
   * print (the safe default); `wpc1258` and `tcvn3` use the printer's Vietnamese code page, faster
   * but only on printers that have one.
   */
  text: z.enum(['raster', 'wpc1258', 'tcvn3']).default('raster'),
  /** Status poll while idle, so an empty or unplugged printer is known before a citizen needs it. */
  heartbeatMs: z.number().int().min(1_000).max(60_000).default(5_000),
  statusTimeoutMs: z.number().int().min(200).max(10_000).default(1_500),
});
/** A serial peripheral, found by its port path or by its USB vendor and product id (stable across replugs). */
const usbId = z.string().regex(/^[0-9a-fA-F]{4}$/, 'four hex digits, e.g. 1a86');
const serialPortFields = {
  path: z.string().min(1).optional(),
  vendorId: usbId.optional(),
  productId: usbId.optional(),
  baudRate: z.number().int().positive().default(9600),
};
function serialDevice<Kind extends string>(kind: Kind) {
  return z
    .strictObject({ kind: z.literal(kind), ...serialPortFields })
    .refine((port) => port.path !== undefined || (port.vendorId !== undefined && port.productId !== undefined), {
      message: 'give the port path, or both vendorId and productId',
      path: ['path'],
    });
}
const mockIdReader = z.strictObject({
  kind: z.literal('mock'),
  /** Simulated time before the mock "reads" its sample card; 0 waits for a scripted card. */
  readDelayMs: z.number().int().nonnegative().default(2500),
});
/** A USB-serial scanner that decodes the card itself and sends the QR or MRZ text as lines. */
const serialScanner = serialDevice('serialScanner');
/** A flatbed or document scanner that saves each scan as an image file in a folder. */
const imageFolder = z.strictObject({
  kind: z.literal('imageFolder'),
  path: z.string().min(1),
  /** OCR workers started with the kiosk. */
  workers: z.number().int().min(1).max(4).default(1),
});
/** The kiosk's camera, through the renderer (getUserMedia): frames are read while the citizen holds up the card. */
const camera = z.strictObject({
  kind: z.literal('camera'),
  workers: z.number().int().min(1).max(4).default(1),
  /** Looking this long without finding a card counts as a failed read (the citizen gets tips). */
  giveUpMs: z.number().int().min(3_000).max(60_000).default(12_000),
});
const mockDevice = z.strictObject({ kind: z.literal('mock') });
/** A voice from `espeak-ng --voices`; never starting with "-", so it cannot pass for an option. */
const espeakVoice = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_+/-]*$/, 'an espeak-ng voice name, e.g. vi or vi-vn-x-south');
/** Speaks offline through espeak-ng (`apt-get install espeak-ng`) on the default sound output. */
const espeakSpeech = z.strictObject({
  kind: z.literal('espeak'),
  voiceVi: espeakVoice.default('vi'),
  voiceEn: espeakVoice.default('en'),
  /** espeak-ng's own range; 150 is unhurried for elderly listeners. */
  wordsPerMinute: z.number().int().min(80).max(450).default(150),
});
/** This kiosk has no such device (a stand without a robot body, a kiosk without a keypad). */
const noDevice = z.strictObject({ kind: z.literal('none') });

export const devicesSchema = z.strictObject({
  // `prefault` runs the default through the schema, so each field's own default stands once.
  printer: z.discriminatedUnion('kind', [mockPrinter, escposPrinter]).prefault({ kind: 'mock' }),
  idReader: z.discriminatedUnion('kind', [mockIdReader, serialScanner, imageFolder, camera]).prefault({ kind: 'mock' }),
  presence: z.discriminatedUnion('kind', [mockDevice, serialDevice('serial')]).prefault({ kind: 'mock' }),
  keypad: z.discriminatedUnion('kind', [noDevice, mockDevice, serialDevice('serial')]).prefault({ kind: 'none' }),
  /** A key switch on a serial input: turning it opens staff mode's PIN prompt (besides the hidden corner taps). */
  staffKey: z.discriminatedUnion('kind', [noDevice, mockDevice, serialDevice('serial')]).prefault({ kind: 'none' }),
  robotBase: z.discriminatedUnion('kind', [noDevice, mockDevice, serialDevice('serial')]).prefault({ kind: 'none' }),
  speech: z.discriminatedUnion('kind', [mockDevice, espeakSpeech]).prefault({ kind: 'mock' }),
});
export type DevicesConfig = z.infer<typeof devicesSchema>;
export type SerialDeviceConfig = z.infer<ReturnType<typeof serialDevice<'serial'>>>;

export const DEFAULT_SERVICE_GROUPS: ServiceGroup[] = [
  {
    id: 'civil-status',
    prefix: 'A',
    name: { vi: 'Hộ tịch, chứng thực', en: 'Civil status, certification' },
    counters: [1, 2],
  },
  {
    id: 'residence',
    prefix: 'B',
    name: { vi: 'Cư trú, căn cước', en: 'Residence, ID cards' },
    counters: [3],
  },
  {
    id: 'land',
    prefix: 'C',
    name: { vi: 'Đất đai, xây dựng', en: 'Land, construction' },
    counters: [4],
  },
  {
    id: 'social',
    prefix: 'D',
    name: { vi: 'Bảo hiểm, chính sách xã hội', en: 'Insurance, social policy' },
    counters: [5],
  },
];

/** Someone who may open staff mode at the kiosk. */
export const staffAccountSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,32}$/, 'lower-case letters, digits and dashes only (at most 32)'),
  /** Shown on the sign-in tiles and in the audit log. */
  name: z.string().trim().min(1).max(60),
  /** operator: the day and the devices; admin: also the configuration and the accounts. */
  role: z.enum(['operator', 'admin']),
  pinHash: z.string().startsWith('scrypt$'),
});

export const configSchema = z
  .strictObject({
    kioskId: z.string().min(1).max(64).default('kiosk-1'),
    servicePoint: z
      .strictObject({ name: localizedText, timeZone: z.string().min(1).default('Asia/Ho_Chi_Minh') })
      .prefault({ name: { vi: 'Bộ phận Một cửa phường', en: 'Ward one-stop service point' } }),
    locales: z.array(localeSchema).min(1).default([...LOCALES]),
    defaultLocale: localeSchema.default('vi'),
    greeting: localizedText.default({
      vi: 'Xin chào! Mời ông bà chọn ngôn ngữ.',
      en: 'Welcome! Please choose your language.',
    }),
    timeouts: z
      .strictObject({
        /** Citizen inactivity before the session ends, countdown included. */
        idleMs: z.number().int().min(15_000).max(600_000).default(45_000),
        /** Length of the visible "are you still there?" countdown. */
        warningSeconds: z.number().int().min(3).max(60).default(10),
        /** A print that takes longer than this is treated as failed (the ticket is kept). */
        printMs: z.number().int().min(1_000).max(120_000).default(15_000),
        /** How long a printed ticket stays on screen before the kiosk is ready for the next citizen. */
        ticketShownMs: z.number().int().min(3_000).max(120_000).default(20_000),
      })
      .prefault({}),
    serviceGroups: z.array(serviceGroupSchema).min(1).default(DEFAULT_SERVICE_GROUPS),
    priority: z
      .strictObject({
        /** Age (read from the ID card) from which a citizen is offered the elderly priority queue. */
        elderlyAge: z.number().int().min(50).max(100).default(60),
      })
      .prefault({}),
    devices: devicesSchema.prefault({}),
    host: z
      .strictObject({
        /** Loopback unless staff deliberately open it to counters and display boards. */
        address: z.string().min(1).default('127.0.0.1'),
        port: z.number().int().min(0).max(65_535).default(8787),
        /**
         * How a phone reaches this host: the ticket's QR links to `<publicUrl>/t/<day>/<number>`.
         * Staff set the address counters and phones see on the service point's network.
         */
        publicUrl: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8787'),
      })
      .prefault({}),
    queue: z
      .strictObject({
        /** How each group's pace is learnt from finished services (an exponentially weighted average). */
        serviceTime: serviceTimeSchema.prefault({}),
        /** Per service group id: `strict` priority (the default for a group not named) or `interleaved`. */
        callingPolicies: z.record(z.string(), callingPolicySchema).default({}),
        /** When tickets are taken; without it the kiosk takes tickets at any hour (a demo, a test rig). */
        openingHours: openingHoursSchema.optional(),
        /**
         * `automatic`: the day opens with its first ticket (audited as such); `manual`: no ticket
         * until staff open the day.
         */
        dayOpening: z.enum(['automatic', 'manual']).default('automatic'),
        /**
         * Where this kiosk's tickets are numbered: `local` (this machine hosts the service point's
         * queue) or `remote` (a second kiosk or the robot, numbering through the host at `url`).
         */
        server: z
          .discriminatedUnion('kind', [
            z.strictObject({ kind: z.literal('local') }),
            z.strictObject({
              kind: z.literal('remote'),
              url: z.url({ protocol: /^wss?$/ }),
              key: z.string().min(16, 'at least 16 characters'),
            }),
          ])
          .prefault({ kind: 'local' }),
        /** The key other kiosks present to number through this host; none accepted without it. */
        kioskKey: z.string().min(16, 'at least 16 characters').optional(),
      })
      .prefault({}),
    /** The counters' sign-in: each counter's PIN as an scrypt hash (`npm run counter-pin -- <counter>` makes one). */
    counters: z
      .array(z.strictObject({ number: z.number().int().positive(), pinHash: z.string().startsWith('scrypt$') }))
      .default([]),
    /** Citizens' satisfaction ratings (issue 7). */
    satisfaction: z
      .strictObject({
        /** A 5-button rating keypad at a counter: one press rates the ticket that counter just finished. */
        keypads: z
          .array(z.strictObject({ counter: z.number().int().positive(), path: z.string().min(1) }))
          .default([]),
        /** The PIN that opens the satisfaction dashboard, as an scrypt hash (same format as `counters[].pinHash`). */
        dashboardPinHash: z.string().startsWith('scrypt$').optional(),
      })
      .prefault({}),
    /** Staff mode at the kiosk: who may open it (a PIN each, as an scrypt hash) and what they may do. */
    staff: z
      .strictObject({
        accounts: z.array(staffAccountSchema).default([]),
      })
      .prefault({}),
    /** How the kiosk looks: one of the colour schemes checked for contrast (bridge/branding.ts). */
    branding: z.strictObject({ palette: z.enum(BRAND_PALETTES).default('navy') }).prefault({}),
    /** The robot body (where `devices.robotBase` is not "none"): its battery, its dispenser, its guiding. */
    robot: z
      .strictObject({
        /** Below this charge it goes to its dock, once no citizen is at the kiosk. */
        dockBelowPercent: z.number().int().min(5).max(50).default(20),
        /** It charges until this, then goes back to its post. */
        resumeAbovePercent: z.number().int().min(30).max(100).default(80),
        /** What its dispenser holds (none: it offers nothing). */
        dispenser: z.array(z.enum(DISPENSE_ITEMS)).max(DISPENSE_ITEMS.length).default([...DISPENSE_ITEMS]),
        /** After a ticket, offer to show the way to the counter. */
        guideOffer: z.boolean().default(true),
        /** How long it stays at the counter it guided to before going back. */
        arrivedMs: z.number().int().min(500).max(60_000).default(5_000),
        /** After a citizen stopped it, how long before it goes back to its post. */
        resumeAfterStopMs: z.number().int().min(500).max(600_000).default(15_000),
        /** After a fault or losing the base, how often it tries to get back to its post. */
        retryMs: z.number().int().min(500).max(3_600_000).default(60_000),
        /** How often the battery is read (the base also reports changes itself). */
        batteryPollMs: z.number().int().min(1_000).max(3_600_000).default(60_000),
      })
      .refine((robot) => robot.resumeAbovePercent > robot.dockBelowPercent, {
        path: ['resumeAbovePercent'],
        message: 'must be above dockBelowPercent',
      })
      .prefault({}),
    /** Housekeeping of the kiosk app itself. */
    maintenance: z
      .strictObject({
        /** Restart the app every day at this quiet hour (HH:MM, service point time); no daily restart when not set. */
        dailyRestartAt: z
          .string()
          .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'a time of day as HH:MM, e.g. 03:30')
          .optional(),
      })
      .prefault({}),
    catalogue: z
      .strictObject({
        /** The ward's procedure catalogue (YAML); the bundled sample ward when not given. */
        path: z.string().min(1).optional(),
      })
      .prefault({}),
  })
  .superRefine((config, ctx) => {
    if (!config.locales.includes(config.defaultLocale)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLocale'], message: 'must be one of locales' });
    }
    const printer = config.devices.printer;
    if (printer.kind === 'escpos' && printer.model === 'star' && printer.text !== 'raster') {
      // STAR line mode has no Vietnamese code page: only pictures of the text print right.
      ctx.addIssue({ code: 'custom', path: ['devices', 'printer', 'text'], message: 'a STAR printer prints Vietnamese only as "raster"' });
    }
    if (config.timeouts.warningSeconds * 1000 >= config.timeouts.idleMs) {
      ctx.addIssue({ code: 'custom', path: ['timeouts', 'warningSeconds'], message: 'must be shorter than idleMs' });
    }
    if (config.timeouts.printMs >= config.timeouts.idleMs - config.timeouts.warningSeconds * 1000) {
      ctx.addIssue({ code: 'custom', path: ['timeouts', 'printMs'], message: 'must end before the idle countdown starts' });
    }
    const seen = new Set<string>();
    config.serviceGroups.forEach((group, index) => {
      for (const [key, value] of [['id', group.id], ['prefix', group.prefix]] as const) {
        const mark = `${key}:${value}`;
        if (seen.has(mark)) {
          ctx.addIssue({ code: 'custom', path: ['serviceGroups', index, key], message: `duplicate ${key} "${value}"` });
        }
        seen.add(mark);
      }
    });
    const groupIds = config.serviceGroups.map((group) => group.id);
    for (const groupId of Object.keys(config.queue.callingPolicies)) {
      if (!groupIds.includes(groupId)) {
        ctx.addIssue({ code: 'custom', path: ['queue', 'callingPolicies', groupId], message: `unknown service group "${groupId}"` });
      }
    }
    const served = new Set(config.serviceGroups.flatMap((group) => group.counters));
    const signedIn = new Set<number>();
    config.counters.forEach((counter, index) => {
      if (signedIn.has(counter.number)) {
        ctx.addIssue({ code: 'custom', path: ['counters', index, 'number'], message: `counter ${counter.number} is listed twice` });
      }
      signedIn.add(counter.number);
      if (!served.has(counter.number)) {
        ctx.addIssue({ code: 'custom', path: ['counters', index, 'number'], message: `no service group is served at counter ${counter.number}` });
      }
    });
    const accountIds = new Set<string>();
    config.staff.accounts.forEach((account, index) => {
      if (accountIds.has(account.id)) {
        ctx.addIssue({ code: 'custom', path: ['staff', 'accounts', index, 'id'], message: `account "${account.id}" is listed twice` });
      }
      accountIds.add(account.id);
    });
    const keypadCounters = new Set<number>();
    config.satisfaction.keypads.forEach((keypad, index) => {
      if (keypadCounters.has(keypad.counter)) {
        ctx.addIssue({ code: 'custom', path: ['satisfaction', 'keypads', index, 'counter'], message: `counter ${keypad.counter} has two keypads` });
      }
      keypadCounters.add(keypad.counter);
      if (!served.has(keypad.counter)) {
        ctx.addIssue({ code: 'custom', path: ['satisfaction', 'keypads', index, 'counter'], message: `no service group is served at counter ${keypad.counter}` });
      }
    });
  });

export type KioskConfig = z.infer<typeof configSchema>;

export type ConfigResult = { ok: true; config: KioskConfig } | { ok: false; error: string };

/** Parse an already-decoded config value; the error names every offending field. */
export function parseConfig(value: unknown): ConfigResult {
  const result = configSchema.safeParse(value);
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, error: describeIssues(result.error) };
}

export const DEFAULT_CONFIG: KioskConfig = configSchema.parse({});
