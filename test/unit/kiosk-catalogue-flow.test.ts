/**
 * The ticket flow through the catalogue, on the chart alone: the runtime's actors replaced by ones
 * that record what the chart asks of them, so what reaches the queue is checked, not assumed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Actor, createActor, fromPromise } from 'xstate';
import { type KioskUiEvent, MAX_SEARCH_LENGTH, uiEventSchema } from '../../bridge/contract.js';
import type { LinkedTicket } from '../../bridge/queue-protocol.js';
import type { Catalogue } from '../../domain/catalogue/catalogue-schema.js';
import { DEFAULT_CONFIG, type KioskConfig } from '../../domain/config/schema.js';
import type { CardReading } from '../../domain/identity/card-reading.js';
import { bundledCataloguePath, readCatalogueFile } from '../../runtime/catalogue/catalogue-file.js';
import { settingsFromConfig } from '../../state-machines/kiosk-settings.js';
import { SEARCH_RESULTS_SHOWN, kioskView } from '../../state-machines/kiosk-view.js';
import { type IssueTicketInput, type PrintTicketInput, type SpeakInput, kioskMachine } from '../../state-machines/kiosk.machine.js';
import { TicketRefusedError } from '../../state-machines/ticket-refused.js';
import { walkToChooseService, walkToConfirm } from '../helpers/walks.js';

const sample = readCatalogueFile(bundledCataloguePath(), DEFAULT_CONFIG.serviceGroups.map((group) => group.id));
if (!sample.ok) throw new Error(`the sample catalogue is rejected: ${sample.errors.join('; ')}`);
const CATALOGUE: Catalogue = sample.catalogue;

const CLOSED = { vi: 'Hôm nay đã ngừng cấp số, mời ông/bà quay lại vào ngày làm việc tiếp theo.', en: 'No more tickets today; please come back on the next working day.' };

const reading = (age: number | null): CardReading => ({ source: 'manual', idNumber: '001085012345', identity: null, age, expired: false });

interface Options {
  config?: KioskConfig;
  card?: CardReading;
  issue?: (input: IssueTicketInput) => Promise<LinkedTicket>;
}

let actor: Actor<typeof kioskMachine> | undefined;
afterEach(() => actor?.stop());

/** The chart with recording actors; `issued` lists every IssueTicketInput it asked for. */
function startChart({ config = DEFAULT_CONFIG, card = reading(30), issue }: Options = {}) {
  const issued: IssueTicketInput[] = [];
  const machine = kioskMachine.provide({
    actors: {
      speak: fromPromise<void, SpeakInput>(async () => undefined),
      readIdCard: fromPromise(async () => card),
      checkTypedId: fromPromise(async () => card),
      issueTicket: fromPromise<LinkedTicket, IssueTicketInput>(async ({ input }) => {
        issued.push(input);
        if (issue !== undefined) return issue(input);
        const group = config.serviceGroups.find((candidate) => candidate.id === input.serviceId);
        return {
          id: 1,
          number: `${group?.prefix ?? '?'}001`,
          serviceId: input.serviceId,
          prefix: group?.prefix ?? '?',
          sequence: 1,
          serviceDay: '2026-11-23',
          issuedAt: '2026-11-23T02:00:00.000Z',
          peopleAhead: 0,
          estimatedWaitMinutes: 0,
          priority: input.priority,
          ratingToken: null,
        };
      }),
      printTicket: fromPromise<void, PrintTicketInput>(async () => undefined),
    },
  });
  const started = createActor(machine, { input: { settings: settingsFromConfig(config, CATALOGUE) } });
  actor = started;
  started.start();
  return {
    issued,
    async send(...events: KioskUiEvent[]) {
      for (const event of events) {
        started.send(event);
        // The recording actors settle on promise callbacks.
        for (let round = 0; round < 5; round += 1) await new Promise((resolve) => setImmediate(resolve));
      }
    },
    view: () => kioskView(started.getSnapshot()),
    queueUpdate: (day: { open: boolean; closedMessage: typeof CLOSED | null }) =>
      started.send({ type: 'queue.updated', groups: [], day: { day: '2026-11-23', ...day } }),
  };
}

const firstResult = (chart: ReturnType<typeof startChart>) => chart.view().search?.results[0]?.id;

