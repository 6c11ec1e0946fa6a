/**
 * The citizen's session at the kiosk, as a chart that reads like the walk a citizen takes:
 * attract → greeting → menu → ticket (service → identify → confirm → issue → print → show) → attract.
 * The service is chosen from the catalogue (a field's procedures, or a search) or directly by its
 * group; the procedure decides the group. The queue may refuse the ticket (the day is closed):
 * the citizen is told why, in the queue's words, and nothing is retried.
 *
 * Pure: no I/O and no timers of its own. Devices and the store arrive as the named actors below,
 * supplied by the runtime with `kioskMachine.provide({ actors })`; timeouts are named delays read
 * from the settings in context, so tests drive them with a simulated clock.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { IdReadFailure, KioskUiEvent, Locale, MenuItem, PrinterProblem } from '../bridge/contract.js';
import type { Catalogue } from '../domain/catalogue/catalogue-schema.js';
import type { ServiceGroup } from '../domain/config/schema.js';
import type { CardReading } from '../domain/identity/card-reading.js';
import { type PriorityGroupId, qualifiesAsElderly } from '../domain/queue/priority.js';
import type { DayState, GroupSummary, LinkedTicket } from '../bridge/queue-protocol.js';
import { findProcedure } from './catalogue-lookup.js';
import { TicketRefusedError } from './ticket-refused.js';

export interface KioskSettings {
  servicePointName: Record<Locale, string>;
  timeZone: string;
  locales: readonly Locale[];
  defaultLocale: Locale;
  greeting: Record<Locale, string>;
  serviceGroups: ServiceGroup[];
  /** The ward's fields and procedures: what the citizen browses and searches. */
  catalogue: Catalogue;
  idleMs: number;
  warningSeconds: number;
  printMs: number;
  ticketShownMs: number;
  /** Age from which a card qualifies for the elderly priority queue. */
  elderlyAge: number;
  /** The card is read from camera frames the renderer sends (the view asks for them). */
  cameraReader: boolean;
  /** Where phones reach the host: ticket QR codes link under it. */
  publicUrl: string;
}

export type FailureReason = 'issue' | 'print' | 'printTimeout';


/** Typing the number is offered after this many failed reads. */
export const READS_BEFORE_MANUAL_ENTRY = 3;

export interface KioskContext {
  settings: KioskSettings;
  locale: Locale;
  serviceId: string | null;
  /** The field being browsed, and the one the procedure was chosen from. */
  fieldId: string | null;
  /** The search box's text while searching (and when the procedure was found by search); null otherwise. */
  searchQuery: string | null;
  /** The catalogue procedure chosen; null when the citizen chose a service group directly. */
  procedureId: string | null;
  /** The priority group declared on the confirm screen (elderly pre-selected from the card's age). */
  priority: PriorityGroupId | null;
  /** Personal data: session-only, wiped on every way out of the session. */
  card: CardReading | null;
  idFailures: number;
  lastIdFailure: IdReadFailure | null;
  manualError: 'format' | 'structure' | null;
  ticket: LinkedTicket | null;
  failure: FailureReason | null;
  /** The queue's reason for refusing the ticket, in every language. */
  refusal: Record<Locale, string> | null;
  /** Prints attempted for this session's ticket: every one after the first is marked REPRINT. */
  printAttempts: number;
  /** What the printer last reported; kept across sessions (it is the kiosk's, not the citizen's). */
  printerProblem: PrinterProblem | null;
  /** Waiting counts and estimates per group, and the day, as the queue last reported: the service point's, not the citizen's. */
  queue: { groups: readonly GroupSummary[]; day: DayState | null };
  idleSecondsLeft: number;
}

export type KioskEvent =
  | KioskUiEvent
  | { type: 'presence.detected' }
  /** The printer's health changed: null when it can print again. */
  | { type: 'printer.status'; problem: PrinterProblem | null }
  /** The queue changed: waiting counts and estimates per service group, and whether the day is open. */
  | { type: 'queue.updated'; groups: readonly GroupSummary[]; day: DayState }
  | { type: 'settings.updated'; settings: KioskSettings };

