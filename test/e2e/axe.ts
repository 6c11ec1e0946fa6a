/**
 * axe-core in the kiosk's page, and the two checks axe does not make: every tap target is at
 * least 64×64 px, and nothing is cut off.
 *
 * The host's CSP has no 'unsafe-inline', so a <script> tag with axe's source would be refused.
 * Playwright's `page.evaluate` runs the source through the DevTools protocol instead, which the
 * page's CSP does not govern: the page under test keeps its real policy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type * as Axe from 'axe-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  /** The first few elements it was found on, as CSS selectors. */
  targets: string[];
}

/** axe's WCAG A/AA violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof Axe };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  }, [...WCAG_AA_TAGS]);
}

export function seriousOrCritical(findings: readonly AxeFinding[]): AxeFinding[] {
  return findings.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');
}

/** A target smaller than this either way is too small for an unsteady finger. */
export const MIN_TARGET_PX = 64;

/**
 * Everything a citizen can tap that is smaller than 64×64 px: buttons, role=button, links. An
 * element hidden from assistive technology (the staff corner, aria-hidden) is no citizen's target.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const tappable = [...document.querySelectorAll<HTMLElement>('button, [role="button"], a[href]')];
    return tappable
      .filter((element) => element.closest('[aria-hidden="true"]') === null && element.getClientRects().length > 0)
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width < min || box.height < min;
      })
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name = element.dataset.testid ?? element.getAttribute('aria-label') ?? element.innerText.slice(0, 30);
        return `${name} (${Math.round(box.width)}×${Math.round(box.height)})`;
      });
  }, MIN_TARGET_PX);
}

/** Text cut off at its box's side, or pushed off the screen: what bigger text tends to cause. */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const elements = [...document.querySelectorAll<HTMLElement>('[data-screen] :is(button, p, h1, h2, dt, dd, li, span)')];
    return elements
      .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).overflowX !== 'visible')
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .concat(
        elements.filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
        }),
      )
      .map((element) => `${element.className || element.tagName}: ${element.innerText.slice(0, 40)}`);
  });
}
