import { useState } from 'react';
import { PAUSE_REASONS } from './counter-i18n.js';
import { useCounterText } from './counter-text.js';
import { Dialog } from './Dialog.js';

const MAX_REASON_LENGTH = 120;

/** Why the counter pauses: one of the usual reasons, or staff's own words. */
export function PauseDialog({ onPause, onCancel }: { onPause: (reason: string) => void; onCancel: () => void }) {
  const { t, locale } = useCounterText();
  const [choice, setChoice] = useState<number | 'other' | null>(null);
  const [other, setOther] = useState('');
  const reason = choice === 'other' ? other.trim() : choice === null ? '' : (PAUSE_REASONS[choice]?.vi ?? '');
  return (
    <Dialog title={t('pauseTitle')} testId="pause-dialog" confirmLabel={t('pauseConfirm')} confirmDisabled={reason === ''} onConfirm={() => onPause(reason)} onCancel={onCancel}>
      <div className="choices">
        {PAUSE_REASONS.map((text, index) => (
          <button
            key={text.vi}
            type="button"
            className={`choice${choice === index ? ' choice--chosen' : ''}`}
            aria-pressed={choice === index}
            data-testid={`pause-reason-${index}`}
            onClick={() => setChoice(index)}
          >
            {text[locale]}
          </button>
        ))}
        <button
          type="button"
          className={`choice${choice === 'other' ? ' choice--chosen' : ''}`}
          aria-pressed={choice === 'other'}
          data-testid="pause-other"
          onClick={() => setChoice('other')}
        >
          {t('pauseOther')}
        </button>
      </div>
      {choice === 'other' && (
        <input
          className="dialog__input"
          data-testid="pause-other-text"
          maxLength={MAX_REASON_LENGTH}
          placeholder={t('pauseOtherPlaceholder')}
          value={other}
          autoFocus
          onChange={(event) => setOther(event.target.value)}
        />
      )}
    </Dialog>
  );
}
