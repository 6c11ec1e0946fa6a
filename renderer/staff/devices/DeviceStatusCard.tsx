/** Every device with its state (a word and a shape), reason and last word heard; the open alerts; clear an error, print a test page. */
import { useState } from 'react';
import type { DeviceHealth, DeviceStatusReport, Locale } from '../../../bridge/contract.js';
import type { StaffRequestOf } from '../../../bridge/staff-protocol.js';
import { said } from '../DayPanel.js';
import { staffTranslator } from '../staff-i18n.js';
import type { StaffCall } from '../staff-panel.js';
import { STATE_MARKS, adapterName, devicesTranslator, kindName, reasonName, stateName } from './devices-i18n.js';

type ClearableKind = StaffRequestOf<'clearDeviceError'>['kind'];
const CLEARABLE: readonly ClearableKind[] = ['printer', 'idReader', 'presence', 'keypad', 'robotBase', 'speech'];
const NEEDS_CLEARING: ReadonlySet<DeviceHealth['state']> = new Set(['fault', 'offline', 'degraded']);
/** Simulated and in-process devices are never heard from: no "last heard" for them. */
const SILENT_ADAPTERS: ReadonlySet<string> = new Set(['mock', 'in-process']);

function clearable(device: DeviceHealth): ClearableKind | null {
  const kind = CLEARABLE.find((candidate) => candidate === device.kind);
  return kind !== undefined && NEEDS_CLEARING.has(device.state) ? kind : null;
}

interface Props {
  call: StaffCall;
  locale: Locale;
  status: DeviceStatusReport | null;
  /** Something was done: ask for the status again. */
  onDone: () => void;
}

export function DeviceStatusCard({ call, locale, status, onDone }: Props) {
  const t = devicesTranslator(locale);
  const staff = staffTranslator(locale);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const time = (iso: string) => new Date(iso).toLocaleTimeString(locale === 'vi' ? 'vi-VN' : 'en-GB');

  const act = (request: StaffRequestOf<'clearDeviceError'> | StaffRequestOf<'testPrint'>, done: string) => {
    setBusy(true);
    call(request).then(
      (reply) => {
        setOutcome(reply.ok ? done : said(reply, locale, staff));
        setBusy(false);
        onDone();
      },
      (error: unknown) => {
        setOutcome(String(error));
        setBusy(false);
      },
    );
  };

  return (
    <>
      <div className="staff-card">
        <div className="staff-card__head">
          <h2>{t('devicesTitle')}</h2>
          <button type="button" className="staff-button" data-testid="test-print" disabled={busy} onClick={() => act({ type: 'testPrint' }, t('testPrinted'))}>
            {t('testPrint')}
          </button>
        </div>
        {status === null ? (
          <p className="staff-note">{staff('loading')}</p>
        ) : (
          <ul className="dev-list" data-testid="device-list">
            {status.devices.map((device) => {
              const kind = clearable(device);
              return (
                <li key={`${device.kind}:${device.path ?? ''}`} className={`dev-row dev-row--${device.state}`} data-testid={`device-${device.kind}`}>
                  <span className="dev-row__mark" aria-hidden="true">
                    {STATE_MARKS[device.state]}
                  </span>
                  <div className="dev-row__what">
                    <strong>{kindName(device.kind, locale)}</strong>
                    <span className="staff-note">
                      {adapterName(device.adapter, t)}
                      {device.path === null ? '' : ` · ${device.path}`}
                    </span>
                  </div>
                  <div className="dev-row__state">
                    <strong data-testid="device-state">{stateName(device.state, locale)}</strong>
                    {device.reason !== null && <span>{reasonName(device.reason, locale)}</span>}
                    {!SILENT_ADAPTERS.has(device.adapter) && (
                      <span className="staff-note">{device.lastSeen === null ? t('neverSeen') : t('lastSeen', { time: time(device.lastSeen) })}</span>
                    )}
                  </div>
                  {kind !== null && (
                    <button type="button" className="staff-button" disabled={busy} onClick={() => act({ type: 'clearDeviceError', kind }, staff('done'))}>
                      {t('clearError')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {outcome !== null && (
          <p className="staff-outcome" role="status" data-testid="device-outcome">
            {outcome}
          </p>
        )}
      </div>
      {status !== null && (
        <div className="staff-card">
          <h2>{t('alertsTitle')}</h2>
          {status.alerts.length === 0 ? (
            <p className="staff-note">{t('noAlerts')}</p>
          ) : (
            <ul className="dev-alerts" data-testid="device-alerts">
              {status.alerts.map((alert) => (
                <li key={alert.id} className={`dev-alert dev-alert--${alert.severity}`}>
                  <span className="dev-alert__mark" aria-hidden="true">
                    {alert.severity === 'error' ? '✖' : '▲'}
                  </span>
                  <strong>{t(alert.severity)}</strong>
                  <span className="dev-alert__text">{alert.message}</span>
                  <span className="staff-note staff-nowrap">{time(alert.since)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
