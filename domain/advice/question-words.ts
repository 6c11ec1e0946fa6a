/**
 * A citizen's question as the matcher compares it: folded like the catalogue search (no marks,
 * đ → d, lower case, Telex decoded where that makes a known word), with the many ways of saying
 * the same thing brought to one ("bao nhiêu tiền", "lệ phí", "how much" → one word), and the
 * words that carry no meaning ("cho tôi hỏi", "ạ", "please") dropped.
 */
import { canonicalWord, foldWords } from '../catalogue/search-words.js';

/**
 * Phrases rewritten before splitting, on folded text: the longest first. The right side is one
 * token (or several) both languages share, so "how long" finds "bao lâu".
 */
const SYNONYMS: Array<[phrase: string, replacement: string]> = [
  ['bao nhieu tien', 'fee'],
  ['het bao nhieu', 'fee'],
  ['mat bao nhieu', 'fee'],
  ['co mat phi', 'fee'],
  ['le phi', 'fee'],
  ['phi', 'fee'],
  ['tien', 'fee'],
  ['how much', 'fee'],
  ['cost', 'fee'],
  ['price', 'fee'],
  ['pay', 'fee'],
  ['mat bao lau', 'duration'],
  ['bao lau', 'duration'],
  ['may ngay', 'duration'],
  ['thoi han', 'duration'],
  ['thoi gian giai quyet', 'duration'],
  ['how long', 'duration'],
  ['how many days', 'duration'],
  ['time limit', 'duration'],
  ['gio lam viec', 'hours'],
  ['gio mo cua', 'hours'],
  ['mo cua', 'hours'],
  ['dong cua', 'hours'],
  ['may gio', 'hours'],
  ['gio hanh chinh', 'hours'],
  ['lam viec thu bay', 'hours saturday'],
  ['thu bay', 'saturday'],
  ['chu nhat', 'sunday'],
  ['opening hour', 'hours'],
  ['open', 'hours'],
  ['close', 'hours'],
  ['what time', 'hours'],
  ['working hour', 'hours'],
  ['can mang', 'documents'],
  ['mang theo', 'documents'],
  ['mang gi', 'documents'],
  ['giay to', 'documents'],
  ['ho so', 'documents'],
  ['chuan bi', 'documents'],
  ['can gi', 'documents'],
  ['what to bring', 'documents'],
  ['what do i need', 'documents'],
  ['paper', 'documents'],
  ['document', 'documents'],
  ['bring', 'documents'],
  ['o dau', 'where'],
  ['cho nao', 'where'],
  ['cho nay', 'where'],
  ['quay nao', 'where counter'],
  ['quay so', 'counter'],
  ['quay', 'counter'],
  ['where', 'where'],
  ['desk', 'counter'],
  ['danh gia', 'rate'],
  ['hai long', 'rate'],
  ['gop y', 'rate'],
  ['feedback', 'rate'],
  ['satisfaction', 'rate'],
  ['can cuoc cong dan', 'idcard'],
  ['can cuoc', 'idcard'],
  ['cccd', 'idcard'],
  ['cmnd', 'idcard'],
  ['chung minh nhan dan', 'idcard'],
  ['id card', 'idcard'],
  ['lay so', 'ticket'],
  ['so thu tu', 'ticket'],
  ['queue number', 'ticket'],
  ['queue', 'ticket'],
  ['truc tuyen', 'online'],
  ['qua mang', 'online'],
  ['dich vu cong', 'online'],
  ['nop online', 'online'],
  ['internet', 'online'],
  ['uu tien', 'priority'],
  ['nguoi gia', 'priority elderly'],
  ['cao tuoi', 'priority elderly'],
  ['khuyet tat', 'priority disability'],
  ['mang thai', 'priority pregnant'],
  ['co thai', 'priority pregnant'],
  ['elderly', 'priority elderly'],
  ['old', 'priority elderly'],
  ['disabled', 'priority disability'],
  ['pregnant', 'priority pregnant'],
  ['nha ve sinh', 'toilet'],
  ['ve sinh', 'toilet'],
  ['restroom', 'toilet'],
  ['wc', 'toilet'],
  ['gui xe', 'parking'],
  ['do xe', 'parking'],
  ['park', 'parking'],
  ['nuoc uong', 'water'],
  ['uong nuoc', 'water'],
  ['drink', 'water'],
  ['uy quyen', 'proxy'],
  ['lam thay', 'proxy'],
  ['nho nguoi', 'proxy'],
  ['on behalf', 'proxy'],
  ['someone else', 'proxy'],
  ['nhan ket qua', 'result'],
  ['tra ket qua', 'result'],
  ['lay ket qua', 'result'],
  ['collect', 'result'],
  ['pick up', 'result'],
];

const PHRASE_SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = SYNONYMS
  .sort((a, b) => b[0].length - a[0].length)
  // Whole words only, and two neighbouring phrases both rewritten: the spaces are looked at, not taken.
  .map(([phrase, replacement]) => [new RegExp(`(?<=^| )${phrase}(?= |$)`, 'g'), replacement] as const);

/** Words that say nothing about what is asked, in either language (folded). */
const STOP_WORDS = new Set([
  // Vietnamese courtesy and grammar
  'cho', 'toi', 'hoi', 'xin', 'vui', 'long', 'a', 'ah', 'oi', 'la', 'thi', 'ma', 'nhe', 'nha', 'vay', 'the', 'nao', 'co', 'khong',
  'duoc', 'minh', 'em', 'anh', 'chi', 'ong', 'ba', 'chau', 'con', 'cua', 've', 'voi', 'de', 'phai', 'muon', 'can', 'gi', 'lam',
  'sao', 'nhu', 'di', 'den', 'o', 'va', 'hay', 'hoac', 'nay', 'do', 'mot', 'cac', 'nhung', 'bi', 'se', 'da', 'dang', 'roi', 'thu', 'tuc',
  // English
  'i', 'me', 'my', 'we', 'you', 'the', 'an', 'is', 'are', 'am', 'do', 'does', 'did', 'can', 'could', 'to', 'of', 'for', 'in', 'on',
  'at', 'it', 'what', 'how', 'which', 'please', 'and', 'or', 'need', 'want', 'get', 'with', 'there', 'here', 'this', 'that',
  'be', 'will', 'should', 'take', 'does', 'about', 'procedure', 'tell', 'some', 'any', 'your', 'have', 'has', 'when',
]);

/** The meaningful words of a question or of a known phrasing, in matching form. */
export function questionWords(text: string): string[] {
  let folded = foldWords(text).map((word) => (STOP_WORDS.has(word) ? word : englishSingular(word))).join(' ');
  for (const [phrase, replacement] of PHRASE_SYNONYMS) folded = folded.replace(phrase, replacement);
  return folded
    .split(' ')
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
    .map(canonicalWord);
}

/** "hours" → "hour", "documents" → "document": Vietnamese words never end in s once folded, so only English is touched. */
function englishSingular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
