import type { KioskView } from '../../bridge/contract.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { StatusPanel } from '../components/StatusPanel.js';
import { useT } from '../i18n/I18nProvider.js';

/** Issuing or printing: nothing to do but wait a moment. */
export function BusyScreen({ view, screen }: { view: KioskView; screen: 'issuing' | 'printing' }) {
  const t = useT();
  return (
    <SessionScreen screen={screen} view={view}>
      <StatusPanel icon="busy" title={t(screen === 'issuing' ? 'issuing.title' : 'printing.title')}>
        {screen === 'printing' && view.ticket !== null && (
          <p className="status__ticket" data-testid="ticket-number">
            {view.ticket.number}
          </p>
        )}
        <p className="status__message">{t('common.pleaseWait')}</p>
      </StatusPanel>
    </SessionScreen>
  );
}
