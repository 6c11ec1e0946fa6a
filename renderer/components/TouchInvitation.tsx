import { translator } from '../i18n/index.js';
import { Icon } from './Icon.js';

// No language is chosen yet: the invitation is written in both.
const vi = translator('vi');
const en = translator('en');

/** "Touch to start" in both languages under a pulsing hand: the inside of the welcome screens' start button. */
export function TouchInvitation() {
  return (
    <span className="attract__touch">
      <span className="attract__pulse" aria-hidden="true">
        <Icon name="hand" className="attract__hand" />
      </span>
      <span className="attract__cta" lang="vi">
        {vi('attract.touch')}
      </span>
      <span className="attract__cta-second" lang="en">
        {en('attract.touch')}
      </span>
    </span>
  );
}
