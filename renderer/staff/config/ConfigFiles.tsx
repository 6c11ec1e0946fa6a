/**
 * The configuration as a file: export it (secrets included, to back up or set up another kiosk:
 * downloaded where the browser allows, and kept in the kiosk's data folder), import one, and import the ward's procedure catalogue. Files are chosen with the
 * system's file picker and read here; the runtime checks them and names each problem.
 */
import { useState } from 'react';
import type { Locale } from '../../../bridge/contract.js';
import type { FieldProblem, StaffRefusal } from '../../../bridge/staff-protocol.js';
import type { StaffCall } from '../staff-panel.js';
import type { ConfigTranslate } from './config-i18n.js';

interface Props {
  call: StaffCall;
  locale: Locale;
  t: ConfigTranslate;
  /** A configuration was imported: the editor shows it. */
  onImported(): void;
}

type Outcome = { text: string; problems: FieldProblem[] } | null;

export function ConfigFiles({ call, locale, t, onImported }: Props) {
  const [outcome, setOutcome] = useState<Record<'export' | 'import' | 'catalogue', Outcome>>({ export: null, import: null, catalogue: null });
  const say = (card: keyof typeof outcome, text: string, problems: FieldProblem[] = []) => setOutcome((before) => ({ ...before, [card]: { text, problems } }));
  const refused = (card: keyof typeof outcome, reply: StaffRefusal) => say(card, reply.message[locale], reply.fields ?? []);

  const exportFile = async () => {
    const reply = await call({ type: 'exportConfig' });
    if (!reply.ok) return refused('export', reply);
    const url = URL.createObjectURL(new Blob([reply.result.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = reply.result.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say('export', t('exported', { path: reply.result.savedTo }));
  };
  const importConfig = async (file: File) => {
    const reply = await call({ type: 'importConfig', text: await file.text(), locale });
    if (!reply.ok) return refused('import', reply);
    say('import', reply.result.restartNeeded ? t('importedRestart') : t('imported'));
    onImported();
  };
  const importCatalogue = async (file: File) => {
    const reply = await call({ type: 'importCatalogue', text: await file.text(), locale });
    if (!reply.ok) return refused('catalogue', reply);
    say('catalogue', t('catalogueImported', { fields: reply.result.fields, procedures: reply.result.procedures }));
  };
  const failed = (card: keyof typeof outcome) => (error: unknown) => say(card, String(error));

  return (
    <>
      <div className="staff-card" data-testid="config-export">
        <h2>{t('exportTitle')}</h2>
        <p className="staff-note">{t('exportHint')}</p>
        <div className="staff-actions">
          <button type="button" className="staff-button staff-button--go" data-testid="config-export-button" onClick={() => exportFile().catch(failed('export'))}>
            {t('export')}
          </button>
        </div>
        <OutcomeLine outcome={outcome.export} testId="config-export-outcome" />
      </div>
      <div className="staff-card" data-testid="config-import">
        <h2>{t('importTitle')}</h2>
        <p className="staff-note">{t('importHint')}</p>
        <FilePicker label={t('chooseFile')} accept=".json,application/json" testId="config-import-file" onFile={(file) => importConfig(file).catch(failed('import'))} />
        <OutcomeLine outcome={outcome.import} testId="config-import-outcome" />
      </div>
      <div className="staff-card" data-testid="catalogue-import">
        <h2>{t('catalogueTitle')}</h2>
        <p className="staff-note">{t('catalogueHint')}</p>
        <FilePicker label={t('chooseFile')} accept=".yaml,.yml" testId="catalogue-import-file" onFile={(file) => importCatalogue(file).catch(failed('catalogue'))} />
        <OutcomeLine outcome={outcome.catalogue} testId="catalogue-import-outcome" />
      </div>
    </>
  );
}

function FilePicker({ label, accept, testId, onFile }: { label: string; accept: string; testId: string; onFile(file: File): void }) {
  return (
    <label className="staff-button cfg-file">
      <input
        type="file"
        accept={accept}
        data-testid={testId}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file !== undefined) onFile(file);
        }}
      />
      {label}
    </label>
  );
}

function OutcomeLine({ outcome, testId }: { outcome: Outcome; testId: string }) {
  if (outcome === null) return null;
  return (
    <div className="staff-outcome" role="status" data-testid={testId}>
      <p>{outcome.text}</p>
      {outcome.problems.length > 0 && (
        <ul className="cfg-problems">
          {outcome.problems.map((problem, index) => (
            <li key={index}>
              {problem.path !== '' && <code>{problem.path}</code>} {problem.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
