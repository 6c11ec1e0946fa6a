/**
 * The bridge contract: the only module the renderer and the runtime share.
 *
 * The renderer receives a serialisable `KioskView` and sends `KioskUiEvent`s. Two transports carry
 * it (Electron IPC through the preload, a WebSocket from the browser host); neither side knows
 * which one it is on. Everything that arrives from the other side is `unknown` until the schemas
 * here parse it.
 */
import { z } from 'zod';
import {
  COMMENT_MAX_LENGTH,
  type CriterionId,
  type ReasonId,
  SCORES,
  type Score,
  criteriaSchema,
  reasonsSchema,
} from './satisfaction-poll.js';
import type { BrandPalette } from './branding.js';
import type { StaffModeView, StaffReplyOf, StaffRequestOf, StaffRequestType } from './staff-protocol.js';

export const LOCALES = ['vi', 'en'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** What the citizen's menu offers. Staff mode is not on it: staff reach it by a hidden way (staff-protocol.ts). */
export const MENU_ITEMS = ['ticket', 'advice', 'rate'] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];

/** The priority groups a citizen may declare with one tap (the domain's PRIORITY_GROUP_IDS, which bridge/ may not import). */
export const PRIORITY_IDS = ['elderly', 'disability', 'pregnant', 'young-child', 'meritorious'] as const;
export type PriorityId = (typeof PRIORITY_IDS)[number];

/** Longest search a citizen can type: procedure names are shorter. */
export const MAX_SEARCH_LENGTH = 80;
/** Longest question a citizen can ask the advice: a sentence or two. */
export const MAX_QUESTION_LENGTH = 160;
/** Longest text the page asks the kiosk's own voice to read: one screen's spoken version. */
export const MAX_SPOKEN_LENGTH = 1500;
/** What a robot body can hand out. */
export const DISPENSE_ITEMS = ['water', 'sweets'] as const;
export type DispenseItemId = (typeof DISPENSE_ITEMS)[number];

const catalogueId = z.string().min(1).max(64);
/** A ticket number as printed: the group's letter and its digits (A023). */
const ticketNumber = z.string().regex(/^[A-Z][0-9]{1,5}$/);

