/**
 * Every citizen screen's spoken version: what the screen shows and what can be done there, in the
 * session's language, for the "listen" button and audio-guided mode. Its words are the catalogue's
 * (`speech.*` keys, and the screens' own), so a translator's file speaks too. Nothing personal is
 * ever said aloud in the hall: no name, no ID number, nothing typed on the ID keypad.
 */
import { type Locale, MAX_SPOKEN_LENGTH, type ProcedureDetail, type ScreenId, type ServiceOption, type SessionView } from '../../bridge/contract.js';
import { CRITERIA, LOW_SCORE_REASONS, OVERALL_LEVELS } from '../../bridge/satisfaction-poll.js';
import { spokenNumber } from '../board/call-sentence.js';
import { type Translate, joinCounters, peopleAhead, translator, waitEstimate, waitingCount } from '../i18n/index.js';
import { ratingTranslator } from '../rating/rating-i18n.js';

type Part = string | null | undefined | false;

/** Sentences said one after the other, each ended so the voice pauses between them. */
function sentences(...parts: Part[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => part.trim())
    .map((part) => (/[.!?…:]$/u.test(part) ? part : `${part}.`))
    .join(' ');
}

/** Items of a list said with a pause between them (a name may hold commas of its own). */
function list(items: readonly string[]): string {
  return items.join('; ');
}

function serviceLine(t: Translate, service: ServiceOption): string {
  return t('speech.service', { name: service.name, counters: joinCounters(t, service.counters), waiting: waitingCount(t, service.waiting) });
}

function procedureFacts(t: Translate, procedure: ProcedureDetail, service: ServiceOption | null): string {
  return sentences(
    t('speech.procedure', { name: procedure.name, documents: list(procedure.documents), fee: procedure.fee, timeLimit: procedure.timeLimit }),
    service !== null && t('speech.where', { counters: joinCounters(t, service.counters) }),
  );
}

/** "Số thứ tự của ông/bà là a, không, hai, ba": spelt the way staff call it, so the zero is heard. */
function ticketLines(t: Translate, view: SessionView, locale: Locale): string {
  const { ticket } = view;
  if (ticket === null) return '';
  return sentences(
    t('speech.ticketNumber', { number: spokenNumber(ticket.number, locale) }),
    ticket.priority !== null && t('speech.priority', { group: ticket.priority.group }),
    t('ticket.goToCounter', { counters: joinCounters(t, ticket.counters) }),
    peopleAhead(t, ticket.peopleAhead),
    waitEstimate(t, ticket.estimatedWaitMinutes),
  );
}

function identifyLines(t: Translate, view: SessionView): string {
  const { failures, lastFailure, manualAllowed } = view.idRead;
  const skip = t('speech.skipCard', { skip: t('identify.skip') });
  if (lastFailure === 'deviceFailed') return sentences(t('identify.deviceFailedTitle'), t('identify.deviceFailedMessage'), skip);
  return sentences(
    t(view.camera ? 'identify.cameraTitle' : 'identify.title'),
    t('identify.hint'),
    lastFailure === 'unreadable' &&
      sentences(t('identify.unreadableTitle'), t('identify.tipFlat'), t('identify.tipGlare'), t('identify.tipOtherSide'), t('identify.tryAgainHint')),
    lastFailure === 'invalid' && sentences(t('identify.invalidTitle'), t('identify.invalidMessage')),
    failures >= 2 && t(manualAllowed ? 'identify.attemptsManual' : 'identify.attempts', { count: failures }),
    skip,
  );
}

function confirmLines(t: Translate, view: SessionView): string {
  const service = view.selectedService;
  const priority = view.priority.options.find((option) => option.id === view.priority.selected);
  return sentences(
    t('confirm.title'),
    view.selectedProcedure !== null && t('speech.confirmProcedure', { name: view.selectedProcedure.name }),
    service !== null &&
      t('speech.confirmService', {
        service: service.name,
        counters: joinCounters(t, service.counters),
        waiting: waitingCount(t, service.waiting),
        wait: waitEstimate(t, service.estimatedWaitMinutes),
      }),
    view.identity === null ? t('confirm.noCard') : t('speech.cardRead'),
    view.identity?.expired === true && t('confirm.expiredTitle'),
    priority !== undefined && t('speech.priority', { group: priority.label }),
    view.printerProblem !== null && sentences(t('confirm.printerProblem'), t('confirm.printerProblemMessage')),
    t('speech.pressToFinish', { button: t('confirm.getTicket') }),
  );
}

