/** What the printer tests share: a Vietnamese ticket, its bytes, and waiting for a health state. */
import { printJobBytes } from '../../../devices/printer/escpos-job.js';
import type { DeviceHealth, MonitoredDevice } from '../../../devices/device-health.js';
import type { PrintJob } from '../../../devices/printer/print-job.js';
import type { TicketSlip } from '../../../domain/queue/ticket-slip.js';

export const SLIP: TicketSlip = {
  servicePoint: 'Bộ phận Một cửa phường Cửa Nam',
  reprint: null,
  heading: 'SỐ THỨ TỰ',
  number: 'A001',
  priority: null,
  service: 'Hộ tịch, chứng thực',
  counters: 'Mời đến quầy: 1, 2',
  issuedAt: 'Giờ lấy số: 08:05 23/11/2026',
  peopleAhead: 'Số người chờ trước: 0',
  estimatedWait: 'Thời gian chờ dự kiến: khoảng 15 phút',
  // As the kiosk prints it: the status page, with the signed token that lets this ticket be rated.
  statusUrl: 'https://motcua.example/t/2026-11-23/A001?k=MXwyMDI2LTExLTIz.tE2mKgvKiRPngiqIf-nQqnrbx3UQMoXka6S3T7YtXOg',
  qrCaption: 'Quét mã để xem lượt của bạn',
  footer: 'Xin vui lòng chờ gọi số',
};

export const ticketJob = (number = SLIP.number): PrintJob => ({ kind: 'ticket', slip: { ...SLIP, number } });

/** EPSON bytes with the text in WPC1258, so the virtual printer reads the words back. */
export const renderWpc1258 = (job: PrintJob) => printJobBytes(job, { type: 'epson', width: 48, text: 'wpc1258' });

/** Resolves with the health once `accept` takes it (now or at a later change); rejects after timeoutMs. */
export function healthBecomes(device: MonitoredDevice, accept: (health: DeviceHealth) => boolean, timeoutMs = 5_000): Promise<DeviceHealth> {
  return new Promise((resolve, reject) => {
    if (accept(device.health())) return resolve(device.health());
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`health still ${JSON.stringify(device.health())} after ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = device.onHealthChange((health) => {
      if (!accept(health)) return;
      clearTimeout(timer);
      stop();
      resolve(health);
    });
  });
}

export const inState =
  (state: DeviceHealth['state'], reason: string | null = null) =>
  (health: DeviceHealth) =>
    health.state === state && health.reason === reason;
