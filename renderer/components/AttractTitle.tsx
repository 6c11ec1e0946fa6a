import { translator } from '../i18n/index.js';
import { Emblem } from './Emblem.js';

// No language is chosen yet: the welcome is written in both.
const vi = translator('vi');
const en = translator('en');

/** The welcome screens' title: the emblem, the service point's name and "welcome" in both languages. */
export function AttractTitle({ servicePointName }: { servicePointName: string }) {
  return (
    <span className="attract__top">
      <Emblem className="attract__emblem" />
      <span className="attract__name">{servicePointName}</span>
      <span className="attract__welcome">
        <span lang="vi">{vi('attract.welcome')}</span>
        <span className="attract__divider" aria-hidden="true">
          ·
        </span>
        <span lang="en">{en('attract.welcome')}</span>
      </span>
    </span>
  );
}
