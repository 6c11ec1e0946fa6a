import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../domain/catalogue/catalogue-schema.js';
import { editDistance } from '../../domain/catalogue/edit-distance.js';
import { parseCatalogue } from '../../domain/catalogue/parse-catalogue.js';
import { MIN_SCORE, searchProcedures } from '../../domain/catalogue/search.js';
import { decodeTelex, foldWords } from '../../domain/catalogue/search-words.js';
import { DEFAULT_SERVICE_GROUPS } from '../../domain/config/schema.js';

function sampleCatalogue(): Catalogue {
  const text = readFileSync(new URL('../../data/catalogue/sample-ward.yaml', import.meta.url), 'utf8');
  const result = parseCatalogue(text, DEFAULT_SERVICE_GROUPS.map((group) => group.id));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.catalogue;
}
const catalogue = sampleCatalogue();
const firstId = (query: string, locale: 'vi' | 'en' = 'vi') => searchProcedures(catalogue, query, locale, 1)[0]?.procedure.id;

describe('search words', () => {
  it('folds marks, đ and case away', () => {
    expect(foldWords('Đăng KÝ tạm-trú, 03 ngày')).toEqual(['dang', 'ky', 'tam', 'tru', '03', 'ngay']);
  });

  it.each([
    ['ddaang', 'dang'],
    ['kys', 'ky'],
    ['tamj', 'tam'],
    ['trus', 'tru'],
    ['chuwngs', 'chung'],
    ['thuwcj', 'thuc'],
    ['keets', 'ket'],
    ['hoon', 'hon'],
    ['ddwowngf', 'duong'],
    ['tieengs', 'tieng'],
    ['sinh', 'sinh'],
    ['xa', 'xa'],
  ])('reads the Telex word %s as %s', (typed, meant) => {
    expect(decodeTelex(typed)).toBe(meant);
  });

  it('counts insertions, deletions, substitutions and swaps, and stops past the bound', () => {
    expect(editDistance('sinh', 'sihn', 2)).toBe(1);
    expect(editDistance('khai', 'kha', 2)).toBe(1);
    expect(editDistance('chung', 'chang', 2)).toBe(1);
    expect(editDistance('residence', 'resdience', 2)).toBe(1);
    expect(editDistance('tam', 'tru', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

// What a citizen types or says, and the procedure that must come first.
const TABLE: [query: string, expected: string][] = [
  // plain, with or without marks
  ['dang ky tam tru', 'temporary-residence-registration'],
  ['đăng ký tạm trú', 'temporary-residence-registration'],
  ['khai sinh', 'birth-registration'],
  ['chung thuc', 'certified-copy'],
  ['đăng ký kết hôn', 'marriage-registration'],
  ['giay chung tu', 'death-registration'],
  ['trich luc khai sinh', 'civil-status-extract'],
  ['bhyt tre em', 'child-health-insurance-card'],
  ['ho kinh doanh', 'business-household-registration'],
  ['khai tu', 'death-registration'],
  ['dang ky thuong tru', 'permanent-residence-registration'],
  ['so ho khau', 'permanent-residence-registration'],
  ['khai bao tam vang', 'temporary-absence-notice'],
  ['thong bao luu tru', 'stay-notice'],
  ['xoa tam tru', 'temporary-residence-removal'],
  ['gia han tam tru', 'temporary-residence-extension'],
  ['cat ho khau', 'permanent-residence-removal'],
  ['tach ho', 'household-split'],
  ['xac nhan cu tru', 'residence-confirmation'],
  ['CT07', 'residence-confirmation'],
  ['làm cccd', 'identity-card'],
  ['căn cước', 'identity-card'],
  ['nhan cha con', 'parent-child-recognition'],
  ['dang ky lai khai sinh', 'birth-re-registration'],
  ['xac nhan tinh trang hon nhan', 'marital-status-confirmation'],
  ['xac nhan doc than', 'marital-status-confirmation'],
  ['giam ho', 'guardianship-registration'],
  ['doi ten', 'civil-status-change'],
  ['con nuoi', 'domestic-adoption'],
  ['chung thuc ban sao', 'certified-copy'],
  ['sao y ban chinh', 'certified-copy'],
  ['chung thuc chu ky', 'signature-attestation'],
  ['hop dong mua ban nha dat', 'contract-attestation'],
  ['di chuc', 'will-attestation'],
  ['chia di san', 'inheritance-agreement-attestation'],
  ['làm sổ đỏ', 'land-first-registration'],
  ['sang ten so do', 'land-change-registration'],
  ['tach thua', 'land-split-merge'],
  ['tranh chap dat', 'land-dispute-mediation'],
  ['giay phep xay dung', 'house-building-permit'],
  ['sua nha', 'house-renovation-permit'],
  ['bao hiem y te tre em duoi 6 tuoi', 'child-health-insurance-card'],
  ['trợ cấp người cao tuổi', 'monthly-social-allowance'],
  ['khuyết tật', 'disability-certification'],
  ['tro cap mai tang', 'funeral-support'],
  ['ho can ngheo', 'poor-household-recognition'],
  ['thoat ngheo', 'poverty-exit-recognition'],
  ['tam ngung kinh doanh', 'business-household-suspension'],
  ['dong cua hang', 'business-household-closure'],
  // Telex typed without a Vietnamese keyboard
  ['dang kys tamj tru', 'temporary-residence-registration'],
  ['ddaang kys khai sinh', 'birth-registration'],
  ['chuwng thuwcj', 'certified-copy'],
  ['ddawng kys keets hoon', 'marriage-registration'],
  ['trichs lucj khai tuwr', 'civil-status-extract'],
  // typos
  ['khai sihn', 'birth-registration'],
  ['khia sinh', 'birth-registration'],
  ['dang ky tam truu', 'temporary-residence-registration'],
  ['chung thucc ban sao', 'certified-copy'],
  // word order, missing and extra words
  ['tam tru dang ky', 'temporary-residence-registration'],
  ['kết hôn đăng ký', 'marriage-registration'],
  ['tôi muốn đăng ký tạm trú', 'temporary-residence-registration'],
  ['dang ky tam tru cho nguoi thue tro', 'temporary-residence-registration'],
  ['lam giay khai sinh cho con', 'birth-registration'],
  // English
  ['birth registration', 'birth-registration'],
  ['certified copy', 'certified-copy'],
  ['temporary residence', 'temporary-residence-registration'],
  ['death certificate', 'death-registration'],
  ['marriage', 'marriage-registration'],
  ['building permit', 'house-building-permit'],
  ['business license', 'business-household-registration'],
  ['proof of address', 'residence-confirmation'],
  ['single status', 'marital-status-confirmation'],
  ['elderly allowance', 'monthly-social-allowance'],
  ['land dispute', 'land-dispute-mediation'],
  ['recidence temporary', 'temporary-residence-registration'],
];

describe('searchProcedures', () => {
  it.each(TABLE)('"%s" finds %s first', (query, expected) => {
    expect(firstId(query)).toBe(expected);
  });

  it('finds the same in the English locale for English and Vietnamese queries', () => {
    expect(firstId('birth registration', 'en')).toBe('birth-registration');
    expect(firstId('dang ky tam tru', 'en')).toBe('temporary-residence-registration');
  });

  it.each(['pizza delivery', 'weather tomorrow', 'qwerty zxcv', 'xyz', '', '   ', 'the of and'])(
    'finds nothing for "%s"',
    (query) => {
      expect(searchProcedures(catalogue, query, 'vi')).toEqual([]);
    },
  );

  it('scores a query with one stray word well below a clean one', () => {
    const [clean] = searchProcedures(catalogue, 'khai sinh', 'vi');
    const [stray] = searchProcedures(catalogue, 'khai sinh pizza', 'vi');
    expect(stray?.procedure.id).toBe('birth-registration');
    expect(stray!.score).toBeLessThan(clean!.score - 0.1);
  });

  it('ranks by score, best first, within the limit, every result above the noise floor', () => {
    const results = searchProcedures(catalogue, 'dang ky', 'vi', 5);
    expect(results).toHaveLength(5);
    for (const [index, result] of results.entries()) {
      expect(result.score).toBeGreaterThanOrEqual(MIN_SCORE);
      expect(result.score).toBeLessThanOrEqual(1);
      if (index > 0) expect(result.score).toBeLessThanOrEqual(results[index - 1]!.score);
    }
  });

  it('gives each result the field it belongs to', () => {
    const [result] = searchProcedures(catalogue, 'tach thua', 'vi');
    expect(result?.field.id).toBe('land-construction');
    expect(result?.field.procedures).toContain(result?.procedure);
  });
});
