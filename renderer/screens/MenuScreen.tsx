import type { KioskView, MenuItem } from '../../bridge/contract.js';
import { ClosedNotice } from '../components/ClosedNotice.js';
import { MenuTile } from '../components/MenuTile.js';
import { WaitingStrip } from '../components/WaitingStrip.js';
import { SessionScreen } from '../components/SessionScreen.js';
import type { IconName } from '../components/Icon.js';
import type { MessageKey } from '../i18n/index.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

const CHOICES: ReadonlyArray<{ item: MenuItem; icon: IconName; title: MessageKey; hint: MessageKey }> = [
  { item: 'ticket', icon: 'ticket', title: 'menu.ticket', hint: 'menu.ticketHint' },
  { item: 'advice', icon: 'advice', title: 'menu.advice', hint: 'menu.adviceHint' },
  { item: 'rate', icon: 'star', title: 'menu.rate', hint: 'menu.rateHint' },
];

/**
 * The three things a citizen can do. In audio-guided mode they are three big numbered tiles and
 * nothing else (the voice says "press 1 to take a number, …").
 */
export function MenuScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  const guided = view.display.audioGuide;
  return (
    <SessionScreen screen="menu" view={view} title={t('menu.title')} canGoBack>
      {view.closedMessage !== null && <ClosedNotice message={view.closedMessage} />}
      <nav className={guided ? 'menu menu--guided' : 'menu'} aria-label={t('menu.title')}>
        {CHOICES.map(({ item, icon, title, hint }, index) =>
          guided ? (
            <button key={item} type="button" className="tile guided-choice" data-testid={`menu-${item}`} onClick={() => send({ type: 'ui.menu', item })}>
              <span className="guided-choice__number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="guided-choice__title">{t(title)}</span>
            </button>
          ) : (
            <MenuTile
              key={item}
              item={item}
              icon={icon}
              primary={item === 'ticket'}
              title={t(title)}
              hint={t(hint)}
              onPress={() => send({ type: 'ui.menu', item })}
            />
          ),
        )}
      </nav>
      {!guided && <WaitingStrip services={view.services} />}
    </SessionScreen>
  );
}
