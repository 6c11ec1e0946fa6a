import type { KioskView } from '../../bridge/contract.js';
import { BigButton } from '../components/BigButton.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { StatusPanel } from '../components/StatusPanel.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

export function IssueFailedScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  return (
    <SessionScreen
      screen="issueFailed"
      view={view}
      actions={
        <BigButton testId="retry" variant="primary" icon="restart" onPress={() => send({ type: 'ui.retry' })}>
          {t('common.tryAgain')}
        </BigButton>
      }
    >
      <StatusPanel icon="warning" tone="problem" title={t('issueFailed.title')}>
        <p className="status__message">{t('issueFailed.message')}</p>
      </StatusPanel>
    </SessionScreen>
  );
}
