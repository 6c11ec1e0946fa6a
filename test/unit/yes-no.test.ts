/** Yes or no in what a citizen said: Vietnamese with and without tone marks, and English. */
import { describe, expect, it } from 'vitest';
import { wordsOf, yesOrNo } from '../../renderer/speech/yes-no.js';

describe('yes or no', () => {
  it.each([
    // Vietnamese yes, with marks and as a recogniser or a keyboard without them may give it.
    ['có', 'yes'],
    ['Có ạ', 'yes'],
    ['co', 'yes'],
    ['vâng', 'yes'],
    ['vang a', 'yes'],
    ['dạ', 'yes'],
    ['Dạ, có', 'yes'],
    ['đồng ý', 'yes'],
    ['dong y', 'yes'],
    ['được', 'yes'],
    ['duoc', 'yes'],
    ['ừ', 'yes'],
    ['OK', 'yes'],
    ['ô kê', 'yes'],
    ['đúng rồi', 'yes'],
    ['có chứ, tôi vẫn ở đây', 'yes'],
    ['CÓ!', 'yes'],
    // Vietnamese no.
    ['không', 'no'],
    ['khong', 'no'],
    ['Không, cảm ơn', 'no'],
    ['thôi', 'no'],
    ['thoi', 'no'],
    ['không cần', 'no'],
    ['khong can dau', 'no'],
    ['khỏi', 'no'],
    ['khỏi cần', 'no'],
    ['dạ không', 'no'],
    ['vâng, không cần đâu', 'no'],
    ['không được', 'no'],
    ['không đồng ý', 'no'],
    ['không có', 'no'],
    // English.
    ['yes', 'yes'],
    ['Yeah', 'yes'],
    ['sure', 'yes'],
    ['ok', 'yes'],
    ['okay please', 'yes'],
    ['yes please', 'yes'],
    ['of course', 'yes'],
    ['no', 'no'],
    ['Nope.', 'no'],
    ['no thanks', 'no'],
    ['No, thank you', 'no'],
    ['of course not', 'no'],
    ['not now', 'no'],
  ])('%s → %s', (said, answer) => {
    expect(yesOrNo(said)).toBe(answer);
  });

  it.each([
    // The question frame "có … không", or both choices read out: not an answer.
    'có không',
    'co khong',
    'được không?',
    'đồng ý không',
    'yes no',
    'thôi được',
    // Unsure.
    'không biết',
    'có lẽ',
    'co the',
    'chưa chắc',
    'maybe',
    "I don't know",
    'not sure',
    // Nothing to do with yes or no ("bên phải" is the right-hand side, not "phải" = right).
    'quầy bên phải',
    'làm giấy khai sinh',
    'cô ơi',
    'cỏ',
    'đã xong',
    '',
    '   ',
    'ờm',
  ])('%j → null', (said) => {
    expect(yesOrNo(said)).toBeNull();
  });

  it('reads the words as said and without marks, ignoring case and punctuation', () => {
    expect(wordsOf('  Dạ, ĐỒNG Ý! ').map(({ plain }) => plain)).toEqual(['da', 'dong', 'y']);
    expect(wordsOf('  Dạ, ĐỒNG Ý! ').map(({ marked }) => marked)).toEqual(['dạ', 'đồng', 'ý']);
    expect(wordsOf("No, I don't").map(({ plain }) => plain)).toEqual(['no', 'i', 'dont']);
    expect(wordsOf('Ừ…được').map(({ plain }) => plain)).toEqual(['u', 'duoc']);
  });
});
