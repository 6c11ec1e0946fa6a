import type { KioskView } from '../../bridge/contract.js';
import { LetterKeyboard } from '../components/LetterKeyboard.js';
import { limitComment } from '../rating/poll-flow.js';
import { typeTelex } from '../rating/telex.js';
import { useSend } from '../send-context.js';
import { RatePollFrame, ratingOf, usePollWords } from './RatePollFrame.js';

/**
 * After a low score: an optional comment on the kiosk's own keys, Telex in Vietnamese. No speech
 * here: the browser's recognition would send the citizen's voice off the premises.
 */
export function RateCommentScreen({ view }: { view: KioskView }) {
  const send = useSend();
  const words = usePollWords(view);
  const { comment } = ratingOf(view);
  const change = (text: string) => send({ type: 'ui.rateComment', text: limitComment(text) });
  return (
    <RatePollFrame screen="rateComment" view={view} answered={comment.trim() !== ''} buttonLabel="send">
      <section className="poll-step poll-step--comment" data-step="comment">
        <h1 className="poll-step__question">{words('commentQuestion')}</h1>
        <p className="poll-step__hint">{words('commentHint')}</p>
        <p className="comment__box" data-testid="comment" role="textbox" aria-readonly="true" aria-label={words('commentLabel')}>
          {comment === '' ? <span className="comment__placeholder">{words('commentPlaceholder')}</span> : comment}
          <span className="comment__caret" aria-hidden="true" />
        </p>
        <LetterKeyboard
          labels={{ keyboard: words('keyboard'), clear: words('clear'), space: words('space'), delete: words('delete') }}
          empty={comment === ''}
          onLetter={(letter) => change(view.locale === 'vi' ? typeTelex(comment, letter) : comment + letter)}
          onSpace={() => change(comment === '' || comment.endsWith(' ') ? comment : `${comment} `)}
          onBackspace={() => change([...comment].slice(0, -1).join(''))}
          onClear={() => change('')}
        />
      </section>
    </RatePollFrame>
  );
}
