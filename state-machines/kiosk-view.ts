/**
 * The renderer's whole world: a serialisable view derived from the session snapshot.
 * Personal data leaves the session masked or not at all.
 */
import type {
  AdviceAnswerView,
  AdviceView,
  FieldOption,
  IdentityView,
  KioskRatingView,
  KioskView,
  SessionView,
  PriorityView,
  ProcedureDetail,
  ProcedureOption,
  ScreenId,
  ServiceOption,
  TicketPriorityView,
} from '../bridge/contract.js';
import type { CatalogueField, Procedure } from '../domain/catalogue/catalogue-schema.js';
import { searchProcedures } from '../domain/catalogue/search.js';
import type { CardReading } from '../domain/identity/card-reading.js';
import type { ServiceGroup } from '../domain/config/schema.js';
import { maskId } from '../domain/identity/identity-card.js';
import { PRIORITY_GROUPS, PRIORITY_GROUP_IDS, PRIORITY_MARK, type PriorityGroupId, qualifiesAsElderly } from '../domain/queue/priority.js';
import { findProcedure } from './catalogue-lookup.js';
import { localTime } from '../domain/queue/ticket-number.js';
import { ticketStatusUrl } from '../domain/queue/ticket-status-link.js';
import type { SnapshotFrom } from 'xstate';
import { type KioskContext, type KioskMachine, READS_BEFORE_MANUAL_ENTRY } from './kiosk.machine.js';

type KioskSnapshot = SnapshotFrom<KioskMachine>;

/** Search results the kiosk lists: what fits one screen without scrolling. */
export const SEARCH_RESULTS_SHOWN = 6;

/** Deepest states first: the first match names the screen. */
const SCREENS: ReadonlyArray<[ScreenId, Parameters<KioskSnapshot['matches']>[0]]> = [
  ['attract', 'attract'],
  ['greeting', { session: { flow: 'greeting' } }],
  ['menu', { session: { flow: 'menu' } }],
  ['adviceProcedure', { session: { flow: { advice: 'procedure' } } }],
  ['adviceAsk', { session: { flow: { advice: 'ask' } } }],
  ['adviceAsk', { session: { flow: { advice: 'answering' } } }],
  ['adviceAnswer', { session: { flow: { advice: 'answer' } } }],
  ['chooseProcedure', { session: { flow: { advice: 'field' } } }],
  ['searchProcedure', { session: { flow: { advice: 'search' } } }],
  // Its first screen: a question, a search, the fields.
  ['advice', { session: { flow: 'advice' } }],
  ['chooseService', { session: { flow: { ticket: 'chooseService' } } }],
  ['chooseProcedure', { session: { flow: { ticket: 'chooseProcedure' } } }],
  ['searchProcedure', { session: { flow: { ticket: 'searchProcedure' } } }],
  ['idConsent', { session: { flow: { ticket: { identify: 'consent' } } } }],
  ['idManual', { session: { flow: { ticket: { identify: 'typing' } } } }],
  ['idManual', { session: { flow: { ticket: { identify: 'checkingTyped' } } } }],
  ['identify', { session: { flow: { ticket: 'identify' } } }],
  ['confirm', { session: { flow: { ticket: 'confirm' } } }],
  ['issuing', { session: { flow: { ticket: 'issuing' } } }],
  ['issueFailed', { session: { flow: { ticket: 'issueFailed' } } }],
  ['issueRefused', { session: { flow: { ticket: 'issueRefused' } } }],
  ['printing', { session: { flow: { ticket: 'printing' } } }],
  ['printFailed', { session: { flow: { ticket: 'printFailed' } } }],
  ['ticket', { session: { flow: { ticket: 'done' } } }],
  ['rateOverall', { session: { flow: { rate: 'overall' } } }],
  ['rateOverall', { session: { flow: { rate: 'keeping' } } }],
  ['rateCriteria', { session: { flow: { rate: 'criteria' } } }],
  ['rateReasons', { session: { flow: { rate: 'reasons' } } }],
  ['rateComment', { session: { flow: { rate: 'comment' } } }],
  ['rateThanks', { session: { flow: { rate: 'thanks' } } }],
  // Finding the ticket (and looking it up).
  ['rate', { session: { flow: 'rate' } }],
];

export function screenOf(snapshot: KioskSnapshot): ScreenId {
  const found = SCREENS.find(([, state]) => snapshot.matches(state));
  if (!found) throw new Error(`no screen for state ${JSON.stringify(snapshot.value)}`);
  return found[0];
}