function adviceProcedureLines(t: Translate, view: SessionView): string {
  const procedure = view.selectedProcedure;
  if (procedure === null) return t('advice.procedureTitle');
  const checklist = view.advice?.checklist;
  return sentences(
    procedureFacts(t, procedure, view.selectedService),
    checklist === 'printed' && t('advice.printed'),
    checklist === 'failed' && sentences(t(`advice.printFailed.${view.printerProblem ?? 'failed'}`), t('advice.printFailedHelp')),
    t('speech.procedureOffers'),
  );
}

function adviceAnswerLines(t: Translate, view: SessionView): string {
  const answer = view.advice?.answer;
  if (answer === undefined || answer === null) return t('advice.answering');
  switch (answer.kind) {
    case 'faq':
      return t('speech.faq', { question: sentences(answer.question), answer: answer.answer });
    case 'unknown':
      return sentences(t('advice.unknownTitle'), t('advice.unknownMessage'));
    case 'procedure': {
      const { procedure, service } = answer;
      const name = procedure.name;
      switch (answer.aspect) {
        case 'documents':
          return t('speech.answerDocuments', { name, documents: list(procedure.documents) });
        case 'fee':
          return t('speech.answerFee', { name, fee: procedure.fee });
        case 'duration':
          return t('speech.answerDuration', { name, timeLimit: procedure.timeLimit });
        case 'where':
          return service === null ? procedureFacts(t, procedure, null) : t('speech.answerWhere', { name, counters: joinCounters(t, service.counters) });
        case 'general':
          return procedureFacts(t, procedure, service);
        default: {
          const unknown: never = answer.aspect;
          throw new Error(`no spoken answer for ${String(unknown)}`);
        }
      }
    }
    default: {
      const unknown: never = answer;
      throw new Error(`no spoken answer for ${String(unknown)}`);
    }
  }
}

function rateFindLines(t: Translate, view: SessionView): string {
  const rating = view.rating;
  if (rating === null) return t('rate.title');
  const thanked = rating.refusal?.reason === 'alreadyRated';
  return sentences(
    t('rate.title'),
    rating.refusal !== null && sentences(thanked ? t('rate.thanks') : t('rate.sorry'), rating.refusal.message),
    rating.busy ? t('rate.finding') : sentences(rating.scanning ? sentences(t('rate.scanTitle'), t('rate.scanHint')) : t('rate.readerDown'), t('rate.typeTitle'), t('rate.typeHint')),
  );
}

/** The poll's steps: which ticket is rated, then the step's question and its choices. */
function pollLines(t: Translate, view: SessionView, screen: 'rateOverall' | 'rateCriteria' | 'rateReasons' | 'rateComment'): string {
  const words = ratingTranslator(view.locale);
  const locale = view.locale;
  const ticket = view.rating?.ticket ?? null;
  const rated =
    ticket !== null && t('speech.ratedTicket', { number: spokenNumber(ticket.number, locale), counter: ticket.counter, service: ticket.procedure ?? ticket.service });
  switch (screen) {
    case 'rateOverall':
      return sentences(rated, words('overallQuestion'), t('speech.faces', { levels: list(OVERALL_LEVELS.map((level) => level.words[locale])) }));
    case 'rateCriteria':
      return sentences(words('criteriaQuestion'), words('criteriaHint'), t('speech.criteria', { criteria: list(CRITERIA.map((criterion) => criterion.label[locale])) }));
    case 'rateReasons':
      return sentences(words('reasonsQuestion'), words('reasonsHint'), t('speech.reasons', { reasons: list(LOW_SCORE_REASONS.map((reason) => reason.label[locale])) }));
    case 'rateComment':
      return sentences(words('commentQuestion'), t('speech.comment', { send: words('send'), skip: words('skip') }));
    default: {
      const unknown: never = screen;
      throw new Error(`no spoken poll step for ${String(unknown)}`);
    }
  }
}

