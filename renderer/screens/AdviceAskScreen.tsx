import { type KioskView, MAX_QUESTION_LENGTH } from '../../bridge/contract.js';
import { AskMic } from '../components/AskMic.js';
import { BigButton } from '../components/BigButton.js';
import { LetterKeyboard } from '../components/LetterKeyboard.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { useT } from '../i18n/I18nProvider.js';
import { typeTelex } from '../rating/telex.js';
import { useSend } from '../send-context.js';
import './AdviceScreens.css';

/**
 * The citizen types a question on the kiosk's keys (Telex in Vietnamese) and sends it with
 * "Ask", or says it to the microphone (where the page can listen): it comes as the same `ui.ask`.
 */
export function AdviceAskScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  const question = view.advice?.question ?? '';
  const answering = view.advice?.answering === true;
  const change = (text: string) => send({ type: 'ui.questionText', text: text.slice(0, MAX_QUESTION_LENGTH) });
  const asked = question.trim();
  return (
    <SessionScreen
      screen="adviceAsk"
      view={view}
      title={t('advice.askTitle')}
      canGoBack
      actions={
        <BigButton testId="advice-send" variant="primary" icon="next" iconAtEnd disabled={asked === '' || answering} onPress={() => send({ type: 'ui.ask', question: asked })}>
          {t('advice.send')}
        </BigButton>
      }
    >
      <div className="advice-ask">
        <p className="advice-ask__box" data-testid="advice-question" role="textbox" aria-readonly="true" aria-label={t('advice.questionLabel')}>
          {question === '' ? <span className="advice-ask__placeholder">{t('advice.askExample')}</span> : question}
          <span className="search__caret" aria-hidden="true" />
        </p>
        <AskMic />
        <p className="search__hint">{answering ? t('advice.answering') : t('advice.askHint')}</p>
        <LetterKeyboard
          labels={{ keyboard: t('search.keyboard'), clear: t('search.clear'), space: t('search.space'), delete: t('search.delete') }}
          empty={question === ''}
          onLetter={(letter) => change(view.locale === 'vi' ? typeTelex(question, letter) : question + letter)}
          onSpace={() => change(question === '' || question.endsWith(' ') ? question : `${question} `)}
          onBackspace={() => change([...question].slice(0, -1).join(''))}
          onClear={() => change('')}
        />
      </div>
    </SessionScreen>
  );
}
