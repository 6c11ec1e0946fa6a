/** Checks every citizen screen must pass in the browser: nothing cut off, nothing off screen, every target big enough. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Type on the kiosk's own keyboard, key by key, as a finger would. */
export async function typeOnScreen(page: Page, text: string): Promise<void> {
  for (const character of text) await page.getByTestId(character === ' ' ? 'key-space' : `key-${character}`).click();
}

/** Nothing on screen may spill out of its box: a cut-off Vietnamese word is a bug. */
export async function expectNothingOverflows(page: Page): Promise<void> {
  const spilled = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-screen] button, [data-screen] p, [data-screen] h1, [data-screen] h2')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => element.innerText.slice(0, 60)),
  );
  expect(spilled).toEqual([]);
}

/** Everything on the screen is in view without scrolling (a citizen may not know to scroll). */
export async function expectNoScrolling(page: Page): Promise<void> {
  const cutOff = await page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('[data-screen] .screen__body');
    if (body === null) return ['no screen body'];
    const bottom = body.getBoundingClientRect().bottom;
    return [...body.querySelectorAll<HTMLElement>('button, p, h1, h2, li')]
      .filter((element) => element.getBoundingClientRect().bottom > bottom + 1)
      .map((element) => element.innerText.slice(0, 40));
  });
  expect(cutOff).toEqual([]);
}

/** Every button a citizen taps is at least 64 px both ways. */
export async function expectBigTargets(page: Page): Promise<void> {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-screen] button')]
      .map((button) => ({ text: button.innerText.slice(0, 40) || button.getAttribute('aria-label'), box: button.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 64 || box.height < 64)
      .map(({ text }) => text),
  );
  expect(small).toEqual([]);
}
