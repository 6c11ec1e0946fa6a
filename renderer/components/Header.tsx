import type { DisplayView, Locale } from '../../bridge/contract.js';
import { BigButton } from './BigButton.js';
import { DisplaySwitches } from './DisplaySwitches.js';
import { Emblem } from './Emblem.js';

interface HeaderProps {
  servicePointName: string;
  cancelLabel: string;
  onCancel: () => void;
  display: DisplayView;
  /** The languages the display switches are named in. */
  switchLocales: readonly Locale[];
}

/** The top bar of every session screen: where the citizen is, how the screen looks, and a way to start over. */
export function Header({ servicePointName, cancelLabel, onCancel, display, switchLocales }: HeaderProps) {
  return (
    <header className="header">
      <div className="header__brand">
        <Emblem className="header__emblem" />
        <span className="header__name">{servicePointName}</span>
      </div>
      <DisplaySwitches display={display} locales={switchLocales} onDark />
      <BigButton testId="cancel" variant="onDark" icon="restart" onPress={onCancel} className="header__cancel">
        {cancelLabel}
      </BigButton>
    </header>
  );
}
