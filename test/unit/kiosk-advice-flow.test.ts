/**
 * "Ask about a procedure" on a whole kiosk with mock devices: browse and search into a procedure's
 * page, its checklist printed on the mock printer (and a printer that fails or never answers), a
 * ticket taken from the page, questions answered or honestly not (and kept for staff, redacted).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskUiEvent } from '../../bridge/contract.js';
import { PrinterError } from '../../devices/printer/receipt-printer.js';
import { DEFAULT_CONFIG } from '../../domain/config/schema.js';
import { UNKNOWN_QUESTIONS_FILE } from '../../runtime/advice/unknown-questions.js';
import { type Harness, startHarness, waitUntil } from '../helpers/kiosk-harness.js';
import { printedTickets } from '../helpers/printed.js';
import { walkToMenu } from '../helpers/walks.js';

let kiosk: Harness;
afterEach(async () => kiosk?.close());

const toAdvice = (locale: 'vi' | 'en' = 'vi'): KioskUiEvent[] => [...walkToMenu(locale), { type: 'ui.menu', item: 'advice' }];
const toBirthPage: KioskUiEvent[] = [
  ...toAdvice(),
  { type: 'ui.field', fieldId: 'civil-status' },
  { type: 'ui.procedure', procedureId: 'birth-registration' },
];
const view = () => kiosk.runtime.currentView();
const checklists = () => kiosk.devices.printer.printed.flatMap(({ job, text }) => (job.kind === 'checklist' ? [{ checklist: job.checklist, text }] : []));

describe('a procedure page in the advice', () => {
  it('browses a field into a procedure: documents, fee, time limit, its counters and its portal page', async () => {
    kiosk = await startHarness();
    await kiosk.send(...toAdvice());
    expect(view()).toMatchObject({ screen: 'advice', advice: { checklist: 'idle', answer: null } });
    await kiosk.send({ type: 'ui.field', fieldId: 'civil-status' });
    expect(view()).toMatchObject({ screen: 'chooseProcedure', field: { id: 'civil-status' } });
    await kiosk.send({ type: 'ui.procedure', procedureId: 'birth-registration' });
    const civil = DEFAULT_CONFIG.serviceGroups.find((group) => group.id === 'civil-status');
    expect(view()).toMatchObject({
      screen: 'adviceProcedure',
      selectedProcedure: { id: 'birth-registration', name: 'Đăng ký khai sinh', documents: expect.arrayContaining([expect.stringContaining('Giấy chứng sinh')]) },
      selectedService: { id: 'civil-status', counters: civil?.counters },
      advice: { portalUrl: expect.stringMatching(/^https:\/\/dichvucong\.gov\.vn\//), checklist: 'idle' },
    });
    await kiosk.send({ type: 'ui.back' });
    expect(view()).toMatchObject({ screen: 'chooseProcedure', selectedProcedure: null });
    await kiosk.send({ type: 'ui.back' }, { type: 'ui.back' });
    expect(view().screen).toBe('menu');
  });

  it('finds a procedure by search and goes back to the results', async () => {
    kiosk = await startHarness();
    await kiosk.send(...toAdvice(), { type: 'ui.search', query: '' }, { type: 'ui.search', query: 'tam tru' });
    expect(view().search?.results.map((result) => result.id)).toContain('temporary-residence-registration');
    await kiosk.send({ type: 'ui.procedure', procedureId: 'temporary-residence-registration' });
    expect(view()).toMatchObject({ screen: 'adviceProcedure', selectedService: { id: 'residence' } });
    await kiosk.send({ type: 'ui.back' });
    expect(view()).toMatchObject({ screen: 'searchProcedure', search: { query: 'tam tru' } });
  });

  it('prints the documents checklist on the receipt printer in the citizen\'s language, with the portal QR', async () => {
    kiosk = await startHarness();
    await kiosk.send(...toBirthPage, { type: 'ui.printChecklist' });
    expect(view().advice?.checklist).toBe('printed');
    const [printed] = checklists();
    expect(printed?.checklist).toMatchObject({
      heading: 'GIẤY TỜ CẦN MANG',
      procedure: 'Đăng ký khai sinh (Hộ tịch)',
      documents: expect.arrayContaining([expect.stringContaining('Tờ khai đăng ký khai sinh')]),
      notes: expect.arrayContaining([expect.stringMatching(/^Lệ phí: Miễn/), expect.stringMatching(/^Thời hạn: Trong ngày/), expect.stringMatching(/^Nộp tại quầy 1/)]),
      portalUrl: expect.stringMatching(/^https:\/\/dichvucong\.gov\.vn\//),
    });
    expect(printed?.text).toContain('1. Tờ khai đăng ký khai sinh');
    expect(printedTickets(kiosk.devices.printer)).toEqual([]);
  });

  it('says why the checklist did not print, in the citizen\'s words, and prints it when asked again', async () => {
    kiosk = await startHarness();
    kiosk.devices.printer.setFault('paperOut');
    await kiosk.send(...toBirthPage, { type: 'ui.printChecklist' });
    expect(view()).toMatchObject({ screen: 'adviceProcedure', printerProblem: 'paperOut', advice: { checklist: 'failed' } });
    expect(checklists()).toEqual([]);
    kiosk.devices.printer.setFault(null);
    await kiosk.send({ type: 'ui.printChecklist' });
    expect(view().advice?.checklist).toBe('printed');
    expect(checklists()).toHaveLength(1);
  });

  it('never holds the page on a printer that does not answer', async () => {
    kiosk = await startHarness();
    kiosk.devices.printer.print = () => new Promise(() => undefined);
    await kiosk.send(...toBirthPage, { type: 'ui.printChecklist' });
    expect(view().advice?.checklist).toBe('printing');
    await kiosk.advance(DEFAULT_CONFIG.timeouts.printMs);
    expect(view()).toMatchObject({ screen: 'adviceProcedure', advice: { checklist: 'failed' } });
  });

  it('a failed print job refused by the printer is said too', async () => {
    kiosk = await startHarness();
    kiosk.devices.printer.script.queueFailure(new PrinterError('failed', 'jam'));
    await kiosk.send(...toBirthPage, { type: 'ui.printChecklist' });
    expect(view().advice?.checklist).toBe('failed');
  });

  it('takes a ticket for the procedure straight from its page; back from the card step returns to the page', async () => {
    kiosk = await startHarness();
    await kiosk.send(...toBirthPage, { type: 'ui.takeTicket' });
    expect(view()).toMatchObject({ screen: 'idConsent', selectedProcedure: { id: 'birth-registration' }, selectedService: { id: 'civil-status' } });
    await kiosk.send({ type: 'ui.back' });
    expect(view()).toMatchObject({ screen: 'adviceProcedure', selectedProcedure: { id: 'birth-registration' } });
    await kiosk.send({ type: 'ui.takeTicket' }, { type: 'ui.skipId' }, { type: 'ui.confirm' });
    expect(view()).toMatchObject({ screen: 'ticket', ticket: { number: 'A001' } });
    expect(printedTickets(kiosk.devices.printer)).toHaveLength(1);
  });

  it('start over and the idle timeout leave the advice for the welcome screen, forgetting it', async () => {
    kiosk = await startHarness();
    await kiosk.send(...toBirthPage, { type: 'ui.cancel' });
    expect(view()).toMatchObject({ screen: 'attract', selectedProcedure: null, advice: null });
    await kiosk.send(...toAdvice(), { type: 'ui.questionText', text: 'khai sinh' });
    await kiosk.advance(DEFAULT_CONFIG.timeouts.idleMs + 1000);
    expect(view().screen).toBe('attract');
    await kiosk.send(...toAdvice(), { type: 'ui.questionText', text: '' });
    expect(view().advice?.question).toBe('');
  });
});

describe('questions in the advice', () => {
  it('answers a question about a procedure with the part asked, and opens its page from the answer', async () => {
    kiosk = await startHarness();
    await kiosk.send(...toAdvice(), { type: 'ui.questionText', text: '' });
    expect(view().screen).toBe('adviceAsk');
    await kiosk.send({ type: 'ui.questionText', text: 'làm giấy khai sinh cần gì' }, { type: 'ui.ask', question: 'làm giấy khai sinh cần gì' });
    expect(view()).toMatchObject({
      screen: 'adviceAnswer',
      advice: { question: 'làm giấy khai sinh cần gì', answer: { kind: 'procedure', aspect: 'documents', procedure: { id: 'birth-registration' }, service: { id: 'civil-status' } } },
    });
    await kiosk.send({ type: 'ui.procedure', procedureId: 'birth-registration' });
    expect(view().screen).toBe('adviceProcedure');
    await kiosk.send({ type: 'ui.back' });
    expect(view().screen).toBe('adviceAnswer');
    await kiosk.send({ type: 'ui.back' });
    expect(view()).toMatchObject({ screen: 'adviceAsk', advice: { answer: null, question: 'làm giấy khai sinh cần gì' } });
  });

  it('answers a frequent question in English with the configured opening hours', async () => {
    kiosk = await startHarness({ config: { ...DEFAULT_CONFIG, queue: { ...DEFAULT_CONFIG.queue, openingHours: { week: { mon: [], tue: [{ opens: '08:00', closes: '12:00' }], wed: [], thu: [], fri: [], sat: [], sun: [] }, closedDays: [], complexCutoffMinutes: 30 } } } });
    await kiosk.send(...toAdvice('en'), { type: 'ui.ask', question: 'what time do you open' });
    expect(view().advice?.answer).toEqual({ kind: 'faq', question: 'What are the opening hours?', answer: expect.stringContaining('Tuesday: 08:00–12:00.') });
  });

  it('answers an unknown question honestly and keeps it for staff without the ID number in it', async () => {
    kiosk = await startHarness();
    await kiosk.send(...toAdvice(), { type: 'ui.ask', question: 'con mèo số 079203000123 của tôi đi lạc' });
    expect(view()).toMatchObject({ screen: 'adviceAnswer', advice: { answer: { kind: 'unknown' } } });
    const file = join(kiosk.dataDir, UNKNOWN_QUESTIONS_FILE);
    await waitUntil(() => existsSync(file) && readFileSync(file, 'utf8').endsWith('\n'), 'the unanswered question kept');
    const kept = readFileSync(file, 'utf8');
    expect(kept).not.toMatch(/\d{6}/);
    expect(JSON.parse(kept.trim())).toMatchObject({ locale: 'vi', question: 'con mèo số [số] của tôi đi lạc' });
  });

  it('does not keep questions it answered', async () => {
    kiosk = await startHarness();
    await kiosk.send(...toAdvice(), { type: 'ui.ask', question: 'mấy giờ mở cửa' });
    expect(view().advice?.answer?.kind).toBe('faq');
    expect(existsSync(join(kiosk.dataDir, UNKNOWN_QUESTIONS_FILE))).toBe(false);
  });
});
