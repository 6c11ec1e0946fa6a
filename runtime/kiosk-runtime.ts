/**
 * The composition root of one kiosk: the session actor, its devices and the ticket store, and the
 * server side of the bridge (subscribe to views, dispatch citizen events, a few typed calls).
 * Plain Node: Electron's main process, the browser host and the tests all run this same object.
 */
import { join } from 'node:path';
import { type ActorOptions, type ActorRefFrom, createActor, fromPromise } from 'xstate';
import {
  type DeviceHealth,
  type DeviceStatusReport,
  type KioskInfo,
  MAX_CARD_FRAME_BYTES,
  type KioskView,
  type SendResult,
  type SessionView,
  describeIssues,
  uiEventSchema,
} from '../bridge/contract.js';
import type { Catalogue } from '../domain/catalogue/catalogue-schema.js';
import type { KioskConfig } from '../domain/config/schema.js';
import { bundledCataloguePath, readCatalogueFile } from './catalogue/catalogue-file.js';
import { maskId } from '../domain/identity/identity-card.js';
import { serviceDay } from '../domain/queue/ticket-number.js';
import { ticketSlip } from '../domain/queue/ticket-slip.js';
import { ticketStatusUrl } from '../domain/queue/ticket-status-link.js';
import { settingsFromConfig } from '../state-machines/kiosk-settings.js';
import { kioskView } from '../state-machines/kiosk-view.js';
import {
  type IssueTicketInput,
  type PrintTicketInput,
  type SpeakInput,
  type TypedIdInput,
  kioskMachine,
} from '../state-machines/kiosk.machine.js';
import type { CardReading, CardScan } from '../domain/identity/card-reading.js';
import { readingFromScan, readingFromTypedNumber } from '../domain/identity/reading-from-scan.js';
import { isCardFrameSink } from '../devices/id-reader/camera-reader.js';
import { IdReadError } from '../devices/id-reader/id-reader.js';
import type { LinkedTicket } from '../bridge/queue-protocol.js';
import { deviceAlertMessage, deviceName, printerProblemOf } from './device-alerts.js';
import { type DeviceSet, closeDevices, deviceHealthList, monitoredDevices } from './devices.js';
import { LocalTicketIssuer } from './queue/local-ticket-issuer.js';
import type { QueueService } from './queue/queue-service.js';
import { ServicePoint } from './queue/service-point.js';
import type { TicketIssuer } from './queue/service-point-api.js';
import { TicketRefusedError } from '../state-machines/ticket-refused.js';
import { rateFromCounterKeypads } from './satisfaction/counter-keypads.js';
import { LocalRatingBackend } from './satisfaction/rating-backend.js';
import { SatisfactionService } from './satisfaction/satisfaction-service.js';
import { RemoteRatingBackend } from './queue/remote-rating-backend.js';
import { RemoteTicketIssuer } from './queue/remote-ticket-issuer.js';
import { KioskRating } from './kiosk-rating.js';
import { StaffAlerts } from './staff-alerts.js';
import { auditHandlers } from './staff/audit-requests.js';
import { deviceToolHandlers } from './staff/device-tool-requests.js';
import { configHandlers } from './staff/config-requests.js';
import { questionHandlers } from './staff/question-requests.js';
import { operatorHandlers } from './staff/operator-requests.js';
import { StaffMode } from './staff/staff-mode.js';
import { StaffRequests } from './staff/staff-requests.js';
import { KioskAdvice } from './advice/kiosk-advice.js';
import { KioskVoice } from './speech/kiosk-voice.js';
import { RobotBody } from './robot/robot-body.js';
import { statisticsNames } from './satisfaction/statistics-names.js';
import type { StatisticsSource } from './satisfaction/statistics-source.js';
import type { StaffReply } from '../bridge/staff-protocol.js';
import { testPage } from './test-page.js';
import { type Logger, consoleLogger } from './log.js';
import { TicketStore } from './store/ticket-store.js';

export const APP_VERSION = '0.1.0';

/** The sample ward shipped with the app, checked against this config's groups; none if it does not fit. */
function sampleCatalogue(config: KioskConfig): Catalogue {
  const result = readCatalogueFile(bundledCataloguePath(), config.serviceGroups.map((group) => group.id));
  return result.ok ? result.catalogue : { servicePoint: config.servicePoint.name, fields: [] };
}