/** Said one after the other: the greeting in every language the kiosk offers, its default first. */
export interface SpeakInput {
  utterances: Array<{ text: string; locale: Locale }>;
}
export interface TypedIdInput {
  idNumber: string;
}
export interface IssueTicketInput {
  serviceId: string;
  /** The catalogue procedure chosen, or null when the citizen chose a service group directly. */
  procedureId: string | null;
  /** The priority group declared (or read from the card's age), or null. */
  priority: PriorityGroupId | null;
}
export interface PrintTicketInput {
  ticket: LinkedTicket;
  locale: Locale;
  reprint: boolean;
}

/** Placeholder for an actor the runtime must supply; fails loudly if it was forgotten. */
function provided<Output, Input>(name: string) {
  return fromPromise<Output, Input>(async () => {
    throw new Error(`actor "${name}" was not provided by the runtime`);
  });
}

/** The reason a reader gave (its error `code`), or a device failure when it gave none we know. */
function failureOf(error: unknown): IdReadFailure {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'unreadable' || code === 'invalid' ? code : 'deviceFailed';
}

function manualErrorOf(error: unknown): 'format' | 'structure' {
  return (error as { code?: unknown } | null)?.code === 'format' ? 'format' : 'structure';
}

/** The card read (or typed) qualifies for the elderly priority: pre-select it, unless another was declared. */
function priorityWithCard(context: KioskContext, card: CardReading): PriorityGroupId | null {
  return context.priority ?? (qualifiesAsElderly(card.age, context.settings.elderlyAge) ? 'elderly' : null);
}

function freshSession(settings: KioskSettings): Omit<KioskContext, 'settings' | 'printerProblem' | 'queue'> {
  return {
    locale: settings.defaultLocale,
    serviceId: null,
    fieldId: null,
    searchQuery: null,
    procedureId: null,
    priority: null,
    card: null,
    idFailures: 0,
    lastIdFailure: null,
    manualError: null,
    ticket: null,
    failure: null,
    refusal: null,
    printAttempts: 0,
    idleSecondsLeft: settings.warningSeconds,
  };
}

const TICKET = '#kiosk.session.flow.ticket';
/**
 * Back from identify or confirm: to the list the service was chosen from, to choose again. The
 * card and the priority (declared on the confirm screen) are withdrawn with the choice.
 */
const UNCHOOSE = ['forgetCard', 'withdrawPriority', 'forgetChoice'] as const;
const BACK_TO_CHOICE = [
  { guard: 'choseBySearch', actions: UNCHOOSE, target: `${TICKET}.searchProcedure` },
  { guard: 'choseInField', actions: UNCHOOSE, target: `${TICKET}.chooseProcedure` },
  { actions: UNCHOOSE, target: `${TICKET}.chooseService` },
] as const;

