/**
 * The kiosk's configuration file: what it is, with the defaults that make an empty file (or none)
 * a working kiosk on mock devices.
 */
import { z } from 'zod';
import { LOCALES, describeIssues, localeSchema } from '../../bridge/contract.js';

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
const mockIdReader = z.strictObject({
  kind: z.literal('mock'),
  /** Simulated time before the mock "reads" its sample card; 0 waits for a scripted card. */
  readDelayMs: z.number().int().nonnegative().default(2500),
});
/** A USB-serial scanner that decodes the card itself and sends the QR or MRZ text as lines. */
const serialScanner = z.strictObject({
  kind: z.literal('serialScanner'),
  path: z.string().min(1),
  baudRate: z.number().int().positive().default(9600),
});
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
const mockPresence = z.strictObject({ kind: z.literal('mock') });
const mockSpeech = z.strictObject({ kind: z.literal('mock') });

// Later issues add the real kinds to each union (printer: network/serial/usb, ...).
export const devicesSchema = z.strictObject({
  // `prefault` runs the default through the schema, so each field's own default stands once.
  printer: z.discriminatedUnion('kind', [mockPrinter]).prefault({ kind: 'mock' }),
  idReader: z.discriminatedUnion('kind', [mockIdReader, serialScanner, imageFolder, camera]).prefault({ kind: 'mock' }),
  presence: z.discriminatedUnion('kind', [mockPresence]).prefault({ kind: 'mock' }),
  speech: z.discriminatedUnion('kind', [mockSpeech]).prefault({ kind: 'mock' }),
});
export type DevicesConfig = z.infer<typeof devicesSchema>;

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
      })
      .prefault({}),
  })
  .superRefine((config, ctx) => {
    if (!config.locales.includes(config.defaultLocale)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLocale'], message: 'must be one of locales' });
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
