/**
 * The advice layer's question matching, on the shipped frequent questions and the sample ward:
 * questions as citizens type them (marks or none, Telex, words shuffled, a slip of the finger,
 * English) must reach the right answer; questions nobody wrote an answer for must not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdviceAnswer } from '../../domain/advice/advice-answer.js';
import { parseFaq } from '../../domain/advice/parse-faq.js';
import { questionMatcher } from '../../domain/advice/question-matcher.js';
import { redactQuestion } from '../../domain/advice/redact-question.js';
import { resolveFaq } from '../../domain/advice/resolve-faq.js';
import { DEFAULT_CONFIG } from '../../domain/config/schema.js';
import { openingHoursSchema } from '../../domain/queue/service-day-rules.js';
import { bundledCataloguePath, readCatalogueFile } from '../../runtime/catalogue/catalogue-file.js';

const sample = readCatalogueFile(bundledCataloguePath(), DEFAULT_CONFIG.serviceGroups.map((group) => group.id));
if (!sample.ok) throw new Error(sample.errors.join('; '));
const parsed = parseFaq(readFileSync(new URL('../../data/faq/faq.yaml', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('; '));
const FAQ = parsed.faq;
const matcher = questionMatcher(resolveFaq(FAQ, { openingHours: undefined, serviceGroups: DEFAULT_CONFIG.serviceGroups }), sample.catalogue);

/** What an answer is about, in one word for the table: `faq:<id>`, `<procedure id>/<aspect>`, or `unknown`. */
function topic(answer: AdviceAnswer): string {
  if (answer.kind === 'faq') return `faq:${answer.id}`;
  if (answer.kind === 'procedure') return `${answer.procedureId}/${answer.aspect}`;
  return 'unknown';
}

const TABLE: ReadonlyArray<readonly [question: string, expected: string]> = [
  // Procedures, and which part of them is asked
  ['làm giấy khai sinh cần gì', 'birth-registration/documents'],
  ['lam giay khai sinh can gi', 'birth-registration/documents'],
  ['cần gì để làm giấy khai sinh', 'birth-registration/documents'],
  ['khai sinh cho con mất bao lâu', 'birth-registration/duration'],
  ['lệ phí đăng ký kết hôn bao nhiêu tiền', 'marriage-registration/fee'],
  ['dang ky ket hon le phi', 'marriage-registration/fee'],
  ['đăng ký tạm trú nộp ở quầy nào', 'temporary-residence-registration/where'],
  ['tam tru dang ky', 'temporary-residence-registration/general'],
  ['làm sổ đỏ lần đầu cần giấy tờ gì', 'land-first-registration/documents'],
  ['mat so do thi lam the nao', 'land-certificate-reissue/general'],
  ['xin giấy xác nhận độc thân', 'marital-status-confirmation/general'],
  ['sao y ban chinh mat bao nhieu tien', 'certified-copy/fee'],
  ['lam can cuoc cho tre em', 'identity-card/general'],
  ['tách hộ khẩu cần mang gì', 'household-split/documents'],
  ['ddawng kys khai tuwr', 'death-registration/general'],
  ['dang ky khia sinh', 'birth-registration/general'],
  ['how long does birth registration take', 'birth-registration/duration'],
  ['what documents do I need for marriage registration', 'marriage-registration/documents'],
  ['temporary residence registration fee', 'temporary-residence-registration/fee'],
  ['trợ cấp người cao tuổi hàng tháng', 'monthly-social-allowance/general'],
  ['bảo hiểm y tế cho bé dưới 6 tuổi', 'child-health-insurance-card/general'],
  // Frequent questions
  ['mấy giờ mở cửa', 'faq:opening-hours'],
  ['may gio dong cua', 'faq:opening-hours'],
  ['thu bay co lam viec khong', 'faq:opening-hours'],
  ['làm việc thứ bảy không', 'faq:opening-hours'],
  ['what are your opening hours', 'faq:opening-hours'],
  ['cần mang theo giấy tờ gì', 'faq:what-to-bring'],
  ['mang giay to gi', 'faq:what-to-bring'],
  ['làm thủ tục mất bao lâu', 'faq:how-long'],
  ['bao lau thi co ket qua', 'faq:how-long'],
  ['quầy ở đâu', 'faq:where-counters'],
  ['where are the counters', 'faq:where-counters'],
  ['đánh giá cán bộ thế nào', 'faq:how-to-rate'],
  ['how can I give feedback', 'faq:how-to-rate'],
  ['có mất phí không', 'faq:fees'],
  ['lấy số ở đâu', 'faq:take-ticket'],
  ['người già có được ưu tiên không', 'faq:priority'],
  ['quên căn cước thì sao', 'faq:id-card'],
  ['nộp hồ sơ trực tuyến được không', 'faq:online'],
  ['nhờ người khác làm thay được không', 'faq:proxy'],
  ['nha ve sinh o dau', 'faq:toilet'],
  ['gửi xe máy ở đâu', 'faq:parking'],
  // Nobody wrote an answer: honestly unknown
  ['con mèo của tôi tên là gì', 'unknown'],
  ['thời tiết hôm nay thế nào', 'unknown'],
  ['who won the football match', 'unknown'],
  ['đăng ký', 'unknown'],
  ['asdf qwer zxcv', 'unknown'],
  ['', 'unknown'],
];

describe('question matching', () => {
  it.each(TABLE)('"%s" → %s', (question, expected) => {
    expect(topic(matcher.answer(question).answer)).toBe(expected);
  });

  it('tells the configured opening hours instead of the file\'s when the service point has them', () => {
    const hours = openingHoursSchema.parse({ week: { sat: [] } });
    const configured = questionMatcher(resolveFaq(FAQ, { openingHours: hours, serviceGroups: DEFAULT_CONFIG.serviceGroups }), sample.catalogue);
    const { answer } = configured.answer('giờ làm việc');
    expect(answer.kind === 'faq' && answer.answer.vi).toBe(
      'Thứ Hai – Thứ Sáu: 07:30–11:30 và 13:30–17:00. Thứ Bảy – Chủ nhật: nghỉ. Nghỉ các ngày lễ, Tết theo quy định.',
    );
    expect(answer.kind === 'faq' && answer.answer.en).toContain('Saturday – Sunday: closed.');
  });

  it('lists the configured counters under "where are the counters"', () => {
    const { answer } = matcher.answer('quầy ở đâu');
    const group = DEFAULT_CONFIG.serviceGroups[0];
    expect(group).toBeDefined();
    expect(answer.kind === 'faq' && answer.answer.vi).toContain(`Quầy ${group?.counters.join(', ')}: ${group?.name.vi}.`);
  });
});

describe('what is kept of an unanswered question', () => {
  it.each([
    ['số căn cước của tôi là 001085012345 thì làm gì', 'số căn cước của tôi là [số] thì làm gì'],
    ['gọi cho tôi 0912 345 678 nhé', 'gọi cho tôi [số] nhé'],
    ['số 0912.345.678 hoặc a.b@mail.vn', 'số [số] hoặc [email]'],
    ['CCCD 079-203-000-123 hết hạn', 'CCCD [số] hết hạn'],
    ['sinh ngày 12/05/1990 làm lại khai sinh', 'sinh ngày [số] làm lại khai sinh'],
  ])('"%s" is kept as "%s"', (question, kept) => {
    expect(redactQuestion(question)).toBe(kept);
  });

  it('keeps short numbers that name no one (a counter, an age, a year)', () => {
    expect(redactQuestion('quầy 3 làm cho trẻ 6 tuổi năm 2025')).toBe('quầy 3 làm cho trẻ 6 tuổi năm 2025');
  });
});
