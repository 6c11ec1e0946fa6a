import type { MenuItem } from '../../bridge/contract.js';
import { Icon, type IconName } from './Icon.js';

interface MenuTileProps {
  item: MenuItem;
  icon: IconName;
  title: string;
  hint: string;
  primary?: boolean;
  onPress: () => void;
}

/** One choice on the main menu: an icon, a name, and a line saying what it is for. */
export function MenuTile({ item, icon, title, hint, primary = false, onPress }: MenuTileProps) {
  return (
    <button
      type="button"
      className={primary ? `tile menu-tile menu-tile--${item} menu-tile--primary` : `tile menu-tile menu-tile--${item}`}
      data-testid={`menu-${item}`}
      onClick={onPress}
    >
      <Icon name={icon} className="menu-tile__icon" />
      <span className="menu-tile__text">
        <span className="menu-tile__title">{title}</span>
        <span className="menu-tile__hint">{hint}</span>
      </span>
    </button>
  );
}
