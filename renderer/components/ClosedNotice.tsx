import { useT } from '../i18n/I18nProvider.js';
import { Icon } from './Icon.js';

/** No tickets are taken now: said before the citizen walks through the ticket steps. */
export function ClosedNotice({ message }: { message: string }) {
  const t = useT();
  return (
    <div className="notice notice--problem" role="status" data-testid="closed-message">
      <Icon name="clock" className="notice__icon" />
      <div>
        <p className="notice__title">{t('closed.title')}</p>
        <p className="notice__text">{message}</p>
      </div>
    </div>
  );
}
