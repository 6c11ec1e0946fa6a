import type { ReactNode } from 'react';
import { useCounterText } from './counter-text.js';

/** A modal question over the desk: staff confirm or cancel before anything is sent. */
export function Dialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  confirmDisabled = false,
  testId,
}: {
  title: string;
  children?: ReactNode;
  /** Without one, choosing in the body is the confirmation (e.g. a group to transfer to). */
  confirmLabel?: string;
  onConfirm?: () => void;
  onCancel: () => void;
  confirmDisabled?: boolean;
  testId: string;
}) {
  const { t } = useCounterText();
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <h2 className="dialog__title">{title}</h2>
        {children}
        <div className="dialog__actions">
          <button type="button" className="counter-button" data-testid="dialog-cancel" onClick={onCancel}>
            {t('cancel')}
          </button>
          {confirmLabel !== undefined && (
            <button type="button" className="counter-button counter-button--primary" data-testid="dialog-confirm" disabled={confirmDisabled} onClick={onConfirm}>
              {confirmLabel}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
