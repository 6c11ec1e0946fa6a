import type { KioskView } from '../../bridge/contract.js';
import { ProcedureTile } from '../components/ProcedureTile.js';
import { SessionScreen } from '../components/SessionScreen.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';

/** The procedures of one field: the citizen picks theirs, and the ticket goes to the group that handles it. */
export function ChooseProcedureScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  const field = view.field;
  return (
    <SessionScreen screen="chooseProcedure" view={view} title={t('chooseProcedure.title')} canGoBack>
      {field !== null && (
        <>
          <p className="choose__subtitle" data-testid="field-name">
            {field.name}
          </p>
          <ul className="procedures">
            {field.procedures.map((procedure) => (
              <li key={procedure.id} className="procedures__item">
                <ProcedureTile procedure={procedure} onPress={() => send({ type: 'ui.procedure', procedureId: procedure.id })} />
              </li>
            ))}
          </ul>
        </>
      )}
    </SessionScreen>
  );
}
