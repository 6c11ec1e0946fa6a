/** What a rating page reads from its own address: the tablet's counter, the phone's token. */

/** The poll's wait without input before what was answered is left as it is. */
export const POLL_IDLE_MS = 30_000;

/** `?counter=3` → 3; null when missing or not a counter number. */
export function counterFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('counter');
  if (value === null || !/^[1-9]\d{0,3}$/.test(value)) return null;
  return Number(value);
}

/** `#<token>` → the token; null when there is none worth asking the host about. */
export function tokenFromHash(hash: string): string | null {
  let token: string;
  try {
    token = decodeURIComponent(hash.replace(/^#/, '')).trim();
  } catch {
    return null;
  }
  return token.length >= 16 && token.length <= 256 ? token : null;
}
