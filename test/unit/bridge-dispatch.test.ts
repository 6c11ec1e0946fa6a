import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../helpers/kiosk-harness.js';

let kiosk: Harness;
afterEach(async () => kiosk?.close());

describe('runtime bridge: events from a renderer', () => {
  it.each([
    [{ type: 'ui.selfDestruct' }, 'type'],
    [{ type: 'ui.language', locale: 'fr' }, 'locale'],
    [{ type: 'ui.touch', extra: true }, 'extra'],
    [{ type: 'presence.detected' }, 'type'],
    [{ type: 'settings.updated', settings: {} }, 'type'],
    ['ui.touch', '(root)'],
    [null, '(root)'],
  ])('rejects %j and names %s, keeping the kiosk where it was', async (event, field) => {
    kiosk = await startHarness();
    await kiosk.send({ type: 'ui.touch' });
    const result = kiosk.runtime.dispatch(event);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(field);
    expect(kiosk.screen()).toBe('greeting');
    expect(kiosk.logger.lines.at(-1)).toContain('rejected event');
  });

  it('delivers the current view to a new subscriber at once (a reloaded renderer redraws)', async () => {
    kiosk = await startHarness();
    await kiosk.send({ type: 'ui.touch' }, { type: 'ui.language', locale: 'en' });
    const views: string[] = [];
    kiosk.runtime.subscribe((view) => views.push(`${view.screen}/${view.locale}`));
    expect(views).toEqual(['menu/en']);
  });

  it('restarts a fresh session if the chart itself fails, instead of freezing', async () => {
    kiosk = await startHarness();
    await kiosk.send({ type: 'ui.touch' }, { type: 'ui.language', locale: 'en' }, { type: 'ui.menu', item: 'ticket' });
    // A settings update the chart cannot read makes the next guard throw.
    kiosk.runtime.session.send({ type: 'settings.updated', settings: null as never });
    kiosk.runtime.dispatch({ type: 'ui.service', serviceId: 'land' });
    expect(kiosk.screen()).toBe('attract');
    expect(kiosk.logger.lines.join('\n')).toContain('session actor failed');
    await kiosk.send({ type: 'ui.touch' });
    expect(kiosk.screen()).toBe('greeting');
  });
});
