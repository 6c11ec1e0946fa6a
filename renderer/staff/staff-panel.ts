/**
 * What every staff screen is given: the one call into staff mode, the staff member's language, and
 * the revision that goes up when something it shows may have changed (it asks again then).
 */
import type { KioskBridge, Locale } from '../../bridge/contract.js';
import type { StaffAccountView } from '../../bridge/staff-protocol.js';

export type StaffCall = KioskBridge['staff'];

export interface StaffPanelProps {
  call: StaffCall;
  locale: Locale;
  revision: number;
  account: StaffAccountView;
}
