/** The phone link's signed token: round trip, tampering, another service point's key, the key file. */
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RATING_KEY_FILE, RatingTokens } from '../../runtime/satisfaction/rating-token.js';
import { tempDir } from '../helpers/kiosk-harness.js';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) dir.remove();
});
function dataDir(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir.path;
}

const claims = { ticketId: 42, serviceDay: '2026-11-23' };

describe('rating tokens', () => {
  it('round-trips the ticket and day in a URL-safe token', () => {
    const tokens = RatingTokens.inDataDir(dataDir());
    const token = tokens.sign(claims);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(tokens.verify(token)).toEqual(claims);
    expect(tokens.sign(claims)).toBe(token);
  });

  it('refuses a token whose ticket, day or signature was changed', () => {
    const tokens = RatingTokens.inDataDir(dataDir());
    const token = tokens.sign(claims);
    const [payload = '', mac = ''] = token.split('.');
    const forged = Buffer.from('43|2026-11-23').toString('base64url');
    expect(tokens.verify(`${forged}.${mac}`)).toBeNull();
    const flipped = mac.slice(0, 10) + (mac[10] === 'A' ? 'B' : 'A') + mac.slice(11);
    expect(tokens.verify(`${payload}.${flipped}`)).toBeNull();
    expect(tokens.verify(`${payload}.${mac.slice(0, -2)}`)).toBeNull();
    expect(tokens.verify(payload)).toBeNull();
    expect(tokens.verify(`${token}.extra`)).toBeNull();
    expect(tokens.verify('')).toBeNull();
  });

  it("refuses a token signed with another service point's key", () => {
    const ours = RatingTokens.inDataDir(dataDir());
    const theirs = RatingTokens.inDataDir(dataDir());
    expect(ours.verify(theirs.sign(claims))).toBeNull();
    expect(ours.verify(RatingTokens.withKey(randomBytes(32)).sign(claims))).toBeNull();
  });

  it('creates the key once, owner-only, and keeps it across restarts', () => {
    const dir = dataDir();
    const token = RatingTokens.inDataDir(dir).sign(claims);
    const file = join(dir, RATING_KEY_FILE);
    const key = readFileSync(file);
    expect(key).toHaveLength(32);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(RatingTokens.inDataDir(dir).verify(token)).toEqual(claims);
    expect(readFileSync(file)).toEqual(key);
  });

  it('refuses to work with a damaged key file rather than replace it', () => {
    const dir = dataDir();
    writeFileSync(join(dir, RATING_KEY_FILE), 'short');
    expect(() => RatingTokens.inDataDir(dir)).toThrow(/32 bytes/);
  });

  it('signs only a real ticket id and day', () => {
    const tokens = RatingTokens.withKey(randomBytes(32));
    expect(() => tokens.sign({ ticketId: -1, serviceDay: '2026-11-23' })).toThrow();
    expect(() => tokens.sign({ ticketId: 1, serviceDay: '23/11/2026' })).toThrow();
  });
});
