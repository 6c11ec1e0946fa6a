/** Every citizen screen's spoken version (renderer/speech/spoken-screen.ts), in both languages. */
import { describe, expect, it } from 'vitest';
import { LOCALES, MAX_SPOKEN_LENGTH, type Locale, type ScreenId, type ServiceOption, type SessionView } from '../../bridge/contract.js';
import { translator } from '../../renderer/i18n/index.js';
import { spokenNews, spokenScreen } from '../../renderer/speech/spoken-screen.js';

/** Every screen, checked by the compiler: a screen added to the contract must be added here. */
const EVERY_SCREEN: Record<ScreenId, true> = {
  attract: true,
  greeting: true,
  menu: true,
  advice: true,
  adviceProcedure: true,
  adviceAsk: true,
  adviceAnswer: true,
  rate: true,
  chooseService: true,
  chooseProcedure: true,
  searchProcedure: true,
  idConsent: true,
  identify: true,
  idManual: true,
  confirm: true,
  issuing: true,
  issueFailed: true,
  issueRefused: true,
  printing: true,
  ticket: true,
  printFailed: true,
  rateOverall: true,
  rateCriteria: true,
  rateReasons: true,
  rateComment: true,
  rateThanks: true,
};
const SCREENS = Object.keys(EVERY_SCREEN) as ScreenId[];

const CIVIL: ServiceOption = {
  id: 'civil-status',
  prefix: 'A',
  name: 'Hộ tịch, chứng thực',
  counters: [1, 2],
  waiting: 3,
  estimatedWaitMinutes: 12,
};
const LAND: ServiceOption = { id: 'land', prefix: 'B', name: 'Đất đai', counters: [3], waiting: 0, estimatedWaitMinutes: null };
const BIRTH = {
  id: 'birth',
  name: 'Đăng ký khai sinh',
  fieldName: 'Hộ tịch',
  timeLimit: 'Trong ngày',
  fee: 'Miễn phí',
  serviceId: 'civil-status',
  servicePrefix: 'A',
  documents: ['Giấy chứng sinh', 'Căn cước của cha hoặc mẹ'],
};

/** A session with something in every part of the view, as if each screen had data to say. */
function viewOn(screen: ScreenId, locale: Locale = 'vi', changes: Partial<SessionView> = {}): SessionView {
  return {
    screen,
    locale,
    locales: LOCALES,
    display: { largeText: false, highContrast: false, audioGuide: false },
    servicePointName: 'Bộ phận Một cửa phường Cửa Nam',
    brand: 'navy',
    services: [CIVIL, LAND],
    selectedService: CIVIL,
    fields: [{ id: 'civil-status', name: 'Hộ tịch', procedureCount: 1 }],
    field: { id: 'civil-status', name: 'Hộ tịch', procedures: [BIRTH] },
    search: { query: 'khai', results: [BIRTH] },
    selectedProcedure: BIRTH,
    priority: { options: [{ id: 'elderly', label: 'Người cao tuổi' }], selected: null },
    closedMessage: null,
    refusal: 'Hôm nay đã hết số.',
    identity: {
      maskedId: '0331******08',
      fullName: 'Nguyễn Văn An',
      age: 70,
      priorityByAge: true,
      expired: false,
      source: 'qr',
    },
    idRead: { failures: 0, lastFailure: null, manualAllowed: false, manualError: null },
    ticket: {
      number: 'A023',
      serviceName: 'Hộ tịch, chứng thực',
      counters: [1, 2],
      issuedAtLocal: '08:05',
      peopleAhead: 3,
      estimatedWaitMinutes: 12,
      statusUrl: 'https://motcua.example/t/x',
      priority: null,
    },
    idleSecondsLeft: null,
    camera: false,
    printerProblem: null,
    rating: {
      typed: '',
      scanning: true,
      busy: false,
      refusal: null,
      ticket: { number: 'A007', counter: 2, service: 'Hộ tịch, chứng thực', procedure: null },
      overall: null,
      criteria: {},
      reasons: [],
      comment: '',
    },
    advice: {
      portalUrl: null,
      checklist: 'idle',
      question: '',
      answering: false,
      answer: { kind: 'faq', question: 'Mấy giờ mở cửa?', answer: 'Từ 7 giờ 30 đến 17 giờ, thứ Hai đến thứ Sáu.' },
    },
    ratingOffers: [],
    ...changes,
  } as SessionView;
}

function say(view: SessionView): string {
  return spokenScreen(view, translator(view.locale));
}

