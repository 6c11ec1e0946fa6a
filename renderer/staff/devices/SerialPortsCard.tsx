/** The serial ports this machine has and what the configuration puts on each; a free port can be given to one of the kiosk's serial devices. */
import { useState } from 'react';
import type { Locale } from '../../../bridge/contract.js';
import { SERIAL_DEVICES, type SerialDevice } from '../../../bridge/device-tool-constants.js';
import { said } from '../DayPanel.js';
import { staffTranslator } from '../staff-i18n.js';
import type { StaffCall } from '../staff-panel.js';
import { useStaffQuery } from '../use-staff-query.js';
import { devicesTranslator, portUserName, serialDeviceName } from './devices-i18n.js';

/** Listing the ports is asked for when the screen opens and on the button, not on every change the kiosk reports. */
const ASK_ONCE = 0;

export function SerialPortsCard({ call, locale }: { call: StaffCall; locale: Locale }) {
  const t = devicesTranslator(locale);
  const staff = staffTranslator(locale);
  const ports = useStaffQuery(call, { type: 'listSerialPorts' }, ASK_ONCE);
  const [choosing, setChoosing] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const reply = ports.reply;

  const choose = (path: string, device: SerialDevice) => {
    setChoosing(null);
    call({ type: 'chooseSerialPort', device, path }).then(
      (answer) => {
        setOutcome(answer.ok ? t('portChosen', { device: serialDeviceName(device, locale), path }) : said(answer, locale, staff));
        ports.refresh();
      },
      (error: unknown) => setOutcome(String(error)),
    );
  };

  return (
    <div className="staff-card" data-testid="ports-card">
      <div className="staff-card__head">
        <h2>{t('portsTitle')}</h2>
        <button type="button" className="staff-button" onClick={ports.refresh}>
          {t('portsRefresh')}
        </button>
      </div>
      {reply === null && <p className="staff-note">{staff('loading')}</p>}
      {reply !== null && !reply.ok && <p className="staff-outcome">{reply.message[locale]}</p>}
      {reply?.ok && reply.result.ports.length === 0 && <p className="staff-note">{t('noPorts')}</p>}
      {reply?.ok && reply.result.ports.length > 0 && (
        <table className="staff-table" data-testid="ports-table">
          <thead>
            <tr>
              <th>{t('portPath')}</th>
              <th>{t('portMaker')}</th>
              <th>{t('portUsb')}</th>
              <th>{t('portUsedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {reply.result.ports.map((port) => (
              <tr key={port.path}>
                <td className="staff-nowrap">{port.path}</td>
                <td>{port.manufacturer ?? '—'}</td>
                <td className="staff-nowrap">{port.vendorId !== null && port.productId !== null ? `${port.vendorId}:${port.productId}` : '—'}</td>
                <td>
                  {port.usedBy.length > 0 ? (
                    port.usedBy.map((user) => portUserName(user, locale, t)).join(', ')
                  ) : (
                    <button type="button" className="staff-button" onClick={() => setChoosing(port.path)}>
                      {t('portUseFor')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {choosing !== null && (
        <div className="staff-confirm" role="alertdialog" aria-label={t('portUseFor')}>
          <p>{t('portChooseAsk', { path: choosing })}</p>
          <div className="staff-actions">
            {SERIAL_DEVICES.map((device) => (
              <button key={device} type="button" className="staff-button" onClick={() => choose(choosing, device)}>
                {serialDeviceName(device, locale)}
              </button>
            ))}
            <button type="button" className="staff-button staff-button--quiet" onClick={() => setChoosing(null)}>
              {staff('cancel')}
            </button>
          </div>
        </div>
      )}
      {outcome !== null && (
        <p className="staff-outcome" role="status" data-testid="ports-outcome">
          {outcome}
        </p>
      )}
    </div>
  );
}