export interface KioskRuntimeOptions {
  config: KioskConfig;
  dataDir: string;
  devices: DeviceSet;
  /** A simulated clock drives the chart's delays in tests; the real one otherwise. */
  clock?: ActorOptions<typeof kioskMachine>['clock'];
  /** Wall-clock time for ticket timestamps and the service day. */
  now?: () => Date;
  logger?: Logger;
  /** Share one store between kiosks (tests); by default each opens the data folder's file. */
  store?: TicketStore;
  /** The ward's procedures (start-kiosk loads the file); the bundled sample ward by default. */
  catalogue?: Catalogue;
  /**
   * Where this kiosk's tickets are numbered: this host's own service point by default, another
   * host's for a second kiosk (config `queue.server.kind === 'remote'`). The runtime closes it.
   */
  issuer?: TicketIssuer;
  /** Staff asked for a restart: the shell (Electron, the host's process) does it. */
  onRestartRequested?: () => void;
  /** The config file staff's edits are saved to; `<dataDir>/config.json` by default. */
  configPath?: string;
}

/** Estimates grow with the minutes a service has lasted, so the menu's figures are refreshed this often even when nothing happens. */
const QUEUE_REFRESH_MS = 30_000;

type KioskActor = ActorRefFrom<typeof kioskMachine>;

export class KioskRuntime {
  readonly devices: DeviceSet;
  readonly store: TicketStore;
  /** The service point's queue on this store, for counter pages, boards and linked kiosks. */
  readonly servicePoint: ServicePoint;
  /** Citizens' ratings of their service: the rating socket, the keypads and the dashboard use it. */
  readonly satisfaction: SatisfactionService;
  /** Ratings kept in this runtime's own store: made at this kiosk when it holds the queue, or at kiosks linked to it. */
  readonly ratingHere: LocalRatingBackend;
  private readonly issuer: TicketIssuer;
  /** Rating a service at the kiosk: the session's rating actors and the welcome screen's offers. */
  private readonly kioskRating: KioskRating;
  /** "Ask about a procedure": answering questions and printing checklists. */
  readonly advice: KioskAdvice;
  /** The kiosk's own voice: the greeting, screens read aloud where the page has no voice, the robot's words. */
  readonly voice: KioskVoice;
  /** The robot body, where this kiosk has one (set once the session and the alerts exist). */
  private robotBody: RobotBody | null = null;
  private config: KioskConfig;
  private catalogueInUse: Catalogue;
  private actor: KioskActor;
  /** The citizen's session as the chart shows it; the published view lays staff mode over it. */
  private sessionView: SessionView;
  private view: KioskView;
  private viewJson = '';
  private readonly listeners = new Set<(view: KioskView) => void>();
  /** Listeners on the devices and the queue, removed when the kiosk stops. */
  private readonly subscriptions: Array<() => void> = [];
  readonly alerts: StaffAlerts;
  /** Staff mode at this kiosk: its way in, its session and its requests. */
  readonly staffMode: StaffMode;
  private readonly staffRequests: StaffRequests;
  /** Ratings and served tickets, for the satisfaction dashboards (the host page's and staff mode's). */
  readonly statistics: StatisticsSource;
  private readonly now: () => Date;
  private readonly logger: Logger;
  private readonly ownsStore: boolean;
  private stopped = false;

