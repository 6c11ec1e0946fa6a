/** A language's words: any key may be missing, the next catalogue in the chain then speaks. */
export type Messages = Readonly<Partial<Record<string, string>>>;

/** The first catalogue of the chain that has the key (and a non-empty text for it). */
export function lookUp(chain: readonly Messages[], key: string): string | undefined {
  for (const messages of chain) {
    const text = messages[key];
    if (text !== undefined && text !== '') return text;
  }
  return undefined;
}
