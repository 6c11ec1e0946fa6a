/**
 * What the board shows and says for a call: "Mời số A023 đến quầy số 3" on screen, and the same
 * sentence written so a speech voice reads the ticket number the way a caller at a counter does.
 */
import type { Locale } from '../../bridge/contract.js';
import type { BoardCall } from '../../bridge/queue-protocol.js';

type Announced = Pick<BoardCall, 'number' | 'counter' | 'kind'>;

/*
 * The ticket number is spoken character by character, each one its own short phrase: "Mời số A,
 * không, hai, ba, đến quầy số 3". That is how staff call numbers aloud at a one-stop counter and
 * how Vietnamese queue systems say them: the letter first, then the digits one by one, zeros
 * included, because "A023" read as a quantity ("A hai mươi ba") drops the zero that is printed on
 * the slip the citizen is holding and compares against. The commas make the voice pause, so each
 * digit is heard over the hall's noise. Letters are written as their Vietnamese names ("bê", "xê"),
 * since a voice left with a bare "B" may say it in English or skip it. The counter stays a number:
 * voices read "quầy số 12" correctly as "mười hai", which is what people say.
 */
const VI_LETTERS: Readonly<Record<string, string>> = {
  A: 'a', B: 'bê', C: 'xê', D: 'dê', Đ: 'đê', E: 'e', G: 'giê', H: 'hát', I: 'i', K: 'ca', L: 'e lờ',
  M: 'em mờ', N: 'en nờ', O: 'o', P: 'pê', Q: 'quy', R: 'e rờ', S: 'ét xì', T: 'tê', U: 'u', V: 'vê',
  X: 'ích xì', Y: 'i dài',
};
const VI_DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const EN_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function spokenCharacter(character: string, locale: Locale): string {
  if (/\d/.test(character)) return (locale === 'vi' ? VI_DIGITS : EN_DIGITS)[Number(character)] ?? character;
  return locale === 'vi' ? (VI_LETTERS[character.toUpperCase()] ?? character) : character.toUpperCase();
}

/** "a, không, hai, ba": every letter and digit of the number, one by one. */
export function spokenNumber(number: string, locale: Locale): string {
  return [...number]
    .filter((character) => /[\p{L}\d]/u.test(character))
    .map((character) => spokenCharacter(character, locale))
    .join(', ');
}

/** `spoken` adds the pause after the spelt-out number that Vietnamese needs before "đến". */
function sentence(number: string, counter: number, kind: Announced['kind'], locale: Locale, spoken = false): string {
  const main =
    locale === 'vi' ? `Mời số ${number}${spoken ? ',' : ''} đến quầy số ${counter}` : `Ticket ${number}, please go to counter ${counter}`;
  if (kind === 'call') return main;
  return locale === 'vi' ? `Nhắc lại: ${main}` : `Repeat: ${main}`;
}

/** The sentence as the board shows it: "Mời số A023 đến quầy số 3". */
export function shownSentence(call: Announced, locale: Locale): string {
  return sentence(call.number, call.counter, call.kind, locale);
}

/** The sentence as the voice is given it: "Mời số a, không, hai, ba, đến quầy số 3". */
export function spokenSentence(call: Announced, locale: Locale): string {
  return sentence(spokenNumber(call.number, locale), call.counter, call.kind, locale, true);
}
