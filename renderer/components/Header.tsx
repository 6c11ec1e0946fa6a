import type { ReactNode } from 'react';
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
  /** The "listen" button, where a voice speaks the session's language. */
  listen?: ReactNode;
}

/** The top bar of every session screen: where the citizen is, hearing it read, how the screen looks, and a way to start over. */
export function Header({ servicePointName, cancelLabel, onCancel, display, switchLocales, listen }: HeaderProps) {
  return (
    <header className="header">
      <div className="header__brand">
        <Emblem className="header__emblem" />
        <span className="header__name">{servicePointName}</span>
      </div>
      <div className="header__tools">
        {listen}
        <DisplaySwitches display={display} locales={switchLocales} onDark withAudioGuide={display.audioGuide} />
      </div>
      <BigButton testId="cancel" variant="onDark" icon="restart" onPress={onCancel} className="header__cancel">
        {cancelLabel}
      </BigButton>
    </header>
  );
}