describe('spokenScreen', () => {
  it.each(LOCALES)('gives every screen a spoken version in %s, never the ID number or the name', (locale) => {
    for (const screen of SCREENS) {
      for (const audioGuide of [false, true]) {
        const view = viewOn(screen, locale, { display: { largeText: false, highContrast: false, audioGuide } });
        const text = say(view);
        expect(text.trim(), screen).not.toBe('');
        expect(text.length, screen).toBeLessThanOrEqual(MAX_SPOKEN_LENGTH);
        expect(text, screen).not.toMatch(/0331|Nguyễn Văn An|\{\w+\}/);
      }
    }
  });

  it('reads the guided menu as three numbered choices, the plain one as a list', () => {
    expect(say(viewOn('menu', 'vi', { display: { largeText: false, highContrast: false, audioGuide: true } }))).toBe(
      'Mời ông/bà chọn việc cần làm. Bấm số 1 để lấy số thứ tự. Bấm số 2 để hỏi về thủ tục. Bấm số 3 để đánh giá sự hài lòng.',
    );
    expect(say(viewOn('menu', 'en'))).toBe('What would you like to do? Get a queue number, ask about a procedure, or rate our service.');
  });

  it('says "are you still there?" over whatever screen while the countdown shows, and how to stay', () => {
    expect(say(viewOn('confirm', 'vi', { idleSecondsLeft: 10 }))).toBe(
      'Ông/bà vẫn đang sử dụng máy chứ? Nếu vẫn đang sử dụng, mời ông/bà chạm vào màn hình hoặc bấm nút Tôi vẫn đang sử dụng. Nếu không, màn hình sẽ trở về trang đầu.',
    );
    expect(say(viewOn('menu', 'en', { idleSecondsLeft: 3 }))).toContain("press I'm still here");
  });

  it('says why no tickets are taken before the menu', () => {
    expect(say(viewOn('menu', 'vi', { closedMessage: 'Hôm nay nghỉ lễ' }))).toMatch(/^Hôm nay nghỉ lễ\. Mời ông\/bà chọn việc cần làm/);
  });

  it('names the service groups with their counters and who waits', () => {
    expect(say(viewOn('chooseService', 'vi', { display: { largeText: false, highContrast: false, audioGuide: true } }))).toBe(
      'Mời ông/bà chọn nhóm dịch vụ. Hộ tịch, chứng thực, quầy số 1 hoặc 2, 3 người đang chờ; Đất đai, quầy số 3, Chưa có ai đang chờ.',
    );
  });

  it('spells the ticket number character by character, with the counters, people ahead and the wait', () => {
    expect(say(viewOn('ticket', 'vi'))).toBe(
      'Đã cấp số thứ tự. Số thứ tự của ông/bà là a, không, hai, ba. Mời ông/bà đến quầy số 1 hoặc 2. ' +
        'Có 3 người đang chờ trước ông/bà. Thời gian chờ dự kiến: khoảng 12 phút. Mời ông/bà nhận phiếu ở khe máy in và chờ gọi số.',
    );
    expect(say(viewOn('ticket', 'en'))).toContain('Your number is A, zero, two, three. Please go to counter 1 or 2.');
  });

  it('on the confirm screen says a card was read, not whose it is', () => {
    const text = say(viewOn('confirm', 'en', { priority: { options: [{ id: 'elderly', label: 'Elderly' }], selected: 'elderly' } }));
    expect(text).toBe(
      'Please check your details. Procedure: Đăng ký khai sinh. Service: Hộ tịch, chứng thực, counter 1 or 2. 3 people waiting. ' +
        'Estimated wait: about 12 minutes. Your ID card has been read. Priority: Elderly. Please press Get ticket.',
    );
  });

  it('reads the advice answer itself', () => {
    expect(say(viewOn('adviceAnswer', 'vi'))).toBe('Ông/bà hỏi: Mấy giờ mở cửa? Trả lời: Từ 7 giờ 30 đến 17 giờ, thứ Hai đến thứ Sáu.');
    const fee = viewOn('adviceAnswer', 'en', {
      advice: { portalUrl: null, checklist: 'idle', question: '', answering: false, answer: { kind: 'procedure', procedure: BIRTH, aspect: 'fee', service: CIVIL } },
    });
    expect(say(fee)).toBe('The fee for Đăng ký khai sinh: Miễn phí.');
  });

  it('on the ID keypad says how many digits are typed, never which', () => {
    const text = say(viewOn('idManual', 'vi', { idRead: { failures: 3, lastFailure: 'unreadable', manualAllowed: true, manualError: 'structure' } }));
    expect(text).toContain('Đây không phải số định danh hợp lệ.');
    expect(text).toContain('Nhập xong, mời ông/bà bấm nút Xác nhận.');
  });

  it('cuts a long list at a whole item to fit the kiosk voice', () => {
    const many = Array.from({ length: 80 }, (_, index) => ({ ...BIRTH, id: `p${index}`, name: `Thủ tục số ${index} về đăng ký hộ tịch có yếu tố nước ngoài` }));
    const text = say(viewOn('chooseProcedure', 'vi', { field: { id: 'f', name: 'Hộ tịch', procedures: many } }));
    expect(text.length).toBeLessThanOrEqual(MAX_SPOKEN_LENGTH);
    expect(text).toMatch(/nước ngoài\.$/);
  });
});

describe('spokenNews', () => {
  it('changes with a failed card read, a refused number or a print, not with the queue or typing', () => {
    const identify = viewOn('identify');
    const news = spokenNews(identify);
    expect(spokenNews({ ...identify, services: [{ ...CIVIL, waiting: 9 }], search: { query: 'kha', results: [] } })).toBe(news);
    expect(spokenNews({ ...identify, idRead: { ...identify.idRead, failures: 1, lastFailure: 'unreadable' } })).not.toBe(news);
    expect(spokenNews({ ...identify, idRead: { ...identify.idRead, manualError: 'format' } })).not.toBe(news);
    const confirm = viewOn('confirm');
    expect(spokenNews({ ...confirm, printerProblem: 'paperOut' })).not.toBe(spokenNews(confirm));
    expect(spokenNews(viewOn('menu', 'vi', { printerProblem: 'paperOut' }))).toBe(spokenNews(viewOn('menu')));
    // The warning is news when it shows, not on every second of its countdown.
    expect(spokenNews({ ...confirm, idleSecondsLeft: 10 })).not.toBe(spokenNews(confirm));
    expect(spokenNews({ ...confirm, idleSecondsLeft: 9 })).toBe(spokenNews({ ...confirm, idleSecondsLeft: 10 }));
  });
});
