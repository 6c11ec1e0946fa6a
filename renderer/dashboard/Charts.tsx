/** The score distribution and the daily trend, drawn with Chart.js. */
import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import type { Locale } from '../../bridge/contract.js';
import type { SatisfactionReport } from '../../bridge/dashboard-protocol.js';
import { OVERALL_LEVELS } from '../../bridge/satisfaction-poll.js';
import { ChartCanvas } from './chart-canvas.js';
import type { DashboardTranslate } from './dashboard-i18n.js';

/** Red for the dissatisfied, grey for neutral, greens for the satisfied. */
const SCORE_COLOURS = ['#b3122a', '#e0703a', '#9aa3b5', '#5fae6b', '#1f7a3a'];
const NAVY = '#163a6b';
const GOLD = '#e0a800';

export function DistributionChart({ report, locale, t }: { report: SatisfactionReport; locale: Locale; t: DashboardTranslate }) {
  const config = useMemo(
    (): ChartConfiguration<'bar'> => ({
      type: 'bar',
      data: {
        labels: OVERALL_LEVELS.map((level) => `${level.score} · ${level.words[locale]}`),
        datasets: [{ label: t('trendRatings'), data: report.distribution.map((entry) => entry.count), backgroundColor: SCORE_COLOURS, maxBarThickness: 64 }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        // Bars across: the levels' words are long ("Neither satisfied nor dissatisfied") and read best beside their bar.
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } },
      },
    }),
    [report, locale, t],
  );
  return <ChartCanvas config={config} label={t('distribution')} testId="distribution-chart" />;
}

export function TrendChart({ report, t }: { report: SatisfactionReport; t: DashboardTranslate }) {
  const config = useMemo(
    (): ChartConfiguration<'bar' | 'line'> => ({
      type: 'bar',
      data: {
        labels: report.daily.map((day) => `${day.day.slice(8, 10)}/${day.day.slice(5, 7)}`),
        datasets: [
          {
            type: 'line',
            label: t('trendIndex'),
            data: report.daily.map((day) => (day.index === null ? null : Math.round(day.index * 1000) / 10)),
            borderColor: NAVY,
            backgroundColor: NAVY,
            yAxisID: 'index',
            spanGaps: true,
            order: 0,
          },
          {
            type: 'bar',
            label: t('trendRatings'),
            data: report.daily.map((day) => day.ratings),
            backgroundColor: GOLD,
            maxBarThickness: 48,
            yAxisID: 'ratings',
            order: 1,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom' } },
        scales: {
          index: { type: 'linear', position: 'left', min: 0, max: 100, title: { display: true, text: '%' } },
          ratings: { type: 'linear', position: 'right', beginAtZero: true, ticks: { precision: 0 }, grid: { drawOnChartArea: false } },
        },
      },
    }),
    [report, t],
  );
  return <ChartCanvas config={config} label={t('trend')} testId="trend-chart" />;
}
