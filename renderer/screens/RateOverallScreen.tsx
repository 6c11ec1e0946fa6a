import type { KioskView } from '../../bridge/contract.js';
import { OverallStep } from '../rating/OverallStep.js';
import { useSend } from '../send-context.js';
import { RatePollFrame, ratingOf, usePollWords } from './RatePollFrame.js';

/** Five faces: the one touched is kept at once. */
export function RateOverallScreen({ view }: { view: KioskView }) {
  const send = useSend();
  return (
    <RatePollFrame screen="rateOverall" view={view} canGoBack>
      <OverallStep
        t={usePollWords(view)}
        locale={view.locale}
        busy={ratingOf(view).busy}
        onChoose={(score) => send({ type: 'ui.rateOverall', score })}
      />
    </RatePollFrame>
  );
}
