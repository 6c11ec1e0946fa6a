import type { FieldOption } from '../../bridge/contract.js';
import { useT } from '../i18n/I18nProvider.js';
import { Icon } from './Icon.js';

/** One field (lĩnh vực) of the catalogue: its name and how many procedures it holds. */
export function FieldTile({ field, onPress }: { field: FieldOption; onPress: () => void }) {
  const t = useT();
  return (
    <button type="button" className="tile field-tile" data-testid={`field-${field.id}`} onClick={onPress}>
      <Icon name="folder" className="field-tile__icon" />
      <span className="field-tile__text">
        <span className="field-tile__name">{field.name}</span>
        <span className="field-tile__count">{t('chooseService.procedureCount', { count: field.procedureCount })}</span>
      </span>
      <Icon name="next" className="tile__arrow" />
    </button>
  );
}
