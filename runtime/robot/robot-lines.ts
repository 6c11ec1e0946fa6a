/**
 * Everything the robot says, in each language the kiosk speaks, and what it tells staff (in the
 * service point's staff language). The chart says which line; this module words it. Citizens are
 * addressed "ông/bà", as at the desk; counters by their number, as on the signs.
 */
import type { DispenseItemId, Locale } from '../../bridge/contract.js';
import type { RobotLine, StoppedAlert } from '../../state-machines/robot.machine.js';

const ITEM_NAMES: Record<Locale, Record<DispenseItemId, string>> = {
  vi: { water: 'nước', sweets: 'kẹo' },
  en: { water: 'water', sweets: 'sweets' },
};

const LINES: { [L in Locale]: (line: RobotLine) => string } = {
  vi: (line) => {
    switch (line.id) {
      case 'offer':
        // The same words as the offer on the ticket screen (renderer/i18n robot.guide.question).
        return `Tôi dẫn ông/bà đến quầy ${line.counter} nhé?`;
      case 'followMe':
        return `Mời ông/bà đi theo tôi đến quầy ${line.counter}.`;
      case 'hereIsCounter':
        return `Đây là quầy ${line.counter}. Mời ông/bà ngồi chờ đến lượt, số của ông/bà sẽ được gọi trên bảng. Chúc ông/bà một ngày tốt lành!`;
      case 'cannotGuide':
        return `Xin lỗi, lúc này tôi chưa dẫn đường được. Quầy ${line.counter} có số ghi phía trên quầy; nhân viên hướng dẫn sẽ giúp ông/bà.`;
      case 'makeWay':
        return 'Xin nhường đường cho tôi đi qua. Cảm ơn ông/bà!';
      case 'brokenDown':
        return line.counter === null
          ? 'Xin lỗi, tôi gặp sự cố nên phải dừng lại ở đây. Tôi đã báo nhân viên.'
          : `Xin lỗi, tôi gặp sự cố nên phải dừng lại ở đây. Quầy ${line.counter} ở phía trước, theo hướng tôi đang đi; số quầy ghi phía trên quầy. Tôi đã báo nhân viên.`;
      case 'stoppedByCitizen':
        return 'Vâng, tôi dừng lại.';
      case 'enjoy':
        return `Mời ông/bà dùng ${ITEM_NAMES.vi[line.item]}.`;
      case 'empty':
        return `Xin lỗi, tôi hết ${ITEM_NAMES.vi[line.item]} rồi. Tôi đã báo nhân viên.`;
      case 'goingToCharge':
        return 'Tôi sắp hết pin, xin phép đi sạc một lát rồi quay lại.';
    }
  },
  en: (line) => {
    switch (line.id) {
      case 'offer':
        return `Shall I show you the way to counter ${line.counter}?`;
      case 'followMe':
        return `Please follow me to counter ${line.counter}.`;
      case 'hereIsCounter':
        return `Here is counter ${line.counter}. Please take a seat: your number will be called on the board. Have a good day!`;
      case 'cannotGuide':
        return `Sorry, I cannot show you the way just now. Counter ${line.counter} has its number above it; the staff will help you.`;
      case 'makeWay':
        return 'Excuse me, may I pass? Thank you!';
      case 'brokenDown':
        return line.counter === null
          ? 'Sorry, something is wrong and I have to stop here. I have told the staff.'
          : `Sorry, something is wrong and I have to stop here. Counter ${line.counter} is ahead, the way I was going; its number is above it. I have told the staff.`;
      case 'stoppedByCitizen':
        return 'All right, I have stopped.';
      case 'enjoy':
        return line.item === 'water' ? 'Here is some water for you.' : 'Please have a sweet.';
      case 'empty':
        return `Sorry, I have run out of ${ITEM_NAMES.en[line.item]}. I have told the staff.`;
      case 'goingToCharge':
        return 'My battery is low: I am going to charge and will be back soon.';
    }
  },
};

export function robotLine(line: RobotLine, locale: Locale): string {
  return LINES[locale](line);
}

const CAUSES: Partial<Record<StoppedAlert['cause'], string>> = {
  motorFault: 'lỗi động cơ',
  lowBattery: 'hết pin',
  offline: 'mất kết nối với thân robot',
  timeout: 'không đến nơi đúng hạn',
  busy: 'thân robot đang bận việc khác',
  badCommand: 'thân robot không hiểu lệnh',
};

/** For staff: where the robot stopped and why. */
export function stoppedAlertMessage(alert: StoppedAlert): string {
  const where = alert.counter === null ? 'Robot dừng giữa đường' : `Robot dừng giữa đường dẫn người dân đến quầy ${alert.counter}`;
  return `${where} (${CAUSES[alert.cause] ?? 'lỗi không rõ'}): cần nhân viên kiểm tra, robot sẽ tự quay về vị trí khi thân robot hoạt động lại.`;
}

/** For staff: an empty dispenser, and how the robot offers the item again. */
export function emptyAlertMessage(item: DispenseItemId): string {
  return `Robot hết ${ITEM_NAMES.vi[item]} để mời: cần nạp thêm, rồi khởi động lại ứng dụng để robot mời lại.`;
}