  constructor(private readonly options: KioskRuntimeOptions) {
    this.config = options.config;
    this.catalogueInUse = options.catalogue ?? sampleCatalogue(this.config);
    this.devices = options.devices;
    this.now = options.now ?? (() => new Date());
    this.logger = options.logger ?? consoleLogger;
    this.ownsStore = options.store === undefined;
    this.store = options.store ?? new TicketStore(join(options.dataDir, 'motcua.sqlite'));
    this.satisfaction = new SatisfactionService({
      store: this.store,
      dataDir: options.dataDir,
      config: () => this.config,
      catalogue: () => this.catalogueInUse,
      now: this.now,
      onQueueChange: (listener) => this.servicePoint.onChange(listener),
    });
    this.servicePoint = new ServicePoint({
      store: this.store,
      config: () => this.config,
      catalogue: () => this.catalogueInUse,
      now: this.now,
      logger: this.logger,
      ratingToken: (ticket) => this.satisfaction.tokenFor(ticket),
    });
    this.issuer = options.issuer ?? new LocalTicketIssuer(this.servicePoint, this.store);
    this.ratingHere = new LocalRatingBackend({ satisfaction: this.satisfaction, store: this.store, config: () => this.config, now: this.now });
    this.kioskRating = new KioskRating({
      // A kiosk linked to another host rates there: its tickets are in the host's store.
      backend: this.issuer instanceof RemoteTicketIssuer ? new RemoteRatingBackend(this.issuer) : this.ratingHere,
      config: () => this.config,
      idReader: this.devices.idReader,
      logger: this.logger,
    });
    this.advice = new KioskAdvice({
      config: () => this.config,
      catalogue: () => this.catalogueInUse,
      printer: this.devices.printer,
      dataDir: options.dataDir,
      logger: this.logger,
      now: this.now,
    });
    this.voice = new KioskVoice(this.devices.speaker, this.logger);
    this.statistics = {
      ratings: this.satisfaction.ratings,
      store: this.store,
      names: () => statisticsNames(this.config, this.catalogueInUse),
      now: () => this.now().getTime(),
    };
    this.staffMode = new StaffMode({
      accounts: () => this.config.staff.accounts,
      audit: this.queue.audit,
      logger: this.logger,
      now: () => this.now().getTime(),
      onOpenedOrClosed: () => this.actor.send({ type: 'staff.reset' }),
      onChange: () => this.publish(this.sessionView),
    });
    this.staffRequests = new StaffRequests(this.staffMode, this.staffHandlers(), this.logger);
    this.actor = this.startActor();
    this.sessionView = kioskView(this.actor.getSnapshot());
    this.view = { ...this.sessionView, voice: this.voice.view(), robot: null, staff: null };
    this.alerts = new StaffAlerts(this.logger, this.now);
    this.watchDevices();
    this.watchQueue();
    this.subscriptions.push(this.kioskRating.watchOffers((event) => this.actor.send(event)));
    this.subscriptions.push(rateFromCounterKeypads(this.devices.counterKeypads, this.satisfaction, this.alerts, this.logger));
    // Staff screens ask again when what they show changes.
    this.subscriptions.push(this.satisfaction.onRated(() => this.staffMode.changed()));
    this.subscriptions.push(this.servicePoint.onChange(() => this.staffMode.changed()));
    this.subscriptions.push(() => this.staffMode.stop());
    this.subscriptions.push(this.voice.onChange(() => this.republishSoon()));
    if (this.devices.staffKey) this.subscriptions.push(this.devices.staffKey.onTurn((on) => this.staffMode.keySwitch(on)));
    this.startRobotBody();
  }

  private startRobotBody(): void {
    const { presence, robotBase } = this.devices;
    const body = RobotBody.forKiosk(this.config, robotBase, {
      presence,
      voice: this.voice,
      alerts: this.alerts,
      logger: this.logger,
      session: this.sessionView,
      endSession: () => this.actor.send({ type: 'ui.finish' }),
      ...(this.options.clock ? { clock: this.options.clock } : {}),
    });
    if (body === null) return;
    this.robotBody = body;
    this.subscriptions.push(body.onChange(() => this.republishSoon()), () => body.stop());
    this.publish(this.sessionView);
  }

  /** What signed-in staff may ask of this kiosk, area by area. */
  private staffHandlers() {
    return {
      ...operatorHandlers({
        servicePoint: this.servicePoint,
        queueIsHere: !(this.issuer instanceof RemoteTicketIssuer),
        store: this.store,
        statistics: this.statistics,
        deviceStatus: () => this.deviceStatus(),
        recheckDevice: (kind) => this.recheckDevice(kind),
        printTestPage: () => this.printTestPage(),
        resetSession: () => this.actor.send({ type: 'staff.reset' }),
        restartApp: () => this.restartApp(),
        audit: this.queue.audit,
        now: () => this.now().getTime(),
      }),
      ...auditHandlers(this.queue.audit),
      ...deviceToolHandlers({ printer: this.devices.printer, dataDir: this.options.dataDir, runtime: this, configPath: this.options.configPath, today: () => this.today(), alerts: () => this.alerts, changed: () => this.staffMode.changed(), audit: this.queue.audit, logger: this.logger, now: this.now }),
      ...configHandlers({ runtime: this, dataDir: this.options.dataDir, configPath: this.options.configPath, audit: this.queue.audit, logger: this.logger, now: () => this.now().getTime() }),
      ...questionHandlers({ advice: this.advice, dataDir: this.options.dataDir, audit: this.queue.audit, logger: this.logger, now: this.now, changed: () => this.staffMode.changed() }),
    };
  }