/** Events a citizen's taps produce. All start with `ui.` so the idle timer can listen to them all. */
export const uiEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ui.touch') }),
  z.strictObject({ type: z.literal('ui.language'), locale: localeSchema }),
  /** The header's switches: bigger text and targets, or black/white/yellow, for the rest of the session. */
  z.strictObject({ type: z.literal('ui.largeText'), on: z.boolean() }),
  z.strictObject({ type: z.literal('ui.highContrast'), on: z.boolean() }),
  z.strictObject({ type: z.literal('ui.menu'), item: z.enum(MENU_ITEMS) }),
  z.strictObject({ type: z.literal('ui.back') }),
  z.strictObject({ type: z.literal('ui.cancel') }),
  z.strictObject({ type: z.literal('ui.stillHere') }),
  z.strictObject({ type: z.literal('ui.service'), serviceId: z.string().min(1).max(64) }),
  /** Browse one field (lĩnh vực) of the catalogue. */
  z.strictObject({ type: z.literal('ui.field'), fieldId: catalogueId }),
  /** The search box's whole text, sent on every key. */
  z.strictObject({ type: z.literal('ui.search'), query: z.string().max(MAX_SEARCH_LENGTH) }),
  z.strictObject({ type: z.literal('ui.procedure'), procedureId: catalogueId }),
  /** Declare a priority group, or withdraw the declaration (null). */
  z.strictObject({ type: z.literal('ui.priority'), group: z.enum(PRIORITY_IDS).nullable() }),
  z.strictObject({ type: z.literal('ui.skipId') }),
  /** The citizen agreed to have their card read. */
  z.strictObject({ type: z.literal('ui.readCard') }),
  /** After repeated failed reads: type the 12-digit number instead. */
  z.strictObject({ type: z.literal('ui.manualId') }),
  z.strictObject({ type: z.literal('ui.submitId'), idNumber: z.string().max(32) }),
  z.strictObject({ type: z.literal('ui.retry') }),
  z.strictObject({ type: z.literal('ui.confirm') }),
  z.strictObject({ type: z.literal('ui.finish') }),
  /** Rating: the ticket number typed so far on the keypad (looked up on `ui.confirm`). */
  z.strictObject({ type: z.literal('ui.rateNumber'), text: z.string().regex(/^[A-Z]?[0-9]{0,5}$/) }),
  /** Rating: the ticket offered on the welcome screen, tapped. */
  z.strictObject({ type: z.literal('ui.rateOffer'), number: ticketNumber }),
  /** Rating: the overall score, kept at once. */
  z.strictObject({ type: z.literal('ui.rateOverall'), score: z.union(SCORES.map((score) => z.literal(score))) }),
  /** Rating: the criteria answered so far, sent whole on every tap (kept on `ui.confirm`). */
  z.strictObject({ type: z.literal('ui.rateCriteria'), criteria: criteriaSchema }),
  z.strictObject({ type: z.literal('ui.rateReasons'), reasons: reasonsSchema }),
  /** Rating: the comment's whole text, sent on every key (Telex is applied by the keyboard). */
  z.strictObject({ type: z.literal('ui.rateComment'), text: z.string().max(COMMENT_MAX_LENGTH) }),
  /** Advice: the question typed so far, sent whole on every key (Telex applied by the keyboard); '' opens the question screen. */
  z.strictObject({ type: z.literal('ui.questionText'), text: z.string().max(MAX_QUESTION_LENGTH) }),
  /** Advice: a question to answer, typed and sent, or (later) spoken: the one way a question arrives. */
  z.strictObject({ type: z.literal('ui.ask'), question: z.string().trim().min(1).max(MAX_QUESTION_LENGTH) }),
  /** Advice: print the open procedure's documents checklist on the receipt printer. */
  z.strictObject({ type: z.literal('ui.printChecklist') }),
  /** Advice: take a ticket for the open procedure (straight into the ticket flow with it chosen). */
  z.strictObject({ type: z.literal('ui.takeTicket') }),
  /**
   * Audio-guided mode ("hear instructions"): every screen read aloud on entry, bigger targets, a menu
   * of three choices; for this session only. From the welcome screen it starts the session in `locale`.
   */
  z.strictObject({ type: z.literal('ui.audioGuide'), on: z.boolean(), locale: localeSchema.optional() }),
  /** Read this text aloud with the kiosk's own voice (the page has no voice for the language); a new one cuts the last. */
  z.strictObject({ type: z.literal('ui.readAloud'), text: z.string().trim().min(1).max(MAX_SPOKEN_LENGTH), locale: localeSchema }),
  /** Stop reading aloud. */
  z.strictObject({ type: z.literal('ui.stopReading') }),
  /** Robot body: the citizen's answer to "shall I show you the way to counter N?". */
  z.strictObject({ type: z.literal('ui.guide'), accept: z.boolean() }),
  /** Robot body: water or sweets, please. */
  z.strictObject({ type: z.literal('ui.dispense'), item: z.enum(DISPENSE_ITEMS) }),
  /** Robot body: stop moving now. */
  z.strictObject({ type: z.literal('ui.robotStop') }),
]);
export type KioskUiEvent = z.infer<typeof uiEventSchema>;

export type ScreenId =
  | 'attract'
  | 'greeting'
  | 'menu'
  | 'advice'
  | 'adviceProcedure'
  | 'adviceAsk'
  | 'adviceAnswer'
  | 'rate'
  | 'chooseService'
  | 'chooseProcedure'
  | 'searchProcedure'
  | 'idConsent'
  | 'identify'
  | 'idManual'
  | 'confirm'
  | 'issuing'
  | 'issueFailed'
  | 'issueRefused'
  | 'printing'
  | 'ticket'
  | 'printFailed'
  | 'rateOverall'
  | 'rateCriteria'
  | 'rateReasons'
  | 'rateComment'
  | 'rateThanks';

export interface ServiceOption {
  id: string;
  prefix: string;
  name: string;
  counters: number[];
  /** People waiting in this group now (live). */
  waiting: number;
  /** Minutes a ticket taken now can expect to wait (live); null when no counter is open. */
  estimatedWaitMinutes: number | null;
}

/** A field of the catalogue, as a tile. */
export interface FieldOption {
  id: string;
  name: string;
  procedureCount: number;
}

