import type { CounterState, CounterTicket } from '../../bridge/queue-protocol.js';
import { useCounterText } from './counter-text.js';
import { Dialog } from './Dialog.js';

/** Send the citizen to another group's queue (the host keeps their place by issue time). */
export function TransferDialog({
  ticket,
  groups,
  onTransfer,
  onCancel,
}: {
  ticket: CounterTicket;
  groups: CounterState['allGroups'];
  onTransfer: (groupId: string) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useCounterText();
  return (
    <Dialog title={t('transferTitle', { number: ticket.number })} testId="transfer-dialog" onCancel={onCancel}>
      <div className="choices">
        {groups
          .filter((group) => group.id !== ticket.serviceId)
          .map((group) => (
            <button key={group.id} type="button" className="choice" data-testid={`transfer-to-${group.id}`} onClick={() => onTransfer(group.id)}>
              <span className="choice__prefix">{group.prefix}</span> {group.name[locale]}
            </button>
          ))}
      </div>
    </Dialog>
  );
}