  /** A staff-mode request from the kiosk's screen: parsed, checked against the signed-in role, answered. */
  staffRequest(raw: unknown): Promise<StaffReply> {
    return this.staffRequests.handle(raw);
  }

  /** Whether a restart is on its way: false when nothing that runs this kiosk can restart it (a test, a tool). */
  private restartApp(): boolean {
    const restart = this.options.onRestartRequested;
    if (restart === undefined) {
      this.logger.warn('restart asked for, but nothing runs this kiosk that can restart it');
      return false;
    }
    this.logger.info('restarting at staff request');
    // After the reply has gone back to the screen.
    setImmediate(restart);
    return true;
  }

  /** Staff cleared a device's error: its alert goes, and its present health decides whether it comes back. */
  private recheckDevice(kind: DeviceHealth['kind']): void {
    for (const device of monitoredDevices(this.devices)) {
      const health = device.health();
      if (health.kind !== kind) continue;
      this.alerts.clear(`device:${kind}`);
      this.onDeviceHealth(health);
    }
  }

  /** The queue engine under the service point: tests and tools act on tickets through it directly. */
  get queue(): QueueService {
    return this.servicePoint.queue;
  }

  /** Live waiting counts, estimates and the day's state for the menu (and at start, see startActor). */
  private watchQueue(): void {
    this.subscriptions.push(this.issuer.onUpdate(() => this.reportQueue(this.actor)));
    const refresh = setInterval(() => this.reportQueue(this.actor), QUEUE_REFRESH_MS);
    refresh.unref();
    this.subscriptions.push(() => clearInterval(refresh));
  }

  private reportQueue(actor: KioskActor): void {
    actor.send({ type: 'queue.updated', groups: this.issuer.groups(), day: this.issuer.day() });
  }

  private watchDevices(): void {
    this.subscriptions.push(
      this.devices.presence.onPresence((event) => {
        if (event.type === 'approach') this.actor.send({ type: 'presence.detected' });
      }),
    );
    for (const device of monitoredDevices(this.devices)) {
      this.onDeviceHealth(device.health());
      this.subscriptions.push(
        device.onHealthChange((health) => {
          this.onDeviceHealth(health);
          this.staffMode.changed();
        }),
      );
    }
    for (const { counter, keypad } of this.devices.counterKeypads) {
      const where = { alertId: `device:keypad:counter-${counter}`, prefix: `Quầy ${counter}: ` };
      this.onDeviceHealth(keypad.health(), where);
      this.subscriptions.push(keypad.onHealthChange((health) => this.onDeviceHealth(health, where)));
    }
  }

  /**
   * A device changed: staff hear of trouble, and the session learns whether the printer can print.
   * A counter's keypad has its own alert, named with its counter.
   */
  private onDeviceHealth(health: DeviceHealth, where = { alertId: `device:${health.kind}`, prefix: '' }): void {
    const problem = deviceAlertMessage(health);
    const message = problem === null ? null : `${where.prefix}${problem}`;
    const { alertId } = where;
    if (message === null) this.alerts.clear(alertId);
    else this.alerts.raise(alertId, health.state === 'degraded' ? 'warning' : 'error', message);
    this.logger.info(`${where.prefix}${deviceName(health.kind)}: ${health.state}${health.reason === null ? '' : ` (${health.reason})`}`);
    if (health.kind === 'printer') this.actor.send({ type: 'printer.status', problem: printerProblemOf(health) });
  }

