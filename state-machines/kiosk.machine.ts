/**
 * The citizen's session at the kiosk, as a chart that reads like the walk a citizen takes:
 * attract → greeting → menu → ticket (service → identify → confirm → issue → print → show) → attract,
 * or menu → advice (a field, a search or a question → a procedure page → its checklist, or a ticket for it).
 * The service is chosen from the catalogue (a field's procedures, or a search) or directly by its
 * group; the procedure decides the group. The queue may refuse the ticket (the day is closed):
 * the citizen is told why, in the queue's words, and nothing is retried.
 *
 * Pure: no I/O and no timers of its own. Devices and the store arrive as the named actors below,
 * supplied by the runtime with `kioskMachine.provide({ actors })`; timeouts are named delays read
 * from the settings in context, so tests drive them with a simulated clock.
 */
import { assign, setup } from 'xstate';
import { provided } from './provided-actor.js';
import type { DisplayView, IdReadFailure, KioskUiEvent, Locale, MenuItem, PrinterProblem } from '../bridge/contract.js';
import type { AdviceAnswer } from '../domain/advice/advice-answer.js';
import type { Catalogue } from '../domain/catalogue/catalogue-schema.js';
import type { ServiceGroup } from '../domain/config/schema.js';
import type { CardReading } from '../domain/identity/card-reading.js';
import { type PriorityGroupId, qualifiesAsElderly } from '../domain/queue/priority.js';
import type { DayState, GroupSummary, LinkedTicket } from '../bridge/queue-protocol.js';
import type { RatableTicket, RatingRefusalReason } from '../bridge/rating-protocol.js';
import { type CriterionId, REASONS_AT_OR_BELOW, type RatingCompletion, type ReasonId, type Score } from '../bridge/satisfaction-poll.js';
import { findProcedure } from './catalogue-lookup.js';
import { RatingRefusedError } from './rating-refused.js';
import { TicketRefusedError } from './ticket-refused.js';
import type { BrandPalette } from '../bridge/branding.js';

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
  /** The ward's colour scheme. */
  brand: BrandPalette;
}

export type FailureReason = 'issue' | 'print' | 'printTimeout';

/** How the citizen named the ticket to rate: its number (typed, or offered on the welcome screen) or its scanned QR's token. */
export type RatingQuery = { kind: 'number'; number: string } | { kind: 'token'; token: string };

/** A rating at the kiosk: finding the ticket, then the answers given (each kept by the runtime as the citizen moves on). */
export interface RatingSession {
  typed: string;
  query: RatingQuery | null;
  ticket: RatableTicket | null;
  /** Set once the runtime kept it. */
  overall: Score | null;
  criteria: Partial<Record<CriterionId, Score>>;
  reasons: ReasonId[];
  comment: string;
  refusal: { reason: RatingRefusalReason; message: Record<Locale, string> } | null;
}


/** "Ask about a procedure": the question typed and its answer, and whether the ticket being taken came from a procedure page. */
export interface AdviceSession {
  question: string;
  answer: AdviceAnswer | null;
  /** Back from the ticket's steps returns to the procedure page it was taken from. */
  ticketFromAdvice: boolean;
}

/** Typing the number is offered after this many failed reads. */
export const READS_BEFORE_MANUAL_ENTRY = 3;

export interface KioskContext {
  settings: KioskSettings;
  locale: Locale;
  /** Large text and high contrast, as the citizen switched them: session-only, like the locale. */
  display: DisplayView;
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
  rating: RatingSession;
  advice: AdviceSession;
  /** Numbers of tickets issued here, just finished and unrated: the kiosk's, offered on the welcome screens. */
  ratingOffers: readonly string[];
}

export type KioskEvent =
  | KioskUiEvent
  | { type: 'presence.detected' }
  /** The printer's health changed: null when it can print again. */
  | { type: 'printer.status'; problem: PrinterProblem | null }
  /** The queue changed: waiting counts and estimates per service group, and whether the day is open. */
  | { type: 'queue.updated'; groups: readonly GroupSummary[]; day: DayState }
  | { type: 'settings.updated'; settings: KioskSettings }
  /** Tickets issued here that a counter just finished and nobody rated yet, newest first. */
  | { type: 'rating.offers'; numbers: readonly string[] }
  /** Staff opened or closed staff mode, or reset the session: whatever the citizen was doing ends. */
  | { type: 'staff.reset' };

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

export interface AskInput {
  question: string;
  locale: Locale;
}
export interface PrintChecklistInput {
  procedureId: string;
  locale: Locale;
}

