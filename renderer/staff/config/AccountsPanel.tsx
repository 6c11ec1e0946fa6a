/**
 * Staff accounts (admins): who may open staff mode, with which role. Add one (id, name, role and a
 * PIN of 4–8 digits on the PIN pad), rename it, change its role or PIN, remove it (asks first).
 * The runtime refuses leaving the service point without an admin or removing yourself, and says so
 * at the field.
 */
import { useState } from 'react';
import type { StaffAccountView, StaffRole } from '../../../bridge/staff-protocol.js';
import type { StaffPanelProps } from '../staff-panel.js';
import { useStaffQuery } from '../use-staff-query.js';
import { type ConfigTranslate, configTranslator } from './config-i18n.js';
import { problemsByPath } from './config-draft.js';
import { Choice, DigitPad, FieldFrame, TextField } from './fields.js';
import './config.css';

interface Editing {
  isNew: boolean;
  id: string;
  name: string;
  role: StaffRole;
  pin: string;
}

export function AccountsPanel({ call, locale, revision, account: signedIn }: StaffPanelProps) {
  const t = configTranslator(locale);
  const loaded = useStaffQuery(call, { type: 'getConfig' }, revision);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<StaffAccountView | null>(null);
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [outcome, setOutcome] = useState<string | null>(null);

  if (loaded.reply !== null && !loaded.reply.ok) return <p className="staff-outcome">{loaded.reply.message[locale]}</p>;
  const accounts = loaded.reply?.ok ? loaded.reply.result.accounts : null;
  if (accounts === null) return <p className="staff-note">{t('loading')}</p>;

  const edit = (next: Editing | null) => {
    setEditing(next);
    setProblems(new Map());
    setOutcome(null);
  };
  const save = (account: Editing) => {
    const request = { type: 'saveAccount', account: { id: account.id, name: account.name, role: account.role, ...(account.pin === '' ? {} : { pin: account.pin }) }, locale } as const;
    call(request).then(
      (reply) => {
        if (!reply.ok) {
          setProblems(problemsByPath(reply.fields));
          setOutcome(reply.message[locale]);
          return;
        }
        setEditing(null);
        setProblems(new Map());
        setOutcome(t('accountSaved'));
        loaded.refresh();
      },
      (error: unknown) => setOutcome(String(error)),
    );
  };
  const remove = (account: StaffAccountView) => {
    setRemoving(null);
    call({ type: 'removeAccount', id: account.id, locale }).then(
      (reply) => {
        setOutcome(reply.ok ? t('accountRemoved') : [reply.message[locale], ...(reply.fields ?? []).map((field) => field.message)].join(' '));
        loaded.refresh();
      },
      (error: unknown) => setOutcome(String(error)),
    );
  };

  return (
    <section className="staff-panel cfg" data-testid="accounts-panel">
      <div className="staff-card">
        <div className="staff-card__head">
          <h2>{t('accountsTitle')}</h2>
          <button type="button" className="staff-button staff-button--go" data-testid="account-add" onClick={() => edit({ isNew: true, id: '', name: '', role: 'operator', pin: '' })}>
            + {t('addAccount')}
          </button>
        </div>
        <table className="staff-table" data-testid="account-list">
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id} data-testid={`account-row-${account.id}`}>
                <td>
                  <strong>{account.name}</strong> {account.id === signedIn.id && <span className="staff-note">{t('you')}</span>}
                  <br />
                  <code>{account.id}</code>
                </td>
                <td>{account.role === 'admin' ? t('roleAdmin') : t('roleOperator')}</td>
                <td className="cfg-row-actions">
                  <button type="button" className="staff-button" data-testid={`account-edit-${account.id}`} onClick={() => edit({ isNew: false, ...account, pin: '' })}>
                    {t('edit')}
                  </button>
                  <button type="button" className="staff-button" data-testid={`account-remove-${account.id}`} disabled={account.id === signedIn.id} onClick={() => setRemoving(account)}>
                    {t('removeAccount')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {outcome !== null && (
        <p className="staff-outcome" role="status" data-testid="account-outcome">
          {outcome}
        </p>
      )}
      {removing !== null && (
        <div className="staff-confirm" role="alertdialog" aria-label={t('confirm')}>
          <p>{t('removeConfirm', { name: removing.name })}</p>
          <div className="staff-actions">
            <button type="button" className="staff-button staff-button--go" data-testid="account-remove-confirm" onClick={() => remove(removing)}>
              {t('confirm')}
            </button>
            <button type="button" className="staff-button" onClick={() => setRemoving(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {editing !== null && <AccountForm account={editing} problems={problems} t={t} onChange={setEditing} onSave={() => save(editing)} onCancel={() => edit(null)} />}
    </section>
  );
}

interface FormProps {
  account: Editing;
  problems: Map<string, string>;
  t: ConfigTranslate;
  onChange(account: Editing): void;
  onSave(): void;
  onCancel(): void;
}

function AccountForm({ account, problems, t, onChange, onSave, onCancel }: FormProps) {
  const set = (change: Partial<Editing>) => onChange({ ...account, ...change });
  return (
    <div className="staff-card cfg-grid" data-testid="account-form">
      {account.isNew ? (
        <TextField label={t('accountId')} value={account.id} problem={problems.get('id')} testId="account-id" t={t} onChange={(id) => set({ id: id.toLowerCase() })} />
      ) : (
        <FieldFrame label={t('accountId')} problem={problems.get('id')} testId="account-id">
          <code>{account.id}</code>
        </FieldFrame>
      )}
      <TextField label={t('accountName')} value={account.name} problem={problems.get('name')} testId="account-name" words t={t} onChange={(name) => set({ name })} />
      <Choice
        label={t('role')}
        value={account.role}
        options={[
          { value: 'operator', label: t('roleOperator') },
          { value: 'admin', label: t('roleAdmin') },
        ]}
        problem={problems.get('role')}
        testId="account-role"
        onChange={(role) => set({ role })}
      />
      <FieldFrame label={t('pin')} problem={problems.get('pin')} testId="account-pin">
        {!account.isNew && <span className="staff-note">{t('pinKeep')}</span>}
        <span className="staff-note">{t('pinDigits', { count: account.pin.length })}</span>
        <DigitPad value={account.pin} maxLength={8} eraseLabel={t('delete')} testId="account-pin" onChange={(pin) => set({ pin })} />
      </FieldFrame>
      <div className="staff-actions">
        <button type="button" className="staff-button" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="button" className="staff-button staff-button--go" data-testid="account-save" onClick={onSave}>
          {t('saveAccount')}
        </button>
      </div>
    </div>
  );
}
