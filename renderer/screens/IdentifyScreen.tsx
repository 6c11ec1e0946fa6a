import type { ReactNode } from 'react';
import type { IdReadFailure, KioskView } from '../../bridge/contract.js';
import { BigButton } from '../components/BigButton.js';
import { CardCamera } from '../components/CardCamera.js';
import { CardReaderIllustration } from '../components/CardReaderIllustration.js';
import { CardSidesGuide } from '../components/CardSidesGuide.js';
import { Icon } from '../components/Icon.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { Spinner } from '../components/Spinner.js';
import { StatusPanel } from '../components/StatusPanel.js';
import type { MessageKey } from '../i18n/index.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

/** What the citizen can do about a card that was seen but not read. */
function FailureNotice({ failure }: { failure: Exclude<IdReadFailure, 'deviceFailed'> }) {
  const t = useT();
  let title: MessageKey;
  let body: ReactNode;
  switch (failure) {
    case 'unreadable':
      title = 'identify.unreadableTitle';
      body = (
        <>
          <ul className="notice__list">
            <li>{t('identify.tipFlat')}</li>
            <li>{t('identify.tipGlare')}</li>
            <li>{t('identify.tipOtherSide')}</li>
          </ul>
          <p className="notice__text">{t('identify.tryAgainHint')}</p>
        </>
      );
      break;
    case 'invalid':
      title = 'identify.invalidTitle';
      body = <p className="notice__text">{t('identify.invalidMessage')}</p>;
      break;
    default: {
      const unknown: never = failure;
      throw new Error(`no notice for ${String(unknown)}`);
    }
  }
  return (
    <div className="notice notice--problem identify__notice" role="alert" data-testid="id-read-error" data-failure={failure}>
      <Icon name="warning" className="notice__icon" />
      <div>
        <p className="notice__title">{t(title)}</p>
        {body}
      </div>
    </div>
  );
}

/** The card is being read: how to place it, then either a wait or what to do about a failed read. */
export function IdentifyScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  const { failures, lastFailure, manualAllowed } = view.idRead;
  // With a broken reader, going on without the card is the way forward, not another try.
  const readerBroken = lastFailure === 'deviceFailed';
  return (
    <SessionScreen
      screen="identify"
      view={view}
      title={readerBroken ? undefined : t(view.camera ? 'identify.cameraTitle' : 'identify.title')}
      canGoBack
      actions={
        <>
          {lastFailure !== null && (
            <BigButton
              testId="retry"
              className="identify__retry"
              variant={readerBroken ? 'secondary' : 'primary'}
              icon="restart"
              onPress={() => send({ type: 'ui.retry' })}
            >
              {t('common.tryAgain')}
            </BigButton>
          )}
          {manualAllowed && (
            <BigButton testId="manual-id" icon="keypad" className="identify__manual" onPress={() => send({ type: 'ui.manualId' })}>
              {t('identify.manual')}
            </BigButton>
          )}
          <BigButton
            testId="skip-id"
            variant={readerBroken ? 'primary' : 'secondary'}
            icon="next"
            iconAtEnd
            onPress={() => send({ type: 'ui.skipId' })}
          >
            {t('identify.skip')}
          </BigButton>
        </>
      }
    >
      {readerBroken ? (
        <div className="identify__broken" data-testid="id-read-error" data-failure={lastFailure}>
          <StatusPanel icon="warning" tone="problem" title={t('identify.deviceFailedTitle')}>
            <p className="status__message">{t('identify.deviceFailedMessage')}</p>
          </StatusPanel>
        </div>
      ) : (
        <div
          className={['identify', lastFailure !== null && 'identify--failed', manualAllowed && 'identify--manual-offered']
            .filter(Boolean)
            .join(' ')}
        >
          <div className="identify__guide">
            {view.camera ? <CardCamera /> : <CardReaderIllustration label={t('identify.illustration')} />}
            <CardSidesGuide
              title={t('identify.sides')}
              qrLabel={t('identify.sideQr')}
              mrzLabel={t('identify.sideMrz')}
              artLabel={t('identify.sidesArt')}
            />
          </div>
          <div className="identify__text">
            <p className="identify__hint">{t('identify.hint')}</p>
            {lastFailure === null ? (
              <p className="identify__waiting" role="status" aria-live="polite" data-testid="id-waiting">
                <Spinner />
                <span>{t('identify.waiting')}</span>
              </p>
            ) : (
              <FailureNotice failure={lastFailure} />
            )}
            {failures >= 2 && (
              <p className="identify__attempts" data-testid="id-attempts">
                {t(manualAllowed ? 'identify.attemptsManual' : 'identify.attempts', { count: failures })}
              </p>
            )}
            <p className="identify__privacy">{t('identify.privacy')}</p>
          </div>
        </div>
      )}
    </SessionScreen>
  );
}