  /** The machine with this kiosk's devices and store plugged in. */
  private machine() {
    const { devices, logger } = this;
    return kioskMachine.provide({
      actors: {
        ...this.kioskRating.actors(),
        ...this.advice.actors(),
        speak: fromPromise<void, SpeakInput>(async ({ input, signal }) => {
          try {
            for (const { text, locale } of input.utterances) await this.voice.say(text, locale, 'line', signal);
          } catch (error) {
            if (!signal.aborted) logger.warn(`speech failed: ${String(error)}`);
            throw error;
          }
        }),
        readIdCard: fromPromise<CardReading, void>(async ({ signal }) => {
          let scan: CardScan;
          try {
            scan = await devices.idReader.read(signal);
          } catch (error) {
            if (error instanceof IdReadError || signal.aborted) throw error;
            logger.warn(`id reader failed: ${String(error)}`);
            throw new IdReadError('deviceFailed', String(error));
          }
          const result = readingFromScan(scan, this.today());
          if (!result.ok) {
            // The detail names checks, never the number.
            logger.info(`id card not accepted (${result.code}): ${result.detail}`);
            throw new IdReadError(result.code, result.detail);
          }
          logger.info(`id card read from ${result.reading.source}: ${maskId(result.reading.idNumber)}`);
          return result.reading;
        }),
        checkTypedId: fromPromise<CardReading, TypedIdInput>(async ({ input }) => {
          const result = readingFromTypedNumber(input.idNumber, this.today());
          if (!result.ok) throw Object.assign(new Error(`typed ID number refused: ${result.code}`), { code: result.code });
          return result.reading;
        }),
        issueTicket: fromPromise<LinkedTicket, IssueTicketInput>(async ({ input }) => {
          const result = await this.issuer.issue({ ...input, kioskId: this.config.kioskId });
          if (!result.ok) {
            logger.info(`no ticket for ${input.serviceId} (${result.reason}): ${result.message.en}`);
            throw new TicketRefusedError(result.reason, result.message);
          }
          logger.info(`ticket ${result.ticket.number} issued for ${result.ticket.serviceId}`);
          return result.ticket;
        }),
        printTicket: fromPromise<void, PrintTicketInput>(async ({ input, signal }) => {
          const { ticket } = input;
          const group = this.serviceGroup(ticket.serviceId);
          const slip = ticketSlip(
            ticket,
            group,
            input.locale,
            { servicePointName: this.config.servicePoint.name, timeZone: this.config.servicePoint.timeZone },
            {
              statusUrl: ticketStatusUrl(this.config.host.publicUrl, ticket),
              estimatedWaitMinutes: ticket.estimatedWaitMinutes,
              reprint: input.reprint,
            },
          );
          const alertId = `ticket:${ticket.serviceDay}:${ticket.number}`;
          try {
            await devices.printer.print({ kind: 'ticket', slip }, signal);
          } catch (error) {
            this.issuer.recordPrint(ticket.id, false);
            const reason = signal.aborted ? 'the session moved on' : String(error);
            this.alerts.raise(alertId, 'warning', `Số ${ticket.number} chưa in được, đã hiện trên màn hình cho người dân (${reason}).`);
            throw error;
          }
          this.issuer.recordPrint(ticket.id, true);
          this.alerts.clear(alertId);
          if (input.reprint) logger.info(`ticket ${ticket.number} reprinted`);
        }),
      },
    });
  }

  /** The service day at the service point, YYYY-MM-DD: what ages and expiry are judged on. */
  private today(): string {
    return serviceDay(this.now(), this.config.servicePoint.timeZone);
  }

  private serviceGroup(serviceId: string) {
    const group = this.config.serviceGroups.find((candidate) => candidate.id === serviceId);
    if (group === undefined) throw new Error(`unknown service group "${serviceId}"`);
    return group;
  }

  private startActor(): KioskActor {
    const actor = createActor(this.machine(), {
      input: { settings: settingsFromConfig(this.config, this.catalogueInUse) },
      ...(this.options.clock ? { clock: this.options.clock } : {}),
    });
    actor.subscribe({
      next: (snapshot) => {
        try {
          this.publish(kioskView(snapshot));
        } catch (error) {
          this.recover(actor, error);
        }
      },
      error: (error) => this.recover(actor, error),
    });
    actor.start();
    // What the service point knows outside the chart, given to every new actor (a recovered one too).
    this.reportQueue(actor);
    actor.send({ type: 'printer.status', problem: printerProblemOf(this.devices.printer.health()) });
    return actor;
  }

  /** A bug in the chart must not leave a frozen screen: log it and start a fresh session. */
  private recover(failed: KioskActor, error: unknown): void {
    if (this.stopped || failed !== this.actor) return;
    this.logger.error(`session actor failed, restarting at attract: ${String(error)}`);
    failed.stop();
    this.actor = this.startActor();
    this.publish(kioskView(this.actor.getSnapshot()));
  }

  /**
   * What the runtime lays over the session (the voice, the robot) changed: published after the chart's
   * step that caused it, so new words never show over the screen that step left.
   */
  private republishSoon(): void {
    queueMicrotask(() => this.publish(this.sessionView));
  }

