/**
 * Why a configuration (or a catalogue) was refused, field by field, in words staff read: each zod
 * issue becomes the path of its field and a message in the staff member's language. The schema's
 * own messages are English sentences for the log; the ones staff meet in the editor are worded
 * here in Vietnamese too, and zod's generic messages are rewritten from their issue code.
 */
import type { z } from 'zod';
import type { Locale } from '../../bridge/contract.js';
import type { FieldProblem } from '../../bridge/staff-protocol.js';

type Words = Record<Locale, string>;
/** A field's path and why it is wrong, in both languages. */
export interface FieldWords {
  path: string;
  message: Words;
}
type Issue = z.core.$ZodIssue;

/** The schema's messages (domain/config/schema.ts), matched by their English text. */
const SCHEMA_MESSAGES: Array<[RegExp, (match: RegExpExecArray) => Words]> = [
  [/^lower-case letters, digits and dashes only/, () => ({ vi: 'Chỉ chữ thường không dấu, chữ số và dấu gạch ngang', en: 'Lower-case letters, digits and dashes only' })],
  [/^one capital letter$/, () => ({ vi: 'Một chữ cái in hoa (A–Z)', en: 'One capital letter (A–Z)' })],
  [/^four hex digits/, () => ({ vi: 'Bốn chữ số hệ 16, ví dụ 1a86', en: 'Four hex digits, e.g. 1a86' })],
  [/^give the port path/, () => ({ vi: 'Cần đường dẫn cổng, hoặc cả mã hãng (vendorId) và mã sản phẩm (productId)', en: 'Give the port path, or both the vendor and product ids' })],
  [/^at least (\d+) characters$/, (m) => ({ vi: `Ít nhất ${m[1]} ký tự`, en: `At least ${m[1]} characters` })],
  [/^must be one of locales$/, () => ({ vi: 'Phải là một trong các ngôn ngữ đã chọn', en: 'Must be one of the chosen languages' })],
  [/^a STAR printer prints Vietnamese only as "raster"$/, () => ({ vi: 'Máy in STAR chỉ in được tiếng Việt ở chế độ ảnh (raster)', en: 'A STAR printer prints Vietnamese only as pictures (raster)' })],
  [/^must be shorter than idleMs$/, () => ({ vi: 'Phải ngắn hơn thời gian chờ', en: 'Must be shorter than the idle time' })],
  [/^must end before the idle countdown starts$/, () => ({ vi: 'Phải xong trước khi bắt đầu đếm ngược', en: 'Must end before the idle countdown starts' })],
  [/^duplicate (id|prefix) "(.*)"$/, (m) => ({ vi: `${m[1] === 'id' ? 'Mã' : 'Chữ đầu số'} "${m[2]}" bị trùng`, en: `The ${m[1]} "${m[2]}" is used twice` })],
  [/^unknown service group "(.*)"/, (m) => ({ vi: `Không có nhóm dịch vụ "${m[1]}"`, en: `There is no service group "${m[1]}"` })],
  [/^counter (\d+) is listed twice$/, (m) => ({ vi: `Quầy ${m[1]} có hai lần`, en: `Counter ${m[1]} is listed twice` })],
  [/^no service group is served at counter (\d+)$/, (m) => ({ vi: `Không nhóm dịch vụ nào phục vụ ở quầy ${m[1]}`, en: `No service group is served at counter ${m[1]}` })],
  [/^account "(.*)" is listed twice$/, (m) => ({ vi: `Tài khoản "${m[1]}" có hai lần`, en: `Account "${m[1]}" is listed twice` })],
  [/^counter (\d+) has two keypads$/, (m) => ({ vi: `Quầy ${m[1]} có hai bàn phím`, en: `Counter ${m[1]} has two keypads` })],
  [/^a time of day as HH:MM/, () => ({ vi: 'Giờ theo dạng GG:PP, ví dụ 03:30', en: 'A time of day as HH:MM, e.g. 03:30' })],
  [
    /^printer address/,
    () => ({
      vi: 'Địa chỉ máy in không đúng: tcp://MÁY[:CỔNG], serial:ĐƯỜNG_DẪN[?baud=N] hoặc usb:ĐƯỜNG_DẪN',
      en: 'Not a printer address: tcp://HOST[:PORT], serial:PATH[?baud=N] or usb:PATH',
    }),
  ],
];

/** zod's generic issues, worded from their code and bounds. */
function genericWords(issue: Issue): Words {
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves the input out of its issues; its message says when there was none.
      if (issue.message.endsWith('received undefined')) return { vi: 'Cần điền', en: 'Required' };
      if (issue.expected === 'number' || issue.expected === 'int') return { vi: 'Phải là một số', en: 'Must be a number' };
      return { vi: 'Sai kiểu giá trị', en: `Must be a ${issue.expected}` };
    case 'too_small':
      return bound(issue.origin, Number(issue.minimum), 'min');
    case 'too_big':
      return bound(issue.origin, Number(issue.maximum), 'max');
    case 'invalid_format':
      return issue.format === 'url'
        ? { vi: 'Không phải địa chỉ web hợp lệ', en: 'Not a valid web address' }
        : { vi: 'Sai định dạng', en: 'Wrong format' };
    case 'invalid_value':
      return { vi: `Chọn một trong: ${issue.values.join(', ')}`, en: `Choose one of: ${issue.values.join(', ')}` };
    case 'invalid_union':
      return { vi: 'Loại không hợp lệ', en: 'Not a valid kind' };
    case 'unrecognized_keys':
      return { vi: `Mục không có trong cấu hình: ${issue.keys.join(', ')}`, en: `Not a setting: ${issue.keys.join(', ')}` };
    case 'not_multiple_of':
      return { vi: 'Phải là số nguyên', en: 'Must be a whole number' };
    default:
      return { vi: `Giá trị không hợp lệ (${issue.message})`, en: issue.message };
  }
}

function bound(origin: string, limit: number, side: 'min' | 'max'): Words {
  const least = side === 'min';
  if (origin === 'string') {
    if (least && limit === 1) return { vi: 'Không được để trống', en: 'Must not be empty' };
    return least ? { vi: `Ít nhất ${limit} ký tự`, en: `At least ${limit} characters` } : { vi: `Nhiều nhất ${limit} ký tự`, en: `At most ${limit} characters` };
  }
  if (origin === 'array') {
    return least ? { vi: `Cần ít nhất ${limit} mục`, en: `At least ${limit} needed` } : { vi: `Nhiều nhất ${limit} mục`, en: `At most ${limit}` };
  }
  return least ? { vi: `Ít nhất là ${limit}`, en: `At least ${limit}` } : { vi: `Nhiều nhất là ${limit}`, en: `At most ${limit}` };
}

/** One issue's message in both languages. */
export function issueWords(issue: Issue): Words {
  for (const [pattern, words] of SCHEMA_MESSAGES) {
    const match = pattern.exec(issue.message);
    if (match !== null) return words(match);
  }
  return genericWords(issue);
}

/** Every issue as the path of its field (`timeouts.idleMs`, `serviceGroups.0.prefix`) and why. */
export function fieldWords(issues: readonly Issue[]): FieldWords[] {
  return issues.map((issue) => {
    // An unexpected key is named where it is.
    const path = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]] : issue.path;
    return { path: path.map(String).join('.'), message: issueWords(issue) };
  });
}

/** The problems in the staff member's language. */
export function inLocale(fields: readonly FieldWords[], locale: Locale): FieldProblem[] {
  return fields.map((field) => ({ path: field.path, message: field.message[locale] }));
}