export interface KeepRatingInput {
  ticket: RatableTicket;
  overall: Score;
}
export interface CompleteRatingInput {
  ticket: RatableTicket;
  completion: RatingCompletion;
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

const NO_ADVICE: AdviceSession = { question: '', answer: null, ticketFromAdvice: false };

const NO_RATING: RatingSession = {
  typed: '',
  query: null,
  ticket: null,
  overall: null,
  criteria: {},
  reasons: [],
  comment: '',
  refusal: null,
};

/** What leaving a step of the poll adds to the rating; null when the step was skipped. */
function completionAt(step: 'criteria' | 'reasons' | 'comment', rating: RatingSession): RatingCompletion | null {
  if (step === 'criteria') return Object.keys(rating.criteria).length > 0 ? { criteria: rating.criteria } : null;
  if (step === 'reasons') return rating.reasons.length > 0 ? { reasons: rating.reasons } : null;
  const comment = rating.comment.trim();
  return comment === '' ? null : { comment };
}

function freshSession(settings: KioskSettings): Omit<KioskContext, 'settings' | 'printerProblem' | 'queue' | 'ratingOffers'> {
  return {
    locale: settings.defaultLocale,
    display: { largeText: false, highContrast: false, audioGuide: false },
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
    rating: NO_RATING,
    advice: NO_ADVICE,
  };
}

const TICKET = '#kiosk.session.flow.ticket';
const RATE = '#kiosk.session.flow.rate';
const ADVICE = '#kiosk.session.flow.advice';

/**
 * One optional step of the poll: answer (or not), then `ui.confirm` keeps what was answered and moves
 * on. A completion the runtime could not keep still moves on: the overall score is kept already.
 */
function pollStep(step: 'criteria' | 'reasons' | 'comment', next: ReadonlyArray<{ guard?: 'lowScore'; target: string }>) {
  const onward = next.map((transition) => ({ ...transition }));
  return {
    initial: 'answering' as const,
    states: {
      answering: {
        on: {
          'ui.confirm': [{ guard: { type: 'answered' as const, params: { step } }, target: 'keeping' }, ...onward],
        },
      },
      keeping: {
        invoke: {
          id: 'completeRating',
          src: 'completeRating' as const,
          input: ({ context }: { context: KioskContext }): CompleteRatingInput => ({
            ticket: mustHaveTicket(context.rating),
            completion: completionAt(step, context.rating) ?? {},
          }),
          onDone: onward,
          onError: onward,
        },
      },
    },
  };
}

function mustHaveTicket(rating: RatingSession): RatableTicket {
  if (rating.ticket === null) throw new Error('rating without a ticket');
  return rating.ticket;
}
/**
 * Back from identify or confirm: to the list the service was chosen from, to choose again. The
 * card and the priority (declared on the confirm screen) are withdrawn with the choice.
 */
const UNCHOOSE = ['forgetCard', 'withdrawPriority', 'forgetChoice'] as const;
const BACK_TO_CHOICE = [
  { guard: 'choseInAdvice', actions: ['forgetCard', 'withdrawPriority', 'leaveTicketForAdvice'], target: `${ADVICE}.procedure` },
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
    /** Waits for the ticket's QR at the reader: its rating token (a refusal for any other code). */
    scanTicketQr: provided<string, void>('scanTicketQr'),
    findRatable: provided<RatableTicket, RatingQuery>('findRatable'),
    /** Keeps the overall score (channel kiosk); outputs the score kept. */
    keepRating: provided<Score, KeepRatingInput>('keepRating'),
    completeRating: provided<unknown, CompleteRatingInput>('completeRating'),
    /** Matches a question against what the kiosk knows (and keeps an unanswered one for staff, redacted). */
    answerQuestion: provided<AdviceAnswer, AskInput>('answerQuestion'),
    printChecklist: provided<void, PrintChecklistInput>('printChecklist'),
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
    choseInAdvice: ({ context }) => context.advice.ticketFromAdvice,
    /** The procedure page was opened from an answer, a search or a field (in that order: only one is set). */
    openedFromAnswer: ({ context }) => context.advice.answer !== null,
    openedFromSearch: ({ context }) => context.searchQuery !== null,
    openedFromField: ({ context }) => context.fieldId !== null,
    isRefusal: ({ event }) => 'error' in event && event.error instanceof TicketRefusedError,
    isOfferedLocale: ({ context, event }) =>
      event.type === 'ui.language' && context.settings.locales.includes(event.locale),
    countdownOver: ({ context }) => context.idleSecondsLeft <= 1,
    manualEntryAllowed: ({ context }) => context.idFailures >= READS_BEFORE_MANUAL_ENTRY,
    printerBack: ({ event }) => event.type === 'printer.status' && event.problem === null,
    isRatingRefusal: ({ event }) => 'error' in event && event.error instanceof RatingRefusedError,
    typedTicketNumber: ({ context }) => /^[A-Z][0-9]+$/.test(context.rating.typed),
    isOfferedTicket: ({ context, event }) => event.type === 'ui.rateOffer' && context.ratingOffers.includes(event.number),
    answered: ({ context }, params: { step: 'criteria' | 'reasons' | 'comment' }) => completionAt(params.step, context.rating) !== null,
    lowScore: ({ context }) => context.rating.overall !== null && context.rating.overall <= REASONS_AT_OR_BELOW,
  },
  actions: {
    wipeSession: assign(({ context }) => freshSession(context.settings)),
    setLocale: assign({
      locale: ({ context, event }) => {
        if (event.type === 'ui.language') return event.locale;
        // "Hear instructions" names its language only from the welcome screen, and only one the kiosk offers.
        if (event.type === 'ui.audioGuide' && event.locale !== undefined && context.settings.locales.includes(event.locale)) return event.locale;
        return context.locale;
      },
    }),
    setDisplay: assign({
      display: ({ context, event }) => {
        if (event.type === 'ui.largeText') return { ...context.display, largeText: event.on };
        if (event.type === 'ui.highContrast') return { ...context.display, highContrast: event.on };
        if (event.type === 'ui.audioGuide') return { ...context.display, audioGuide: event.on };
        return context.display;
      },
    }),
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
    askOfferedTicket: assign({
      rating: ({ event }) => ({ ...NO_RATING, query: event.type === 'ui.rateOffer' ? { kind: 'number' as const, number: event.number } : null }),
    }),
    refuseRating: assign({
      rating: ({ context, event }) => {
        const error = 'error' in event ? event.error : null;
        const refusal = error instanceof RatingRefusedError ? { reason: error.reason, message: error.citizenMessage } : context.rating.refusal;
        return { ...context.rating, refusal };
      },
    }),
    answerRating: assign({
      rating: ({ context, event }) => {
        const rating = { ...context.rating, refusal: null };
        switch (event.type) {
          case 'ui.rateNumber':
            return { ...rating, typed: event.text };
          case 'ui.rateCriteria':
            return { ...rating, criteria: event.criteria };
          case 'ui.rateReasons':
            return { ...rating, reasons: event.reasons };
          case 'ui.rateComment':
            return { ...rating, comment: event.text };
          default:
            return context.rating;
        }
      },
    }),
    typeQuestion: assign({
      advice: ({ context, event }) => (event.type === 'ui.questionText' ? { ...context.advice, question: event.text } : context.advice),
    }),
    /** A question arriving whole (typed and sent, or spoken) is the one on the screen. */
    askQuestion: assign({
      advice: ({ context, event }) => (event.type === 'ui.ask' ? { ...context.advice, question: event.question, answer: null } : context.advice),
    }),
    forgetAnswer: assign({ advice: ({ context }) => ({ ...context.advice, answer: null }) }),
    forgetAdvice: assign({ advice: NO_ADVICE }),
    takeTicketForAdvice: assign({ advice: ({ context }) => ({ ...context.advice, ticketFromAdvice: true }) }),
    leaveTicketForAdvice: assign({ advice: ({ context }) => ({ ...context.advice, ticketFromAdvice: false }) }),
    applySettings: assign({
      settings: ({ context, event }) => (event.type === 'settings.updated' ? event.settings : context.settings),
    }),
  },
}).createMachine({
  id: 'kiosk',
  context: ({ input }) => ({
    settings: input.settings,
    printerProblem: null,
    queue: { groups: [], day: null },
    ratingOffers: [],
    ...freshSession(input.settings),
  }),
  initial: 'attract',
  on: {
    // Staff changed the configuration: the next session uses it; the current one keeps its flow.
    'settings.updated': { actions: 'applySettings' },
    'printer.status': { actions: 'setPrinterProblem' },
    'queue.updated': {
      actions: assign({ queue: ({ context, event }) => (event.type === 'queue.updated' ? { groups: event.groups, day: event.day } : context.queue) }),
    },
    'rating.offers': {
      actions: assign({ ratingOffers: ({ context, event }) => (event.type === 'rating.offers' ? event.numbers : context.ratingOffers) }),
    },
    'staff.reset': '#kiosk.attract',
  },
  states: {
    attract: {
      entry: 'wipeSession',
      on: {
        'ui.touch': 'session',
        'presence.detected': 'session',
        // A switch on the welcome screen starts the session with it on (attract keeps no choice for the next citizen).
        'ui.largeText': { actions: 'setDisplay', target: 'session' },
        'ui.highContrast': { actions: 'setDisplay', target: 'session' },
        // "Hear instructions" in a language: the greeting's language choice is made, straight to the (three-choice) menu.
        'ui.audioGuide': { actions: ['setDisplay', 'setLocale'], target: '#kiosk.session.flow.menu' },
        // One tap on a ticket just finished here: straight into its poll.
        'ui.rateOffer': { guard: 'isOfferedTicket', actions: 'askOfferedTicket', target: `${RATE}.looking` },
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
            'ui.largeText': { actions: 'setDisplay' },
            'ui.highContrast': { actions: 'setDisplay' },
            'ui.audioGuide': { actions: 'setDisplay' },
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
                'ui.rateOffer': { guard: 'isOfferedTicket', actions: 'askOfferedTicket', target: `${RATE}.looking` },
              },
            },
            menu: {
              on: {
                'ui.menu': [
                  { guard: { type: 'menuItemIs', params: { item: 'ticket' } }, target: 'ticket' },
                  { guard: { type: 'menuItemIs', params: { item: 'advice' } }, target: 'advice' },
                  { guard: { type: 'menuItemIs', params: { item: 'rate' } }, target: 'rate' },
                ],
                'ui.back': 'greeting',
              },
            },
            // "Ask about a procedure": browse a field, search, or ask a question; a procedure's page
            // offers a ticket for it, its documents checklist on paper, and its QR on the national portal.
            advice: {
              initial: 'home',
              states: {
                home: {
                  entry: ['resetChoice', 'forgetAdvice'],
                  on: {
                    'ui.field': { guard: 'isKnownField', actions: 'openField', target: 'field' },
                    'ui.search': { actions: 'setSearch', target: 'search' },
                    'ui.questionText': { actions: 'typeQuestion', target: 'ask' },
                    'ui.ask': { actions: 'askQuestion', target: 'answering' },
                    'ui.back': '#kiosk.session.flow.menu',
                  },
                },
                field: {
                  on: {
                    'ui.procedure': { guard: 'isKnownProcedure', actions: 'setProcedure', target: 'procedure' },
                    'ui.back': 'home',
                  },
                },
                search: {
                  on: {
                    'ui.search': { actions: 'setSearch' },
                    'ui.procedure': { guard: 'isKnownProcedure', actions: 'setProcedure', target: 'procedure' },
                    'ui.back': 'home',
                  },
                },
                ask: {
                  on: {
                    'ui.questionText': { actions: 'typeQuestion' },
                    'ui.ask': { actions: 'askQuestion', target: 'answering' },
                    'ui.back': 'home',
                  },
                },
                answering: {
                  invoke: {
                    id: 'answerQuestion',
                    src: 'answerQuestion',
                    input: ({ context }) => ({ question: context.advice.question, locale: context.locale }),
                    onDone: { actions: assign({ advice: ({ context, event }) => ({ ...context.advice, answer: event.output }) }), target: 'answer' },
                    // Whatever failed, the honest answer stands: ask at the information counter.
                    onError: { actions: assign({ advice: ({ context }) => ({ ...context.advice, answer: { kind: 'unknown' as const } }) }), target: 'answer' },
                  },
                },
                answer: {
                  on: {
                    'ui.procedure': { guard: 'isKnownProcedure', actions: 'setProcedure', target: 'procedure' },
                    'ui.questionText': { actions: ['forgetAnswer', 'typeQuestion'], target: 'ask' },
                    'ui.ask': { actions: 'askQuestion', target: 'answering' },
                    'ui.back': { actions: 'forgetAnswer', target: 'ask' },
                  },
                },
                procedure: {
                  initial: 'ready',
                  on: {
                    'ui.takeTicket': { actions: 'takeTicketForAdvice', target: `${TICKET}.identify` },
                    'ui.back': [
                      { guard: 'openedFromAnswer', actions: 'forgetChoice', target: 'answer' },
                      { guard: 'openedFromSearch', actions: 'forgetChoice', target: 'search' },
                      { guard: 'openedFromField', actions: 'forgetChoice', target: 'field' },
                      { target: 'home' },
                    ],
                  },
                  states: {
                    ready: { on: { 'ui.printChecklist': 'printing' } },
                    printing: {
                      invoke: {
                        id: 'printChecklist',
                        src: 'printChecklist',
                        input: ({ context }) => ({ procedureId: context.procedureId ?? '', locale: context.locale }),
                        onDone: 'printed',
                        onError: 'failed',
                      },
                      // A printer that never answers must not hold the page: the list is on screen anyway.
                      after: { printTimeout: 'failed' },
                    },
                    printed: { on: { 'ui.printChecklist': 'printing' } },
                    failed: { on: { 'ui.printChecklist': 'printing' } },
                  },
                },
              },
            },
            // Rating a service: find the ticket (its QR at the reader, or its number typed), then the
            // poll. Each answer is kept as the citizen moves on, so leaving (or the idle timeout) loses none.
            rate: {
              initial: 'find',
              exit: assign({ rating: NO_RATING }),
              states: {
                find: {
                  initial: 'scanning',
                  on: {
                    'ui.rateNumber': { actions: 'answerRating' },
                    'ui.confirm': {
                      guard: 'typedTicketNumber',
                      actions: assign({ rating: ({ context }) => ({ ...context.rating, query: { kind: 'number' as const, number: context.rating.typed } }) }),
                      target: 'looking',
                    },
                    'ui.back': '#kiosk.session.flow.menu',
                  },
                  states: {
                    scanning: {
                      invoke: {
                        id: 'scanTicketQr',
                      src: 'scanTicketQr',
                        onDone: {
                          actions: assign({ rating: ({ context, event }) => ({ ...context.rating, query: { kind: 'token' as const, token: event.output } }) }),
                          target: `${RATE}.looking`,
                        },
                        onError: [
                          // Not a ticket's QR (an ID card, say): say so and keep listening.
                          { guard: 'isRatingRefusal', actions: 'refuseRating', target: 'scanning', reenter: true },
                          // The reader failed: the keypad still works.
                          { target: 'readerDown' },
                        ],
                      },
                    },
                    readerDown: {},
                  },
                },
                looking: {
                  entry: assign({ rating: ({ context }) => ({ ...context.rating, refusal: null }) }),
                  invoke: {
                    id: 'findRatable',
                    src: 'findRatable',
                    input: ({ context }) => {
                      if (context.rating.query === null) throw new Error('looking up a rating without a ticket');
                      return context.rating.query;
                    },
                    onDone: { actions: assign({ rating: ({ context, event }) => ({ ...context.rating, ticket: event.output }) }), target: 'overall' },
                    onError: { actions: 'refuseRating', target: 'find' },
                  },
                },
                overall: {
                  on: {
                    'ui.rateOverall': 'keeping',
                    'ui.back': { actions: assign({ rating: ({ context }) => ({ ...NO_RATING, typed: context.rating.typed }) }), target: 'find' },
                  },
                },
                keeping: {
                  invoke: {
                    id: 'keepRating',
                    src: 'keepRating',
                    input: ({ context, event }) => {
                      if (event.type !== 'ui.rateOverall') throw new Error(`keeping a rating on ${event.type}`);
                      return { ticket: mustHaveTicket(context.rating), overall: event.score };
                    },
                    onDone: { actions: assign({ rating: ({ context, event }) => ({ ...context.rating, overall: event.output }) }), target: 'criteria' },
                    // Rated meanwhile elsewhere (the phone, the counter's keypad): thanked on the find screen.
                    onError: { actions: ['refuseRating', assign({ rating: ({ context }) => ({ ...context.rating, ticket: null }) })], target: 'find' },
                  },
                },
                criteria: {
                  on: { 'ui.rateCriteria': { actions: 'answerRating' } },
                  ...pollStep('criteria', [{ guard: 'lowScore', target: `${RATE}.reasons` }, { target: `${RATE}.thanks` }]),
                },
                reasons: {
                  on: { 'ui.rateReasons': { actions: 'answerRating' } },
                  ...pollStep('reasons', [{ target: `${RATE}.comment` }]),
                },
                comment: {
                  on: { 'ui.rateComment': { actions: 'answerRating' } },
                  ...pollStep('comment', [{ target: `${RATE}.thanks` }]),
                },
                thanks: { on: { 'ui.finish': '#kiosk.attract' }, after: { ticketShown: '#kiosk.attract' } },
              },
            },
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
            // Except the page asking the kiosk's voice to read a screen (audio-guided mode reads each on
            // entry, and the warning itself): that is the kiosk talking, not the citizen being there.
            'ui.readAloud': {},
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
