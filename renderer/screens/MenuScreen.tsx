import type { KioskView } from '../../bridge/contract.js';
import { ClosedNotice } from '../components/ClosedNotice.js';
import { MenuTile } from '../components/MenuTile.js';
import { WaitingStrip } from '../components/WaitingStrip.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

export function MenuScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  return (
    <SessionScreen screen="menu" view={view} title={t('menu.title')} canGoBack>
      {view.closedMessage !== null && <ClosedNotice message={view.closedMessage} />}
      <nav className="menu" aria-label={t('menu.title')}>
        <MenuTile
          item="ticket"
          icon="ticket"
          primary
          title={t('menu.ticket')}
          hint={t('menu.ticketHint')}
          onPress={() => send({ type: 'ui.menu', item: 'ticket' })}
        />
        <MenuTile
          item="advice"
          icon="advice"
          title={t('menu.advice')}
          hint={t('menu.adviceHint')}
          onPress={() => send({ type: 'ui.menu', item: 'advice' })}
        />
        <MenuTile
          item="rate"
          icon="star"
          title={t('menu.rate')}
          hint={t('menu.rateHint')}
          onPress={() => send({ type: 'ui.menu', item: 'rate' })}
        />
      </nav>
      <WaitingStrip services={view.services} />
    </SessionScreen>
  );
}
