/** The frequent-questions file: checked whole at load, a wrong one named by its field and never fatal. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFaq } from '../../domain/advice/parse-faq.js';
import { loadFaq } from '../../runtime/advice/faq-file.js';
import { MemoryLogger } from '../../runtime/log.js';
import { tempDir } from '../helpers/kiosk-harness.js';


describe('the frequent questions file', () => {
  it('ships a valid file with both languages for every question', () => {
    const logger = new MemoryLogger();
    const faq = loadFaq(logger);
    expect(logger.lines).toEqual([]);
    expect(faq.questions.length).toBeGreaterThanOrEqual(10);
    expect(faq.questions.map((entry) => entry.id)).toEqual(expect.arrayContaining(['opening-hours', 'what-to-bring', 'how-long', 'where-counters', 'how-to-rate', 'fees']));
  });

  it('names the field of a mistake', () => {
    const result = parseFaq('questions:\n  - id: hours\n    asked: { vi: [giờ làm việc], en: [] }\n    answer: { vi: Sáng, en: Morning }\n    fact: weather\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/^questions\.0\.asked\.en: /), expect.stringMatching(/^questions\.0\.fact: /)]),
    );
  });

  it('refuses two questions with one id', () => {
    const entry = '  - id: hours\n    asked: { vi: [giờ], en: [hours] }\n    answer: { vi: Sáng, en: Morning }\n';
    expect(parseFaq(`questions:\n${entry}${entry}`)).toEqual({ ok: false, errors: ['questions.1.id: duplicate id "hours"'] });
  });

  it('a broken or missing file leaves the kiosk answering honestly, and says so in the log', () => {
    const dir = tempDir('motcua-faq-');
    try {
      const broken = join(dir.path, 'faq.yaml');
      writeFileSync(broken, 'questions: [');
      const logger = new MemoryLogger();
      expect(loadFaq(logger, broken)).toEqual({ questions: [] });
      expect(loadFaq(logger, join(dir.path, 'missing.yaml'))).toEqual({ questions: [] });
      expect(logger.lines).toEqual([expect.stringContaining('faq.yaml refused'), expect.stringContaining('missing.yaml cannot be read (ENOENT)')]);
    } finally {
      dir.remove();
    }
  });
});
