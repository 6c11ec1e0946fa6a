/**
 * Reading a catalogue file's text. Staff edit it by hand, so every error names the line and the
 * field ("line 42, fields.2.procedures.5.serviceGroup: unknown service group ...").
 */
import { type Document, LineCounter, isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';
import { type Catalogue, catalogueSchema } from './catalogue-schema.js';

export type CatalogueResult = { ok: true; catalogue: Catalogue } | { ok: false; errors: string[] };

export function parseCatalogue(text: string, knownGroups: readonly string[]): CatalogueResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    // The message's first line only: the rest is a drawing of the spot, which the line number replaces.
    return {
      ok: false,
      errors: doc.errors.map((error) => `line ${lineCounter.linePos(error.pos[0]).line}: ${error.message.split('\n')[0]}`),
    };
  }
  const result = catalogueSchema(knownGroups).safeParse(doc.toJS());
  if (result.success) return { ok: true, catalogue: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      // An unexpected key is best shown where the key itself is written.
      const path = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
      const line = lineOf(doc, path, lineCounter);
      const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      return `line ${line}, ${where}: ${issue.message}`;
    }),
  };
}

/** The line where the deepest existing node along `path` starts (a missing key: its parent's line). */
function lineOf(doc: Document, path: readonly PropertyKey[], lineCounter: LineCounter): number {
  let node: unknown = doc.contents;
  let offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair || !isNode(pair.key)) break;
      offset = pair.key.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item: unknown = node.items[key];
      if (!isNode(item)) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return lineCounter.linePos(offset).line;
}
