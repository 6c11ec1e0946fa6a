/** The frequent questions shipped with the app (data/faq/faq.yaml), checked at load like the catalogue. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Faq } from '../../domain/advice/faq-schema.js';
import { parseFaq } from '../../domain/advice/parse-faq.js';
import type { Logger } from '../log.js';

/** A function: Electron's CommonJS bundle has no import.meta at load time. */
export function bundledFaqPath(): string {
  return fileURLToPath(new URL('../../data/faq/faq.yaml', import.meta.url));
}

/** The file's questions; none (every question then gets the honest answer) when it is missing or wrong, which the log says. */
export function loadFaq(logger: Logger, path = bundledFaqPath()): Faq {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    logger.error(`frequent questions: ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return { questions: [] };
  }
  const result = parseFaq(text);
  if (result.ok) return result.faq;
  logger.error(`frequent questions: ${path} refused: ${result.errors.join('; ')}`);
  return { questions: [] };
}