  private publish(sessionView: SessionView): void {
    // A screen's spoken version is about that screen: the next one cuts it.
    const before = this.sessionView as SessionView | undefined; // unset while the first actor starts
    if (before !== undefined && sessionView.screen !== before.screen) this.voice.stop('screen');
    this.sessionView = sessionView;
    this.robotBody?.follow(sessionView);
    const view: KioskView = { ...sessionView, voice: this.voice.view(), robot: this.robotBody?.view() ?? null, staff: this.staffMode.view() };
    const json = JSON.stringify(view);
    if (json === this.viewJson) return;
    this.view = view;
    this.viewJson = json;
    for (const listener of this.listeners) listener(view);
  }

  /** Listen to views; the current one is delivered at once, so a reloaded renderer redraws. */
  subscribe(listener: (view: KioskView) => void): () => void {
    this.listeners.add(listener);
    listener(this.view);
    return () => this.listeners.delete(listener);
  }

  currentView(): KioskView {
    return this.view;
  }

  /** Take an event from a renderer: anything that is not a known citizen event is refused, and so is everything while staff mode is up. */
  dispatch(raw: unknown): SendResult {
    if (!this.staffMode.isClosed) return { ok: false, error: 'staff mode is open: citizen events wait' };
    const parsed = uiEventSchema.safeParse(raw);
    if (!parsed.success) {
      const error = `rejected event: ${describeIssues(parsed.error)}`;
      this.logger.warn(error);
      return { ok: false, error };
    }
    const event = parsed.data;
    if (event.type === 'ui.readAloud') this.voice.sayAndForget(event.text, event.locale, 'screen');
    if (event.type === 'ui.stopReading') this.voice.stop();
    // Every citizen event reaches the chart, the voice's too: its idle timer decides which ones mean someone is there.
    this.actor.send(event);
    // After the chart has it: the robot may end the session it was asked from.
    this.robotBody?.handle(event);
    return { ok: true };
  }

  /** Every device's health and what staff must see to: the bridge's device-status call. */
  deviceStatus(): DeviceStatusReport {
    return { devices: deviceHealthList(this.devices), alerts: this.alerts.list() };
  }

  /** A test page on the receipt printer, for staff checking it (rejects with the printer's reason). */
  async printTestPage(signal?: AbortSignal): Promise<void> {
    await this.devices.printer.print({ kind: 'testPage', page: testPage(this.config, this.devices.printer.health(), this.now()) }, signal);
    this.logger.info('test page printed');
  }

  /** The configuration in force (read-only: changes go through applyConfig). */
  get configuration(): KioskConfig {
    return this.config;
  }

  /** The procedure catalogue in force (changes go through applyCatalogue). */
  get catalogue(): Catalogue {
    return this.catalogueInUse;
  }

  /** Adopt a new (already validated) catalogue; the menu shows it at once. */
  applyCatalogue(catalogue: Catalogue): void {
    this.catalogueInUse = catalogue;
    this.actor.send({ type: 'settings.updated', settings: settingsFromConfig(this.config, this.catalogueInUse) });
  }

  /** Where the browser host should listen, from the config in force. */
  get hostConfig(): KioskConfig['host'] {
    return this.config.host;
  }

  /**
   * A camera frame from a renderer: handed to a camera reader while it is reading, dropped
   * otherwise. Never stored, never logged.
   */
  acceptCardFrame(jpeg: unknown): void {
    if (!(jpeg instanceof Uint8Array) || jpeg.byteLength === 0 || jpeg.byteLength > MAX_CARD_FRAME_BYTES) return;
    if (!this.currentView().camera || !isCardFrameSink(this.devices.idReader)) return;
    this.devices.idReader.offerFrame(Buffer.from(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength));
  }

  info(transport: KioskInfo['transport']): KioskInfo {
    return { appVersion: APP_VERSION, kioskId: this.config.kioskId, transport };
  }

  /** Adopt a new (already validated) configuration; sessions pick it up at once. */
  applyConfig(config: KioskConfig): void {
    this.config = config;
    this.actor.send({ type: 'settings.updated', settings: settingsFromConfig(config, this.catalogueInUse) });
    this.robotBody?.applyConfig(config);
  }

  /** The session actor, for tests and benchmarks that watch it directly. */
  get session(): KioskActor {
    return this.actor;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const unsubscribe of this.subscriptions.splice(0)) unsubscribe();
    this.issuer.close();
    this.listeners.clear();
    this.actor.stop();
    await closeDevices(this.devices);
    if (this.ownsStore) this.store.close();
  }
}
