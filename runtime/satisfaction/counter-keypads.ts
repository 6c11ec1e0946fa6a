/**
 * The five-button keypads at the counters: one press is the overall score for the ticket that
 * counter just finished. The pressed button lights for a moment to say it was counted. A press with
 * nothing to rate (no service just finished, already rated, too late) changes no rating and leaves
 * staff a note, since a citizen pressed in vain or someone is playing with the keypad.
 */
import type { RatingRefusalReason } from '../../bridge/rating-protocol.js';
import type { KeypadButton } from '../../devices/keypad/keypad.js';
import type { CounterKeypad } from '../devices.js';
import type { Logger } from '../log.js';
import type { StaffAlerts } from '../staff-alerts.js';
import type { SatisfactionService } from './satisfaction-service.js';

/** How long the pressed button stays lit. */
export const KEYPAD_ACK_MS = 3_000;

export function counterKeypadAlertId(counter: number): string {
  return `keypad-press:counter-${counter}`;
}

/** Why a press rated nothing, for staff (Vietnamese). */
function ignoredPressNote(counter: number, reason: RatingRefusalReason | 'nothingFinished'): string {
  const keypad = `Bàn phím đánh giá quầy ${counter} được bấm`;
  switch (reason) {
    case 'alreadyRated':
      return `${keypad} khi lượt phục vụ vừa xong đã được đánh giá; lần bấm này không được tính.`;
    case 'tooLate':
      return `${keypad} khi lượt phục vụ gần nhất đã xong quá lâu; lần bấm này không được tính.`;
    default:
      return `${keypad} khi không có lượt phục vụ vừa xong.`;
  }
}

/** Rate from every counter keypad until the returned function is called. */
export function rateFromCounterKeypads(
  keypads: readonly CounterKeypad[],
  satisfaction: SatisfactionService,
  alerts: StaffAlerts,
  logger: Logger,
): () => void {
  const timers = new Set<NodeJS.Timeout>();

  function acknowledge({ counter, keypad }: CounterKeypad, button: KeypadButton): void {
    const lightFailed = (error: unknown) => logger.warn(`counter ${counter} keypad: LED not lit (${String(error)})`);
    keypad.light(button).catch(lightFailed);
    const timer = setTimeout(() => {
      timers.delete(timer);
      keypad.light(null).catch(lightFailed);
    }, KEYPAD_ACK_MS);
    timer.unref();
    timers.add(timer);
  }

  function onPress(entry: CounterKeypad, button: KeypadButton): void {
    const { counter } = entry;
    const result = satisfaction.rateAtCounter(counter, { overall: button }, 'keypad');
    if (result?.ok === true) {
      logger.info(`counter ${counter} keypad: ticket ${result.rating.ticketId} rated ${button}`);
      alerts.clear(counterKeypadAlertId(counter));
      acknowledge(entry, button);
      return;
    }
    const reason = result === null ? 'nothingFinished' : result.reason;
    logger.info(`counter ${counter} keypad: press ${button} ignored (${reason})`);
    alerts.raise(counterKeypadAlertId(counter), 'warning', ignoredPressNote(counter, reason));
  }

  const unsubscribes = keypads.map((entry) => entry.keypad.onPress((button) => onPress(entry, button)));
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };
}
