/**
 * The robot body, as a chart: it waits at its post; after a ticket it offers to show the way to the
 * counter, and on "yes" guides the citizen there, says so, and comes back. It hands out water or
 * sweets at its post, goes to charge between citizens (never in the middle of one), waits out
 * obstacles, and stops where it is on a fault, the kiosk part going on without it.
 *
 * Two regions: `body` (what it does) and `battery` (a periodic reading of the charge).
 * Pure: no I/O and no timers of its own. The base's jobs arrive as the named actors below, and what
 * it says, the session it ends and what staff are told as named actions, supplied by the runtime
 * with `robotMachine.provide()`; delays are named and read from the settings in context.
 */
import { assign, enqueueActions, setup } from 'xstate';
import { provided } from './provided-actor.js';
import type { DeviceState, DispenseItemId, Locale, RobotProblem, RobotView, ScreenId } from '../bridge/contract.js';

/** Where someone stands in front of it, as the presence sensor tells. */
type Side = RobotView['gaze'];

/** The base's events (devices/robot-base: RobotBaseEvent), as far as the chart follows them. */
export type BaseEvent =
  | { type: 'arrived'; counter: number }
  | { type: 'home' }
  | { type: 'docked' }
  | { type: 'dispensed'; item: DispenseItemId }
  | { type: 'obstacle' }
  | { type: 'clear' }
  | { type: 'fault'; code: string }
  | { type: 'battery'; percent: number };

/** Why a job failed: the base error's `code` (`offline`, `lowBattery`, `empty`, `motorFault`...), or 'unknown'. */
type FailureCode = string;

export interface RobotSettings {
  /** Below this charge it goes to its dock, once no citizen is at the kiosk. */
  dockBelowPercent: number;
  /** Charging until this charge, then back to its post. */
  resumeAbovePercent: number;
  /** What its dispenser holds. */
  dispenser: readonly DispenseItemId[];
  /** Whether it offers to show the way after a ticket. */
  guideOffer: boolean;
  /** How long it stays at the counter it guided to before going back. */
  arrivedMs: number;
  /** After a citizen stopped it, how long before it goes back to its post. */
  resumeAfterStopMs: number;
  /** After a fault or the base going silent, how often it tries to get back to its post. */
  retryMs: number;
  batteryPollMs: number;
}

/** What the citizen's session shows, as far as the robot cares. */
export interface RobotSessionView {
  screen: ScreenId;
  /** The ticket shown, and the counter the robot would guide to (the lowest of its group's). */
  ticket: { number: string; counter: number } | null;
  locale: Locale;
}

/** Something the robot says; the runtime words it in the locale given (runtime/robot/robot-lines.ts). */
export type RobotLine =
  | { id: 'offer'; counter: number }
  | { id: 'followMe'; counter: number }
  | { id: 'hereIsCounter'; counter: number }
  | { id: 'cannotGuide'; counter: number }
  | { id: 'makeWay' }
  /** Stopped by a fault or a silent base; `counter` is where it was taking the citizen. */
  | { id: 'brokenDown'; counter: number | null }
  | { id: 'stoppedByCitizen' }
  | { id: 'enjoy'; item: DispenseItemId }
  | { id: 'empty'; item: DispenseItemId }
  | { id: 'goingToCharge' };

export interface SayParams {
  line: RobotLine;
  locale: Locale;
}

/** What staff are told when it stopped: where, and why (the base's own code). */
export interface StoppedAlert {
  counter: number | null;
  problem: 'fault' | 'offline';
  cause: FailureCode;
}

export interface RobotContext {
  settings: RobotSettings;
  session: RobotSessionView;
  /** The base's health as it last reported it. */
  baseState: DeviceState;
  battery: number | null;
  /** The counter it offers, guides to, is at, or stopped on the way to. */
  counter: number | null;
  /** The ticket an offer was made for: one offer per ticket. */
  offeredTicket: string | null;
  /** The language of the citizen it is guiding (their session has ended meanwhile). */
  guestLocale: Locale;
  problem: RobotProblem | null;
  cause: FailureCode;
  /** Items the base said are empty: not offered until it hands one out again or the kiosk restarts. */
  empty: DispenseItemId[];
  /** The item being handed out. */
  item: DispenseItemId | null;
  gaze: Side;
  /** Trying to get back after a stop: a new failure is not announced again. */
  recovering: boolean;
}

export type RobotEvent =
  | { type: 'ui.guide'; accept: boolean }
  | { type: 'ui.dispense'; item: DispenseItemId }
  | { type: 'ui.robotStop' }
  | { type: 'session.changed'; session: RobotSessionView }
  | { type: 'presence.approach'; side: Side | null }
  | { type: 'presence.leave' }
  | { type: 'base.event'; event: BaseEvent }
  | { type: 'base.health'; state: DeviceState }
  /** Staff changed the configuration: thresholds, dispenser and delays apply from now on. */
  | { type: 'settings.updated'; settings: RobotSettings };