function screenLines(view: SessionView, t: Translate): string {
  const screen: ScreenId = view.screen;
  const guided = view.display.audioGuide;
  switch (screen) {
    case 'attract':
      return t('speech.attract');
    case 'greeting':
      return t('speech.greeting', {
        languages: view.locales.map((locale) => translator(locale)('language.name')).join(` ${t('common.or')} `),
      });
    case 'menu':
      return sentences(view.closedMessage, t(guided ? 'speech.menuGuided' : 'speech.menu'));
    case 'chooseService': {
      const services = list(view.services.map((service) => serviceLine(t, service)));
      return sentences(view.closedMessage, t(guided ? 'speech.chooseServiceGuided' : 'speech.chooseService', { services }));
    }
    case 'chooseProcedure':
      return view.field === null
        ? t('chooseProcedure.title')
        : t('speech.chooseProcedure', { field: view.field.name, procedures: list(view.field.procedures.map((procedure) => procedure.name)) });
    case 'searchProcedure': {
      const search = view.search;
      if (search === null || search.query.trim() === '') return t('speech.search');
      if (search.results.length === 0) return t('search.none');
      return t('speech.searchResults', { procedures: list(search.results.map((procedure) => procedure.name)) });
    }
    case 'advice':
      return t('speech.advice');
    case 'adviceProcedure':
      return adviceProcedureLines(t, view);
    case 'adviceAsk':
      return view.advice?.answering === true ? t('advice.answering') : t('speech.adviceAsk');
    case 'adviceAnswer':
      return adviceAnswerLines(t, view);
    case 'idConsent':
      return sentences(
        t('idConsent.title'),
        t('idConsent.message'),
        t('idConsent.optional'),
        t('speech.choices', { first: t('idConsent.read'), second: t('identify.skip') }),
      );
    case 'identify':
      return identifyLines(t, view);
    case 'idManual': {
      const error = view.idRead.manualError;
      return sentences(
        t('idManual.title'),
        t('idManual.hint'),
        error !== null && sentences(t('idManual.errorTitle'), t(error === 'format' ? 'idManual.formatError' : 'idManual.structureError')),
        t('speech.pressWhenDone', { button: t('idManual.submit') }),
      );
    }
    case 'confirm':
      return confirmLines(t, view);
    case 'issuing':
      return sentences(t('issuing.title'), t('common.pleaseWait'));
    case 'printing':
      return sentences(t('printing.title'), t('common.pleaseWait'));
    case 'issueFailed':
      return sentences(t('issueFailed.title'), t('issueFailed.message'));
    case 'issueRefused':
      return sentences(t('issueRefused.title'), view.refusal, t('issueRefused.help'));
    case 'ticket':
      return sentences(t('ticket.title'), ticketLines(t, view, view.locale), t('ticket.takeSlip'));
    case 'printFailed':
      return sentences(
        t(`printFailed.${view.printerProblem ?? 'failed'}`),
        t('printFailed.message'),
        ticketLines(t, view, view.locale),
        view.printerProblem !== null && t('printFailed.willReprint'),
      );
    case 'rate':
      return rateFindLines(t, view);
    case 'rateOverall':
    case 'rateCriteria':
    case 'rateReasons':
    case 'rateComment':
      return pollLines(t, view, screen);
    case 'rateThanks': {
      const words = ratingTranslator(view.locale);
      return sentences(words('thanks'), words('thanksDetail'));
    }
    default: {
      const unknown: never = screen;
      throw new Error(`no spoken version of ${String(unknown)}`);
    }
  }
}

/** Cut at the last sentence (or list item) that fits: the kiosk's voice takes one screen's worth. */
function fitted(text: string): string {
  if (text.length <= MAX_SPOKEN_LENGTH) return text;
  const head = text.slice(0, MAX_SPOKEN_LENGTH - 1);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '));
  return `${end > 0 ? head.slice(0, end) : head}.`;
}

/** The screens that say what the printer is doing. */
const PRINTER_NEWS: ReadonlySet<ScreenId> = new Set(['confirm', 'printFailed', 'adviceProcedure']);

/**
 * What, changing while a screen stays, is news the citizen must hear in audio-guided mode: a card
 * read that failed, a typed number refused, a ticket number not found, the checklist's print, the
 * printer stopping. Live figures (people waiting) and typing are not: they would talk over the citizen.
 */
export function spokenNews(view: SessionView): string {
  const { idRead, rating, advice } = view;
  return JSON.stringify([
    view.idleSecondsLeft !== null,
    idRead.failures,
    idRead.lastFailure,
    idRead.manualError,
    rating?.refusal?.reason ?? null,
    advice?.checklist ?? null,
    PRINTER_NEWS.has(view.screen) ? view.printerProblem : null,
  ]);
}

/** What the screen of `view` says aloud, in the words of `t` (the session's language). */
export function spokenScreen(view: SessionView, t: Translate): string {
  // "Are you still there?" is over whatever screen: it is what needs saying while it shows.
  if (view.idleSecondsLeft !== null) return sentences(t('idle.title'), t('speech.idleWarning', { stillHere: t('idle.stillHere') }));
  return fitted(screenLines(view, t));
}
