import type { ReactNode } from 'react';
import type { KioskRatingView, KioskView, ScreenId } from '../../bridge/contract.js';
import { OVERALL_LEVELS } from '../../bridge/satisfaction-poll.js';
import { BigButton } from '../components/BigButton.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { useT } from '../i18n/I18nProvider.js';
import { ratingTranslator } from '../rating/rating-i18n.js';
import { useSend } from '../send-context.js';
import './RateScreens.css';

/** The rating session of a view that is on a rating screen (the chart sets it there). */
export function ratingOf(view: KioskView): KioskRatingView {
  if (view.rating === null) throw new Error(`screen ${view.screen} without a rating`);
  return view.rating;
}

/** The poll's own words (shared with the counter tablet and the phone), in the session's language. */
export function usePollWords(view: KioskView) {
  return ratingTranslator(view.locale);
}

interface RatePollFrameProps {
  screen: ScreenId;
  view: KioskView;
  canGoBack?: boolean;
  /** The step's answer, to say "Next" or "Skip" on its button; no button on the overall step. */
  answered?: boolean;
  /** The last step: its button says "Done" (or "Send" with a comment). */
  buttonLabel?: 'next' | 'send' | 'finish';
  children: ReactNode;
}

/** Every poll screen: which ticket is rated (number, counter, service), what is kept, the step, and its button. */
export function RatePollFrame({ screen, view, canGoBack = false, answered, buttonLabel = 'next', children }: RatePollFrameProps) {
  const t = useT();
  const words = usePollWords(view);
  const send = useSend();
  const rating = ratingOf(view);
  const { ticket } = rating;
  const level = OVERALL_LEVELS.find((candidate) => candidate.score === rating.overall);
  const button = answered === undefined ? undefined : (
    <BigButton testId="next" variant="primary" icon="next" iconAtEnd disabled={rating.busy} onPress={() => send({ type: 'ui.confirm' })}>
      {rating.busy ? t('rate.saving') : answered ? words(buttonLabel) : words('skip')}
    </BigButton>
  );
  return (
    <SessionScreen screen={screen} view={view} canGoBack={canGoBack} actions={button}>
      <div className="kiosk-poll">
        {ticket !== null && (
          <p className="kiosk-poll__ticket" data-testid="rated-ticket">
            <strong>{t('rate.ticket', { number: ticket.number })}</strong>
            <span>{t('rate.counter', { counter: ticket.counter })}</span>
            <span className="kiosk-poll__service">{ticket.procedure ?? ticket.service}</span>
          </p>
        )}
        {level !== undefined && (
          <p className="kiosk-poll__saved" data-testid="saved">
            {words('saved', { level: level.words[view.locale] })}
          </p>
        )}
        {children}
      </div>
    </SessionScreen>
  );
}
