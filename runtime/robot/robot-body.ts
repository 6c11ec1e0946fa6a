/**
 * The robot body in the runtime: its chart (state-machines/robot.machine.ts) with the base's jobs,
 * the kiosk's voice, the staff alerts and the citizen's session plugged in. It follows the session
 * (the ticket screen, its language), the presence sensor (where to look) and the base (its events
 * and health); the kiosk part never waits on it.
 */
import { type ActorOptions, type Actor, createActor, fromPromise } from 'xstate';
import type { DispenseItemId, KioskUiEvent, RobotView, SessionView } from '../../bridge/contract.js';
import type { KioskConfig } from '../../domain/config/schema.js';
import type { PresenceSensor } from '../../devices/presence/presence-sensor.js';
import type { RobotBase } from '../../devices/robot-base/robot-base.js';
import { type RobotEvent, type RobotMachine, type RobotSessionView, type RobotSettings, robotMachine } from '../../state-machines/robot.machine.js';
import type { Logger } from '../log.js';
import type { KioskVoice } from '../speech/kiosk-voice.js';
import type { StaffAlerts } from '../staff-alerts.js';
import { emptyAlertMessage, robotLine, stoppedAlertMessage } from './robot-lines.js';
import { robotView } from './robot-view.js';

export interface RobotBodyOptions {
  base: RobotBase;
  presence: PresenceSensor;
  voice: KioskVoice;
  alerts: StaffAlerts;
  logger: Logger;
  settings: RobotSettings;
  session: SessionView;
  /** The citizen walks off with the robot: their session at the kiosk ends. */
  endSession: () => void;
  /** A simulated clock drives the chart's delays in tests. */
  clock?: ActorOptions<RobotMachine>['clock'];
}

const STOPPED_ALERT = 'robot:stopped';
const emptyAlertId = (item: string) => `robot:empty:${item}`;

type RobotUiEvent = Extract<KioskUiEvent, { type: 'ui.guide' | 'ui.dispense' | 'ui.robotStop' }>;
const isRobotEvent = (event: KioskUiEvent): event is RobotUiEvent => event.type === 'ui.guide' || event.type === 'ui.dispense' || event.type === 'ui.robotStop';

export function robotSettings(config: KioskConfig): RobotSettings {
  return { ...config.robot };
}

/** The session as the robot follows it: which screen, the ticket's counter (the lowest of its group's), the language. */
export function robotSession(view: SessionView): RobotSessionView {
  const counters = view.ticket?.counters ?? [];
  return {
    screen: view.screen,
    ticket: view.ticket && counters.length > 0 ? { number: view.ticket.number, counter: Math.min(...counters) } : null,
    locale: view.locale,
  };
}

export class RobotBody {
  private readonly actor: Actor<RobotMachine>;
  private readonly unsubscribe: Array<() => void> = [];
  private lastLogged = '';
  private sessionJson: string;

  /** A body for this kiosk when its config names a robot base and one was built; null on a stand. */
  static forKiosk(config: KioskConfig, base: RobotBase | null, options: Omit<RobotBodyOptions, 'base' | 'settings'>): RobotBody | null {
    if (base === null || config.devices.robotBase.kind === 'none') return null;
    return new RobotBody({ ...options, base, settings: robotSettings(config) });
  }

  constructor(private readonly options: RobotBodyOptions) {
    const { base, voice, alerts, logger } = options;
    const machine = robotMachine.provide({
      actors: {
        goTo: fromPromise<void, { counter: number }>(({ input, signal }) => base.goTo(input.counter, signal)),
        home: fromPromise<void, void>(({ signal }) => base.home(signal)),
        dock: fromPromise<void, void>(({ signal }) => base.dock(signal)),
        dispense: fromPromise<void, { item: DispenseItemId }>(({ input, signal }) => base.dispense(input.item, signal)),
        readBattery: fromPromise<number, void>(({ signal }) => base.battery(signal)),
      },
      actions: {
        say: (_, { line, locale }) => voice.sayAndForget(robotLine(line, locale), locale, 'line'),
        stopBase: () => {
          base.stop().catch((error: unknown) => logger.warn(`robot base did not take STOP: ${String(error)}`));
        },
        // After the event that asked for it has reached the session.
        endSession: () => queueMicrotask(options.endSession),
        alertStopped: (_, alert) => alerts.raise(STOPPED_ALERT, 'error', stoppedAlertMessage(alert)),
        clearStoppedAlert: () => alerts.clear(STOPPED_ALERT),
        alertEmpty: (_, { item }) => alerts.raise(emptyAlertId(item), 'warning', emptyAlertMessage(item)),
        clearEmptyAlert: (_, { item }) => alerts.clear(emptyAlertId(item)),
      },
    });
    const session = robotSession(options.session);
    this.sessionJson = JSON.stringify(session);
    this.actor = createActor(machine, {
      input: { settings: options.settings, session, baseState: base.health().state },
      ...(options.clock ? { clock: options.clock } : {}),
    });
    this.actor.subscribe({
      next: () => this.logActivity(),
      error: (error) => logger.error(`robot body failed: ${String(error)}`),
    });
    this.unsubscribe.push(
      base.onEvent((event) => this.send({ type: 'base.event', event })),
      base.onHealthChange((health) => this.send({ type: 'base.health', state: health.state })),
      options.presence.onPresence((event) => this.send(event.type === 'approach' ? { type: 'presence.approach', side: event.side } : { type: 'presence.leave' })),
    );
    this.actor.start();
  }

  view(): RobotView {
    return robotView(this.actor.getSnapshot());
  }

  /** The citizen's robot events (guide, dispense, stop); any other is not the robot's. */
  handle(event: KioskUiEvent): void {
    if (isRobotEvent(event)) this.send(event);
  }

  /** The session's view, as the runtime publishes each one: the chart hears only of what it follows. */
  follow(view: SessionView): void {
    const session = robotSession(view);
    const json = JSON.stringify(session);
    if (json === this.sessionJson) return;
    this.sessionJson = json;
    this.send({ type: 'session.changed', session });
  }

  /** A new configuration: the robot's settings in it apply from now on (its base changes at the next start). */
  applyConfig(config: KioskConfig): void {
    this.send({ type: 'settings.updated', settings: robotSettings(config) });
  }

  onChange(listener: () => void): () => void {
    const subscription = this.actor.subscribe(() => listener());
    return () => subscription.unsubscribe();
  }

  /** Stops following and acting: a job in progress is given up (the base is told to stop). */
  stop(): void {
    for (const unsubscribe of this.unsubscribe.splice(0)) unsubscribe();
    this.actor.stop();
  }

  private send(event: RobotEvent): void {
    if (this.actor.getSnapshot().status === 'active') this.actor.send(event);
  }

  private logActivity(): void {
    const view = this.view();
    const line = `${view.activity}${view.counter === null ? '' : ` (counter ${view.counter})`}${view.problem === null ? '' : `: ${view.problem}`}`;
    if (line === this.lastLogged) return;
    this.lastLogged = line;
    this.options.logger.info(`robot: ${line}`);
  }
}
