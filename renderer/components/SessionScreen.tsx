import type { ReactNode } from 'react';
import type { KioskView, Locale, ScreenId } from '../../bridge/contract.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';
import { useScreenReading } from '../speech/use-screen-reading.js';
import { BigButton } from './BigButton.js';
import { Header } from './Header.js';
import { ListenButton } from './ListenButton.js';

interface SessionScreenProps {
  screen: ScreenId;
  view: KioskView;
  /** Shown as the screen's heading. */
  title?: string;
  /** True where the chart accepts `ui.back`. */
  canGoBack?: boolean;
  /** Overrides the header's "Start over" label (the greeting shows it in every language). */
  cancelLabel?: string;
  /** The languages the header's display switches are named in; the session's by default. */
  switchLocales?: readonly Locale[];
  /** The screen's own buttons, bottom right, within easy reach. */
  actions?: ReactNode;
  children?: ReactNode;
}

/**
 * The frame of every screen inside a session: header, body, and a footer with Back and actions.
 * It reads the screen aloud (the header's "listen", or on entry in audio-guided mode, whose bigger
 * targets hang on the root's `audio-guide` class).
 */
export function SessionScreen({ screen, view, title, canGoBack = false, cancelLabel, switchLocales, actions, children }: SessionScreenProps) {
  const t = useT();
  const send = useSend();
  const reading = useScreenReading(view);
  const hasFooter = canGoBack || actions !== undefined;
  const locales = switchLocales ?? [view.locale];
  const classes = ['screen', 'screen--session', `screen--${screen}`, view.display.audioGuide && 'audio-guide'].filter(Boolean).join(' ');
  return (
    <div className={classes} data-screen={screen}>
      <Header
        servicePointName={view.servicePointName}
        cancelLabel={cancelLabel ?? t('common.startOver')}
        onCancel={() => send({ type: 'ui.cancel' })}
        display={view.display}
        switchLocales={locales}
        listen={reading.available && <ListenButton reading={reading.reading} onPress={reading.toggle} locales={locales} />}
      />
      {/* Focusable: when big text makes the body scroll, it scrolls by keyboard too (WCAG 2.1.1). */}
      <main className="screen__body" tabIndex={0}>
        {title !== undefined && <h1 className="screen__title">{title}</h1>}
        {children}
      </main>
      {hasFooter && (
        <footer className="screen__footer">
          {canGoBack && (
            <BigButton testId="back" icon="back" onPress={() => send({ type: 'ui.back' })} className="screen__back">
              {t('common.back')}
            </BigButton>
          )}
          {actions !== undefined && <div className="screen__actions">{actions}</div>}
        </footer>
      )}
    </div>
  );
}
