/**
 * The frequent questions shipped with the kiosk (data/faq/faq.yaml): each with the ways citizens
 * ask it, in Vietnamese and English, and its answer in both. Some answers are completed from the
 * kiosk's own configuration (`fact`), so they never disagree with it.
 */
import { z } from 'zod';

const text = z.string().trim().min(1);
const localizedText = z.strictObject({ vi: text, en: text });

/**
 * openingHours: the config's `queue.openingHours`, when set, replaces the answer written here;
 * counters: each service group's counters are listed after it.
 */
export const FAQ_FACTS = ['openingHours', 'counters'] as const;
export type FaqFact = (typeof FAQ_FACTS)[number];

const faqEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case'),
  /** How citizens ask it: the first of each language is the question shown above the answer. */
  asked: z.strictObject({ vi: z.array(text).min(1), en: z.array(text).min(1) }),
  answer: localizedText,
  fact: z.enum(FAQ_FACTS).optional(),
});
export type FaqEntry = z.infer<typeof faqEntrySchema>;

export const faqSchema = z
  .strictObject({ questions: z.array(faqEntrySchema).min(1) })
  .superRefine((faq, ctx) => {
    const seen = new Set<string>();
    faq.questions.forEach((entry, index) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `duplicate id "${entry.id}"` });
      seen.add(entry.id);
    });
  });
export type Faq = z.infer<typeof faqSchema>;