export interface RobotInput {
  settings: RobotSettings;
  session: RobotSessionView;
  baseState: DeviceState;
}

function codeOf(error: unknown): FailureCode {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}

const errorOf = (event: object): unknown => ('error' in event ? event.error : null);
const USABLE: ReadonlySet<DeviceState> = new Set(['ready', 'degraded']);
/** Refusals that leave the base where it was, able to try something else. */
const REFUSED_IN_PLACE: ReadonlySet<FailureCode> = new Set(['busy', 'unknownCounter', 'lowBattery']);

/**
 * A line said in the session's language; `guest`: in the language of the citizen it is guiding
 * (whose session has ended), while it has one (a counter to take them to), the session's otherwise.
 */
function say(line: (context: RobotContext) => RobotLine, to: 'session' | 'guest' = 'session') {
  const localeFor = (context: RobotContext) => (to === 'guest' && context.counter !== null ? context.guestLocale : context.session.locale);
  return {
    type: 'say' as const,
    params: ({ context }: { context: RobotContext }): SayParams => ({ line: line(context), locale: localeFor(context) }),
  };
}

/** The counter in context, where a line needs one (it is set in every state that says one). */
const counterOf = (context: RobotContext) => context.counter ?? 0;
const itemOf = (context: RobotContext) => context.item ?? 'water';

/** While driving: obstacles announced and waited out, and a citizen may stop it. */
const WHILE_DRIVING = {
  'base.event': [
    { guard: 'isObstacle', actions: ['blocked', say(() => ({ id: 'makeWay' }))] },
    { guard: 'isClear', actions: 'unblocked' },
  ],
  'ui.robotStop': { target: '#robot.body.stopped', actions: ['stoppedByCitizen', say(() => ({ id: 'stoppedByCitizen' }))] },
} as const;

/** A job that failed on the way: stopped where it is (told so, should it think otherwise), said once, staff alerted. */
const BROKE_DOWN = [
  { guard: 'recovering', target: '#robot.body.stopped', actions: 'noteFailure' },
  {
    target: '#robot.body.stopped',
    actions: [
      'noteFailure',
      'stopBase',
      say((context) => ({ id: 'brokenDown', counter: context.counter }), 'guest'),
      {
        type: 'alertStopped' as const,
        params: ({ context }: { context: RobotContext }): StoppedAlert => ({ counter: context.counter, problem: context.problem === 'offline' ? 'offline' : 'fault', cause: context.cause }),
      },
    ],
  },
] as const;