function serviceOption(group: ServiceGroup, context: KioskContext): ServiceOption {
  const summary = context.queue.groups.find((candidate) => candidate.id === group.id);
  return {
    id: group.id,
    prefix: group.prefix,
    name: group.name[context.locale],
    counters: group.counters,
    waiting: summary?.waiting ?? 0,
    estimatedWaitMinutes: summary?.estimatedWaitMinutes ?? null,
  };
}

function procedureOption(procedure: Procedure, field: CatalogueField, context: KioskContext): ProcedureOption {
  const { locale } = context;
  return {
    id: procedure.id,
    name: procedure.name[locale],
    fieldName: field.name[locale],
    timeLimit: procedure.timeLimit[locale],
    fee: procedure.fee[locale],
    serviceId: procedure.serviceGroup,
    servicePrefix: context.settings.serviceGroups.find((group) => group.id === procedure.serviceGroup)?.prefix ?? '',
  };
}

function procedureDetail(procedure: Procedure, field: CatalogueField, context: KioskContext): ProcedureDetail {
  return { ...procedureOption(procedure, field, context), documents: procedure.documents.map((document) => document[context.locale]) };
}

function selectedProcedure(context: KioskContext): ProcedureDetail | null {
  const found = context.procedureId === null ? null : findProcedure(context.settings.catalogue, context.procedureId);
  return found === null ? null : procedureDetail(found.procedure, found.field, context);
}

function fieldView(context: KioskContext): KioskView['field'] {
  const field = context.settings.catalogue.fields.find((candidate) => candidate.id === context.fieldId);
  if (field === undefined) return null;
  return {
    id: field.id,
    name: field.name[context.locale],
    procedures: field.procedures.map((procedure) => procedureOption(procedure, field, context)),
  };
}

/** The search box and its best matches: the text typed is the catalogue's business, never logged. */
function searchView(context: KioskContext): KioskView['search'] {
  if (context.searchQuery === null) return null;
  const results = searchProcedures(context.settings.catalogue, context.searchQuery, context.locale, SEARCH_RESULTS_SHOWN);
  return { query: context.searchQuery, results: results.map(({ procedure, field }) => procedureOption(procedure, field, context)) };
}

function priorityView(context: KioskContext): PriorityView {
  return {
    options: PRIORITY_GROUP_IDS.map((id) => ({ id, label: PRIORITY_GROUPS[id].button[context.locale] })),
    selected: context.priority,
  };
}

function ticketPriority(priority: PriorityGroupId | null, context: KioskContext): TicketPriorityView | null {
  if (priority === null) return null;
  return { mark: PRIORITY_MARK[context.locale], group: PRIORITY_GROUPS[priority].button[context.locale] };
}

function identityView(card: CardReading, elderlyAge: number): IdentityView {
  return {
    maskedId: maskId(card.idNumber),
    fullName: card.identity?.fullName ?? null,
    age: card.age,
    priorityByAge: qualifiesAsElderly(card.age, elderlyAge),
    expired: card.expired,
    source: card.source,
  };
}

/** The rating session as the screens show it: the ticket's service by name, nothing about the citizen. */
function ratingView(snapshot: KioskSnapshot): KioskRatingView | null {
  if (!snapshot.matches({ session: { flow: 'rate' } })) return null;
  const { rating, locale } = snapshot.context;
  const { ticket } = rating;
  const busy = ['looking', 'keeping', 'criteria.keeping', 'reasons.keeping', 'comment.keeping'].some((state) =>
    snapshot.matches(`session.flow.rate.${state}` as never),
  );
  return {
    typed: rating.typed,
    scanning: snapshot.matches({ session: { flow: { rate: { find: 'scanning' } } } }),
    busy,
    refusal: rating.refusal && { reason: rating.refusal.reason, message: rating.refusal.message[locale] },
    ticket: ticket && {
      number: ticket.number,
      counter: ticket.counter,
      service: ticket.service[locale],
      procedure: ticket.procedure?.[locale] ?? null,
    },
    overall: rating.overall,
    criteria: rating.criteria,
    reasons: rating.reasons,
    comment: rating.comment,
  };
}

