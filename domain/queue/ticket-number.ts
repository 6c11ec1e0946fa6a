/** Ticket numbers: one letter per service group, then a sequence that restarts each service day. */

/** A001 ... A999, then A1000: never truncated, so a number is never reused within a day. */
export function formatTicketNumber(prefix: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`bad ticket sequence ${sequence}`);
  return `${prefix}${String(sequence).padStart(3, '0')}`;
}

// Building a formatter costs about half a millisecond and every queue read asks for the day: one per zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = cache.get(timeZone);
  if (format === undefined) {
    format = make();
    cache.set(timeZone, format);
  }
  return format;
}

/** The service day (YYYY-MM-DD) of an instant, in the service point's own time zone. */
export function serviceDay(at: Date, timeZone: string): string {
  return cachedFormat(dayFormats, timeZone, () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })).format(at);
}

/** Wall-clock HH:mm at the service point, for the screen and the printed ticket. */
export function localTime(at: Date, timeZone: string): string {
  return cachedFormat(timeFormats, timeZone, () => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).format(at);
}
