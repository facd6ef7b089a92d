/**
 * Horizontal bar chart (chart.js, loaded on demand so it stays out of the first page load) with its axis
 * named with the unit, and a text alternative: the same values as a visually hidden table for screen readers.
 */
import { lazy, Suspense } from 'react';

export interface BarDatum {
  label: string;
  value: number;
}

const ChartCanvas = lazy(() => import('./bar-chart-canvas.tsx'));

/** Axis labels stay short enough not to be cut off; the table beside the chart carries the full names. */
export const chartLabel = (title: string) => (title.length > 32 ? `${title.slice(0, 30).trimEnd()}…` : title);

/** `axis` names what the bars measure, with the unit ("Share of employment (%)", "Mean task score, 0-1"). */
export function BarChart({
  title,
  axis,
  data,
  unit = '',
  max,
}: {
  title: string;
  axis: string;
  data: BarDatum[];
  unit?: string;
  max?: number;
}) {
  return (
    <figure className="bar-chart" data-testid="bar-chart">
      <figcaption>{title}</figcaption>
      <div aria-hidden="true" style={{ height: Math.max(140, data.length * 28 + 64) }}>
        <Suspense fallback={null}>
          <ChartCanvas data={data} unit={unit} max={max} axis={axis} />
        </Suspense>
      </div>
      {/* A table ignores a 1px width, so the hiding box is a div around it: it must not widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{axis}</th>
            </tr>
          </thead>
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
      </div>
    </figure>
  );
}