function adviceAnswerView(context: KioskContext, services: readonly ServiceOption[]): AdviceAnswerView | null {
  const { answer } = context.advice;
  if (answer === null) return null;
  if (answer.kind === 'faq') return { kind: 'faq', question: answer.question[context.locale], answer: answer.answer[context.locale] };
  if (answer.kind === 'unknown') return answer;
  const found = findProcedure(context.settings.catalogue, answer.procedureId);
  // The catalogue changed under the answer: nothing honest to say but "ask at the counter".
  if (found === null) return { kind: 'unknown' };
  return {
    kind: 'procedure',
    procedure: procedureDetail(found.procedure, found.field, context),
    aspect: answer.aspect,
    service: services.find((service) => service.id === found.procedure.serviceGroup) ?? null,
  };
}

/** "Ask about a procedure", while the citizen is in it. */
function adviceView(snapshot: KioskSnapshot, services: readonly ServiceOption[]): AdviceView | null {
  if (!snapshot.matches({ session: { flow: 'advice' } })) return null;
  const { context } = snapshot;
  const found = context.procedureId === null ? null : findProcedure(context.settings.catalogue, context.procedureId);
  const checklist = (['printing', 'printed', 'failed'] as const).find((state) => snapshot.matches({ session: { flow: { advice: { procedure: state } } } }));
  return {
    portalUrl: found?.procedure.portalUrl ?? null,
    checklist: checklist ?? 'idle',
    question: context.advice.question,
    answering: snapshot.matches({ session: { flow: { advice: 'answering' } } }),
    answer: adviceAnswerView(context, services),
  };
}

/** Offers to rate just-finished tickets: on the welcome screens only, where nobody has started anything yet. */
const OFFERED_ON: readonly ScreenId[] = ['attract', 'greeting'];

export function kioskView(snapshot: KioskSnapshot): SessionView {
  const { context } = snapshot;
  const { settings } = context;
  const services = settings.serviceGroups.map((group) => serviceOption(group, context));
  const selectedService = services.find((service) => service.id === context.serviceId) ?? null;
  const ticketService = services.find((service) => service.id === context.ticket?.serviceId);
  const fields: FieldOption[] = settings.catalogue.fields.map((field) => ({
    id: field.id,
    name: field.name[context.locale],
    procedureCount: field.procedures.length,
  }));
  const browsing = snapshot.matches({ session: { flow: { ticket: 'chooseProcedure' } } }) || snapshot.matches({ session: { flow: { advice: 'field' } } });
  const searching = snapshot.matches({ session: { flow: { ticket: 'searchProcedure' } } }) || snapshot.matches({ session: { flow: { advice: 'search' } } });
  return {
    screen: screenOf(snapshot),
    locale: context.locale,
    locales: settings.locales,
    display: context.display,
    servicePointName: settings.servicePointName[context.locale],
    brand: settings.brand,
    services,
    selectedService,
    fields,
    field: browsing ? fieldView(context) : null,
    search: searching ? searchView(context) : null,
    selectedProcedure: selectedProcedure(context),
    priority: priorityView(context),
    closedMessage: context.queue.day?.closedMessage?.[context.locale] ?? null,
    refusal: context.refusal?.[context.locale] ?? null,
    identity: context.card && identityView(context.card, settings.elderlyAge),
    idRead: {
      failures: context.idFailures,
      lastFailure: context.lastIdFailure,
      manualAllowed: context.idFailures >= READS_BEFORE_MANUAL_ENTRY,
      manualError: context.manualError,
    },
    ticket: context.ticket && {
      number: context.ticket.number,
      serviceName: ticketService?.name ?? context.ticket.serviceId,
      counters: ticketService?.counters ?? [],
      issuedAtLocal: localTime(new Date(context.ticket.issuedAt), settings.timeZone),
      peopleAhead: context.ticket.peopleAhead,
      estimatedWaitMinutes: context.ticket.estimatedWaitMinutes,
      statusUrl: ticketStatusUrl(settings.publicUrl, context.ticket),
      priority: ticketPriority(context.ticket.priority, context),
    },
    idleSecondsLeft: snapshot.matches({ session: { idle: 'warning' } }) ? context.idleSecondsLeft : null,
    camera: settings.cameraReader && snapshot.matches({ session: { flow: { ticket: { identify: 'reading' } } } }),
    printerProblem: context.printerProblem,
    rating: ratingView(snapshot),
    advice: adviceView(snapshot, services),
    ratingOffers: OFFERED_ON.includes(screenOf(snapshot)) ? [...context.ratingOffers] : [],
  };
}
