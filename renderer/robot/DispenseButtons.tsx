import type { DispenseItemId, Locale } from '../../bridge/contract.js';
import { Icon, type IconName } from '../components/Icon.js';
import { translator, type MessageKey } from '../i18n/index.js';
import { useSend } from '../send-context.js';
import '../styles/robot.css';

const ITEMS: Record<DispenseItemId, { icon: IconName; label: MessageKey }> = {
  water: { icon: 'water', label: 'robot.dispense.water' },
  sweets: { icon: 'sweets', label: 'robot.dispense.sweets' },
};

interface DispenseButtonsProps {
  /** What the robot can hand out now; nothing is drawn when it can hand out nothing. */
  items: readonly DispenseItemId[];
  /** The languages each button is named in: the session's, or every offered one before it is chosen. */
  locales: readonly Locale[];
  onDark?: boolean;
}

/** "Water, please" and "Sweets, please": one tap each asks the robot to hand it out. */
export function DispenseButtons({ items, locales, onDark = false }: DispenseButtonsProps) {
  const send = useSend();
  if (items.length === 0) return null;
  const words = locales.map((locale) => ({ locale, t: translator(locale) }));
  return (
    <div
      className={onDark ? 'dispense-buttons dispense-buttons--dark' : 'dispense-buttons'}
      role="group"
      aria-label={words.map(({ t }) => t('robot.dispense.label')).join(' / ')}
    >
      {items.map((item) => (
        <button key={item} type="button" className="dispense-button" data-testid={`dispense-${item}`} onClick={() => send({ type: 'ui.dispense', item })}>
          <Icon name={ITEMS[item].icon} className="dispense-button__icon" />
          <span className="dispense-button__words">
            {words.map(({ locale, t }) => (
              <span key={locale} lang={locale} className="dispense-button__word">
                {t(ITEMS[item].label)}
              </span>
            ))}
          </span>
        </button>
      ))}
    </div>
  );
}
