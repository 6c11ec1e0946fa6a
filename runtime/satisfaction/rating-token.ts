/**
 * The signed token in the phone's rating link: it names a ticket and its service day, and only this
 * service point can make one (HMAC-SHA256 with a key kept in the data folder), so a guessed or
 * edited link cannot rate someone else's ticket. Format: base64url(payload) "." base64url(mac).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RATING_KEY_FILE = 'rating-token.key';
const KEY_BYTES = 32;
/** Ties the MAC to this use of the key, so a MAC made for anything else never verifies here. */
const PURPOSE = 'motcua-rating-v1';
const PAYLOAD = /^(\d{1,15})\|(\d{4}-\d{2}-\d{2})$/;

export interface RatingTokenClaims {
  ticketId: number;
  serviceDay: string;
}

export class RatingTokens {
  private constructor(private readonly key: Buffer) {}

  static withKey(key: Buffer): RatingTokens {
    if (key.length !== KEY_BYTES) throw new Error(`a rating token key is ${KEY_BYTES} bytes, not ${key.length}`);
    return new RatingTokens(key);
  }

  /** The key in the data folder, created once (owner-only) on first use. */
  static inDataDir(dataDir: string): RatingTokens {
    const file = join(dataDir, RATING_KEY_FILE);
    try {
      // 'wx': only one process ever creates the key; the others read the one it wrote.
      writeFileSync(file, randomBytes(KEY_BYTES), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
    return RatingTokens.withKey(readFileSync(file));
  }

  sign(claims: RatingTokenClaims): string {
    const payload = `${claims.ticketId}|${claims.serviceDay}`;
    if (!PAYLOAD.test(payload)) throw new Error(`cannot sign a rating token for ${payload}`);
    const encoded = Buffer.from(payload).toString('base64url');
    return `${encoded}.${this.mac(encoded).toString('base64url')}`;
  }

  /** The claims of a token this key signed; null for anything else (tampered, foreign, malformed). */
  verify(token: string): RatingTokenClaims | null {
    const parts = token.split('.');
    if (parts.length !== 2) return null;
    const [encoded = '', presented = ''] = parts;
    const expected = this.mac(encoded);
    const given = Buffer.from(presented, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    // Reject non-canonical base64url too, so one ticket has exactly one token.
    if (given.toString('base64url') !== presented) return null;
    const match = PAYLOAD.exec(Buffer.from(encoded, 'base64url').toString('utf8'));
    if (match === null) return null;
    return { ticketId: Number(match[1]), serviceDay: match[2] ?? '' };
  }

  private mac(encodedPayload: string): Buffer {
    return createHmac('sha256', this.key).update(`${PURPOSE}.${encodedPayload}`).digest();
  }
}
