import type { KioskView } from '../../bridge/contract.js';
import { ReasonsStep } from '../rating/ReasonsStep.js';
import { useSend } from '../send-context.js';
import { RatePollFrame, ratingOf, usePollWords } from './RatePollFrame.js';

/** After a low score: what went wrong, as many as apply. */
export function RateReasonsScreen({ view }: { view: KioskView }) {
  const send = useSend();
  const rating = ratingOf(view);
  return (
    <RatePollFrame screen="rateReasons" view={view} answered={rating.reasons.length > 0}>
      <ReasonsStep t={usePollWords(view)} locale={view.locale} reasons={rating.reasons} onChange={(reasons) => send({ type: 'ui.rateReasons', reasons })} />
    </RatePollFrame>
  );
}
