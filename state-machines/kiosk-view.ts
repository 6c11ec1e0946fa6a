/**
 * The renderer's whole world: a serialisable view derived from the session snapshot.
 * Personal data leaves the session masked or not at all.
 */
import type { KioskView, ScreenId, ServiceOption } from '../bridge/contract.js';
import type { ServiceGroup } from '../domain/config/schema.js';
import { maskId } from '../domain/identity/identity-card.js';
import { localTime } from '../domain/queue/ticket-number.js';
import type { SnapshotFrom } from 'xstate';
import type { KioskContext, KioskMachine } from './kiosk.machine.js';

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
  return { id: group.id, prefix: group.prefix, name: group.name[context.locale], counters: group.counters };
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
    identity: context.identity && { maskedId: maskId(context.identity.idNumber), fullName: context.identity.fullName },
    idReadFailed: context.failure === 'idRead',
    ticket: context.ticket && {
      number: context.ticket.number,
      serviceName: ticketService?.name ?? context.ticket.serviceId,
      counters: ticketService?.counters ?? [],
      issuedAtLocal: localTime(new Date(context.ticket.issuedAt), settings.timeZone),
      peopleAhead: context.ticket.peopleAhead,
    },
    idleSecondsLeft: snapshot.matches({ session: { idle: 'warning' } }) ? context.idleSecondsLeft : null,
  };
}
