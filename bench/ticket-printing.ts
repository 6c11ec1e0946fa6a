/**
 * A ticket from slip to paper: laying out its ESC/POS bytes in each text mode, and a whole print
 * on the real adapter over TCP to the virtual printer (status check, job, GS r confirmation,
 * status again): what the citizen waits for between "printing" and paper.
 */
import { printJobBytes } from '../devices/printer/escpos-job.js';
import { EscPosPrinter } from '../devices/printer/escpos-printer.js';
import type { PrintJob } from '../devices/printer/print-job.js';
import { TcpTransport } from '../devices/printer/transports/tcp-transport.js';
import { VirtualEscPosPrinter } from '../hil/virtual-printer/virtual-printer.js';
import { waitFor } from '../hil/wait-for.js';
import { elapsedMs, report } from './stats.js';

const RUNS = 60;

function ticket(index: number): PrintJob {
  const number = `A${String(index + 1).padStart(3, '0')}`;
  return {
    kind: 'ticket',
    slip: {
      servicePoint: 'Bộ phận Một cửa phường Cửa Nam',
      reprint: null,
      heading: 'SỐ THỨ TỰ',
      number,
      priority: null,
      service: 'Hộ tịch, chứng thực',
      counters: 'Mời đến quầy: 1, 2',
      issuedAt: 'Giờ lấy số: 08:05 23/11/2026',
      peopleAhead: `Số người chờ trước: ${index}`,
      estimatedWait: 'Thời gian chờ dự kiến: khoảng 15 phút',
      statusUrl: `http://192.168.1.20:8787/t/2026-11-23/${number}`,
      qrCaption: 'Quét mã để xem lượt của bạn',
      footer: 'Xin vui lòng chờ gọi số',
    },
  };
}

export async function benchTicketPrinting(): Promise<void> {
  for (const text of ['wpc1258', 'tcvn3', 'raster'] as const) {
    const options = { type: 'epson', width: 48, text } as const;
    await printJobBytes(ticket(0), options); // the raster font registers once, at first use
    const samples: number[] = [];
    let bytes = 0;
    for (let index = 0; index < RUNS; index += 1) {
      const start = process.hrtime.bigint();
      bytes = (await printJobBytes(ticket(index), options)).length;
      samples.push(elapsedMs(start));
    }
    report(`ticket bytes, ${text} (${(bytes / 1024).toFixed(1)} KiB)`, samples, [50, 95], text === 'raster' ? 'p95 ≤ 300 ms' : 'p95 ≤ 20 ms');
  }

  const virtual = await VirtualEscPosPrinter.listen();
  const printer = new EscPosPrinter({
    transport: new TcpTransport({ host: '127.0.0.1', port: virtual.port }),
    render: (job) => printJobBytes(job, { type: 'epson', width: 48, text: 'raster' }),
    log: () => undefined,
  });
  try {
    await waitFor(() => printer.health().state === 'ready', 'the printer to answer');
    const samples: number[] = [];
    for (let index = 0; index < RUNS; index += 1) {
      const start = process.hrtime.bigint();
      await printer.print(ticket(index));
      samples.push(elapsedMs(start));
    }
    report('print a raster ticket on the ESC/POS adapter (TCP, virtual printer)', samples, [50, 95], 'p95 ≤ 500 ms');
  } finally {
    await printer.close();
    await virtual.stop();
  }
}
