import type { Locale } from '../../bridge/contract.js';
import type { RatingRefusal } from '../../bridge/rating-protocol.js';
import { Face } from './Face.js';
import type { RatingTranslate } from './rating-i18n.js';

interface NoticeProps {
  screen: string;
  title: string;
  detail: string;
  /** Thanks: a smiling face; otherwise a plain notice (a refusal, a bad link). */
  happy?: boolean;
}

/** A full-screen message to the citizen: thanks, or why there is nothing to rate. */
export function Notice({ screen, title, detail, happy = false }: NoticeProps) {
  return (
    <section className={happy ? 'notice notice--happy' : 'notice'} data-screen={screen} role="status">
      {happy && <Face face="very-happy" />}
      <h1 className="notice__title" data-testid="notice-title">
        {title}
      </h1>
      <p className="notice__detail" data-testid="notice-detail">
        {detail}
      </p>
    </section>
  );
}

/** The host's refusal in the citizen's words; a ticket rated already is thanked, not turned away. */
export function RefusalNotice({ refusal, locale, t }: { refusal: RatingRefusal; locale: Locale; t: RatingTranslate }) {
  const rated = refusal.reason === 'alreadyRated';
  return <Notice screen="rating-refused" title={rated ? t('thanks') : t('sorry')} detail={refusal.message[locale]} happy={rated} />;
}
