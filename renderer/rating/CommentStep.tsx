import { useEffect, useRef } from 'react';
import type { Locale } from '../../bridge/contract.js';
import { COMMENT_MAX_LENGTH } from '../../bridge/satisfaction-poll.js';
import { Icon } from '../components/Icon.js';
import { LetterKeyboard } from '../components/LetterKeyboard.js';
import { limitComment } from './poll-flow.js';
import type { RatingTranslate } from './rating-i18n.js';
import { appendSpoken } from '../speech/recognition.js';
import { useListening } from '../speech/use-listening.js';
import { typeTelex } from './telex.js';

/** The tablet types on its own on-screen keys (Telex in Vietnamese); a phone uses its own keyboard. */
export type CommentTyping = 'onScreen' | 'device';

interface CommentStepProps {
  t: RatingTranslate;
  locale: Locale;
  typing: CommentTyping;
  comment: string;
  onChange(comment: string): void;
}

/** After a low score: an optional comment, typed or, where the browser can, spoken. */
export function CommentStep({ t, locale, typing, comment, onChange }: CommentStepProps) {
  const change = (text: string) => onChange(limitComment(text));
  const speech = useListening(t('listenLanguage'));
  // The words come after the tap: they go after the comment as it is then, typed meanwhile too.
  const addSpoken = useRef<(spoken: string) => void>(() => undefined);
  useEffect(() => {
    addSpoken.current = (spoken) => change(appendSpoken(comment, spoken));
  });
  const listen = () =>
    speech.toggle((spoken) => {
      addSpoken.current(spoken);
      return true;
    });
  const type = (letter: string) => change(locale === 'vi' ? typeTelex(comment, letter) : comment + letter);

  return (
    <section className="poll-step poll-step--comment" data-step="comment">
      <h1 className="poll-step__question">{t('commentQuestion')}</h1>
      <p className="poll-step__hint">{typing === 'onScreen' ? t('commentHint') : t('commentHintPhone')}</p>
      <div className="comment">
        {typing === 'onScreen' ? (
          <p className="comment__box" data-testid="comment" role="textbox" aria-readonly="true" aria-label={t('commentLabel')}>
            {comment === '' ? <span className="comment__placeholder">{t('commentPlaceholder')}</span> : comment}
            <span className="comment__caret" aria-hidden="true" />
          </p>
        ) : (
          <textarea
            className="comment__box comment__box--device"
            data-testid="comment"
            aria-label={t('commentLabel')}
            placeholder={t('commentPlaceholder')}
            maxLength={COMMENT_MAX_LENGTH}
            rows={4}
            value={comment}
            onChange={(event) => change(event.target.value)}
          />
        )}
        {speech.available && (
          <button type="button" className="comment__speak" data-testid="speak" disabled={speech.listening} onClick={listen}>
            <Icon name="mic" className="comment__mic" />
            {speech.listening ? t('listening') : t('speak')}
          </button>
        )}
      </div>
      {speech.failure !== null && (
        <p className="poll-step__note" data-testid="speech-failed" role="status">
          {t('speechFailed')}
        </p>
      )}
      {typing === 'onScreen' && (
        <LetterKeyboard
          labels={{ keyboard: t('keyboard'), clear: t('clear'), space: t('space'), delete: t('delete') }}
          empty={comment === ''}
          onLetter={type}
          onSpace={() => change(comment === '' || comment.endsWith(' ') ? comment : `${comment} `)}
          onBackspace={() => change([...comment].slice(0, -1).join(''))}
          onClear={() => change('')}
        />
      )}
    </section>
  );
}
