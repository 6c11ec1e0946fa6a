import type { KioskView } from '../../bridge/contract.js';
import { CriteriaStep } from '../rating/CriteriaStep.js';
import { useSend } from '../send-context.js';
import { RatePollFrame, ratingOf, usePollWords } from './RatePollFrame.js';

/** The SIPAS criteria, each 1–5 or left alone; the whole set goes to the chart on every tap. */
export function RateCriteriaScreen({ view }: { view: KioskView }) {
  const send = useSend();
  const rating = ratingOf(view);
  const last = rating.overall !== null && rating.overall > 3;
  return (
    <RatePollFrame screen="rateCriteria" view={view} answered={Object.keys(rating.criteria).length > 0} buttonLabel={last ? 'finish' : 'next'}>
      <CriteriaStep
        t={usePollWords(view)}
        locale={view.locale}
        criteria={rating.criteria}
        onChange={(criteria) => send({ type: 'ui.rateCriteria', criteria })}
      />
    </RatePollFrame>
  );
}