export const kioskMachine = setup({
  types: {
    context: {} as KioskContext,
    events: {} as KioskEvent,
    input: {} as { settings: KioskSettings },
  },
  actors: {
    speak: provided<void, SpeakInput>('speak'),
    readIdCard: provided<CardReading, void>('readIdCard'),
    checkTypedId: provided<CardReading, TypedIdInput>('checkTypedId'),
    issueTicket: provided<LinkedTicket, IssueTicketInput>('issueTicket'),
    printTicket: provided<void, PrintTicketInput>('printTicket'),
  },
  delays: {
    /** Quiet time before the countdown shows: the whole idle budget minus the countdown. */
    idleBeforeWarning: ({ context }) => context.settings.idleMs - context.settings.warningSeconds * 1000,
    countdownTick: 1000,
    printTimeout: ({ context }) => context.settings.printMs,
    ticketShown: ({ context }) => context.settings.ticketShownMs,
  },
  guards: {
    menuItemIs: ({ event }, params: { item: MenuItem }) => event.type === 'ui.menu' && event.item === params.item,
    isKnownService: ({ context, event }) =>
      event.type === 'ui.service' && context.settings.serviceGroups.some((group) => group.id === event.serviceId),
    isKnownField: ({ context, event }) =>
      event.type === 'ui.field' && context.settings.catalogue.fields.some((field) => field.id === event.fieldId),
    /** A procedure of the catalogue whose service group the kiosk still has. */
    isKnownProcedure: ({ context, event }) => {
      if (event.type !== 'ui.procedure') return false;
      const found = findProcedure(context.settings.catalogue, event.procedureId);
      return found !== null && context.settings.serviceGroups.some((group) => group.id === found.procedure.serviceGroup);
    },
    choseBySearch: ({ context }) => context.procedureId !== null && context.searchQuery !== null,
    choseInField: ({ context }) => context.procedureId !== null && context.fieldId !== null,
    isRefusal: ({ event }) => 'error' in event && event.error instanceof TicketRefusedError,
    isOfferedLocale: ({ context, event }) =>
      event.type === 'ui.language' && context.settings.locales.includes(event.locale),
    countdownOver: ({ context }) => context.idleSecondsLeft <= 1,
    manualEntryAllowed: ({ context }) => context.idFailures >= READS_BEFORE_MANUAL_ENTRY,
    printerBack: ({ event }) => event.type === 'printer.status' && event.problem === null,
  },
  actions: {
    wipeSession: assign(({ context }) => freshSession(context.settings)),
    setLocale: assign({ locale: ({ context, event }) => (event.type === 'ui.language' ? event.locale : context.locale) }),
    setService: assign({ serviceId: ({ event }) => (event.type === 'ui.service' ? event.serviceId : null), procedureId: null }),
    /** The procedure decides the service group. */
    setProcedure: assign(({ context, event }) => {
      const found = event.type === 'ui.procedure' ? findProcedure(context.settings.catalogue, event.procedureId) : null;
      return { procedureId: found?.procedure.id ?? null, serviceId: found?.procedure.serviceGroup ?? null };
    }),
    openField: assign({ fieldId: ({ event }) => (event.type === 'ui.field' ? event.fieldId : null) }),
    setSearch: assign({ searchQuery: ({ event }) => (event.type === 'ui.search' ? event.query : null) }),
    forgetChoice: assign({ procedureId: null, serviceId: null }),
    /** Back at the start of the choice: nothing chosen, nothing browsed. */
    resetChoice: assign({ fieldId: null, searchQuery: null, procedureId: null, serviceId: null }),
    setPriority: assign({ priority: ({ event }) => (event.type === 'ui.priority' ? event.group : null) }),
    forgetCard: assign({ card: null }),
    withdrawPriority: assign({ priority: null }),
    startCountdown: assign({ idleSecondsLeft: ({ context }) => context.settings.warningSeconds }),
    tickCountdown: assign({ idleSecondsLeft: ({ context }) => context.idleSecondsLeft - 1 }),
    clearFailure: assign({ failure: null }),
    setPrinterProblem: assign({
      printerProblem: ({ context, event }) => (event.type === 'printer.status' ? event.problem : context.printerProblem),
    }),
    applySettings: assign({
      settings: ({ context, event }) => (event.type === 'settings.updated' ? event.settings : context.settings),
    }),
  },
}).createMachine({
  id: 'kiosk',
  context: ({ input }) => ({ settings: input.settings, printerProblem: null, queue: { groups: [], day: null }, ...freshSession(input.settings) }),
  initial: 'attract',
  on: {
    // Staff changed the configuration: the next session uses it; the current one keeps its flow.
    'settings.updated': { actions: 'applySettings' },
    'printer.status': { actions: 'setPrinterProblem' },
    'queue.updated': {
      actions: assign({ queue: ({ context, event }) => (event.type === 'queue.updated' ? { groups: event.groups, day: event.day } : context.queue) }),
    },
  },
  states: {
    attract: {
      entry: 'wipeSession',
      on: {
        'ui.touch': 'session',
        'presence.detected': 'session',
      },
    },
    session: {
      type: 'parallel',
      exit: 'wipeSession',
      states: {
        flow: {
          initial: 'greeting',
          on: {
            // Here, not on the session: the idle region's reset must not pre-empt it.
            'ui.cancel': '#kiosk.attract',
          },
          states: {
            greeting: {
              invoke: {
                id: 'speak',
                src: 'speak',
                input: ({ context }) => ({
                  utterances: [context.locale, ...context.settings.locales.filter((locale) => locale !== context.locale)].map(
                    (locale) => ({ text: context.settings.greeting[locale], locale }),
                  ),
                }),
                // A silent speaker must not stop the kiosk: the screen says the same thing.
                onError: {},
              },
              on: {
                'ui.language': { guard: 'isOfferedLocale', actions: 'setLocale', target: 'menu' },
              },
            },
            menu: {
              on: {
                'ui.menu': [
                  { guard: { type: 'menuItemIs', params: { item: 'ticket' } }, target: 'ticket' },
                  { guard: { type: 'menuItemIs', params: { item: 'advice' } }, target: 'advice' },
                  { guard: { type: 'menuItemIs', params: { item: 'rate' } }, target: 'rate' },
                  { guard: { type: 'menuItemIs', params: { item: 'staff' } }, target: 'staff' },
                ],
                'ui.back': 'greeting',
              },
            },
            // Advice, rating and staff mode arrive with their own issues; until then they say so.
            advice: { on: { 'ui.back': 'menu' } },
            rate: { on: { 'ui.back': 'menu' } },
            staff: { on: { 'ui.back': 'menu' } },
            ticket: {
              initial: 'chooseService',
              states: {
                // Fields of the catalogue, a search box, and the service groups for who knows theirs.
                chooseService: {
                  entry: 'resetChoice',
                  on: {
                    'ui.field': { guard: 'isKnownField', actions: 'openField', target: 'chooseProcedure' },
                    'ui.search': { actions: 'setSearch', target: 'searchProcedure' },
                    'ui.service': { guard: 'isKnownService', actions: 'setService', target: 'identify' },
                    'ui.back': '#kiosk.session.flow.menu',
                  },
                },
                chooseProcedure: {
                  on: {
                    'ui.procedure': { guard: 'isKnownProcedure', actions: 'setProcedure', target: 'identify' },
                    'ui.back': 'chooseService',
                  },
                },
                searchProcedure: {
                  on: {
                    'ui.search': { actions: 'setSearch' },
                    'ui.procedure': { guard: 'isKnownProcedure', actions: 'setProcedure', target: 'identify' },
                    'ui.back': 'chooseService',
                  },
                },
                identify: {
                  initial: 'consent',
                  on: {
                    'ui.skipId': { actions: 'forgetCard', target: 'confirm' },
                    'ui.back': BACK_TO_CHOICE,
                  },
                  states: {
                    // Nothing is read before the citizen has been told why and agreed.
                    consent: { on: { 'ui.readCard': 'reading' } },
                    reading: {
                      entry: assign({ lastIdFailure: null }),
                      invoke: {
                        id: 'readIdCard',
                        src: 'readIdCard',
                        onDone: {
                          actions: assign({ card: ({ event }) => event.output, priority: ({ context, event }) => priorityWithCard(context, event.output) }),
                          target: '#kiosk.session.flow.ticket.confirm',
                        },
                        onError: {
                          actions: assign({
                            lastIdFailure: ({ event }) => failureOf(event.error),
                            idFailures: ({ context }) => context.idFailures + 1,
                          }),
                          target: 'failed',
                        },
                      },
                    },
                    failed: {
                      on: {
                        'ui.retry': 'reading',
                        'ui.manualId': { guard: 'manualEntryAllowed', actions: assign({ manualError: null }), target: 'typing' },
                      },
                    },
                    typing: {
                      on: { 'ui.submitId': 'checkingTyped' },
                    },
                    checkingTyped: {
                      invoke: {
                        id: 'checkTypedId',
                        src: 'checkTypedId',
                        input: ({ event }) => ({ idNumber: event.type === 'ui.submitId' ? event.idNumber : '' }),
                        onDone: {
                          actions: assign({
                            card: ({ event }) => event.output,
                            priority: ({ context, event }) => priorityWithCard(context, event.output),
                            manualError: null,
                          }),
                          target: '#kiosk.session.flow.ticket.confirm',
                        },
                        onError: {
                          actions: assign({ manualError: ({ event }) => manualErrorOf(event.error) }),
                          target: 'typing',
                        },
                      },
                    },
                  },
                },
                confirm: {
                  on: {
                    'ui.priority': { actions: 'setPriority' },
                    'ui.confirm': 'issuing',
                    'ui.back': BACK_TO_CHOICE,
                  },
                },
                issuing: {
                  entry: 'clearFailure',
                  invoke: {
                    id: 'issueTicket',
                    src: 'issueTicket',
                    input: ({ context }) => ({ serviceId: context.serviceId ?? '', procedureId: context.procedureId, priority: context.priority }),
                    onDone: { actions: assign({ ticket: ({ event }) => event.output }), target: 'printing' },
                    onError: [
                      {
                        guard: 'isRefusal',
                        actions: assign({ refusal: ({ event }) => (event.error as TicketRefusedError).citizenMessage }),
                        target: 'issueRefused',
                      },
                      { actions: assign({ failure: 'issue' }), target: 'issueFailed' },
                    ],
                  },
                },
                issueFailed: { on: { 'ui.retry': 'issuing' } },
                // Nothing was issued and trying again would be refused again: the citizen is told why.
                issueRefused: {
                  exit: assign({ refusal: null }),
                  on: { 'ui.back': '#kiosk.session.flow.menu', 'ui.finish': '#kiosk.attract' },
                },
                printing: {
                  entry: ['clearFailure', assign({ printAttempts: ({ context }) => context.printAttempts + 1 })],
                  invoke: {
                    id: 'printTicket',
                    src: 'printTicket',
                    input: ({ context }) => {
                      if (context.ticket === null) throw new Error('printing without a ticket');
                      return { ticket: context.ticket, locale: context.locale, reprint: context.printAttempts > 1 };
                    },
                    onDone: 'done',
                    onError: { actions: assign({ failure: 'print' }), target: 'printFailed' },
                  },
                  after: { printTimeout: { actions: assign({ failure: 'printTimeout' }), target: 'printFailed' } },
                },
                // The ticket is in the store either way; a failed print shows it on screen instead,
                // and comes out marked REPRINT the moment the printer is back, if the citizen is still here.
                printFailed: {
                  on: {
                    'ui.retry': 'printing',
                    'ui.finish': '#kiosk.attract',
                    'printer.status': { guard: 'printerBack', actions: 'setPrinterProblem', target: 'printing' },
                  },
                },
                // The citizen has their paper and walks off: don't leave their number up for the next one.
                done: { on: { 'ui.finish': '#kiosk.attract' }, after: { ticketShown: '#kiosk.attract' } },
              },
            },
          },
        },
        idle: {
          initial: 'active',
          on: {
            // Any tap by the citizen restarts the idle budget (re-entering `active` restarts its delay).
            'ui.*': '.active',
          },
          states: {
            active: { after: { idleBeforeWarning: 'warning' } },
            warning: {
              entry: 'startCountdown',
              initial: 'counting',
              states: {
                counting: {
                  after: {
                    countdownTick: [
                      { guard: 'countdownOver', target: '#kiosk.attract' },
                      { actions: 'tickCountdown', target: 'counting', reenter: true },
                    ],
                  },
                },
              },
            },
          },
        },
      },
    },
  },
});

export type KioskMachine = typeof kioskMachine;
