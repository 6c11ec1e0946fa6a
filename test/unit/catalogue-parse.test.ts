import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../domain/catalogue/parse-catalogue.js';
import { DEFAULT_SERVICE_GROUPS } from '../../domain/config/schema.js';

const GROUPS = DEFAULT_SERVICE_GROUPS.map((group) => group.id);

// Line numbers below are counted in this text: keep it as it is.
const VALID = `servicePoint:
  vi: Phường Mẫu
  en: Sample ward
fields:
  - id: civil-status
    name:
      vi: Hộ tịch
      en: Civil status
    procedures:
      - id: birth-registration
        name:
          vi: Đăng ký khai sinh
          en: Birth registration
        documents:
          - vi: Tờ khai
            en: Form
        fee:
          vi: Miễn phí
          en: Free
        timeLimit:
          vi: Trong ngày
          en: Same day
        serviceGroup: civil-status
        complexity: quick
        portalUrl: https://dichvucong.gov.vn/p/home/dvc-tim-kiem-thu-tuc.html?key=khai%20sinh
`;

/** The valid text with one line replaced (1-based), or with lines appended. */
function withLine(line: number, replacement: string): string {
  const lines = VALID.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}

function errorsOf(text: string): string[] {
  const result = parseCatalogue(text, GROUPS);
  if (result.ok) throw new Error('expected the catalogue to be rejected');
  return result.errors;
}

describe('parseCatalogue', () => {
  it('accepts a well-formed file, aliases defaulting to none', () => {
    const result = parseCatalogue(VALID, GROUPS);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.catalogue.fields[0]?.procedures[0]?.aliases).toEqual({ vi: [], en: [] });
  });

  it('names the line and field of an unknown service group', () => {
    expect(errorsOf(withLine(23, '        serviceGroup: landd'))).toEqual([
      `line 23, fields.0.procedures.0.serviceGroup: unknown service group "landd" (known: ${GROUPS.join(', ')})`,
    ]);
  });

  it('names the line of a value of the wrong type', () => {
    const text = withLine(14, '        documents: none').replace('          - vi: Tờ khai\n            en: Form\n', '');
    expect(errorsOf(text)).toEqual([expect.stringMatching(/^line 14, fields\.0\.procedures\.0\.documents: .*array/)]);
  });

  it('names the line of a bad complexity and of a link off the national portal', () => {
    const text = withLine(24, '        complexity: easy').replace('https://dichvucong.gov.vn', 'https://example.com');
    const errors = errorsOf(text);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^line 24, fields\.0\.procedures\.0\.complexity: /);
    expect(errors[1]).toMatch(/^line 25, fields\.0\.procedures\.0\.portalUrl: /);
  });

  it('points a misspelt key at the line it is written on, and the key it should be at its procedure', () => {
    expect(errorsOf(withLine(20, '        timelimit:'))).toEqual([
      expect.stringMatching(/^line 10, fields\.0\.procedures\.0\.timeLimit: /),
      expect.stringMatching(/^line 20, fields\.0\.procedures\.0: .*"timelimit"/),
    ]);
  });

  it('points a missing key at the procedure that lacks it', () => {
    const text = VALID.split('\n').filter((_, index) => index < 16 || index > 18).join('\n'); // drop fee (lines 17-19)
    expect(errorsOf(text)).toEqual([expect.stringMatching(/^line 10, fields\.0\.procedures\.0\.fee: /)]);
  });

  it('rejects a procedure id used twice, at the second one', () => {
    const procedure = VALID.split('\n').slice(9, 25).join('\n');
    const errors = errorsOf(`${VALID}${procedure}\n`);
    expect(errors).toEqual(['line 26, fields.0.procedures.1.id: duplicate procedure id "birth-registration"']);
  });

  it('rejects an id that is not kebab-case', () => {
    expect(errorsOf(withLine(10, '      - id: Birth_Registration'))).toEqual([
      expect.stringMatching(/^line 10, fields\.0\.procedures\.0\.id: kebab-case/),
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    const errors = errorsOf(withLine(15, '          - vi: [Tờ khai'));
    expect(errors[0]).toMatch(/^line 1[56]: /);
  });

  it('reports an empty file as the missing catalogue it is', () => {
    expect(errorsOf('')).toEqual([expect.stringMatching(/^line 1, \(root\): /)]);
  });
});

describe('the sample ward catalogue', () => {
  const text = readFileSync(new URL('../../data/catalogue/sample-ward.yaml', import.meta.url), 'utf8');
  const result = parseCatalogue(text, GROUPS);
  const procedures = result.ok ? result.catalogue.fields.flatMap((field) => field.procedures) : [];

  it('parses against the default service groups', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has at least 40 procedures, each in both languages with at least one document', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(40);
    for (const procedure of procedures) {
      expect(procedure.documents.length, procedure.id).toBeGreaterThanOrEqual(1);
      for (const text of [procedure.name, procedure.fee, procedure.timeLimit, ...procedure.documents]) {
        expect(text.vi, procedure.id).not.toBe(text.en);
      }
    }
  });

  it('routes to every default service group', () => {
    expect(new Set(procedures.map((procedure) => procedure.serviceGroup))).toEqual(new Set(GROUPS));
  });
});
