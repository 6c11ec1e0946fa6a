/**
 * A text message from a page or another kiosk, checked the one way every socket of the host checks
 * it: bounded in size, JSON, and the endpoint's schema. The error names what was wrong (schema
 * issues name fields, never values, so a mistyped PIN is not echoed into the log).
 */
import type { RawData } from 'ws';
import type { z } from 'zod';
import { describeIssues } from '../../bridge/contract.js';

export type ParsedSocketMessage<Message> = { ok: true; message: Message } | { ok: false; error: string };

/** The bytes of a frame, however ws delivered them. */
export function frameBytes(data: RawData): Buffer {
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
}

export function parseSocketMessage<Schema extends z.ZodType>(
  bytes: Buffer,
  schema: Schema,
  maxBytes: number,
): ParsedSocketMessage<z.infer<Schema>> {
  if (bytes.byteLength > maxBytes) return { ok: false, error: 'message too large' };
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { ok: false, error: 'message is not JSON' };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ok: false, error: `malformed message: ${describeIssues(parsed.error)}` };
  return { ok: true, message: parsed.data };
}
