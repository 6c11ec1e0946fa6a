/**
 * The chart walked as a graph (xstate/graph): every state the chart declares is reachable from
 * attract, and attract is reachable from every one of them, using only the events the outside
 * world can produce (citizen taps, the sensor, actor outcomes, timers).
 */
import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import type { KioskUiEvent } from '../../bridge/contract.js';
import type { CardReading } from '../../domain/identity/card-reading.js';
import { DEFAULT_CONFIG } from '../../domain/config/schema.js';
import type { IssuedTicket } from '../../domain/queue/ticket.js';
import { settingsFromConfig } from '../../state-machines/kiosk-settings.js';
import { type KioskEvent, READS_BEFORE_MANUAL_ENTRY, kioskMachine } from '../../state-machines/kiosk.machine.js';

const TICKET: IssuedTicket = {
  id: 1,
  number: 'A001',
  serviceId: 'civil-status',
  prefix: 'A',
  sequence: 1,
  serviceDay: '2026-11-23',
  issuedAt: '2026-11-23T02:00:00.000Z',
  peopleAhead: 0,
};

const READING: CardReading = { source: 'manual', idNumber: '001085012345', identity: null, age: null, expired: false };

const TAPS: KioskUiEvent[] = [
  { type: 'ui.touch' },
  { type: 'ui.language', locale: 'vi' },
  { type: 'ui.language', locale: 'en' },
  ...(['ticket', 'advice', 'rate', 'staff'] as const).map((item) => ({ type: 'ui.menu' as const, item })),
  { type: 'ui.service', serviceId: 'civil-status' },
  { type: 'ui.back' },
  { type: 'ui.cancel' },
  { type: 'ui.skipId' },
  { type: 'ui.readCard' },
  { type: 'ui.manualId' },
  { type: 'ui.submitId', idNumber: '001085012345' },
  { type: 'ui.retry' },
  { type: 'ui.confirm' },
  { type: 'ui.finish' },
  { type: 'ui.stillHere' },
];

/** Timer events, named as XState names them, for every `after` in the chart. */
const TIMERS: EventObject[] = getStateNodes(kioskMachine)
  .flatMap((node) => node.after.map((transition) => transition.eventType))
  .map((type) => ({ type }));

const OUTCOMES: EventObject[] = [
  { type: 'presence.detected' },
  { type: 'xstate.done.actor.readIdCard', output: READING } as EventObject,
  { type: 'xstate.error.actor.readIdCard', error: { code: 'unreadable' } } as EventObject,
  { type: 'xstate.done.actor.checkTypedId', output: READING } as EventObject,
  { type: 'xstate.error.actor.checkTypedId', error: { code: 'format' } } as EventObject,
  { type: 'xstate.error.actor.readIdCard', error: new Error('glare') } as EventObject,
  { type: 'xstate.done.actor.issueTicket', output: TICKET } as EventObject,
  { type: 'xstate.error.actor.issueTicket', error: new Error('disk') } as EventObject,
  { type: 'xstate.done.actor.printTicket', output: undefined } as EventObject,
  { type: 'xstate.error.actor.printTicket', error: new Error('paper') } as EventObject,
];

const EVENTS = [...TAPS, ...TIMERS, ...OUTCOMES] as KioskEvent[];
const input = { settings: settingsFromConfig(DEFAULT_CONFIG) };
// States differ by where the chart is, and by whether typing the ID is unlocked (3 failed reads),
// not by the rest of their data: keeps the graph finite.
const serializeState = (snapshot: { value: unknown; context: { idFailures: number } }) =>
  JSON.stringify([snapshot.value, Math.min(snapshot.context.idFailures, READS_BEFORE_MANUAL_ENTRY)]);

describe('kiosk chart as a graph', () => {
  const paths = getShortestPaths(kioskMachine, { events: EVENTS, input, serializeState });

  it('reaches every state the chart declares', () => {
    const declared = getStateNodes(kioskMachine).map((node) => node.path.join('.'));
    const unreached = declared.filter((state) => !paths.some((path) => path.state.matches(state as never)));
    expect(unreached).toEqual([]);
    expect(declared.length).toBeGreaterThan(20);
  });

  it('can get back to attract from every reachable state', () => {
    const stuck = paths
      .map((path) => path.state)
      .filter((state) => {
        const home = getShortestPaths(kioskMachine, {
          events: EVENTS,
          input,
          serializeState,
          fromState: state,
          toState: (candidate) => candidate.matches('attract'),
        });
        return home.length === 0;
      })
      .map((state) => JSON.stringify(state.value));
    expect(stuck).toEqual([]);
  });
});
