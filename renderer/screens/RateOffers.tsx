import { Icon } from '../components/Icon.js';
import { translator } from '../i18n/index.js';
import { useSend } from '../send-context.js';
import './RateScreens.css';

// No language is chosen yet on the welcome screens: the offer is written in both.
const vi = translator('vi');
const en = translator('en');

/**
 * Tickets issued here that a counter just finished: one tap rates each. Only the number is shown,
 * nothing else about whoever held it.
 */
export function RateOffers({ numbers, onDark = false }: { numbers: readonly string[]; onDark?: boolean }) {
  const send = useSend();
  if (numbers.length === 0) return null;
  return (
    <nav className={onDark ? 'rate-offers rate-offers--dark' : 'rate-offers'} aria-label={`${vi('offer.label')} / ${en('offer.label')}`}>
      {numbers.map((number) => (
        <button key={number} type="button" className="rate-offer" data-testid={`rate-offer-${number}`} onClick={() => send({ type: 'ui.rateOffer', number })}>
          <Icon name="star" className="rate-offer__icon" />
          <span className="rate-offer__words">
            <span lang="vi" className="rate-offer__question">
              {vi('offer.question', { number })} <strong>{vi('offer.invite')}</strong>
            </span>
            <span lang="en" className="rate-offer__second">
              {en('offer.question', { number })} {en('offer.invite')}
            </span>
          </span>
          <Icon name="next" className="rate-offer__icon" />
        </button>
      ))}
    </nav>
  );
}
