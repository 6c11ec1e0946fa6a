import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig } from '../../domain/config/schema.js';

describe('config: satisfaction section', () => {
  it('defaults to no keypads and no dashboard PIN', () => {
    expect(DEFAULT_CONFIG.satisfaction).toEqual({ keypads: [] });
  });

  it('accepts keypads at served counters and a dashboard PIN hash', () => {
    const result = parseConfig({
      satisfaction: { keypads: [{ counter: 3, path: '/dev/ttyUSB1' }], dashboardPinHash: 'scrypt$16384$8$1$c2FsdA==$aGFzaA==' },
    });
    expect(result).toMatchObject({ ok: true, config: { satisfaction: { keypads: [{ counter: 3, path: '/dev/ttyUSB1' }] } } });
  });

  it('refuses a keypad at a counter no group serves, two keypads at one counter, and a PIN that is not a hash', () => {
    const unserved = parseConfig({ satisfaction: { keypads: [{ counter: 9, path: '/dev/ttyUSB1' }] } });
    expect(unserved).toMatchObject({ ok: false });
    if (!unserved.ok) expect(unserved.error).toContain('counter 9');
    const twice = parseConfig({ satisfaction: { keypads: [{ counter: 1, path: '/dev/a' }, { counter: 1, path: '/dev/b' }] } });
    expect(twice).toMatchObject({ ok: false });
    if (!twice.ok) expect(twice.error).toContain('two keypads');
    expect(parseConfig({ satisfaction: { dashboardPinHash: '1234' } })).toMatchObject({ ok: false });
    expect(parseConfig({ satisfaction: { keypads: [{ counter: 1 }] } })).toMatchObject({ ok: false });
  });
});
