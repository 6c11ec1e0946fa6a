/**
 * Staff mode's devices screen (operators): every device's state and the open alerts, clearing an
 * error, a test print, the paper roll's counter and its reset, the OCR self-test on the sample
 * card, and the serial ports. Asks again when the revision goes up (a device changed, a job printed).
 */
import type { StaffPanelProps } from '../staff-panel.js';
import { useStaffQuery } from '../use-staff-query.js';
import { DeviceStatusCard } from './DeviceStatusCard.js';
import { OcrSelfTestCard } from './OcrSelfTestCard.js';
import { PaperCard } from './PaperCard.js';
import { SerialPortsCard } from './SerialPortsCard.js';
import './devices.css';

export function DevicesPanel({ call, locale, revision }: StaffPanelProps) {
  const status = useStaffQuery(call, { type: 'deviceStatus' }, revision);
  const paper = useStaffQuery(call, { type: 'paperCounter' }, revision);
  const refresh = () => {
    status.refresh();
    paper.refresh();
  };
  return (
    <section className="staff-panel dev-panel" data-testid="devices-panel">
      <DeviceStatusCard call={call} locale={locale} status={status.reply?.ok ? status.reply.result : null} onDone={refresh} />
      <PaperCard call={call} locale={locale} paper={paper.reply?.ok ? paper.reply.result : null} onDone={refresh} />
      <OcrSelfTestCard call={call} locale={locale} />
      <SerialPortsCard call={call} locale={locale} />
    </section>
  );
}
