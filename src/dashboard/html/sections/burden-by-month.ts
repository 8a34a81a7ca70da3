import { columnChart } from '../../charts/column-chart';
import type { MonthBurden } from '../../data/dashboard-data';
import { formatHours, MONTH_ABBREVIATIONS, MONTH_NAMES } from '../format';
import { chartSection } from './chart-section';

export function burdenByMonthSection(year: number, months: readonly MonthBurden[]): string {
  const empty = months.every((month) => month.estimatedHours === 0 && month.realizedHours === 0);
  return chartSection({
    id: 'borda-per-manad',
    heading: 'Uppgiftsbörda per månad',
    intro:
      'Timmar som kommuner och regioner lägger på att svara, månad för månad. Beräknad tid ' +
      'bygger på myndighetens uppskattning och alla mottagare; faktisk tid på de svar som kom in.',
    emptyText: empty ? `Inga enkäter med utskick ${year}.` : undefined,
    chart: columnChart({
      id: 'diagram-manad',
      title: `Uppgiftsbörda per månad ${year}`,
      description:
        'Stapeldiagram med två staplar per månad: beräknade timmar (randig stapel) och ' +
        'faktiska timmar (fylld stapel). Siffrorna finns i tabellen under diagrammet.',
      series: [
        { name: 'Beräknad tid', fill: 'hatched' },
        { name: 'Faktisk tid', fill: 'solid' },
      ],
      groups: months.map((month) => ({
        label: MONTH_ABBREVIATIONS[month.month - 1],
        values: [month.estimatedHours, month.realizedHours],
      })),
      formatValue: formatHoursRounded,
      axisLabel: 'timmar',
    }),
    table: {
      caption: `Timmar per månad ${year}`,
      columns: [
        { header: 'Månad' },
        { header: 'Beräknade timmar', numeric: true },
        { header: 'Faktiska timmar', numeric: true },
      ],
      rows: months.map((month) => [
        MONTH_NAMES[month.month - 1],
        formatHours(month.estimatedHours),
        formatHours(month.realizedHours),
      ]),
    },
  });
}

/** Whole hours above the bars from 100 up, where a decimal adds nothing but width. */
function formatHoursRounded(hours: number): string {
  return formatHours(hours >= 100 ? Math.round(hours) : hours);
}
