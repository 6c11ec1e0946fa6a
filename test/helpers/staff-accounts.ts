/** Two staff accounts for tests (an admin and an operator), and a kiosk config that has them. */
import { DEFAULT_CONFIG, type KioskConfig } from '../../domain/config/schema.js';
import { hashPin } from '../../runtime/host/counter-pin.js';

export const ADMIN = { id: 'lan', name: 'Nguyễn Thị Lan', pin: '2468' } as const;
export const OPERATOR = { id: 'minh', name: 'Trần Văn Minh', pin: '1357' } as const;

/** The default kiosk with the two staff accounts (and whatever else a test sets). */
export async function staffConfig(base: KioskConfig = DEFAULT_CONFIG): Promise<KioskConfig> {
  return {
    ...base,
    staff: {
      accounts: [
        { id: ADMIN.id, name: ADMIN.name, role: 'admin', pinHash: await hashPin(ADMIN.pin) },
        { id: OPERATOR.id, name: OPERATOR.name, role: 'operator', pinHash: await hashPin(OPERATOR.pin) },
      ],
    },
  };
}