describe('choosing a procedure', () => {
  it('browses a field, picks a procedure, and the ticket is issued for the group that handles it, with the priority declared', async () => {
    const chart = startChart();
    await chart.send(...walkToChooseService(), { type: 'ui.field', fieldId: 'residence' });
    expect(chart.view()).toMatchObject({ screen: 'chooseProcedure', field: { id: 'residence', name: 'Cư trú' } });
    expect(chart.view().field?.procedures[0]).toMatchObject({
      id: 'permanent-residence-registration',
      servicePrefix: 'B',
      timeLimit: expect.stringMatching(/ngày/),
      fee: expect.any(String),
    });

    await chart.send({ type: 'ui.procedure', procedureId: 'temporary-residence-registration' });
    expect(chart.view().screen).toBe('idConsent');
    await chart.send({ type: 'ui.skipId' });
    expect(chart.view()).toMatchObject({
      screen: 'confirm',
      selectedService: { id: 'residence', prefix: 'B' },
      selectedProcedure: { id: 'temporary-residence-registration', name: 'Đăng ký tạm trú', documents: expect.arrayContaining([expect.stringContaining('CT01')]) },
    });

    await chart.send({ type: 'ui.priority', group: 'pregnant' }, { type: 'ui.confirm' });
    expect(chart.issued).toEqual([{ serviceId: 'residence', procedureId: 'temporary-residence-registration', priority: 'pregnant' }]);
    expect(chart.view()).toMatchObject({ screen: 'ticket', ticket: { number: 'B001', priority: { mark: 'ƯU TIÊN', group: 'Phụ nữ mang thai' } } });
  });

  it('still takes a ticket by service group, with no procedure and no priority', async () => {
    const chart = startChart();
    await chart.send(...walkToConfirm('land'), { type: 'ui.confirm' });
    expect(chart.issued).toEqual([{ serviceId: 'land', procedureId: null, priority: null }]);
    expect(chart.view()).toMatchObject({ screen: 'ticket', ticket: { number: 'C001', priority: null } });
  });

  it('ignores a field or a procedure the catalogue does not have, and one routed to a group the kiosk dropped', async () => {
    const chart = startChart({ config: { ...DEFAULT_CONFIG, serviceGroups: DEFAULT_CONFIG.serviceGroups.filter((group) => group.id !== 'land') } });
    await chart.send(...walkToChooseService(), { type: 'ui.field', fieldId: 'no-such-field' });
    expect(chart.view().screen).toBe('chooseService');
    await chart.send({ type: 'ui.field', fieldId: 'land-construction' }, { type: 'ui.procedure', procedureId: 'no-such-procedure' });
    expect(chart.view().screen).toBe('chooseProcedure');
    await chart.send({ type: 'ui.procedure', procedureId: chart.view().field?.procedures[0]?.id ?? '' });
    expect(chart.view().screen).toBe('chooseProcedure');
  });

  it('goes back from the card step to the list the procedure was chosen from', async () => {
    const chart = startChart();
    await chart.send(...walkToChooseService(), { type: 'ui.field', fieldId: 'civil-status' }, { type: 'ui.procedure', procedureId: 'death-registration' });
    await chart.send({ type: 'ui.back' });
    expect(chart.view()).toMatchObject({ screen: 'chooseProcedure', field: { id: 'civil-status' } });
    await chart.send({ type: 'ui.back' }, { type: 'ui.search', query: 'khai tu' }, { type: 'ui.procedure', procedureId: 'death-registration' });
    await chart.send({ type: 'ui.skipId' }, { type: 'ui.back' });
    expect(chart.view()).toMatchObject({ screen: 'searchProcedure', search: { query: 'khai tu' }, selectedProcedure: null });
    await chart.send({ type: 'ui.back' });
    expect(chart.view()).toMatchObject({ screen: 'chooseService', search: null, field: null });
  });
});

describe('searching', () => {
  it('ranks the procedure the citizen means first, updated as they type, at most six', async () => {
    const chart = startChart();
    await chart.send(...walkToChooseService(), { type: 'ui.search', query: '' });
    expect(chart.view()).toMatchObject({ screen: 'searchProcedure', search: { query: '', results: [] } });
    await chart.send({ type: 'ui.search', query: 'dang ky tam tru' });
    expect(firstResult(chart)).toBe('temporary-residence-registration');
    expect(chart.view().search?.results.length).toBeLessThanOrEqual(SEARCH_RESULTS_SHOWN);
    expect(chart.view().search?.results[0]).toMatchObject({ name: 'Đăng ký tạm trú', fieldName: 'Cư trú', servicePrefix: 'B' });
    // Telex, as the on-screen keyboard types Vietnamese.
    await chart.send({ type: 'ui.search', query: 'chuwngs thuwcj' });
    expect(chart.view().search?.results[0]?.fieldName).toBe('Chứng thực');
    await chart.send({ type: 'ui.search', query: 'khai sinh' });
    expect(firstResult(chart)).toBe('birth-registration');

    await chart.send({ type: 'ui.procedure', procedureId: 'birth-registration' }, { type: 'ui.skipId' }, { type: 'ui.confirm' });
    expect(chart.issued).toEqual([{ serviceId: 'civil-status', procedureId: 'birth-registration', priority: null }]);
  });

  it('searches and shows the catalogue in the session\'s language', async () => {
    const chart = startChart();
    await chart.send(...walkToChooseService('en'), { type: 'ui.search', query: 'birth certificate' });
    expect(chart.view().search?.results[0]).toMatchObject({ id: 'birth-registration', name: 'Birth registration', fieldName: 'Civil status' });
    expect(chart.view().fields.map((field) => field.name)).toContain('Residence');
  });

  it('takes no search longer than a citizen types, and no priority group it does not know', () => {
    expect(uiEventSchema.safeParse({ type: 'ui.search', query: 'a'.repeat(MAX_SEARCH_LENGTH) }).success).toBe(true);
    expect(uiEventSchema.safeParse({ type: 'ui.search', query: 'a'.repeat(MAX_SEARCH_LENGTH + 1) }).success).toBe(false);
    expect(uiEventSchema.safeParse({ type: 'ui.priority', group: 'vip' }).success).toBe(false);
    expect(uiEventSchema.safeParse({ type: 'ui.procedure', procedureId: 'birth-registration', extra: 1 }).success).toBe(false);
  });
});

