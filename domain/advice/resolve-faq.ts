/** The frequent questions' answers completed from the kiosk's configuration: its hours and its counters. */
import type { LocalizedText } from '../catalogue/catalogue-schema.js';
import type { ServiceGroup } from '../config/schema.js';
import type { OpeningHours } from '../queue/service-day-rules.js';
import type { Faq } from './faq-schema.js';
import { openingHoursText } from './opening-hours-text.js';
import type { ResolvedFaq } from './question-matcher.js';

export interface FaqFacts {
  /** Unset: the service point keeps no hours in its config, and the file's answer stands. */
  openingHours: OpeningHours | undefined;
  serviceGroups: readonly ServiceGroup[];
}

/** "Quầy 1, 2: Hộ tịch, chứng thực." one line per service group. */
function countersText(groups: readonly ServiceGroup[]): LocalizedText {
  const line = (locale: keyof LocalizedText) =>
    groups.map((group) => `${locale === 'vi' ? 'Quầy' : group.counters.length > 1 ? 'Counters' : 'Counter'} ${group.counters.join(', ')}: ${group.name[locale]}.`).join(' ');
  return { vi: line('vi'), en: line('en') };
}

export function resolveFaq(faq: Faq, facts: FaqFacts): ResolvedFaq[] {
  const counters = countersText(facts.serviceGroups);
  return faq.questions.map(({ id, asked, answer, fact }) => {
    if (fact === 'openingHours' && facts.openingHours !== undefined) return { id, asked, answer: openingHoursText(facts.openingHours) };
    if (fact === 'counters') return { id, asked, answer: { vi: `${answer.vi} ${counters.vi}`, en: `${answer.en} ${counters.en}` } };
    return { id, asked, answer };
  });
}
