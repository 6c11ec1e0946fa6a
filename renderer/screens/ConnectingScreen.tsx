import { Spinner } from '../components/Spinner.js';
import { translator } from '../i18n/index.js';

const vi = translator('vi');
const en = translator('en');

/** Before the first view arrives (or while the host restarts); no locale is known yet. */
export function ConnectingScreen() {
  return (
    <div className="screen screen--connecting" data-screen="connecting" role="status" aria-live="polite">
      <Spinner />
      <p className="connecting__text">
        <span lang="vi">{vi('connecting.message')}</span>
        <span lang="en">{en('connecting.message')}</span>
      </p>
    </div>
  );
}