export const robotMachine = setup({
  types: {
    context: {} as RobotContext,
    events: {} as RobotEvent,
    input: {} as RobotInput,
  },
  actors: {
    goTo: provided<void, { counter: number }>('goTo'),
    home: provided<void, void>('home'),
    dock: provided<void, void>('dock'),
    dispense: provided<void, { item: DispenseItemId }>('dispense'),
    readBattery: provided<number, void>('readBattery'),
  },
  delays: {
    arrived: ({ context }) => context.settings.arrivedMs,
    /** Back from a stop: soon after a citizen's, less often after a fault. */
    retry: ({ context }) => (context.problem === null ? context.settings.resumeAfterStopMs : context.settings.retryMs),
    batteryPoll: ({ context }) => context.settings.batteryPollMs,
  },
  guards: {
    baseUsable: ({ context }) => USABLE.has(context.baseState),
    baseDown: ({ context }) => context.baseState === 'fault' || context.baseState === 'offline',
    baseCameBack: ({ context, event }) => event.type === 'base.health' && event.state === 'ready' && context.problem !== null,
    /** Between citizens, low on charge: time to charge. */
    shouldDock: ({ context }) =>
      context.battery !== null && context.battery < context.settings.dockBelowPercent && context.session.screen === 'attract',
    shouldOffer: ({ context }) => {
      const { ticket, screen } = context.session;
      const batteryFine = context.battery === null || context.battery >= context.settings.dockBelowPercent;
      return context.settings.guideOffer && screen === 'ticket' && ticket !== null && ticket.number !== context.offeredTicket && batteryFine && USABLE.has(context.baseState);
    },
    /** The ticket the offer was made for is no longer on screen. */
    offerGone: ({ context }) => context.session.screen !== 'ticket' || context.session.ticket?.number !== context.offeredTicket,
    offerStands: ({ context }) => context.session.screen === 'ticket' && context.session.ticket?.number === context.offeredTicket && context.counter !== null,
    charged: ({ context }) => context.battery !== null && context.battery >= context.settings.resumeAbovePercent,
    accepted: ({ event }) => event.type === 'ui.guide' && event.accept,
    declined: ({ event }) => event.type === 'ui.guide' && !event.accept,
    canDispense: ({ context, event }) =>
      event.type === 'ui.dispense' && context.settings.dispenser.includes(event.item) && !context.empty.includes(event.item),
    isObstacle: ({ event }) => event.type === 'base.event' && event.event.type === 'obstacle',
    isClear: ({ event }) => event.type === 'base.event' && event.event.type === 'clear',
    recovering: ({ context }) => context.recovering,
    refusedInPlace: ({ event }) => REFUSED_IN_PLACE.has(codeOf(errorOf(event))),
    refusedForBattery: ({ event }) => codeOf(errorOf(event)) === 'lowBattery',
    refusedEmpty: ({ event }) => codeOf(errorOf(event)) === 'empty',
  },
  actions: {
    /** Says a line (the runtime's voice, cutting whatever it was saying). */
    say: (_, _params: SayParams) => undefined,
    /** Tells the base to stop, whatever it thinks it is doing (after a fault, a timeout, a silence). */
    stopBase: () => undefined,
    /** Ends the citizen's session at the kiosk: they walk off with the robot. */
    endSession: () => undefined,
    alertStopped: (_, _params: StoppedAlert) => undefined,
    /** Back at its post or its dock: nothing for staff to see to any more. */
    clearStoppedAlert: () => undefined,
    alertEmpty: (_, _params: { item: DispenseItemId }) => undefined,
    clearEmptyAlert: (_, _params: { item: DispenseItemId }) => undefined,
    followSession: assign({ session: ({ context, event }) => (event.type === 'session.changed' ? event.session : context.session) }),
    followHealth: assign({ baseState: ({ context, event }) => (event.type === 'base.health' ? event.state : context.baseState) }),
    look: assign({
      gaze: ({ context, event }) => {
        if (event.type === 'presence.approach') return event.side ?? 'centre';
        return event.type === 'presence.leave' ? 'centre' : context.gaze;
      },
    }),
    setBattery: assign({ battery: (_, percent: number) => percent }),
    offer: assign({
      offeredTicket: ({ context }) => context.session.ticket?.number ?? null,
      counter: ({ context }) => context.session.ticket?.counter ?? null,
    }),
    withdrawOffer: assign({ counter: null }),
    takeGuest: assign({ guestLocale: ({ context }) => context.session.locale, problem: null }),
    noteFailure: assign(({ event }) => {
      const cause = codeOf(errorOf(event));
      return { cause, problem: cause === 'offline' ? ('offline' as const) : ('fault' as const) };
    }),
    blocked: assign({ problem: 'obstacle' }),
    unblocked: assign({ problem: null }),
    stoppedByCitizen: assign({ problem: null, recovering: false }),
    /** On its way back from a stop: a failure now is not news. */
    retrying: assign({ recovering: true }),
    backAtPost: assign({ counter: null, problem: null, recovering: false }),
    chooseItem: assign({ item: ({ context, event }) => (event.type === 'ui.dispense' ? event.item : context.item) }),
    markEmpty: assign({
      empty: ({ context }) => (context.item === null || context.empty.includes(context.item) ? context.empty : [...context.empty, context.item]),
      problem: 'empty',
    }),
    /** The base handed one out: it has some again. */
    restock: assign({ empty: ({ context }, item: DispenseItemId) => context.empty.filter((empty) => empty !== item) }),
  },
}).createMachine({
  id: 'robot',
  type: 'parallel',
  context: ({ input }) => ({
    settings: input.settings,
    session: input.session,
    baseState: input.baseState,
    battery: null,
    counter: null,
    offeredTicket: null,
    guestLocale: input.session.locale,
    problem: null,
    cause: 'unknown',
    empty: [],
    item: null,
    gaze: 'centre',
    recovering: false,
  }),
  on: {
    'settings.updated': { actions: assign({ settings: ({ context, event }) => (event.type === 'settings.updated' ? event.settings : context.settings) }) },
    'session.changed': { actions: 'followSession' },
    'base.health': { actions: 'followHealth' },
    'presence.approach': { actions: 'look' },
    'presence.leave': { actions: 'look' },
    'base.event': {
      actions: enqueueActions(({ event, enqueue }) => {
        const report = event.event;
        if (report.type === 'battery') enqueue({ type: 'setBattery', params: report.percent });
        if (report.type === 'dispensed') {
          enqueue({ type: 'restock', params: report.item });
          enqueue({ type: 'clearEmptyAlert', params: { item: report.item } });
        }
      }),
    },
  },
  states: {
    body: {
      initial: 'starting',
      states: {
        // It may have been left anywhere: to its post first, once the base answers.
        starting: {
          always: [
            { guard: 'baseUsable', target: 'returning' },
            { target: 'stopped', actions: [assign({ problem: 'offline', cause: 'offline' }), 'retrying'] },
          ],
        },
        atPost: {
          always: [
            { guard: 'baseDown', target: 'stopped', actions: [assign(({ context }) => ({ problem: context.baseState === 'offline' ? ('offline' as const) : ('fault' as const), cause: 'unknown' as const })), 'retrying'] },
            { guard: 'shouldDock', target: 'docking', actions: say(() => ({ id: 'goingToCharge' })) },
            {
              guard: 'shouldOffer',
              target: 'offering',
              actions: ['offer', say((context) => ({ id: 'offer', counter: counterOf(context) }))],
            },
          ],
          on: {
            'ui.dispense': { guard: 'canDispense', target: 'dispensing', actions: 'chooseItem' },
          },
        },
        // "Shall I show you the way to counter N?", while the ticket is on screen.
        offering: {
          always: { guard: 'offerGone', target: 'atPost', actions: 'withdrawOffer' },
          on: {
            'ui.guide': [
              {
                guard: 'accepted',
                target: 'guiding',
                actions: ['takeGuest', 'endSession', say((context) => ({ id: 'followMe', counter: counterOf(context) }), 'guest')],
              },
              { guard: 'declined', target: 'atPost', actions: 'withdrawOffer' },
            ],
            'ui.dispense': { guard: 'canDispense', target: 'dispensing', actions: 'chooseItem' },
          },
        },
        guiding: {
          invoke: {
            src: 'goTo',
            input: ({ context }) => ({ counter: context.counter ?? 0 }),
            onDone: 'arrived',
            onError: [
              {
                // It never left: the citizen is told to find the counter by its sign.
                guard: 'refusedInPlace',
                target: 'returning',
                actions: say((context) => ({ id: 'cannotGuide', counter: counterOf(context) }), 'guest'),
              },
              ...BROKE_DOWN,
            ],
          },
          on: WHILE_DRIVING,
        },
        arrived: {
          entry: [assign({ problem: null }), say((context) => ({ id: 'hereIsCounter', counter: counterOf(context) }), 'guest')],
          after: { arrived: 'returning' },
        },
        returning: {
          entry: assign({ counter: null }),
          invoke: {
            src: 'home',
            onDone: { target: 'atPost', actions: ['backAtPost', 'clearStoppedAlert'] },
            onError: [{ guard: 'refusedForBattery', target: 'docking' }, ...BROKE_DOWN],
          },
          on: WHILE_DRIVING,
        },
        docking: {
          entry: assign({ problem: 'lowBattery', counter: null }),
          invoke: {
            src: 'dock',
            onDone: { target: 'charging', actions: ['clearStoppedAlert', assign({ recovering: false })] },
            onError: BROKE_DOWN,
          },
          on: WHILE_DRIVING,
        },
        charging: {
          entry: assign({ problem: 'lowBattery' }),
          always: { guard: 'charged', target: 'returning', actions: assign({ problem: null }) },
        },
        dispensing: {
          entry: assign({ problem: null }),
          invoke: {
            src: 'dispense',
            input: ({ context }) => ({ item: context.item ?? 'water' }),
            onDone: [
              { guard: 'offerStands', target: 'offering', actions: say((context) => ({ id: 'enjoy', item: itemOf(context) })) },
              { target: 'atPost', actions: say((context) => ({ id: 'enjoy', item: itemOf(context) })) },
            ],
            onError: [
              { guard: 'refusedEmpty', target: 'atPost', actions: ['markEmpty', say((context) => ({ id: 'empty', item: itemOf(context) })), { type: 'alertEmpty', params: ({ context }) => ({ item: itemOf(context) }) }] },
              { guard: 'refusedInPlace', target: 'atPost' },
              ...BROKE_DOWN,
            ],
          },
          on: { 'ui.robotStop': { target: 'stopped', actions: 'stoppedByCitizen' } },
        },
        // Where it stopped: after a citizen's stop it goes back after a while; after a fault or a
        // silent base it tries again every so often, and at once when the base is back.
        stopped: {
          after: { retry: { target: 'returning', actions: 'retrying' } },
          on: {
            'base.health': { guard: 'baseCameBack', target: 'returning', actions: ['followHealth', 'retrying'] },
          },
        },
      },
    },
    battery: {
      initial: 'reading',
      states: {
        reading: {
          invoke: {
            src: 'readBattery',
            onDone: { target: 'waiting', actions: { type: 'setBattery', params: ({ event }) => event.output } },
            // A base that does not answer is the body's problem, not the reading's.
            onError: 'waiting',
          },
        },
        waiting: { after: { batteryPoll: 'reading' } },
      },
    },
  },
});

export type RobotMachine = typeof robotMachine;
