/**
 * The page a citizen's phone opens from the QR on the ticket: `/t/<day>/<number>`. Plain HTML from
 * the host (no script; it refreshes itself), in Vietnamese or, with `?lang=en`, English. It says
 * where the ticket stands and nothing about who holds it. With the ticket's own rating token
 * (`?k=`, printed in the QR), a served ticket offers the phone rating page, or thanks the citizen
 * once it is rated; a token for any other ticket shows neither.
 */
import type { Locale } from '../../bridge/contract.js';
import { PHONE_RATING_PAGE } from '../../bridge/rating-protocol.js';
import type { KioskConfig } from '../../domain/config/schema.js';
import { RATING_TOKEN_PARAM } from '../../domain/queue/ticket-status-link.js';
import { groupWaits } from '../queue/group-wait.js';
import type { QueueService, TicketPosition } from '../queue/queue-service.js';
import type { SatisfactionService } from '../satisfaction/satisfaction-service.js';
import type { TicketStore } from '../store/ticket-store.js';

const PATH = /^\/t\/(\d{4}-\d{2}-\d{2})\/([A-Z]\d{3,4})$/;
export const STATUS_STYLESHEET_PATH = '/t/status.css';
/** Seconds between refreshes: a call should not be missed by much. */
const REFRESH_SECONDS = 15;

const WORDS = {
  vi: {
    title: 'Số thứ tự',
    notFound: 'Không tìm thấy số này. Mời ông/bà hỏi cán bộ tại quầy.',
    waiting: (ahead: number) => (ahead === 0 ? 'Ông/bà là người tiếp theo' : `Còn ${ahead} người trước ông/bà`),
    wait: (minutes: number) => `Thời gian chờ dự kiến: khoảng ${minutes} phút`,
    called: (counter: number) => `Đã đến lượt: mời đến quầy số ${counter}`,
    serving: (counter: number) => `Đang được phục vụ tại quầy số ${counter}`,
    done: 'Đã hoàn thành. Cảm ơn ông/bà!',
    noShow: 'Đã gọi nhưng ông/bà vắng mặt. Mời hỏi cán bộ tại quầy.',
    left: 'Đã hết giờ làm việc, số này chưa được phục vụ. Mời ông/bà quay lại vào ngày làm việc tiếp theo hoặc hỏi cán bộ.',
    refresh: `Trang tự cập nhật mỗi ${REFRESH_SECONDS} giây.`,
    rate: 'Đánh giá dịch vụ',
    rated: 'Cảm ơn ông/bà đã đánh giá.',
    other: 'English',
  },
  en: {
    title: 'Ticket',
    notFound: 'This number was not found. Please ask at a counter.',
    waiting: (ahead: number) => (ahead === 0 ? 'You are next in line' : `${ahead} ${ahead === 1 ? 'person' : 'people'} ahead of you`),
    wait: (minutes: number) => `Estimated wait: about ${minutes} minutes`,
    called: (counter: number) => `Your turn: please go to counter ${counter}`,
    serving: (counter: number) => `Being served at counter ${counter}`,
    done: 'Done. Thank you!',
    noShow: 'You were called but not there. Please ask at a counter.',
    left: 'The service point has closed for the day and this number was not served. Please come back on the next working day or ask at a counter.',
    refresh: `This page updates itself every ${REFRESH_SECONDS} seconds.`,
    rate: 'Rate this service',
    rated: 'Thank you for your rating.',
    other: 'Tiếng Việt',
  },
} as const;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

export interface StatusPage {
  status: 200 | 404;
  html: string;
}

