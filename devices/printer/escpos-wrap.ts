/**
 * Greedy word wrap, whatever the measure (characters on a code-page printer, dots when text is
 * drawn): as many words on a line as fit; a word too long for a line of its own is cut where it
 * stops fitting.
 */
export function wrapWords(content: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter((part) => part !== '')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = [...word];
    while (!fits(rest.join(''))) {
      const cut = longestFittingPrefix(rest, fits);
      lines.push(rest.slice(0, cut).join(''));
      rest = rest.slice(cut);
    }
    line = rest.join('');
  }
  return line === '' && lines.length > 0 ? lines : [...lines, line];
}

/** At least one character, so a line narrower than a letter still makes progress. */
function longestFittingPrefix(characters: string[], fits: (line: string) => boolean): number {
  let length = 1;
  while (length < characters.length && fits(characters.slice(0, length + 1).join(''))) length += 1;
  return length;
}
