/** The page behind the ticket's QR: where the ticket stands, live, in the citizen's language. */
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allowedHosts, isAllowedHost } from '../../runtime/host/allowed-hosts.js';
import type { RunningHost } from '../../runtime/host/http-host.js';
import { type HostedHarness, startHostedHarness } from '../helpers/hosted-harness.js';
import { type Harness, today } from '../helpers/kiosk-harness.js';
import { walkToTicket } from '../helpers/walks.js';

let hosted: HostedHarness;
let kiosk: Harness;
let host: RunningHost;

beforeEach(async () => {
  hosted = await startHostedHarness();
  ({ kiosk, host } = hosted);
});
afterEach(() => hosted.close());

function get(path: string) {
  return new Promise<{ status: number; type: string; csp: string; body: string }>((resolve, reject) => {
    const req = request(new URL(path, host.url), (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), csp: String(res.headers['content-security-policy']), body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('ticket status page', () => {
  it('follows a ticket from waiting to called to served, under the strict CSP, without script', async () => {
    await kiosk.send(...walkToTicket('residence'), { type: 'ui.finish' }, ...walkToTicket('residence'));
    const path = `/t/${today()}/B002`;

    const waiting = await get(path);
    expect(waiting.status).toBe(200);
    expect(waiting.type).toBe('text/html; charset=utf-8');
    expect(waiting.csp).toContain("script-src 'self'");
    expect(waiting.body).not.toContain('<script');
    expect(text(waiting.body)).toContain('Số thứ tự B002');
    expect(text(waiting.body)).toContain('Cư trú, căn cước');
    expect(text(waiting.body)).toContain('Còn 1 người trước ông/bà');
    // One ahead at the one residence counter, at the prior pace of 6 minutes before any service today.
    expect(text(waiting.body)).toContain('Thời gian chờ dự kiến: khoảng 6 phút');

    const first = kiosk.runtime.queue.callNext(3, ['residence'], new Date(), {});
    expect(text((await get(path)).body)).toContain('Ông/bà là người tiếp theo');
    if (!first.ok) throw new Error('B001 should be called');
    kiosk.runtime.queue.startService(3, first.ticket.id, new Date());
    kiosk.runtime.queue.finishService(3, first.ticket.id, new Date());
    kiosk.runtime.queue.callNext(3, ['residence'], new Date(), {});
    expect(text((await get(path)).body)).toContain('Đã đến lượt: mời đến quầy số 3');
    expect(text((await get(`${path}?lang=en`)).body)).toContain('Your turn: please go to counter 3');
  });

  it('says a ticket left waiting when the day closed will not be served', async () => {
    await kiosk.send(...walkToTicket('residence'));
    expect(kiosk.runtime.servicePoint.act(3, { type: 'closeDay' }, 'counter 3')).toEqual({ ok: true });
    expect(text((await get(`/t/${today()}/B001`)).body)).toContain('Đã hết giờ làm việc, số này chưa được phục vụ.');
    expect(text((await get(`/t/${today()}/B001?lang=en`)).body)).toContain('this number was not served');
  });

  it('says plainly when there is no such ticket, and ignores paths that are not tickets', async () => {
    const missing = await get(`/t/${today()}/A999`);
    expect(missing.status).toBe(404);
    expect(text(missing.body)).toContain('Không tìm thấy số này');
    expect((await get('/t/yesterday/A001')).status).toBe(404);
    expect((await get(`/t/${today()}/<script>`)).body).not.toContain('<script>');
  });

  it('serves its stylesheet from the host (no inline styles under the CSP)', async () => {
    const css = await get('/t/status.css');
    expect(css.status).toBe(200);
    expect(css.type).toBe('text/css; charset=utf-8');
    expect(css.body).toContain('.number');
  });
});

describe('who may ask', () => {
  it('answers the public address printed in the QR, and still refuses other host names', () => {
    const allowed = allowedHosts('0.0.0.0', 8787, 'http://motcua.phuong.local:8787');
    expect(isAllowedHost('motcua.phuong.local:8787', allowed)).toBe(true);
    expect(isAllowedHost('127.0.0.1:8787', allowed)).toBe(true);
    expect(isAllowedHost('evil.example:8787', allowed)).toBe(false);
  });
});
