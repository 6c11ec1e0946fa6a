import type { ProcedureDetail } from '../../bridge/contract.js';
import { useT } from '../i18n/I18nProvider.js';
import { Icon } from './Icon.js';

/** The chosen procedure before the ticket is taken: what to bring, how long it takes, what it costs. */
export function ProcedureCard({ procedure }: { procedure: ProcedureDetail }) {
  const t = useT();
  return (
    <section className="procedure-card" data-testid="confirm-procedure">
      <p className="procedure-card__label">{t('confirm.procedure')}</p>
      <h2 className="procedure-card__name">{procedure.name}</h2>
      <p className="procedure-card__documents-title">{t('confirm.documents')}</p>
      <ul className="procedure-card__documents" data-testid="confirm-documents">
        {procedure.documents.map((document) => (
          <li key={document}>{document}</li>
        ))}
      </ul>
      <p className="procedure-card__fact">
        <Icon name="clock" className="procedure-card__icon" />
        <span>{t('procedure.timeLimit', { timeLimit: procedure.timeLimit })}</span>
      </p>
      <p className="procedure-card__fact">
        <Icon name="document" className="procedure-card__icon" />
        <span>{t('procedure.fee', { fee: procedure.fee })}</span>
      </p>
    </section>
  );
}
