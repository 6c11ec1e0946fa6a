import { useT } from '../i18n/I18nProvider.js';
import { yesOrNo } from '../speech/yes-no.js';
import { MicButton } from './MicButton.js';

interface YesNoMicProps {
  onYes: () => void;
  onNo: () => void;
  testId?: string;
  className?: string;
}

/**
 * Answer a yes/no question by voice ("có", "không cần", "yes", "no thanks"): beside the screen's
 * own yes and no buttons, never instead of them. Words that are neither ask for "có" or "không".
 */
export function YesNoMic({ onYes, onNo, testId = 'yes-no-mic', className }: YesNoMicProps) {
  const t = useT();
  return (
    <MicButton
      testId={testId}
      className={className}
      label={t('mic.yesNoLabel')}
      prompt={t('mic.yesNoPrompt')}
      unclear={t('mic.sayYesOrNo')}
      onHeard={(words) => {
        const answer = yesOrNo(words);
        if (answer === 'yes') onYes();
        if (answer === 'no') onNo();
        return answer !== null;
      }}
    />
  );
}
