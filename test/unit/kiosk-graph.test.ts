/**
 * The chart walked as a graph (xstate/graph): every state the chart declares is reachable from
 * attract, and attract is reachable from every one of them, using only the events the outside
 * world can produce (citizen taps, the sensor, actor outcomes, timers).
 */
import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths, getStateNodes } from 'xstate/graph';
import type { KioskUiEvent } from '../../bridge/contract.js';
import type { CardReading } from '../../domain/identity/card-reading.js';
import { DEFAULT_CONFIG } from '../../domain/config/schema.js';
import type { LinkedTicket } from '../../bridge/queue-protocol.js';
import type { RatableTicket } from '../../bridge/rating-protocol.js';
import { bundledCataloguePath, readCatalogueFile } from '../../runtime/catalogue/catalogue-file.js';
import { settingsFromConfig } from '../../state-machines/kiosk-settings.js';
import { RatingRefusedError } from '../../state-machines/rating-refused.js';
import { TicketRefusedError } from '../../state-machines/ticket-refused.js';
import { type KioskContext, type KioskEvent, READS_BEFORE_MANUAL_ENTRY, kioskMachine } from '../../state-machines/kiosk.machine.js';

const TICKET: LinkedTicket = {
  id: 1,
  number: 'A001',
  serviceId: 'civil-status',
  prefix: 'A',
  sequence: 1,
  serviceDay: '2026-11-23',
  issuedAt: '2026-11-23T02:00:00.000Z',
  peopleAhead: 0,
  estimatedWaitMinutes: 0,
  priority: 'pregnant',
  ratingToken: null,
};

const RATABLE: RatableTicket = {
  ticketId: 1,
  number: 'A001',
  serviceDay: '2026-11-23',
  counter: 1,
  service: { vi: 'Hộ tịch', en: 'Civil status' },
  procedure: null,
  finishedAt: 0,
  rated: false,
};

const READING: CardReading = { source: 'manual', idNumber: '001085012345', identity: null, age: null, expired: false };

const TAPS: KioskUiEvent[] = [
  { type: 'ui.touch' },
  { type: 'ui.language', locale: 'vi' },
  { type: 'ui.language', locale: 'en' },
  ...(['ticket', 'advice', 'rate'] as const).map((item) => ({ type: 'ui.menu' as const, item })),
  { type: 'ui.service', serviceId: 'civil-status' },
  { type: 'ui.field', fieldId: 'civil-status' },
  { type: 'ui.search', query: 'khai sinh' },
  { type: 'ui.procedure', procedureId: 'birth-registration' },
  { type: 'ui.priority', group: 'pregnant' },
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
  { type: 'ui.rateNumber', text: 'A001' },
  { type: 'ui.rateOffer', number: 'A001' },
  { type: 'ui.rateOverall', score: 2 },
  { type: 'ui.rateCriteria', criteria: { officer: 2 } },
  { type: 'ui.rateReasons', reasons: ['longWait'] },
  { type: 'ui.rateComment', text: 'chờ lâu' },
  { type: 'ui.questionText', text: 'khai sinh' },
  { type: 'ui.ask', question: 'khai sinh cần gì' },
  { type: 'ui.printChecklist' },
  { type: 'ui.takeTicket' },
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
  {
    type: 'xstate.error.actor.issueTicket',
    error: new TicketRefusedError('dayClosed', { vi: 'Đã hết giờ cấp số', en: 'No more tickets today' }),
  } as EventObject,
  { type: 'xstate.done.actor.printTicket', output: undefined } as EventObject,
  { type: 'rating.offers', numbers: ['A001'] } as EventObject,
  { type: 'xstate.done.actor.scanTicketQr', output: 'token' } as EventObject,
  { type: 'xstate.error.actor.scanTicketQr', error: new RatingRefusedError('badToken', { vi: 'Không phải mã QR trên phiếu', en: 'Not a ticket QR' }) } as EventObject,
  { type: 'xstate.error.actor.scanTicketQr', error: new Error('unplugged') } as EventObject,
  { type: 'xstate.done.actor.findRatable', output: RATABLE } as EventObject,
  { type: 'xstate.error.actor.findRatable', error: new RatingRefusedError('notServed', { vi: 'Chưa phục vụ xong', en: 'Not served yet' }) } as EventObject,
  { type: 'xstate.done.actor.keepRating', output: 2 } as EventObject,
  { type: 'xstate.done.actor.completeRating', output: undefined } as EventObject,
  { type: 'xstate.error.actor.printTicket', error: new Error('paper') } as EventObject,
  { type: 'xstate.done.actor.answerQuestion', output: { kind: 'procedure', procedureId: 'birth-registration', aspect: 'documents' } } as EventObject,
  { type: 'xstate.error.actor.answerQuestion', error: new Error('matcher') } as EventObject,
  { type: 'xstate.done.actor.printChecklist', output: undefined } as EventObject,
  { type: 'xstate.error.actor.printChecklist', error: new Error('paper') } as EventObject,
];

const EVENTS = [...TAPS, ...TIMERS, ...OUTCOMES] as KioskEvent[];
const catalogue = readCatalogueFile(bundledCataloguePath(), DEFAULT_CONFIG.serviceGroups.map((group) => group.id));
if (!catalogue.ok) throw new Error(`the sample catalogue is rejected: ${catalogue.errors.join('; ')}`);
const input = { settings: settingsFromConfig(DEFAULT_CONFIG, catalogue.catalogue) };
// States differ by where the chart is, by whether typing the ID is unlocked (3 failed reads), and by
// which poll steps have an answer to keep, not by the rest of their data: keeps the graph finite.
const serializeState = (snapshot: { value: unknown; context: Pick<KioskContext, 'idFailures' | 'rating'> }) => {
  const { criteria, reasons, comment } = snapshot.context.rating;
  const answered = [Object.keys(criteria).length > 0, reasons.length > 0, comment !== ''];
  return JSON.stringify([snapshot.value, Math.min(snapshot.context.idFailures, READS_BEFORE_MANUAL_ENTRY), answered]);
};

describe('kiosk chart as a graph', () => {
  const paths = getShortestPaths(kioskMachine, { events: EVENTS, input, serializeState });

  it('reaches every state the chart declares', () => {
    const declared = getStateNodes(kioskMachine).map((node) => node.path.join('.'));
    const unreached = declared.filter((state) => !paths.some((path) => path.state.matches(state as never)));
    expect(unreached).toEqual([]);
    expect(declared.length).toBeGreaterThan(20);
  });

  it('can get back to attract from every reachable state', () => {
    // One traversal, then walked backwards from attract: whatever that reaches can get home.
    const steps = adjacencyMapToArray(getAdjacencyMap(kioskMachine, { events: EVENTS, input, serializeState }));
    const states = new Map(steps.map(({ state }) => [serializeState(state), state]));
    const cameFrom = new Map<string, string[]>();
    for (const { state, nextState } of steps) {
      const to = serializeState(nextState);
      cameFrom.set(to, [...(cameFrom.get(to) ?? []), serializeState(state)]);
    }
    const canGetHome = new Set([...states].filter(([, state]) => state.matches('attract')).map(([key]) => key));
    const queue = [...canGetHome];
    for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
      for (const previous of cameFrom.get(key) ?? []) {
        if (!canGetHome.has(previous)) {
          canGetHome.add(previous);
          queue.push(previous);
        }
      }
    }
    const stuck = [...states].filter(([key]) => !canGetHome.has(key)).map(([, state]) => JSON.stringify(state.value));
    expect(stuck).toEqual([]);
    expect(states.size).toBe(paths.length);
  });
});
