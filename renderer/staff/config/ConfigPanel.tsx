/**
 * The configuration editor (admins): the service point's name, languages and timing, services and
 * counters, devices, priority, and the configuration as a file. Edits stay in a draft until Save;
 * the runtime validates the whole and a refusal puts each problem at its field (in the staff
 * member's language), the section tabs marking where they are. Secrets are never here: the
 * runtime keeps them and says only which are set.
 */
import { type ReactNode, useState } from 'react';
import type { Locale } from '../../../bridge/contract.js';
import type { CallingPolicyView, EditableConfig } from '../../../bridge/staff-config-protocol.js';
import type { FieldProblem } from '../../../bridge/staff-protocol.js';
import type { StaffPanelProps } from '../staff-panel.js';
import { useStaffQuery } from '../use-staff-query.js';
import { type ConfigTranslate, type ConfigWord, configTranslator } from './config-i18n.js';
import { DEVICE_KINDS, type Path, type SectionId, deviceOfKind, getIn, newServiceGroup, pathKey, problemsByPath, secondsOf, sectionOf, setIn } from './config-draft.js';
import { Choice, FieldFrame, Stepper, TextField } from './fields.js';
import { ConfigFiles } from './ConfigFiles.js';
import { PaletteChoice } from './PaletteChoice.js';
import './config.css';

type Tab = SectionId | 'files';
const TABS: ReadonlyArray<{ id: Tab; label: ConfigWord }> = [
  { id: 'servicePoint', label: 'sectionServicePoint' },
  { id: 'languages', label: 'sectionLanguages' },
  { id: 'services', label: 'sectionServices' },
  { id: 'devices', label: 'sectionDevices' },
  { id: 'priority', label: 'sectionPriority' },
  { id: 'branding', label: 'sectionBranding' },
  { id: 'files', label: 'sectionFiles' },
];
const LOCALES: readonly Locale[] = ['vi', 'en'];

