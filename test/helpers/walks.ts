/** The citizen's taps to each step of the ticket flow, shared by the chart, store and idle tests. */
import type { KioskUiEvent, Locale } from '../../bridge/contract.js';

export function walkToMenu(locale: Locale = 'vi'): KioskUiEvent[] {
  return [{ type: 'ui.touch' }, { type: 'ui.language', locale }];
}

export function walkToChooseService(locale: Locale = 'vi'): KioskUiEvent[] {
  return [...walkToMenu(locale), { type: 'ui.menu', item: 'ticket' }];
}

/** To the consent line before the card is read. */
export function walkToConsent(serviceId = 'civil-status', locale: Locale = 'vi'): KioskUiEvent[] {
  return [...walkToChooseService(locale), { type: 'ui.service', serviceId }];
}

/** Consent given: the reader is reading. */
export function walkToIdentify(serviceId = 'civil-status', locale: Locale = 'vi'): KioskUiEvent[] {
  return [...walkToConsent(serviceId, locale), { type: 'ui.readCard' }];
}

/** Without a card: skipped at the consent line. */
export function walkToConfirm(serviceId = 'civil-status', locale: Locale = 'vi'): KioskUiEvent[] {
  return [...walkToConsent(serviceId, locale), { type: 'ui.skipId' }];
}

export function walkToTicket(serviceId = 'civil-status', locale: Locale = 'vi'): KioskUiEvent[] {
  return [...walkToConfirm(serviceId, locale), { type: 'ui.confirm' }];
}
