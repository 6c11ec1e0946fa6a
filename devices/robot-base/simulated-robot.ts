/**
 * A robot base in software: trips that take time and pause behind obstacles, a dispenser that
 * runs out, a battery, sticky faults. The mock base drives it in-process and the virtual base
 * (hil/) puts it behind the serial protocol, so both behave as one robot.
 */
import { ListenerSet } from '../serial/listener-set.js';
import type { DispenseItem, FaultCode, RobotBaseEvent } from './robot-base.js';
import { refusal, type RobotCommand, type RobotReply } from './robot-base-protocol.js';

export interface SimulatedRobotOptions {
  /** How long any trip takes. */
  travelMs?: number;
  dispenseMs?: number;
  /** The counters it knows the way to. */
  counters?: readonly number[];
  batteryPercent?: number;
  /** Below this charge it refuses to leave for a counter or its post (docking is always allowed). */
  minTravelPercent?: number;
  stock?: Partial<Record<DispenseItem, number>>;
}

type Place = number | 'post' | 'dock';

interface Trip {
  target: Place;
  remainingMs: number;
  startedAt: number;
  timer: NodeJS.Timeout | null;
}

const ok = (value: number | null = null): RobotReply => ({ ok: true, value });

function arrivalAt(place: Place): RobotBaseEvent {
  if (place === 'dock') return { type: 'docked' };
  if (place === 'post') return { type: 'home' };
  return { type: 'arrived', counter: place };
}

export class SimulatedRobot {
  /** Where it stands; null while travelling or after a stop between places. It starts at its post. */
  position: Place | null = 'post';
  battery: number;
  /** How long any trip and each dispensing take: a test may make it quicker while it runs. */
  travelMs: number;
  dispenseMs: number;
  readonly stock: Record<DispenseItem, number>;
  /** Every command it was given, oldest first: what tests check the kiosk told it. */
  readonly commands: RobotCommand[] = [];
  private readonly events = new ListenerSet<RobotBaseEvent>();
  private readonly options: Required<Pick<SimulatedRobotOptions, 'counters' | 'minTravelPercent'>>;
  private trip: Trip | null = null;
  private dispensing: NodeJS.Timeout | null = null;
  private blocked = false;
  private faulted: FaultCode | null = null;

  constructor(options: SimulatedRobotOptions = {}) {
    this.travelMs = options.travelMs ?? 3_000;
    this.dispenseMs = options.dispenseMs ?? 1_000;
    this.options = {
      counters: options.counters ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      minTravelPercent: options.minTravelPercent ?? 10,
    };
    this.battery = options.batteryPercent ?? 100;
    this.stock = { water: 20, sweets: 20, ...options.stock };
  }

  onEvent(listener: (event: RobotBaseEvent) => void): () => void {
    return this.events.add(listener);
  }

  /** Answer one command at once; what it starts finishes later, as an event. */
  handle(command: RobotCommand): RobotReply {
    this.commands.push(command);
    if (command.type === 'battery') return ok(this.battery);
    if (command.type === 'stop') {
      this.halt();
      return ok();
    }
    if (this.faulted) return refusal(this.faulted);
    if (this.trip || this.dispensing) return refusal('busy');
    switch (command.type) {
      case 'goTo':
        if (!this.options.counters.includes(command.counter)) return refusal('unknownCounter');
        if (this.battery < this.options.minTravelPercent) return refusal('lowBattery');
        this.startTrip(command.counter);
        return ok();
      case 'home':
        if (this.battery < this.options.minTravelPercent) return refusal('lowBattery');
        this.startTrip('post');
        return ok();
      case 'dock':
        this.startTrip('dock');
        return ok();
      case 'dispense':
        if (this.stock[command.item] <= 0) return refusal('empty');
        this.dispensing = setTimeout(() => {
          this.dispensing = null;
          this.stock[command.item] -= 1;
          this.events.emit({ type: 'dispensed', item: command.item });
        }, this.dispenseMs);
        return ok();
    }
  }

  /** Something steps in front of it: a trip pauses until clearObstacle(). */
  injectObstacle(): void {
    this.blocked = true;
    if (this.trip?.timer) {
      clearTimeout(this.trip.timer);
      this.trip.timer = null;
      this.trip.remainingMs -= Date.now() - this.trip.startedAt;
    }
    this.events.emit({ type: 'obstacle' });
  }

  clearObstacle(): void {
    this.blocked = false;
    this.events.emit({ type: 'clear' });
    if (this.trip) this.drive(this.trip);
  }

  /** A fault stops everything and refuses work until repair(). */
  fault(code: FaultCode): void {
    this.halt();
    this.faulted = code;
    this.events.emit({ type: 'fault', code });
  }

  repair(): void {
    this.faulted = null;
  }

  setBattery(percent: number): void {
    this.battery = percent;
    this.events.emit({ type: 'battery', percent });
  }

  /** Cancel its timers (the test or the virtual device is done with it). */
  close(): void {
    this.halt();
    this.events.clear();
  }

  private startTrip(target: Place): void {
    const there = this.position === target;
    this.position = null;
    this.trip = { target, remainingMs: there ? 0 : this.travelMs, startedAt: 0, timer: null };
    if (!this.blocked) this.drive(this.trip);
  }

  private drive(trip: Trip): void {
    trip.startedAt = Date.now();
    trip.timer = setTimeout(() => {
      this.trip = null;
      this.position = trip.target;
      this.events.emit(arrivalAt(trip.target));
    }, Math.max(0, trip.remainingMs));
  }

  private halt(): void {
    if (this.trip?.timer) clearTimeout(this.trip.timer);
    this.trip = null;
    if (this.dispensing) clearTimeout(this.dispensing);
    this.dispensing = null;
  }
}
