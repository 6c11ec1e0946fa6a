/**
 * How much roll a job takes, estimated from its layout: no receipt printer reports paper used, so
 * the counter adds up this estimate. A text line (24-dot font or raster text, with its spacing) is
 * about 4 mm at 203 dpi, a ticket's QR code about 30 mm, and each job feeds about 20 mm past the
 * print head before the cut. A typical ticket comes to about 11 cm: some 700 on an 80 m roll.
 */
import { jobText } from '../../devices/printer/job-text.js';
import type { PrintJob } from '../../devices/printer/print-job.js';

const LINE_MM = 4;
const QR_MM = 30;
const FEED_AND_CUT_MM = 20;
/** The QR code's line in the job's text form (devices/printer/job-text.ts). */
const QR_LINE = /^\[QR\] /;

/** What a ticket usually takes, until the counter has seen one. */
export const TYPICAL_TICKET_MM = 110;

export function jobLengthMm(job: PrintJob): number {
  const lines = jobText(job).split('\n');
  const qrCodes = lines.filter((line) => QR_LINE.test(line)).length;
  return (lines.length - qrCodes) * LINE_MM + qrCodes * QR_MM + FEED_AND_CUT_MM;
}
