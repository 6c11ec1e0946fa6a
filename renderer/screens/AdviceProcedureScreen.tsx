import { useEffect, useRef } from 'react';
import type { KioskView, PrinterProblem } from '../../bridge/contract.js';
import { BigButton } from '../components/BigButton.js';
import { Icon } from '../components/Icon.js';
import { ProcedureCard } from '../components/ProcedureCard.js';
import { QrCode } from '../components/QrCode.js';
import { SessionScreen } from '../components/SessionScreen.js';
import type { MessageKey } from '../i18n/index.js';
import { useT } from '../i18n/I18nProvider.js';
import { useSend } from '../send-context.js';
import { AdviceWhere } from './AdviceWhere.js';
import './AdviceScreens.css';

const PRINT_FAILED: Record<PrinterProblem, MessageKey> = {
  paperOut: 'advice.printFailed.paperOut',
  coverOpen: 'advice.printFailed.coverOpen',
  offline: 'advice.printFailed.offline',
  failed: 'advice.printFailed.failed',
};

/** One procedure: what to bring, the fee, the time limit, where to go; a ticket for it, its checklist on paper, its page on the portal. */
export function AdviceProcedureScreen({ view }: { view: KioskView }) {
  const t = useT();
  const send = useSend();
  const procedure = view.selectedProcedure;
  const advice = view.advice;
  const checklist = advice?.checklist ?? 'idle';
  const printSection = useRef<HTMLElement>(null);
  // In large text the page may run below the fold: what the printer did must be seen, not scrolled to.
  useEffect(() => {
    if (checklist !== 'idle') printSection.current?.scrollIntoView({ block: 'nearest' });
  }, [checklist]);
  if (procedure === null || advice === null) return null;
  return (
    <SessionScreen
      screen="adviceProcedure"
      view={view}
      title={t('advice.procedureTitle')}
      canGoBack
      actions={
        <BigButton testId="advice-take-ticket" variant="primary" icon="ticket" onPress={() => send({ type: 'ui.takeTicket' })}>
          {t('advice.takeTicket')}
        </BigButton>
      }
    >
      <div className="advice-procedure">
        <ProcedureCard procedure={procedure} />
        <div className="advice-procedure__side">
          <div className="advice-procedure__act">
            {view.selectedService !== null && <AdviceWhere service={view.selectedService} />}
            <section className="advice-print" aria-live="polite" ref={printSection}>
              <BigButton testId="advice-print" icon="printer" disabled={checklist === 'printing'} onPress={() => send({ type: 'ui.printChecklist' })}>
                {checklist === 'printed' || checklist === 'failed' ? t('advice.printAgain') : t('advice.printChecklist')}
              </BigButton>
              {checklist === 'printing' && (
                <p className="advice-print__status" data-testid="advice-print-status" data-state="printing">
                  {t('advice.printing')}
                </p>
              )}
              {checklist === 'printed' && (
                <p className="advice-print__status" data-testid="advice-print-status" data-state="printed">
                  <Icon name="check" className="advice-print__icon" />
                  {t('advice.printed')}
                </p>
              )}
              {checklist === 'failed' && (
                <div className="notice notice--problem advice-print__problem" role="status" data-testid="advice-print-status" data-state="failed">
                  <p className="notice__title">{t(PRINT_FAILED[view.printerProblem ?? 'failed'])}</p>
                  <p className="notice__text">{t('advice.printFailedHelp')}</p>
                </div>
              )}
            </section>
          </div>
          {advice.portalUrl !== null && (
            <section className="advice-portal" data-testid="advice-portal">
              <QrCode text={advice.portalUrl} label={t('advice.portalQr')} className="advice-portal__qr" />
              <p className="advice-portal__title">{t('advice.portalTitle')}</p>
              <p className="advice-portal__hint">{t('advice.portalHint')}</p>
            </section>
          )}
        </div>
      </div>
    </SessionScreen>
  );
}