describe('declaring a priority', () => {
  it('is one tap, one group at a time, and withdrawn by choosing none', async () => {
    const chart = startChart();
    await chart.send(...walkToConfirm());
    expect(chart.view().priority.options.map((option) => option.label)).toEqual([
      'Người cao tuổi',
      'Người khuyết tật',
      'Phụ nữ mang thai',
      'Có con nhỏ',
      'Người có công',
    ]);
    await chart.send({ type: 'ui.priority', group: 'disability' });
    expect(chart.view().priority.selected).toBe('disability');
    await chart.send({ type: 'ui.priority', group: 'young-child' });
    expect(chart.view().priority.selected).toBe('young-child');
    await chart.send({ type: 'ui.priority', group: null }, { type: 'ui.confirm' });
    expect(chart.issued).toEqual([{ serviceId: 'civil-status', procedureId: null, priority: null }]);
  });

  it('is withdrawn when the citizen goes back from the confirm screen', async () => {
    const chart = startChart();
    await chart.send(...walkToConfirm(), { type: 'ui.priority', group: 'meritorious' }, { type: 'ui.back' });
    expect(chart.view().priority.selected).toBeNull();
  });

  it('pre-selects the elderly group when the card says the citizen is old enough, and only then', async () => {
    const elder = startChart({ card: reading(DEFAULT_CONFIG.priority.elderlyAge) });
    await elder.send(...walkToChooseService(), { type: 'ui.service', serviceId: 'social' }, { type: 'ui.readCard' });
    expect(elder.view()).toMatchObject({ screen: 'confirm', identity: { priorityByAge: true }, priority: { selected: 'elderly' } });
    await elder.send({ type: 'ui.confirm' });
    expect(elder.issued[0]?.priority).toBe('elderly');
    actor?.stop();

    const younger = startChart({ card: reading(DEFAULT_CONFIG.priority.elderlyAge - 1) });
    await younger.send(...walkToChooseService(), { type: 'ui.service', serviceId: 'social' }, { type: 'ui.readCard' });
    expect(younger.view()).toMatchObject({ screen: 'confirm', identity: { priorityByAge: false }, priority: { selected: null } });
  });
});

describe('a closed day', () => {
  it('says so on the menu and the ticket start, in the citizen\'s language', async () => {
    const chart = startChart();
    chart.queueUpdate({ open: false, closedMessage: CLOSED });
    await chart.send(...walkToChooseService('en'));
    expect(chart.view()).toMatchObject({ screen: 'chooseService', closedMessage: CLOSED.en });
    chart.queueUpdate({ open: true, closedMessage: null });
    expect(chart.view().closedMessage).toBeNull();
  });

  it('shows the queue\'s refusal instead of a ticket, with no retry, and leaves for the menu', async () => {
    const chart = startChart({ issue: async () => Promise.reject(new TicketRefusedError('dayClosed', CLOSED)) });
    await chart.send(...walkToConfirm(), { type: 'ui.confirm' });
    expect(chart.view()).toMatchObject({ screen: 'issueRefused', refusal: CLOSED.vi, ticket: null });
    await chart.send({ type: 'ui.retry' });
    expect(chart.view().screen).toBe('issueRefused');
    expect(chart.issued).toHaveLength(1);
    await chart.send({ type: 'ui.back' });
    expect(chart.view()).toMatchObject({ screen: 'menu', refusal: null });
  });

  it('still shows the generic failure for an error that is not a refusal', async () => {
    const chart = startChart({ issue: async () => Promise.reject(new Error('disk full')) });
    await chart.send(...walkToConfirm(), { type: 'ui.confirm' });
    expect(chart.view()).toMatchObject({ screen: 'issueFailed', refusal: null });
  });
});
