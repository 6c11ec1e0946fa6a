/**
 * Statistics in staff mode: the queue dashboard (today's tickets, each group's line and expected
 * wait, each counter's doing) and the satisfaction dashboard (the same report the host's page
 * shows, for a range), both asked again whenever a rating lands or the queue moves.
 */
import { useMemo, useState } from 'react';
import type { DayRange } from '../../bridge/dashboard-protocol.js';
import type { QueueReport } from '../../bridge/staff-protocol.js';
import { dashboardTranslator } from '../dashboard/dashboard-i18n.js';
import '../dashboard/dashboard.css';
import { type RangeChoice, presetRange } from '../dashboard/day-range.js';
import { RangeBar } from '../dashboard/RangeBar.js';
import { ReportView } from '../dashboard/ReportView.js';
import { type StaffTranslate, staffTranslator } from './staff-i18n.js';
import type { StaffPanelProps } from './staff-panel.js';
import { useStaffQuery } from './use-staff-query.js';

export function StatisticsPanel({ call, locale, revision }: StaffPanelProps) {
  const t = staffTranslator(locale);
  const queue = useStaffQuery(call, { type: 'queueReport' }, revision);
  const today = queue.reply?.ok ? queue.reply.result.day.day : null;
  return (
    <section className="staff-panel staff-panel--wide" data-testid="statistics-panel">
      {queue.reply === null && <p className="staff-note">{t('loading')}</p>}
      {queue.reply?.ok === true && <QueueGlance report={queue.reply.result} locale={locale} t={t} />}
      {queue.reply?.ok === false && (
        <p className="staff-outcome" data-testid="statistics-elsewhere">
          {queue.reply.message[locale]}
        </p>
      )}
      {today !== null && <Satisfaction today={today} call={call} locale={locale} revision={revision} t={t} />}
    </section>
  );
}

function QueueGlance({ report, locale, t }: { report: QueueReport; locale: StaffPanelProps['locale']; t: StaffTranslate }) {
  const { today } = report;
  return (
    <div className="staff-card" data-testid="queue-glance">
      <h2>{t('queueTitle')}</h2>
      <div className="staff-figures">
        {(['issued', 'waiting', 'served', 'noShow'] as const).map((key) => (
          <div key={key} className="staff-figure" data-testid={`queue-${key}`}>
            <span className="staff-figure__value">{today[key]}</span>
            <span className="staff-figure__label">{t(key)}</span>
          </div>
        ))}
      </div>
      <div className="staff-columns">
        <table className="staff-table">
          <thead>
            <tr>
              <th>{t('group')}</th>
              <th>{t('waiting')}</th>
              <th>{t('estimate')}</th>
            </tr>
          </thead>
          <tbody>
            {report.groups.map((group) => (
              <tr key={group.id}>
                <td>
                  <b>{group.prefix}</b> {group.name[locale]}
                </td>
                <td>{group.waiting}</td>
                <td>{group.estimatedWaitMinutes === null ? t('noEstimate') : t('minutes', { value: group.estimatedWaitMinutes })}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="staff-table">
          <thead>
            <tr>
              <th>{t('counter')}</th>
              <th>{t('now')}</th>
              <th>{t('servedToday')}</th>
            </tr>
          </thead>
          <tbody>
            {report.counters.map((counter) => (
              <tr key={counter.counter}>
                <td>{t('counterN', { counter: counter.counter })}</td>
                <td>
                  {counter.paused !== null
                    ? t('paused', { reason: counter.paused })
                    : counter.current === null
                      ? t('idle')
                      : `${counter.current.number} (${t(counter.current.state)})`}
                </td>
                <td>{counter.servedToday}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

interface SatisfactionProps {
  today: string;
  call: StaffPanelProps['call'];
  locale: StaffPanelProps['locale'];
  revision: number;
  t: StaffTranslate;
}

function Satisfaction({ today, call, locale, revision, t }: SatisfactionProps) {
  const dashT = useMemo(() => dashboardTranslator(locale), [locale]);
  const [choice, setChoice] = useState<RangeChoice>('today');
  const [custom, setCustom] = useState<DayRange | null>(null);
  const range = choice === 'custom' && custom !== null ? custom : presetRange(choice === 'custom' ? 'today' : choice, today);
  const report = useStaffQuery(call, { type: 'satisfactionReport', range }, revision);
  return (
    <div className="staff-card dash" data-testid="satisfaction">
      <h2>{t('satisfactionTitle')}</h2>
      <div className="dash-toolbar">
        <RangeBar
          today={today}
          choice={choice}
          range={range}
          onChange={(nextChoice, nextRange) => {
            setChoice(nextChoice);
            setCustom(nextRange);
          }}
          t={dashT}
        />
      </div>
      {report.reply?.ok && <ReportView report={report.reply.result} locale={locale} t={dashT} />}
      {report.reply?.ok === false && <p className="dash-error">{report.reply.message[locale]}</p>}
    </div>
  );
}
