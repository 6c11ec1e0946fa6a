import { useCallback, useEffect } from 'react';
import { BRAND_PALETTES } from '../bridge/branding.js';
import type { KioskBridge, KioskUiEvent } from '../bridge/contract.js';
import { IdleWarning } from './components/IdleWarning.js';
import { I18nProvider } from './i18n/I18nProvider.js';
import { ConnectingScreen } from './screens/ConnectingScreen.js';
import { ScreenSwitch } from './screens/ScreenSwitch.js';
import { SendProvider } from './send-context.js';
import { KioskSpeaking } from './speech/kiosk-speaking.js';
import { StaffApp } from './staff/StaffApp.js';
import { StaffCorner } from './staff/StaffCorner.js';
import { useKioskView } from './use-kiosk-view.js';

/** The kiosk's face: a pure view of what the bridge pushes, sending the citizen's taps back. */
export function App({ bridge }: { bridge: KioskBridge }) {
  const view = useKioskView(bridge);

  const send = useCallback(
    (event: KioskUiEvent) => {
      // A refused or lost tap changes nothing on screen; the next view is the truth.
      bridge.send(event).then(
        (result) => {
          if (!result.ok) console.warn(`[kiosk] ${event.type} refused: ${result.error}`);
        },
        (error: unknown) => console.warn(`[kiosk] ${event.type} not sent: ${String(error)}`),
      );
    },
    [bridge],
  );

  const sendFrame = useCallback((jpeg: Uint8Array) => bridge.sendCardFrame(jpeg), [bridge]);

  const locale = view?.locale;
  useEffect(() => {
    if (locale !== undefined) document.documentElement.lang = locale;
  }, [locale]);

  // The citizen's display switches restyle the whole page through the root's custom properties (base.css);
  // staff mode keeps its own look.
  const citizen = view !== null && view.staff === null;
  const largeText = citizen && view.display.largeText;
  const highContrast = citizen && view.display.highContrast;
  useEffect(() => {
    document.documentElement.classList.toggle('a11y-large', largeText);
    document.documentElement.classList.toggle('a11y-contrast', highContrast);
  }, [largeText, highContrast]);

  // The ward's colour scheme, as a class on the root (renderer/styles/branding.css).
  const brand = view?.brand;
  useEffect(() => {
    if (brand === undefined) return;
    const root = document.documentElement;
    for (const palette of BRAND_PALETTES) root.classList.toggle(`brand-${palette}`, palette === brand);
  }, [brand]);

  if (view === null) return <ConnectingScreen />;
  // Staff mode covers the citizen's screens while it is up (the runtime holds citizen taps meanwhile).
  if (view.staff !== null) return <StaffApp view={view.staff} call={bridge.staff} />;

  return (
    <I18nProvider locale={view.locale}>
      <SendProvider send={send} sendFrame={sendFrame}>
        <KioskSpeaking value={view.voice.speaking !== null}>
          {/* Keyed by screen: each screen mounts afresh, so focus and scroll start at the top. */}
          <ScreenSwitch key={view.screen} view={view} />
          <StaffCorner call={bridge.staff} />
          {view.idleSecondsLeft !== null && (
            <IdleWarning secondsLeft={view.idleSecondsLeft} onStillHere={() => send({ type: 'ui.stillHere' })} />
          )}
        </KioskSpeaking>
      </SendProvider>
    </I18nProvider>
  );
}