/** A procedure in a list (a field's, or search results), in the session's language. */
export interface ProcedureOption {
  id: string;
  name: string;
  fieldName: string;
  timeLimit: string;
  fee: string;
  /** The service group that handles it: the ticket's letter. */
  serviceId: string;
  servicePrefix: string;
}

/** The chosen procedure, on the confirm screen. */
export interface ProcedureDetail extends ProcedureOption {
  /** What to bring to the counter. */
  documents: string[];
}

export interface PriorityOption {
  id: PriorityId;
  /** Fits a button. */
  label: string;
}

export interface PriorityView {
  options: PriorityOption[];
  /** The group declared (or pre-selected from the card's age), or null. */
  selected: PriorityId | null;
}

/** What the citizen sees of the priority on the ticket: the mark and why. */
export interface TicketPriorityView {
  /** ƯU TIÊN / PRIORITY. */
  mark: string;
  group: string;
}

/** What the renderer may know of a card: never the full ID number. */
export interface IdentityView {
  /** `0331******08`. */
  maskedId: string;
  /** Null when the citizen typed their number instead of having the card read. */
  fullName: string | null;
  age: number | null;
  /** Old enough for the elderly priority queue (threshold from the config). */
  priorityByAge: boolean;
  /** The card is past its expiry date: the citizen may still queue, and is told so. */
  expired: boolean;
  source: 'qr' | 'mrz' | 'both' | 'manual';
}

/** Why the last read failed, in terms a citizen can act on. */
export type IdReadFailure = 'unreadable' | 'invalid' | 'deviceFailed';

export interface IdReadView {
  /** Failed reads in this session. */
  failures: number;
  lastFailure: IdReadFailure | null;
  /** Typing the number is offered after three failed reads. */
  manualAllowed: boolean;
  /** Why the typed number was refused. */
  manualError: 'format' | 'structure' | null;
}

export interface TicketView {
  number: string;
  serviceName: string;
  counters: number[];
  /** Local wall-clock time at the service point, already formatted (HH:mm). */
  issuedAtLocal: string;
  peopleAhead: number;
  /** Null while there is no basis for an estimate. */
  estimatedWaitMinutes: number | null;
  /** The ticket's status page: the QR on paper and on screen. */
  statusUrl: string;
  /** Set on a priority ticket. */
  priority: TicketPriorityView | null;
}

/** The ticket being rated, as the kiosk shows it: what was served and where, nothing about the citizen. */
export interface RatingTicketView {
  number: string;
  counter: number;
  service: string;
  procedure: string | null;
}

/** The kiosk's rating session: finding the ticket (scanned or typed), then the poll's answers. */
export interface KioskRatingView {
  /** The ticket number typed on the keypad so far. */
  typed: string;
  /** The reader is waiting for the ticket's QR code. */
  scanning: boolean;
  /** Looking the ticket up, or keeping an answer: the screen waits. */
  busy: boolean;
  /** Why the ticket can't be rated, in the session's language; `alreadyRated` is a thank-you. */
  refusal: { reason: string; message: string } | null;
  ticket: RatingTicketView | null;
  /** The overall score, once kept. */
  overall: Score | null;
  criteria: Partial<Record<CriterionId, Score>>;
  reasons: ReasonId[];
  comment: string;
}

/** What a question about a procedure asked: its documents, fee, time limit, where to go, or all of it. */
export type ProcedureAspect = 'documents' | 'fee' | 'duration' | 'where' | 'general';

/** The advice's answer, in the session's language. */
export type AdviceAnswerView =
  | { kind: 'faq'; question: string; answer: string }
  /** `procedure` is the one asked about; the renderer leads with the part asked. */
  | { kind: 'procedure'; procedure: ProcedureDetail; aspect: ProcedureAspect; service: ServiceOption | null }
  /** Nobody wrote an answer for it: the citizen is sent to the information counter. */
  | { kind: 'unknown' };

/** The documents checklist's print from the procedure page: failed says why through `printerProblem`. */
export type ChecklistPrint = 'idle' | 'printing' | 'printed' | 'failed';

