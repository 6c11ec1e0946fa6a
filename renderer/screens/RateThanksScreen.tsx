import type { KioskView } from '../../bridge/contract.js';
import { BigButton } from '../components/BigButton.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { useT } from '../i18n/I18nProvider.js';
import { Face } from '../rating/Face.js';
import { useSend } from '../send-context.js';
import { usePollWords } from './RatePollFrame.js';
import './RateScreens.css';

/** Everything answered is kept; the kiosk goes back to its welcome by itself. */
export function RateThanksScreen({ view }: { view: KioskView }) {
  const t = useT();
  const words = usePollWords(view);
  const send = useSend();
  return (
    <SessionScreen
      screen="rateThanks"
      view={view}
      actions={
        <BigButton testId="finish" variant="primary" icon="check" onPress={() => send({ type: 'ui.finish' })}>
          {t('common.done')}
        </BigButton>
      }
    >
      <div className="kiosk-poll kiosk-poll--thanks" role="status">
        <Face face="very-happy" />
        <h1 className="kiosk-poll__thanks">{words('thanks')}</h1>
        <p className="kiosk-poll__thanks-detail">{words('thanksDetail')}</p>
      </div>
    </SessionScreen>
  );
}