/** The page for a request path and query, or null when the path is not a ticket status path. */
export function ticketStatusPage(
  url: URL,
  context: { store: TicketStore; queue: QueueService; config: KioskConfig; satisfaction: SatisfactionService },
): StatusPage | null {
  const match = PATH.exec(url.pathname);
  if (match === null) return null;
  const [, day = '', number = ''] = match;
  const locale: Locale = url.searchParams.get('lang') === 'en' ? 'en' : 'vi';
  const words = WORDS[locale];
  const { queue, config } = context;
  const ticket = context.store.findByNumber(day, number);
  const position = ticket && queue.position(ticket.id, config.queue.callingPolicies);
  const group = ticket && config.serviceGroups.find((candidate) => candidate.id === position?.serviceId);
  const ahead = position?.peopleAhead ?? null;
  const waitMinutes = group && ahead !== null ? groupWaits(queue, day, new Date(), config.queue.serviceTime)(group, ahead) : null;
  const lines = position === undefined ? [words.notFound] : statusLines(position, words, waitMinutes);
  const token = url.searchParams.get(RATING_TOKEN_PARAM);
  const rating = ticket && position?.state === 'done' && token !== null && context.satisfaction.tokenNames(token, ticket) ? token : null;
  const ratingBlock = rating === null || ticket === undefined ? '' : ratingHtml(rating, context.satisfaction.ratings.find(ticket.id) !== undefined, words);
  // The other language keeps the token, so the rating stays on offer there too.
  const otherQuery = new URLSearchParams({ lang: locale === 'vi' ? 'en' : 'vi', ...(token === null ? {} : { [RATING_TOKEN_PARAM]: token }) });
  const otherLocale = `?${otherQuery.toString()}`;
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${REFRESH_SECONDS}">
<title>${escapeHtml(`${words.title} ${number}`)}</title>
<link rel="stylesheet" href="${STATUS_STYLESHEET_PATH}">
</head>
<body>
<main>
<p class="place">${escapeHtml(context.config.servicePoint.name[locale])}</p>
<h1><span class="label">${escapeHtml(words.title)}</span> <span class="number">${escapeHtml(number)}</span></h1>
${group ? `<p class="group">${escapeHtml(group.name[locale])}</p>` : ''}
${lines.map((line, index) => `<p class="${index === 0 ? 'state' : 'detail'}">${escapeHtml(line)}</p>`).join('\n')}
${ratingBlock}
<p class="foot">${escapeHtml(words.refresh)} <a href="${escapeHtml(otherLocale)}">${escapeHtml(words.other)}</a></p>
</main>
</body>
</html>
`;
  return { status: position === undefined ? 404 : 200, html };
}

/** The way to the phone rating page (the token in the fragment, never sent to a server), or thanks once rated. */
function ratingHtml(token: string, rated: boolean, words: (typeof WORDS)[Locale]): string {
  if (rated) return `<p class="rated">${escapeHtml(words.rated)}</p>`;
  return `<p><a class="rate" href="${escapeHtml(`${PHONE_RATING_PAGE}#${token}`)}">${escapeHtml(words.rate)}</a></p>`;
}

function statusLines(position: TicketPosition, words: (typeof WORDS)[Locale], waitMinutes: number | null): string[] {
  if (position.leftAtClosing) return [words.left];
  switch (position.state) {
    case 'waiting': {
      const ahead = position.peopleAhead ?? 0;
      return ahead > 0 && waitMinutes !== null ? [words.waiting(ahead), words.wait(waitMinutes)] : [words.waiting(ahead)];
    }
    case 'called':
      return [words.called(position.counter ?? 0)];
    case 'serving':
      return [words.serving(position.counter ?? 0)];
    case 'done':
      return [words.done];
    case 'no_show':
      return [words.noShow];
  }
}

/** Large type for an old phone held at arm's length; the same colours as the kiosk. */
export const STATUS_STYLESHEET = `body{margin:0;font-family:system-ui,sans-serif;background:#f4f1ea;color:#14213d}
main{max-width:32rem;margin:0 auto;padding:1.5rem}
.place{font-weight:600;margin:0 0 1rem}
h1{margin:0;display:flex;flex-direction:column}
.label{font-size:1.25rem}
.number{font-size:5rem;line-height:1;color:#b3122e}
.group{font-size:1.25rem;font-weight:700;color:#0b2545}
.state{font-size:1.6rem;font-weight:700;margin:1.5rem 0 .5rem}
.detail{font-size:1.2rem;margin:0}
.foot{margin-top:2rem;color:#3f4b63}
.rate{display:block;margin:1.5rem 0;padding:1.2rem;border-radius:.75rem;background:#0b2545;color:#fff;font-size:1.6rem;font-weight:700;text-align:center;text-decoration:none}
.rated{font-size:1.4rem;font-weight:700;color:#1b6b3a;margin:1.5rem 0}
`;
