/** The OCR self-test: run it, then the verdict (a word and a shape), the times, and each check with what was read. */
import { useState } from 'react';
import type { Locale } from '../../../bridge/contract.js';
import type { OcrSelfTestResult } from '../../../bridge/staff-device-protocol.js';
import { said } from '../DayPanel.js';
import { staffTranslator } from '../staff-i18n.js';
import type { StaffCall } from '../staff-panel.js';
import { checkName, devicesTranslator } from './devices-i18n.js';

type Run = { stage: 'idle' } | { stage: 'running' } | { stage: 'done'; result: OcrSelfTestResult } | { stage: 'refused'; message: string };

export function OcrSelfTestCard({ call, locale }: { call: StaffCall; locale: Locale }) {
  const t = devicesTranslator(locale);
  const staff = staffTranslator(locale);
  const [run, setRun] = useState<Run>({ stage: 'idle' });
  const seconds = (ms: number) => (ms / 1000).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });

  const start = () => {
    setRun({ stage: 'running' });
    call({ type: 'ocrSelfTest' }).then(
      (reply) => setRun(reply.ok ? { stage: 'done', result: reply.result } : { stage: 'refused', message: said(reply, locale, staff) }),
      (error: unknown) => setRun({ stage: 'refused', message: String(error) }),
    );
  };

  return (
    <div className="staff-card" data-testid="ocr-card">
      <div className="staff-card__head">
        <h2>{t('ocrTitle')}</h2>
        <button type="button" className="staff-button" data-testid="ocr-run" disabled={run.stage === 'running'} onClick={start}>
          {run.stage === 'running' ? t('ocrRunning') : t('ocrRun')}
        </button>
      </div>
      <p className="staff-note">{t('ocrHint')}</p>
      {run.stage === 'refused' && (
        <p className="staff-outcome" role="status">
          {run.message}
        </p>
      )}
      {run.stage === 'done' && (
        <>
          <p className={`staff-state staff-state--${run.result.passed ? 'good' : 'bad'}`} role="status" data-testid="ocr-verdict">
            <span aria-hidden="true">{run.result.passed ? '✔' : '✖'}</span> {run.result.passed ? t('ocrPassed') : t('ocrFailed')}
            <span className="staff-note dev-ocr__times">{t('ocrTimes', { start: seconds(run.result.startMs), read: seconds(run.result.readMs) })}</span>
          </p>
          <ul className="dev-checks" data-testid="ocr-checks">
            {run.result.checks.map((check) => (
              <li key={check.check} className={`dev-check dev-check--${check.passed ? 'passed' : 'failed'}`}>
                <span className="dev-check__mark" aria-hidden="true">
                  {check.passed ? '✔' : '✖'}
                </span>
                <span className="dev-check__name">{checkName(check.check, locale)}</span>
                <span className="dev-check__word">{check.passed ? t('passed') : t('failed')}</span>
                {check.read !== null && <span className="dev-check__read">{check.check === 'sex' ? t(check.read === 'F' ? 'female' : 'male') : check.read}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
