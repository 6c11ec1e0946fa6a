import { describe, expect, it } from 'vitest';
import { hashPin, isPinHash, isValidPin, verifyPin } from '../../runtime/host/counter-pin.js';

describe('counter PIN hashes', () => {
  it('verifies the PIN a hash was made from, and no other', async () => {
    const stored = await hashPin('2468');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPin('2468', stored)).toBe(true);
    expect(await verifyPin('2469', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
    expect(await verifyPin('24680', stored)).toBe(false);
  });

  it('salts every hash: the same PIN twice gives two different strings', async () => {
    const [first, second] = await Promise.all([hashPin('13579'), hashPin('13579')]);
    expect(first).not.toBe(second);
    expect(await verifyPin('13579', second)).toBe(true);
  });

  it('accepts 4 to 8 digits only', async () => {
    expect(['1234', '12345678'].map(isValidPin)).toEqual([true, true]);
    expect(['123', '123456789', '12a4', ' 1234', '١٢٣٤'].map(isValidPin)).toEqual([false, false, false, false, false]);
    await expect(hashPin('12')).rejects.toThrow('4 to 8 digits');
  });

  it('treats a malformed or mangled hash as matching nothing', async () => {
    const stored = await hashPin('2468');
    const [, N, r, p, salt, hash] = stored.split('$') as [string, string, string, string, string, string];
    const malformed = [
      'scrypt$',
      `scrypt$${N}$${r}$${p}$${salt}`,
      `bcrypt$${N}$${r}$${p}$${salt}$${hash}`,
      `scrypt$1000$${r}$${p}$${salt}$${hash}`, // N not a power of two
      `scrypt$${2 ** 24}$${r}$${p}$${salt}$${hash}`, // gigabytes of memory
      `scrypt$${N}$0$${p}$${salt}$${hash}`,
      `scrypt$${N}$${r}$${p}$${salt}$${hash.slice(0, 8)}`, // too short to mean anything
      `scrypt$${N}$${r}$${p}$${salt}$${hash.replace(/^./, '*')}`, // not base64
    ];
    for (const bad of malformed) {
      expect(isPinHash(bad), bad).toBe(false);
      expect(await verifyPin('2468', bad), bad).toBe(false);
    }
    expect(isPinHash(stored)).toBe(true);
  });
});