export function ConfigPanel({ call, locale, revision }: StaffPanelProps) {
  const t = configTranslator(locale);
  const loaded = useStaffQuery(call, { type: 'getConfig' }, revision);
  const [draft, setDraft] = useState<EditableConfig | null>(null);
  const [tab, setTab] = useState<Tab>('servicePoint');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [restartNeeded, setRestartNeeded] = useState(false);

  const inForce = loaded.reply?.ok ? loaded.reply.result : null;
  if (loaded.reply !== null && !loaded.reply.ok) return <p className="staff-outcome">{loaded.reply.message[locale]}</p>;
  if (inForce === null) return <p className="staff-note">{t('loading')}</p>;
  const config = draft ?? inForce.config;
  const dirty = draft !== null && JSON.stringify(draft) !== JSON.stringify(inForce.config);

  const byPath = problemsByPath(problems);
  const shownPaths = new Set<string>();
  const problem = (path: Path) => {
    shownPaths.add(pathKey(path));
    return byPath.get(pathKey(path));
  };
  /** A counter's PIN left on a counter no group serves any more: said at the list of counters with a PIN. */
  const counterPinProblem = () => {
    const said = [problem(['counters']), ...config.counters.map((_, index) => problem(['counters', index, 'number']))].filter((text) => text !== undefined);
    return said.length === 0 ? undefined : said.join('; ');
  };
  const set = (path: Path, value: unknown) => {
    setDraft(setIn(config, path, value));
    setOutcome(null);
  };
  const restart = () => {
    call({ type: 'restartApp' }).then(
      (reply) => setOutcome(reply.ok ? t('restarting') : reply.message[locale]),
      (error: unknown) => setOutcome(String(error)),
    );
  };
  const text = (path: Path, label: string, words = false, transform: (value: string) => string = (value) => value) => (
    <TextField
      label={label}
      value={String(getIn(config, path) ?? '')}
      problem={problem(path)}
      testId={pathKey(path)}
      words={words}
      t={t}
      onChange={(value) => set(path, transform(value))}
    />
  );
  const seconds = (path: Path, label: ConfigWord, min: number, max: number, step: number, inMs: boolean) => {
    const raw = Number(getIn(config, path));
    return (
      <Stepper
        label={t(label)}
        value={inMs ? secondsOf(raw) : raw}
        step={step}
        min={min}
        max={max}
        format={(value) => t('seconds', { value })}
        problem={problem(path)}
        testId={pathKey(path)}
        onChange={(value) => set(path, inMs ? value * 1000 : value)}
      />
    );
  };

  const save = () => {
    setSaving(true);
    call({ type: 'saveConfig', config, locale }).then(
      (reply) => {
        setSaving(false);
        if (reply.ok) {
          setProblems([]);
          setDraft(null);
          setOutcome(reply.result.restartNeeded ? t('savedRestart') : t('saved'));
          setRestartNeeded((before) => before || reply.result.restartNeeded);
          loaded.refresh();
          return;
        }
        const fields = reply.fields ?? [];
        setProblems(fields);
        setOutcome(reply.message[locale]);
        const first = fields.map((field) => sectionOf(field.path)).find((section) => section !== null);
        if (first !== undefined && first !== null) setTab(first);
      },
      (error: unknown) => {
        setSaving(false);
        setOutcome(String(error));
      },
    );
  };

  const sections: Record<SectionId, () => ReactNode> = {
    servicePoint: () => (
      <div className="staff-card cfg-grid">
        {text(['servicePoint', 'name', 'vi'], `${t('servicePointName')} · ${t('vi')}`, true)}
        {text(['servicePoint', 'name', 'en'], `${t('servicePointName')} · ${t('en')}`, true)}
        {text(['greeting', 'vi'], `${t('greeting')} · ${t('vi')}`, true)}
        {text(['greeting', 'en'], `${t('greeting')} · ${t('en')}`, true)}
        {text(['kioskId'], t('kioskId'))}
      </div>
    ),
    languages: () => (
      <div className="staff-card cfg-grid">
        <FieldFrame label={t('locales')} problem={problem(['locales'])} testId="locales">
          <span className="cfg-choice">
            {LOCALES.map((each) => {
              const on = config.locales.includes(each);
              return (
                <button
                  key={each}
                  type="button"
                  aria-pressed={on}
                  className={`cfg-toggle${on ? ' cfg-toggle--on' : ''}`}
                  data-testid={`locale-${each}`}
                  onClick={() => set(['locales'], on ? config.locales.filter((other) => other !== each) : LOCALES.filter((other) => other === each || config.locales.includes(other)))}
                >
                  {t(each)}
                </button>
              );
            })}
          </span>
        </FieldFrame>
        <Choice
          label={t('defaultLocale')}
          value={config.defaultLocale}
          options={LOCALES.map((each) => ({ value: each, label: t(each) }))}
          problem={problem(['defaultLocale'])}
          testId="defaultLocale"
          onChange={(value) => set(['defaultLocale'], value)}
        />
        {seconds(['timeouts', 'idleMs'], 'idle', 15, 600, 5, true)}
        {seconds(['timeouts', 'warningSeconds'], 'warning', 3, 60, 1, false)}
        {seconds(['timeouts', 'printMs'], 'print', 1, 120, 1, true)}
        {seconds(['timeouts', 'ticketShownMs'], 'ticketShown', 3, 120, 1, true)}
      </div>
    ),
    services: () => (
      <>
        {config.serviceGroups.map((group, index) => (
          <div key={index} className="staff-card" data-testid={`group-${index}`}>
            <div className="staff-card__head">
              <h2>{t('group', { prefix: group.prefix })}</h2>
              <button
                type="button"
                className="staff-button"
                disabled={config.serviceGroups.length === 1}
                onClick={() => set(['serviceGroups'], config.serviceGroups.filter((_, other) => other !== index))}
              >
                {t('removeGroup')}
              </button>
            </div>
            <div className="cfg-grid">
              {text(['serviceGroups', index, 'name', 'vi'], `${t('groupName')} · ${t('vi')}`, true)}
              {text(['serviceGroups', index, 'name', 'en'], `${t('groupName')} · ${t('en')}`, true)}
              {text(['serviceGroups', index, 'prefix'], t('prefix'), false, (value) => value.toUpperCase())}
              {text(['serviceGroups', index, 'id'], t('groupId'))}
              <FieldFrame label={t('counters')} problem={problem(['serviceGroups', index, 'counters'])} testId={`serviceGroups.${index}.counters`} wide>
                <span className="cfg-counters">
                  {group.counters.map((counter, position) => (
                    <span key={position} className="cfg-counter">
                      <Stepper
                        label={t('counterN', { counter })}
                        value={counter}
                        step={1}
                        min={1}
                        max={99}
                        format={(value) => String(value)}
                        problem={problem(['serviceGroups', index, 'counters', position])}
                        testId={`serviceGroups.${index}.counters.${position}`}
                        onChange={(value) => set(['serviceGroups', index, 'counters', position], value)}
                      />
                      <button
                        type="button"
                        className="cfg-step"
                        aria-label={t('removeCounter', { counter })}
                        onClick={() => set(['serviceGroups', index, 'counters'], group.counters.filter((_, other) => other !== position))}
                      >
                        ×
                      </button>
                    </span>
                  ))}
                  <button type="button" className="staff-button" onClick={() => set(['serviceGroups', index, 'counters'], [...group.counters, Math.max(0, ...group.counters) + 1])}>
                    + {t('addCounter')}
                  </button>
                </span>
              </FieldFrame>
            </div>
          </div>
        ))}
        <div className="staff-actions">
          <button type="button" className="staff-button" data-testid="add-group" onClick={() => set(['serviceGroups'], [...config.serviceGroups, newServiceGroup(config)])}>
            + {t('addGroup')}
          </button>
        </div>
        <div className="staff-card">
          <FieldFrame label={t('counterPins')} problem={counterPinProblem()} testId="counters">
            <span>{inForce.secrets.counterPins.length === 0 ? t('noCounterPins') : inForce.secrets.counterPins.map((counter) => t('counterN', { counter })).join(', ')}</span>
          </FieldFrame>
        </div>
      </>
    ),
    devices: () => (
      <>
        <p className="staff-note">{t('restartNote')}</p>
        {Object.entries(DEVICE_KINDS).map(([device, kinds]) => {
          const settings = config.devices[device];
          if (settings === undefined) return null;
          return (
            <div key={device} className="staff-card cfg-grid" data-testid={`config-device-${device}`}>
              <Choice
                label={t(`device_${device}` as ConfigWord)}
                value={settings.kind}
                options={kinds.map((kind) => ({ value: kind, label: t(`kind_${kind}` as ConfigWord) }))}
                problem={problem(['devices', device, 'kind'])}
                testId={`devices.${device}.kind`}
                onChange={(kind) => set(['devices', device], deviceOfKind(kind))}
              />
              {deviceFields(device, settings.kind)}
            </div>
          );
        })}
      </>
    ),
    priority: () => (
      <>
        <div className="staff-card cfg-grid">
          <Stepper
            label={t('elderlyAge')}
            value={config.priority.elderlyAge}
            step={1}
            min={50}
            max={100}
            format={(value) => t('years', { value })}
            problem={problem(['priority', 'elderlyAge'])}
            testId="priority.elderlyAge"
            onChange={(value) => set(['priority', 'elderlyAge'], value)}
          />
        </div>
        {config.serviceGroups.map((group) => {
          const policy: CallingPolicyView = config.queue.callingPolicies[group.id] ?? { kind: 'strict' };
          const path = ['queue', 'callingPolicies', group.id];
          return (
            <div key={group.id} className="staff-card cfg-grid">
              <Choice
                label={`${t('callingPolicy')} · ${group.prefix} ${group.name[locale]}`}
                value={policy.kind}
                options={(['strict', 'interleaved'] as const).map((kind) => ({ value: kind, label: t(`policy_${kind}`) }))}
                problem={problem(path)}
                testId={`policy-${group.id}`}
                onChange={(kind) => set(path, kind === 'strict' ? { kind } : { kind, normalPerPriority: 3 })}
              />
              {policy.kind === 'interleaved' && (
                <Stepper
                  label={t('normalPerPriority')}
                  value={policy.normalPerPriority}
                  step={1}
                  min={1}
                  max={50}
                  format={(value) => String(value)}
                  problem={problem([...path, 'normalPerPriority'])}
                  testId={`policy-${group.id}-normal`}
                  onChange={(value) => set([...path, 'normalPerPriority'], value)}
                />
              )}
            </div>
          );
        })}
      </>
    ),
    branding: () => (
      <div className="staff-card cfg-grid">
        <PaletteChoice label={t('palette')} value={config.branding.palette} problem={problem(['branding', 'palette'])} t={t} onChange={(palette) => set(['branding', 'palette'], palette)} />
      </div>
    ),
  };

  function deviceFields(device: string, kind: string): ReactNode {
    const at = (field: string): Path => ['devices', device, field];
    switch (kind) {
      case 'escpos':
        return (
          <>
            {text(at('address'), t('address'))}
            <Choice label={t('model')} value={String(getIn(config, at('model')) ?? 'epson')} options={[{ value: 'epson', label: 'EPSON' }, { value: 'star', label: 'STAR' }]} problem={problem(at('model'))} testId={`devices.${device}.model`} onChange={(value) => set(at('model'), value)} />
            <Choice label={t('paperWidth')} value={Number(getIn(config, at('paperWidthMm')) ?? 80)} options={[58, 80].map((mm) => ({ value: mm, label: `${mm} mm` }))} problem={problem(at('paperWidthMm'))} testId={`devices.${device}.paperWidthMm`} onChange={(value) => set(at('paperWidthMm'), value)} />
            <Choice
              label={t('textMode')}
              value={String(getIn(config, at('text')) ?? 'raster')}
              options={(['raster', 'wpc1258', 'tcvn3'] as const).map((mode) => ({ value: mode, label: t(`text_${mode}`) }))}
              problem={problem(at('text'))}
              testId={`devices.${device}.text`}
              onChange={(value) => set(at('text'), value)}
            />
          </>
        );
      case 'serial':
      case 'serialScanner':
        return text(at('path'), t('portPath'));
      case 'imageFolder':
        return text(at('path'), t('folderPath'));
      default:
        return null;
    }
  }

  const body = tab === 'files' ? <ConfigFiles call={call} locale={locale} t={t} onImported={() => { setDraft(null); loaded.refresh(); }} /> : sections[tab]();
  const elsewhere = problems.filter((field) => !shownPaths.has(field.path));
  const tabHasProblem = (id: Tab) => problems.some((field) => sectionOf(field.path) === id);

  return (
    <section className="staff-panel staff-panel--wide cfg" data-testid="config-panel">
      <nav className="cfg-tabs" aria-label={t('sectionServicePoint')}>
        {TABS.map((each) => (
          <button
            key={each.id}
            type="button"
            className={`cfg-tab${each.id === tab ? ' cfg-tab--on' : ''}${tabHasProblem(each.id) ? ' cfg-tab--wrong' : ''}`}
            aria-current={each.id === tab ? 'page' : undefined}
            data-testid={`config-tab-${each.id}`}
            onClick={() => setTab(each.id)}
          >
            {t(each.label)}
          </button>
        ))}
      </nav>
      <div className="cfg-body">{body}</div>
      {tab !== 'files' && (
        <SaveBar
          t={t}
          dirty={dirty}
          saving={saving}
          outcome={outcome}
          elsewhere={elsewhere}
          onSave={save}
          onDiscard={() => {
            setDraft(null);
            setProblems([]);
            setOutcome(null);
          }}
          onRestart={restartNeeded && !dirty ? restart : null}
        />
      )}
    </section>
  );
}

