/**
 * The renderer's whole world: a serialisable view derived from the session snapshot.
 * Personal data leaves the session masked or not at all.
 */
import type { IdentityView, KioskView, ScreenId, ServiceOption } from '../bridge/contract.js';
import type { CardReading } from '../domain/identity/card-reading.js';
import type { ServiceGroup } from '../domain/config/schema.js';
import { maskId } from '../domain/identity/identity-card.js';
import { localTime } from '../domain/queue/ticket-number.js';
import { ticketStatusUrl } from '../domain/queue/ticket-status-link.js';
import type { SnapshotFrom } from 'xstate';
import { type KioskContext, type KioskMachine, READS_BEFORE_MANUAL_ENTRY } from './kiosk.machine.js';

type KioskSnapshot = SnapshotFrom<KioskMachine>;

/** Deepest states first: the first match names the screen. */
const SCREENS: ReadonlyArray<[ScreenId, Parameters<KioskSnapshot['matches']>[0]]> = [
  ['attract', 'attract'],
  ['greeting', { session: { flow: 'greeting' } }],
  ['menu', { session: { flow: 'menu' } }],
  ['advice', { session: { flow: 'advice' } }],
  ['rate', { session: { flow: 'rate' } }],
  ['staff', { session: { flow: 'staff' } }],
  ['chooseService', { session: { flow: { ticket: 'chooseService' } } }],
  ['idConsent', { session: { flow: { ticket: { identify: 'consent' } } } }],
  ['idManual', { session: { flow: { ticket: { identify: 'typing' } } } }],
  ['idManual', { session: { flow: { ticket: { identify: 'checkingTyped' } } } }],
  ['identify', { session: { flow: { ticket: 'identify' } } }],
  ['confirm', { session: { flow: { ticket: 'confirm' } } }],
  ['issuing', { session: { flow: { ticket: 'issuing' } } }],
  ['issueFailed', { session: { flow: { ticket: 'issueFailed' } } }],
  ['printing', { session: { flow: { ticket: 'printing' } } }],
  ['printFailed', { session: { flow: { ticket: 'printFailed' } } }],
  ['ticket', { session: { flow: { ticket: 'done' } } }],
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

function identityView(card: CardReading, elderlyAge: number): IdentityView {
  return {
    maskedId: maskId(card.idNumber),
    fullName: card.identity?.fullName ?? null,
    age: card.age,
    priorityByAge: card.age !== null && card.age >= elderlyAge,
    expired: card.expired,
    source: card.source,
  };
}

export function kioskView(snapshot: KioskSnapshot): KioskView {
  const { context } = snapshot;
  const { settings } = context;
  const services = settings.serviceGroups.map((group) => serviceOption(group, context));
  const selectedService = services.find((service) => service.id === context.serviceId) ?? null;
  const ticketService = services.find((service) => service.id === context.ticket?.serviceId);
  return {
    screen: screenOf(snapshot),
    locale: context.locale,
    locales: settings.locales,
    servicePointName: settings.servicePointName[context.locale],
    services,
    selectedService,
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
    },
    idleSecondsLeft: snapshot.matches({ session: { idle: 'warning' } }) ? context.idleSecondsLeft : null,
    camera: settings.cameraReader && snapshot.matches({ session: { flow: { ticket: { identify: 'reading' } } } }),
    printerProblem: context.printerProblem,
  };
}
