import { BigButton } from './BigButton.js';
import { Emblem } from './Emblem.js';

interface HeaderProps {
  servicePointName: string;
  cancelLabel: string;
  onCancel: () => void;
}

/** The top bar of every session screen: where the citizen is, and a way to start over. */
export function Header({ servicePointName, cancelLabel, onCancel }: HeaderProps) {
  return (
    <header className="header">
      <div className="header__brand">
        <Emblem className="header__emblem" />
        <span className="header__name">{servicePointName}</span>
      </div>
      <BigButton testId="cancel" variant="onDark" icon="restart" onPress={onCancel} className="header__cancel">
        {cancelLabel}
      </BigButton>
    </header>
  );
}
