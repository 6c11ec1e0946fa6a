import type { ProcedureOption } from '../../bridge/contract.js';
import { useT } from '../i18n/I18nProvider.js';
import { Icon } from './Icon.js';

/**
 * One procedure to choose: its name, how long it takes and what it costs, and the ticket letter
 * of the group that handles it. Search results also name its field.
 */
export function ProcedureTile({ procedure, showField = false, onPress }: { procedure: ProcedureOption; showField?: boolean; onPress: () => void }) {
  const t = useT();
  return (
    <button type="button" className="tile procedure-tile" data-testid={`procedure-${procedure.id}`} onClick={onPress}>
      <span className="procedure-tile__prefix" aria-hidden="true">
        {procedure.servicePrefix}
      </span>
      <span className="procedure-tile__text">
        <span className="procedure-tile__name">{procedure.name}</span>
        {showField && <span className="procedure-tile__field">{procedure.fieldName}</span>}
        <span className="procedure-tile__meta">
          <span className="procedure-tile__fact">
            <Icon name="clock" className="procedure-tile__icon" />
            <span>{t('procedure.timeLimit', { timeLimit: procedure.timeLimit })}</span>
          </span>
          <span className="procedure-tile__fact">
            <Icon name="document" className="procedure-tile__icon" />
            <span>{t('procedure.fee', { fee: procedure.fee })}</span>
          </span>
        </span>
      </span>
      <Icon name="next" className="tile__arrow" />
    </button>
  );
}
