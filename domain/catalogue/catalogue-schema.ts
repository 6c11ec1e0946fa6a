/**
 * The ward's procedure catalogue: fields (lĩnh vực) holding procedures (thủ tục) with what a
 * citizen must bring, pay and wait, and which of the kiosk's service groups handles them.
 * Service groups are not defined here but named: the kiosk config owns their ticket letters and
 * counters, so one edit there reroutes every procedure and the two files cannot disagree.
 */
import { z } from 'zod';

const text = z.string().trim().min(1);
const localizedText = z.strictObject({ vi: text, en: text });
export type LocalizedText = z.infer<typeof localizedText>;

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case: lower-case letters and digits joined by dashes');

/** How long a procedure keeps a counter busy: the queue routes and estimates by it. */
export const COMPLEXITIES = ['quick', 'standard', 'complex'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

const procedureSchema = z.strictObject({
  id: kebabId,
  name: localizedText,
  /** How citizens actually say it ("làm giấy khai sinh", "sổ hộ khẩu"): searched like the name. */
  aliases: z
    .strictObject({ vi: z.array(text).default([]), en: z.array(text).default([]) })
    .prefault({}),
  documents: z.array(localizedText).min(1),
  /** Worded, not a number: many fees depend on the case or are waived ("Miễn phí", "theo quy định"). */
  fee: localizedText,
  timeLimit: localizedText,
  serviceGroup: kebabId,
  complexity: z.enum(COMPLEXITIES),
  portalUrl: z.url({ protocol: /^https$/, hostname: /^([a-z0-9-]+\.)*dichvucong\.gov\.vn$/ }),
});
export type Procedure = z.infer<typeof procedureSchema>;

const fieldSchema = z.strictObject({
  id: kebabId,
  name: localizedText,
  procedures: z.array(procedureSchema).min(1),
});
export type CatalogueField = z.infer<typeof fieldSchema>;

const catalogueShape = z.strictObject({
  servicePoint: localizedText,
  fields: z.array(fieldSchema).min(1),
});
export type Catalogue = z.infer<typeof catalogueShape>;

/** The schema with the cross-checks: ids unique, every service group one the kiosk knows. */
export function catalogueSchema(knownGroups: readonly string[]) {
  return catalogueShape.superRefine((catalogue, ctx) => {
    const fieldIds = new Set<string>();
    const procedureIds = new Set<string>();
    catalogue.fields.forEach((field, fieldIndex) => {
      if (fieldIds.has(field.id)) {
        ctx.addIssue({ code: 'custom', path: ['fields', fieldIndex, 'id'], message: `duplicate field id "${field.id}"` });
      }
      fieldIds.add(field.id);
      field.procedures.forEach((procedure, index) => {
        const path = ['fields', fieldIndex, 'procedures', index];
        if (procedureIds.has(procedure.id)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `duplicate procedure id "${procedure.id}"` });
        }
        procedureIds.add(procedure.id);
        if (!knownGroups.includes(procedure.serviceGroup)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'serviceGroup'],
            message: `unknown service group "${procedure.serviceGroup}" (known: ${knownGroups.join(', ')})`,
          });
        }
      });
    });
  });
}
