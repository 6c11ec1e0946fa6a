/**
 * Rating a service on the kiosk in Chromium, through the browser host, on a real queue and store:
 * the ticket found by its number typed on the keypad (refused politely when unknown), the poll with a
 * low score, reasons and a Telex comment on the on-screen keys, and the welcome screen's one-tap
 * offer of a ticket just finished here. Every new screen is pictured in test-artifacts/e2e/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ticketStatusUrl } from '../../domain/queue/ticket-status-link.js';
import { type BrowserKiosk, expectScreen, keepPicture, kioskBrowserSession, tap } from './kiosk-browser.js';
import { servedTicket } from './served-ticket.js';

const session = kioskBrowserSession();
let kiosk: BrowserKiosk;
let page: Page;

const PORTRAIT = { width: 1080, height: 1920 };

/** Press the keys of a ticket number (its letter, then its digits), as a finger would. */
async function typeNumber(number: string): Promise<void> {
  for (const character of number) await tap(page, `key-${character}`);
}

/** Nothing on screen spills out of its box or below the screen's body: a cut-off word or key is a bug. */
async function expectEverythingFits(): Promise<void> {
  const problems = await page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('[data-screen] .screen__body');
    const bottom = body?.getBoundingClientRect().bottom ?? window.innerHeight;
    const elements = [...document.querySelectorAll<HTMLElement>('[data-screen] .screen__body :is(button, p, h1, h2)')];
    return elements
      .filter((element) => element.scrollWidth > element.clientWidth + 1 || element.getBoundingClientRect().bottom > bottom + 1)
      .map((element) => element.innerText.slice(0, 60));
  });
  expect(problems).toEqual([]);
}

describe('rating a service on the kiosk', () => {
  it('finds the ticket by its number, keeps a low score with criteria, reasons and a Telex comment, and thanks', async () => {
    let problems: string[];
    ({ kiosk, page, problems } = await session.open(PORTRAIT));
    const ticket = servedTicket(kiosk);
    await tap(page, 'touch-start', 'lang-vi', 'menu-rate');
    await expectScreen(page, 'rate', 'rate-vi-01-find');
    await expectEverythingFits();

    await typeNumber('A099');
    await tap(page, 'find-ticket');
    await expect.poll(() => page.getByTestId('rate-refusal').getAttribute('data-reason')).toBe('unknownTicket');
    await keepPicture(page, 'rate-vi-02-unknown-number');
    await expectEverythingFits();

    await tap(page, 'key-clear');
    await typeNumber(ticket.number);
    await expect.poll(() => page.getByTestId('rate-typed').innerText()).toBe(ticket.number);
    await tap(page, 'find-ticket');
    await expectScreen(page, 'rateOverall', 'rate-vi-03-overall');
    await expect.poll(() => page.getByTestId('rated-ticket').innerText()).toContain(`Số ${ticket.number}`);
    await expectEverythingFits();

    await tap(page, 'overall-2');
    await expectScreen(page, 'rateCriteria');
    await tap(page, 'criterion-officer-1', 'criterion-time-2');
    await keepPicture(page, 'rate-vi-04-criteria');
    await expectEverythingFits();
    await tap(page, 'next');
    await expectScreen(page, 'rateReasons');
    await tap(page, 'reason-longWait');
    await keepPicture(page, 'rate-vi-05-reasons');
    await expectEverythingFits();
    await tap(page, 'next');
    await expectScreen(page, 'rateComment');
    // Telex: "chowf" is "chờ".
    for (const key of ['c', 'h', 'o', 'w', 'f', 'space', 'l', 'a', 'a', 'u']) await tap(page, `key-${key}`);
    await expect.poll(() => page.getByTestId('comment').innerText()).toContain('chờ lâu');
    await keepPicture(page, 'rate-vi-06-comment');
    await expectEverythingFits();
    await tap(page, 'next');
    await expectScreen(page, 'rateThanks', 'rate-vi-07-thanks');

    expect(kiosk.runtime.satisfaction.ratings.find(ticket.id)).toMatchObject({
      channel: 'kiosk',
      overall: 2,
      criteria: { officer: 1, time: 2 },
      reasons: ['longWait'],
      comment: 'chờ lâu',
    });
    await tap(page, 'finish');
    await expectScreen(page, 'attract');

    // The same number again: thanked, not asked again.
    await tap(page, 'touch-start', 'lang-vi', 'menu-rate');
    await expectScreen(page, 'rate');
    await typeNumber(ticket.number);
    await tap(page, 'find-ticket');
    await expect.poll(() => page.getByTestId('rate-refusal').getAttribute('data-reason')).toBe('alreadyRated');
    await keepPicture(page, 'rate-vi-08-already-rated');
    await expectEverythingFits();
    expect(problems).toEqual([]);
  });

  it('offers a ticket just finished here on the welcome screen, one tap into its poll', async () => {
    let problems: string[];
    ({ kiosk, page, problems } = await session.open(PORTRAIT));
    await expectScreen(page, 'attract');
    const ticket = servedTicket(kiosk);
    await expect.poll(() => page.getByTestId(`rate-offer-${ticket.number}`).isVisible()).toBe(true);
    await keepPicture(page, 'rate-offer-01-attract');
    await tap(page, 'touch-start');
    await expectScreen(page, 'greeting');
    await expect.poll(() => page.getByTestId(`rate-offer-${ticket.number}`).isVisible()).toBe(true);
    await keepPicture(page, 'rate-offer-02-greeting');
    await expectEverythingFits();

    await tap(page, `rate-offer-${ticket.number}`);
    await expectScreen(page, 'rateOverall');
    await tap(page, 'overall-5');
    await expectScreen(page, 'rateCriteria');
    await tap(page, 'next');
    await expectScreen(page, 'rateThanks');
    expect(kiosk.runtime.satisfaction.ratings.find(ticket.id)).toMatchObject({ channel: 'kiosk', overall: 5 });
    await tap(page, 'finish');
    await expectScreen(page, 'attract');
    await expect.poll(() => page.getByTestId(`rate-offer-${ticket.number}`).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('in English: the QR on the ticket, held to the reader, opens its poll', async () => {
    let problems: string[];
    ({ kiosk, page, problems } = await session.open(PORTRAIT));
    const ticket = servedTicket(kiosk);
    const serviceDay = kiosk.runtime.store.get(ticket.id)?.serviceDay ?? '';
    const link = ticketStatusUrl(kiosk.runtime.configuration.host.publicUrl, {
      serviceDay,
      number: ticket.number,
      ratingToken: kiosk.runtime.satisfaction.tokenFor({ id: ticket.id, serviceDay }),
    });
    await tap(page, 'touch-start', 'lang-en', 'menu-rate');
    await expectScreen(page, 'rate', 'rate-en-01-find');
    await expectEverythingFits();
    kiosk.devices.idReader.script.queueValue({ qrText: link });
    // The reader was already waiting when the script was queued: a fresh visit reads it.
    await tap(page, 'back', 'menu-rate');
    await expectScreen(page, 'rateOverall', 'rate-en-02-overall-scanned');
    await expect.poll(() => page.getByTestId('rated-ticket').innerText()).toContain(`Ticket ${ticket.number}`);
    await expectEverythingFits();
    await tap(page, 'overall-4');
    await expectScreen(page, 'rateCriteria', 'rate-en-03-criteria');
    await expectEverythingFits();
    expect(kiosk.runtime.satisfaction.ratings.find(ticket.id)).toMatchObject({ channel: 'kiosk', overall: 4 });
    expect(problems).toEqual([]);
  });
});
