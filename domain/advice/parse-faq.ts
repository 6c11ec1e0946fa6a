/** Reading the frequent-questions file: YAML, checked whole, every error named by its field. */
import { parse } from 'yaml';
import { type Faq, faqSchema } from './faq-schema.js';

export type FaqResult = { ok: true; faq: Faq } | { ok: false; errors: string[] };

export function parseFaq(text: string): FaqResult {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { ok: false, errors: [(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unreadable'] };
  }
  const result = faqSchema.safeParse(data);
  if (result.success) return { ok: true, faq: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`) };
}