/** "Ask about a procedure": the procedure page's offers, and the question asked with its answer. */
export interface AdviceView {
  /** The open procedure on the national public-service portal (its QR); null when the catalogue has none. */
  portalUrl: string | null;
  checklist: ChecklistPrint;
  /** The question typed so far. */
  question: string;
  /** The question is being matched. */
  answering: boolean;
  answer: AdviceAnswerView | null;
}

/** How the citizen asked the screens to look: their choice for this session only, the next one starts plain. */
export interface DisplayView {
  largeText: boolean;
  highContrast: boolean;
  /** Audio-guided mode: screens read aloud on entry, bigger targets, the three-choice menu. */
  audioGuide: boolean;
}

/** The kiosk's own voice (the runtime's speech device), which the page falls back to. */
export interface VoiceView {
  /** Languages it can speak: where the page has no voice of its own for the session's, it asks this one (`ui.readAloud`). */
  locales: Locale[];
  /** What it is saying now (the robot's speech bubble mirrors it), or null. */
  speaking: { text: string; locale: Locale } | null;
}

/**
 * What the robot body is doing: at its post (where citizens find it), guiding a citizen to a
 * counter, arrived there, on its way back, going to its charging dock or charging, handing out an
 * item, or stopped (an obstacle it waits out, a fault, the base gone silent).
 */
export type RobotActivity = 'atPost' | 'guiding' | 'arrived' | 'returning' | 'docking' | 'charging' | 'dispensing' | 'stopped';

/** Why the robot stopped or waits, in the terms the citizen is told. */
export type RobotProblem = 'obstacle' | 'fault' | 'offline' | 'lowBattery' | 'empty';

export interface RobotView {
  activity: RobotActivity;
  /** The counter it is guiding to (or stopped on the way to, or has arrived at); null otherwise. */
  counter: number | null;
  /** After a ticket: "Shall I show you the way to counter N?", answered with `ui.guide`; null when not offered. */
  guideOffer: { counter: number } | null;
  /** What it can hand out now (`ui.dispense`): empty while it moves, is out of stock or has no dispenser. */
  dispensable: DispenseItemId[];
  /** Where the presence sensor last saw someone: the face's eyes look there. */
  gaze: 'left' | 'centre' | 'right';
  /** Battery charge in percent, when the base reported it. */
  battery: number | null;
  problem: RobotProblem | null;
}

/** Why the printer can't print now, in the terms the citizen is told. */
export type PrinterProblem = 'paperOut' | 'coverOpen' | 'offline' | 'failed';

export interface KioskView {
  screen: ScreenId;
  locale: Locale;
  locales: readonly Locale[];
  display: DisplayView;
  servicePointName: string;
  /** The ward's colour scheme. */
  brand: BrandPalette;
  services: ServiceOption[];
  selectedService: ServiceOption | null;
  /** The catalogue's fields, in the session's language. */
  fields: FieldOption[];
  /** The field being browsed, with its procedures. */
  field: { id: string; name: string; procedures: ProcedureOption[] } | null;
  /** While searching: the text typed and the best matches (at most six). */
  search: { query: string; results: ProcedureOption[] } | null;
  selectedProcedure: ProcedureDetail | null;
  priority: PriorityView;
  /** Why no tickets are taken now, in the session's language; null while they are. */
  closedMessage: string | null;
  /** The queue refused the ticket: its words, in the session's language. */
  refusal: string | null;
  identity: IdentityView | null;
  idRead: IdReadView;
  ticket: TicketView | null;
  /** Seconds left on the "are you still there?" countdown, or null when it is not showing. */
  idleSecondsLeft: number | null;
  /** The identify step is reading through the kiosk's camera: the renderer sends it frames. */
  camera: boolean;
  /** The printer can't print now: the ticket will be shown on screen (and reprinted when it is back). */
  printerProblem: PrinterProblem | null;
  /** While rating a service; null otherwise. */
  rating: KioskRatingView | null;
  /** While in "Ask about a procedure"; null otherwise. */
  advice: AdviceView | null;
  /**
   * On the welcome screens: numbers of tickets issued here that a counter just finished and nobody
   * rated yet, newest first (at most three). The number only: nothing else about the citizen.
   */
  ratingOffers: string[];
  /** The kiosk's own voice: what it can speak and is saying. */
  voice: VoiceView;
  /** The robot body, where this kiosk has one; null on a stand. */
  robot: RobotView | null;
  /** Staff mode over the kiosk (its sign-in or its screens); null while it is closed. */
  staff: StaffModeView | null;
}

