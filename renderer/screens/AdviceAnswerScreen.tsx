import type { AdviceAnswerView, KioskView } from '../../bridge/contract.js';
import { AskMic } from '../components/AskMic.js';
import { BigButton } from '../components/BigButton.js';
import { Icon } from '../components/Icon.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';
import { AdviceWhere } from './AdviceWhere.js';
import './AdviceScreens.css';

/**
 * The answer to the citizen's question: a frequent question's, a procedure's (the part asked
 * first), or "ask at the information counter"; another question typed, or said to the microphone.
 */
export function AdviceAnswerScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  const advice = view.advice;
  if (advice === null || advice.answer === null) return null;
  const { answer } = advice;
  return (
    <SessionScreen
      screen="adviceAnswer"
      view={view}
      title={t('advice.answerTitle')}
      canGoBack
      actions={
        <>
          <BigButton testId="advice-ask-another" icon="advice" onPress={() => send({ type: 'ui.questionText', text: '' })}>
            {t('advice.askAnother')}
          </BigButton>
          {answer.kind === 'procedure' && (
            <BigButton
              testId="advice-open-procedure"
              variant="primary"
              icon="next"
              iconAtEnd
              onPress={() => send({ type: 'ui.procedure', procedureId: answer.procedure.id })}
            >
              {t('advice.openProcedure')}
            </BigButton>
          )}
        </>
      }
    >
      <p className="advice-answer__asked" data-testid="advice-asked">
        <span className="advice-answer__asked-label">{t('advice.youAsked')}: </span>
        {advice.question}
      </p>
      <AnswerBody answer={answer} />
      {/* Another question, said rather than typed: asked at once, as on the question screen. */}
      <AskMic />
    </SessionScreen>
  );
}

function AnswerBody({ answer }: { answer: AdviceAnswerView }) {
  const t = useT();
  if (answer.kind === 'unknown') {
    return (
      <section className="advice-answer advice-answer--unknown" data-testid="advice-answer" data-kind="unknown">
        <Icon name="people" className="advice-answer__icon" />
        <h2 className="advice-answer__heading">{t('advice.unknownTitle')}</h2>
        <p className="advice-answer__text">{t('advice.unknownMessage')}</p>
      </section>
    );
  }
  if (answer.kind === 'faq') {
    return (
      <section className="advice-answer" data-testid="advice-answer" data-kind="faq">
        <h2 className="advice-answer__heading">{answer.question}</h2>
        <p className="advice-answer__text">{answer.answer}</p>
      </section>
    );
  }
  const { procedure, aspect, service } = answer;
  const documents = (
    <>
      <p className="advice-answer__label">{t('confirm.documents')}</p>
      <ul className="procedure-card__documents">
        {procedure.documents.map((document) => (
          <li key={document}>{document}</li>
        ))}
      </ul>
    </>
  );
  const fee = <p className="advice-answer__fact">{t('procedure.fee', { fee: procedure.fee })}</p>;
  const timeLimit = <p className="advice-answer__fact">{t('procedure.timeLimit', { timeLimit: procedure.timeLimit })}</p>;
  const where = service === null ? null : <AdviceWhere service={service} />;
  return (
    <section className="advice-answer" data-testid="advice-answer" data-kind="procedure" data-aspect={aspect}>
      <p className="advice-answer__label">{t('confirm.procedure')}</p>
      <h2 className="advice-answer__heading" data-testid="advice-answer-procedure">
        {procedure.name}
      </h2>
      {aspect === 'documents' && documents}
      {aspect === 'fee' && fee}
      {aspect === 'duration' && timeLimit}
      {aspect === 'where' && where}
      {aspect === 'general' && (
        <>
          {documents}
          {timeLimit}
          {fee}
        </>
      )}
    </section>
  );
}
