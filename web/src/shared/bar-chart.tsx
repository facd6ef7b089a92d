/**
 * Horizontal bar chart (chart.js, loaded on demand so it stays out of the first page load) with a text
 * alternative: the same values as a visually hidden table for screen readers.
 */
import { lazy, Suspense } from 'react';

export interface BarDatum {
  label: string;
  value: number;
}

const ChartCanvas = lazy(() => import('./bar-chart-canvas.tsx'));

export function BarChart({ title, data, unit = '', max }: { title: string; data: BarDatum[]; unit?: string; max?: number }) {
  return (
    <figure className="bar-chart" data-testid="bar-chart">
      <figcaption>{title}</figcaption>
      <div aria-hidden="true" style={{ height: Math.max(120, data.length * 28 + 40) }}>
        <Suspense fallback={null}>
          <ChartCanvas data={data} unit={unit} max={max} />
        </Suspense>
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {data.map((datum) => (
            <tr key={datum.label}>
              <th scope="row">{datum.label}</th>
              <td>
                {datum.value}
                {unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
