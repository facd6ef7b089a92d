import { BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { BarDatum } from './bar-chart.tsx';

Chart.register(BarElement, CategoryScale, LinearScale, Tooltip);

export default function BarChartCanvas({ data, unit, max, axis }: { data: BarDatum[]; unit: string; max?: number; axis: string }) {
  return (
    <Bar
      data={{
        labels: data.map((datum) => datum.label),
        datasets: [{ data: data.map((datum) => datum.value), backgroundColor: '#1f5fa8', borderRadius: 3 }],
      }}
      options={{
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: (item) => `${item.formattedValue}${unit}` } } },
        // Counts get whole-number ticks; shares and scores keep their decimals. The axis says what it measures.
        scales: {
          x: {
            beginAtZero: true,
            max,
            title: { display: true, text: axis },
            ticks: {
              ...(data.every((datum) => Number.isInteger(datum.value)) ? { precision: 0 } : {}),
              callback: (value) => `${value}${unit}`,
            },
          },
          y: { ticks: { autoSkip: false } },
        },
      }}
    />
  );
}