/** What the citizen's session shows: the view without what the runtime lays over it (staff mode, the voice, the robot body). */
export type SessionView = Omit<KioskView, 'staff' | 'voice' | 'robot'>;

/* ---------- Device status (for staff: the device screen, the CLI) ---------- */

export type DeviceKind = 'printer' | 'idReader' | 'presence' | 'keypad' | 'robotBase' | 'speech' | 'staffKey';

/**
 * ready: answering; connecting: opening or reconnecting (back-off); degraded: works with a warning
 * (paper near end); fault: connected but cannot do its job (paper out, cover open); offline: gone.
 */
export type DeviceState = 'ready' | 'connecting' | 'degraded' | 'fault' | 'offline';

export interface DeviceHealth {
  kind: DeviceKind;
  /** The adapter in use: "mock", "escpos", "serial"... */
  adapter: string;
  /** Where it is: a port path, tcp://host:port, usb:VID:PID; null for in-process mocks. */
  path: string | null;
  state: DeviceState;
  /** Machine-readable reason for a fault or degraded state: "paperOut", "coverOpen", "noReply"... */
  reason: string | null;
  lastError: string | null;
  /** Last time the device answered anything (ISO 8601), null if never. */
  lastSeen: string | null;
}

/** Something a member of staff must see to: raised by the runtime, cleared when it is fixed. */
export interface StaffAlert {
  /** Stable per cause, e.g. "device:printer" or "ticket:A012": raising it again updates it. */
  id: string;
  severity: 'warning' | 'error';
  /** In the service point's staff language (Vietnamese), one sentence. */
  message: string;
  since: string;
}

export interface DeviceStatusReport {
  devices: DeviceHealth[];
  alerts: StaffAlert[];
}

export interface KioskInfo {
  appVersion: string;
  kioskId: string;
  transport: 'ipc' | 'websocket';
}

export type SendResult = { ok: true } | { ok: false; error: string };

/** The contract both transports implement, as the renderer sees it. */
export interface KioskBridge {
  subscribe(listener: (view: KioskView) => void): () => void;
  send(event: KioskUiEvent): Promise<SendResult>;
  getInfo(): Promise<KioskInfo>;
  /** One JPEG camera frame of the card, while `view.camera`; never stored, dropped otherwise. */
  sendCardFrame(jpeg: Uint8Array): void;
  /** Every device's health and the open staff alerts. */
  getDeviceStatus(): Promise<DeviceStatusReport>;
  /** A staff-mode request (the hidden corner taps, the sign-in, the staff screens' calls). */
  staff<K extends StaffRequestType>(request: StaffRequestOf<K>): Promise<StaffReplyOf<K>>;
}

/** A camera frame bigger than this is refused: 1280×720 JPEGs are a tenth of it. */
export const MAX_CARD_FRAME_BYTES = 1024 * 1024;
/** JSON messages are small; only card frames (binary) and staff's imported files may be larger. */
export const MAX_JSON_MESSAGE_BYTES = 16 * 1024;
/** A staff request carrying an imported file (a configuration, a catalogue): room for a million characters, Vietnamese ones taking three bytes each. */
export const MAX_STAFF_MESSAGE_BYTES = 4 * 1024 * 1024;

/* ---------- WebSocket framing (browser host) ----------
 * Text messages are JSON (below); a binary message is one card frame (JPEG bytes). */

export const CALLS = ['getInfo', 'getDeviceStatus'] as const;

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('send'), id: z.number().int().nonnegative(), event: z.unknown() }),
  z.strictObject({ type: z.literal('call'), id: z.number().int().nonnegative(), method: z.enum(CALLS) }),
  /** A staff-mode request: parsed by the runtime against the staff protocol. */
  z.strictObject({ type: z.literal('staff'), id: z.number().int().nonnegative(), request: z.unknown() }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export type HostMessage =
  | { type: 'view'; view: KioskView }
  | { type: 'reply'; id: number; result: SendResult | KioskInfo | DeviceStatusReport | StaffReplyOf<StaffRequestType> }
  | { type: 'error'; message: string };

/** Describe why a value failed a schema, naming the field, for a log line or a reply. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
