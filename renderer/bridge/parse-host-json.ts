/**
 * The first step of reading any host frame: text that parses as JSON and is an object. The
 * renderer does not bundle zod, so each page's guards check the fields from here.
 */
export type Fields = Record<string, unknown>;

export function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The frame's object, or null when it is binary, not JSON, or not an object. */
export function parseHostJson(data: unknown): Fields | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  return isObject(value) ? value : null;
}
