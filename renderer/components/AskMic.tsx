import { MAX_QUESTION_LENGTH } from '../../bridge/contract.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';
import { MicButton } from './MicButton.js';

/** Ask the advice a question by voice: what is heard is asked as it is, as if typed and sent. */
export function AskMic({ className }: { className?: string }) {
  const t = useT();
  const send = useSend();
  return (
    <MicButton
      testId="advice-mic"
      className={className}
      label={t('mic.askLabel')}
      prompt={t('mic.askPrompt')}
      onHeard={(words) => {
        send({ type: 'ui.ask', question: words.trim().slice(0, MAX_QUESTION_LENGTH).trim() });
        return true;
      }}
    />
  );
}
