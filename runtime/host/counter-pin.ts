/**
 * Counter PINs as the config keeps them: `scrypt$N$r$p$salt$hash` (salt and hash in base64), so a
 * copied config file does not give the PINs away. Verification compares in constant time.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** A PIN is 4 to 8 digits: typed on a keypad at the counter. */
export const PIN_PATTERN = /^\d{4,8}$/;

/** Cost of a new hash: about 50 ms on the host, 16 MiB of memory. */
const NEW_HASH = { N: 16_384, r: 8, p: 1, saltBytes: 16, keyBytes: 32 } as const;
/** Bounds on a stored hash's parameters, so an edited config cannot make a sign-in cost minutes or gigabytes. */
const MAX_MEMORY_BYTES = 64 * 1024 * 1024;
const MAX_P = 4;

interface PinHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

export async function hashPin(pin: string): Promise<string> {
  if (!isValidPin(pin)) throw new Error('a PIN is 4 to 8 digits');
  const { N, r, p, saltBytes, keyBytes } = NEW_HASH;
  const salt = randomBytes(saltBytes);
  const hash = await derive(pin, { N, r, p, salt, hash: Buffer.alloc(keyBytes) });
  return ['scrypt', N, r, p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Whether a stored string is a hash this module can check (a malformed one verifies nothing). */
export function isPinHash(stored: string): boolean {
  return parsePinHash(stored) !== null;
}

/** True only when `pin` is the PIN the hash was made from; false for a malformed hash too. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parsed = parsePinHash(stored);
  if (parsed === null) return false;
  const candidate = await derive(pin, parsed);
  return timingSafeEqual(candidate, parsed.hash);
}

function parsePinHash(stored: string): PinHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^\d{1,8}$/.test(part) ? Number(part) : NaN)) as [number, number, number];
  const salt = base64(parts[4] ?? '');
  const hash = base64(parts[5] ?? '');
  const powerOfTwo = N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || !(r >= 1) || 128 * N * r > MAX_MEMORY_BYTES || !(p >= 1 && p <= MAX_P)) return null;
  if (salt === null || salt.length < 8 || hash === null || hash.length < 16 || hash.length > 64) return null;
  return { N, r, p, salt, hash };
}

/** Strict base64: Node's decoder skips bad characters silently, which would hide a mangled hash. */
function base64(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}

function derive(pin: string, { N, r, p, salt, hash }: PinHash): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Room above scrypt's 128·N·r bytes; the default 32 MiB cap would refuse a (bounded) costlier hash.
    scrypt(pin, salt, hash.length, { N, r, p, maxmem: MAX_MEMORY_BYTES + 1024 * 1024 }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}
