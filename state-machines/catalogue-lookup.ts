import type { Catalogue, CatalogueField, Procedure } from '../domain/catalogue/catalogue-schema.js';

/** A procedure by id, with the field that holds it; null when the catalogue has none (it was edited). */
export function findProcedure(catalogue: Catalogue, procedureId: string): { procedure: Procedure; field: CatalogueField } | null {
  for (const field of catalogue.fields) {
    const procedure = field.procedures.find((candidate) => candidate.id === procedureId);
    if (procedure !== undefined) return { procedure, field };
  }
  return null;
}
