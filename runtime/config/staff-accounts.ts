/**
 * Staff accounts as admins change them: add one (with a PIN of 4–8 digits), rename it, change its
 * role or its PIN, remove it. The service point never ends up without an admin (the last one is
 * neither removed nor made an operator), and nobody removes the account they are signed in with.
 * PINs are hashed here (scrypt); the audit names the account, its role and "PIN changed", never a PIN.
 */
import type { StaffAccountView } from '../../bridge/staff-protocol.js';
import { hashPin, isValidPin } from '../host/counter-pin.js';
import type { StaffAccount } from '../staff/staff-mode.js';
import type { ConfigStore } from './config-store.js';
import type { FieldWords } from './field-problems.js';

export interface AccountInput {
  id: string;
  name: string;
  role: StaffAccount['role'];
  /** Required for a new account; an existing one keeps its PIN without it. */
  pin?: string | undefined;
}

export type AccountResult = { ok: true; accounts: StaffAccountView[] } | { ok: false; fields: FieldWords[] };

export const accountViews = (accounts: readonly StaffAccount[]): StaffAccountView[] => accounts.map(({ id, name, role }) => ({ id, name, role }));

const refused = (path: string, vi: string, en: string): AccountResult => ({ ok: false, fields: [{ path, message: { vi, en } }] });

const otherAdmins = (accounts: readonly StaffAccount[], id: string) => accounts.some((account) => account.role === 'admin' && account.id !== id);

export async function saveAccount(store: ConfigStore, input: AccountInput, actor: string): Promise<AccountResult> {
  const accounts = store.current().staff.accounts;
  const existing = accounts.find((account) => account.id === input.id);
  const pin = input.pin === undefined || input.pin === '' ? undefined : input.pin;
  if (existing === undefined && pin === undefined) return refused('pin', 'Tài khoản mới cần mã PIN', 'A new account needs a PIN');
  if (pin !== undefined && !isValidPin(pin)) return refused('pin', 'Mã PIN gồm 4 đến 8 chữ số', 'A PIN is 4 to 8 digits');
  if (existing?.role === 'admin' && input.role !== 'admin' && !otherAdmins(accounts, existing.id)) {
    return refused('role', 'Đây là tài khoản quản trị cuối cùng: không đổi thành nhân viên được', 'This is the last admin account: it cannot become an operator');
  }
  const pinHash = pin === undefined ? existing?.pinHash : await hashPin(pin);
  if (pinHash === undefined) return refused('pin', 'Tài khoản mới cần mã PIN', 'A new account needs a PIN');
  const account: StaffAccount = { id: input.id, name: input.name.trim(), role: input.role, pinHash };

  const changes =
    existing === undefined
      ? ['added']
      : [
          ...(existing.name === account.name ? [] : [`name was "${existing.name}"`]),
          ...(existing.role === account.role ? [] : [`role was ${existing.role}`]),
          ...(pin === undefined ? [] : ['PIN changed']),
        ];
  const detail = `account ${account.id} "${account.name}" (${account.role}): ${changes.join(', ') || 'unchanged'}`;
  const saved = store.update(
    (draft) => {
      const index = draft.staff.accounts.findIndex((candidate) => candidate.id === account.id);
      if (index === -1) draft.staff.accounts.push(account);
      else draft.staff.accounts[index] = account;
    },
    actor,
    { action: 'accountChanged', detail },
  );
  if (!saved.ok) return { ok: false, fields: saved.fields.map(accountField) };
  return { ok: true, accounts: accountViews(saved.config.staff.accounts) };
}

export function removeAccount(store: ConfigStore, id: string, signedIn: StaffAccountView, actor: string): AccountResult {
  const accounts = store.current().staff.accounts;
  const account = accounts.find((candidate) => candidate.id === id);
  if (account === undefined) return refused('id', 'Không có tài khoản này', 'There is no such account');
  if (account.id === signedIn.id) return refused('id', 'Không xoá được tài khoản đang đăng nhập', 'You cannot remove the account you are signed in with');
  if (account.role === 'admin' && !otherAdmins(accounts, account.id)) {
    return refused('id', 'Đây là tài khoản quản trị cuối cùng: không xoá được', 'This is the last admin account: it cannot be removed');
  }
  const saved = store.update(
    (draft) => {
      draft.staff.accounts = draft.staff.accounts.filter((candidate) => candidate.id !== id);
    },
    actor,
    { action: 'accountRemoved', detail: `account ${account.id} "${account.name}" (${account.role}) removed` },
  );
  if (!saved.ok) return { ok: false, fields: saved.fields.map(accountField) };
  return { ok: true, accounts: accountViews(saved.config.staff.accounts) };
}

/** `staff.accounts.2.id` → `id`: the account form's own field. */
function accountField(field: FieldWords): FieldWords {
  const match = /^staff\.accounts\.\d+\.(.+)$/.exec(field.path);
  return match?.[1] === undefined ? field : { ...field, path: match[1] };
}
