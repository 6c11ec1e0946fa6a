import type { KioskView } from '../../bridge/contract.js';
import { BigButton } from '../components/BigButton.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { StatusPanel } from '../components/StatusPanel.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

/** The queue takes no ticket now (the day is closed): its reason, and no "try again" that would fail again. */
export function IssueRefusedScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  return (
    <SessionScreen
      screen="issueRefused"
      view={view}
      actions={
        <>
          <BigButton testId="refused-menu" icon="back" onPress={() => send({ type: 'ui.back' })}>
            {t('issueRefused.toMenu')}
          </BigButton>
          <BigButton testId="finish" variant="primary" icon="check" onPress={() => send({ type: 'ui.finish' })}>
            {t('common.done')}
          </BigButton>
        </>
      }
    >
      <StatusPanel icon="clock" tone="problem" title={t('issueRefused.title')}>
        <p className="status__message" data-testid="refusal-message">
          {view.refusal}
        </p>
        <p className="status__message status__note">{t('issueRefused.help')}</p>
      </StatusPanel>
    </SessionScreen>
  );
}
