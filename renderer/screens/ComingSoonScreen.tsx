import type { KioskView } from '../../bridge/contract.js';
import type { IconName } from '../components/Icon.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { StatusPanel } from '../components/StatusPanel.js';
import type { MessageKey } from '../i18n/index.js';
import { useT } from '../i18n/I18nProvider.js';

type ComingSoonScreenId = 'advice';

const FEATURE: Record<ComingSoonScreenId, { icon: IconName; title: MessageKey }> = {
  advice: { icon: 'advice', title: 'menu.advice' },
};

/** Advice arrives later; until then it says so and offers the way back. */
export function ComingSoonScreen({ view, screen }: { view: KioskView; screen: ComingSoonScreenId }) {
  const t = useT();
  const feature = FEATURE[screen];
  return (
    <SessionScreen screen={screen} view={view} canGoBack>
      <StatusPanel icon={feature.icon} title={t(feature.title)}>
        <p className="status__badge">{t('comingSoon.title')}</p>
        <p className="status__message">{t('comingSoon.message')}</p>
        <p className="status__note">{t('comingSoon.help')}</p>
      </StatusPanel>
    </SessionScreen>
  );
}
