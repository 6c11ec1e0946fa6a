/**
 * A Chart.js chart on a canvas that React owns. Only the pieces the dashboard draws are registered
 * (bars, lines, two linear scales, category labels, tooltips, legend), so the bundle stays small;
 * Chart.js needs no eval and injects no styles, so it runs under the page's strict CSP.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);
Chart.defaults.font.family = "'Be Vietnam Pro', system-ui, sans-serif";
Chart.defaults.font.size = 13;
Chart.defaults.color = '#3f4b63';
// A pushed report redraws at once: a new rating shows without an animation to wait for.
Chart.defaults.animation = false;

export function ChartCanvas({ config, label, testId }: { config: ChartConfiguration<'bar' | 'line'>; label: string; testId: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current === null) return;
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [config]);
  return (
    <div className="chart">
      <canvas ref={canvas} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}