interface SaveBarProps {
  t: ConfigTranslate;
  dirty: boolean;
  saving: boolean;
  outcome: string | null;
  elsewhere: FieldProblem[];
  onSave(): void;
  onDiscard(): void;
  /** Offered after a save that takes effect at the next start. */
  onRestart: (() => void) | null;
}

function SaveBar({ t, dirty, saving, outcome, elsewhere, onSave, onDiscard, onRestart }: SaveBarProps) {
  return (
    <div className="cfg-save">
      <div className="cfg-save__words">
        {outcome !== null && (
          <p className="staff-outcome" role="status" data-testid="config-outcome">
            {outcome}
          </p>
        )}
        {outcome === null && dirty && <p className="staff-note">{t('unsaved')}</p>}
        {elsewhere.length > 0 && (
          <ul className="cfg-save__elsewhere" data-testid="config-problems-elsewhere">
            <li>{t('otherProblems')}</li>
            {elsewhere.map((field) => (
              <li key={field.path}>
                <code>{field.path}</code>: {field.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      {onRestart !== null && (
        <button type="button" className="staff-button" data-testid="config-restart" onClick={onRestart}>
          {t('restartNow')}
        </button>
      )}
      <button type="button" className="staff-button" disabled={!dirty || saving} onClick={onDiscard}>
        {t('discard')}
      </button>
      <button type="button" className="staff-button staff-button--go" data-testid="config-save" disabled={!dirty || saving} onClick={onSave}>
        {saving ? t('saving') : t('save')}
      </button>
    </div>
  );
}
