import { describe, expect, it } from 'vitest';
import { typeTelex, typeTelexKeys } from '../../renderer/rating/telex.js';

describe('Telex typing for the rating comment', () => {
  it.each([
    ['tieengs vieetj', 'tiếng việt'],
    ['ddawng kys', 'đăng ký'],
    ['ddaau', 'đâu'],
    ['nguowif', 'người'],
    ['dduowngf', 'đường'],
    ['chowf laau quas', 'chờ lâu quá'],
    ['hoaf', 'hòa'],
    ['hoafn', 'hoàn'],
    ['muaf', 'mùa'],
    ['thuyr', 'thủy'],
    ['gif', 'gì'],
    ['giaf', 'già'],
    ['caamf', 'cầm'],
    ['nhw', 'như'],
    ['cam own', 'cam ơn'],
    ['thaanf', 'thần'],
    ['aw', 'ă'],
  ])('%s → %s', (keys, text) => {
    expect(typeTelexKeys('', keys)).toBe(text);
  });

  it('puts the tone mark where the word needs it as the word grows', () => {
    expect(typeTelexKeys('', 'toas')).toBe('tóa');
    expect(typeTelexKeys('', 'toasn')).toBe('toán');
  });

  it('a key typed twice undoes its mark', () => {
    expect(typeTelexKeys('', 'ass')).toBe('as');
    expect(typeTelexKeys('', 'aaa')).toBe('aa');
    expect(typeTelexKeys('', 'ddd')).toBe('dd');
    expect(typeTelexKeys('', 'aww')).toBe('aw');
  });

  it('changes one tone for another, and z clears it', () => {
    expect(typeTelexKeys('', 'as')).toBe('á');
    expect(typeTelexKeys('', 'asf')).toBe('à');
    expect(typeTelexKeys('', 'asz')).toBe('a');
  });

  it('leaves tone keys alone before any vowel', () => {
    expect(typeTelexKeys('', 'xin')).toBe('xin');
    expect(typeTelexKeys('', 'sao')).toBe('sao');
    expect(typeTelexKeys('', 'tre')).toBe('tre');
  });

  it('changes only the last word, keeping capitals and what was spoken before', () => {
    expect(typeTelex('Cán bộ nhiêt', 'j')).toBe('Cán bộ nhiệt');
    expect(typeTelexKeys('', 'Vieetj')).toBe('Việt');
    expect(typeTelex('ok ', ' ')).toBe('ok  ');
  });
});
