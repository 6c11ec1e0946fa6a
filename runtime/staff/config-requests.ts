/**
 * What admins do with the configuration in staff mode: read it (without its secrets), save an edit,
 * export and import it as a file, import the ward's procedure catalogue, and manage the staff
 * accounts. Every change goes through the ConfigStore (validated, written atomically, on trial,
 * audited, applied); a refusal names each wrong field in the staff member's language.
 */
import type { Locale } from '../../bridge/contract.js';
import type { StaffRefusal } from '../../bridge/staff-protocol.js';
import { ConfigStore, type ConfigStoreOptions } from '../config/config-store.js';
import { secretsView, withSecretsKept, withoutSecrets } from '../config/config-secrets.js';
import { type FieldWords, inLocale } from '../config/field-problems.js';
import { accountViews, removeAccount, saveAccount } from '../config/staff-accounts.js';
import type { StaffHandlers } from './staff-requests.js';

type ConfigRequestType = 'getConfig' | 'saveConfig' | 'exportConfig' | 'importConfig' | 'importCatalogue' | 'saveAccount' | 'removeAccount';

export function configHandlers(deps: ConfigStoreOptions): StaffHandlers<ConfigRequestType> {
  const store = new ConfigStore(deps);
  return {
    getConfig: () => {
      const config = store.current();
      return { ok: true, result: { config: withoutSecrets(config), secrets: secretsView(config), accounts: accountViews(config.staff.accounts) } };
    },
    saveConfig: ({ config, locale }, { actor }) => {
      const saved = store.save(withSecretsKept(config, store.current()), actor);
      return saved.ok ? { ok: true, result: { restartNeeded: saved.restartNeeded } } : invalid(saved.fields, locale, NOT_SAVED);
    },
    exportConfig: (_request, { actor }) => ({ ok: true, result: store.exportFile(actor) }),
    importConfig: ({ text, locale }, { actor }) => {
      const saved = store.importFile(text, actor);
      return saved.ok ? { ok: true, result: { restartNeeded: saved.restartNeeded } } : invalid(saved.fields, locale, NOT_IMPORTED);
    },
    importCatalogue: ({ text, locale }, { actor }) => {
      const imported = store.importCatalogue(text, actor);
      if (imported.ok) return { ok: true, result: { fields: imported.fields, procedures: imported.procedures } };
      return invalid(imported.errors.map(catalogueProblem), locale, CATALOGUE_NOT_IMPORTED);
    },
    saveAccount: async ({ account, locale }, { actor }) => {
      const saved = await saveAccount(store, account, actor);
      return saved.ok ? { ok: true, result: { accounts: saved.accounts } } : invalid(saved.fields, locale, ACCOUNT_NOT_SAVED);
    },
    removeAccount: ({ id, locale }, { account, actor }) => {
      const removed = removeAccount(store, id, account, actor);
      return removed.ok ? { ok: true, result: { accounts: removed.accounts } } : invalid(removed.fields, locale, ACCOUNT_NOT_REMOVED);
    },
  };
}

const NOT_SAVED = { vi: 'Chưa lưu: có mục chưa đúng.', en: 'Not saved: some fields are wrong.' };
const NOT_IMPORTED = { vi: 'Chưa nhập tệp cấu hình: tệp có mục chưa đúng.', en: 'The configuration file was not imported: some fields are wrong.' };
const CATALOGUE_NOT_IMPORTED = { vi: 'Chưa nhập danh mục thủ tục: tệp có lỗi.', en: 'The procedure catalogue was not imported: the file has errors.' };
const ACCOUNT_NOT_SAVED = { vi: 'Chưa lưu tài khoản.', en: 'The account was not saved.' };
const ACCOUNT_NOT_REMOVED = { vi: 'Chưa xoá tài khoản.', en: 'The account was not removed.' };

function invalid(fields: readonly FieldWords[], locale: Locale, message: StaffRefusal['message']): StaffRefusal {
  return { ok: false, reason: 'invalid', message, fields: inLocale(fields, locale) };
}

/** The catalogue parser's "line 12, fields.0.id: ..." as a field problem: the field's path, and the line with why (the schema's words). */
function catalogueProblem(error: string): FieldWords {
  const match = /^line (\d+)(?:, ([^:]+))?: (.*)$/s.exec(error);
  if (match === null) return { path: '', message: { vi: error, en: error } };
  const [, line, field = '', why = ''] = match;
  return { path: field, message: { vi: `dòng ${line}: ${why}`, en: `line ${line}: ${why}` } };
}
