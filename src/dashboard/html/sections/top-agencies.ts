import { horizontalBarChart } from '../../charts/horizontal-bar-chart';
import type { AgencyBurden } from '../../data/dashboard-data';
import { formatHours, formatInteger } from '../format';
import { chartSection } from './chart-section';

export function topAgenciesSection(year: number, agencies: readonly AgencyBurden[]): string {
  return chartSection({
    id: 'myndigheter-borda',
    heading: 'Myndigheterna med störst uppgiftsbörda',
    intro: `De tio avsändare vars enkäter ${year} tog mest beräknad tid hos kommuner och regioner.`,
    emptyText: agencies.length === 0 ? `Inga enkäter med utskick ${year}.` : undefined,
    chart: horizontalBarChart({
      id: 'diagram-myndigheter',
      title: `Beräknad uppgiftsbörda per avsändare ${year}, de tio största`,
      description:
        'Liggande staplar, en per avsändare, längst stapel överst. Timmarna står vid varje stapel.',
      bars: agencies.map((agency) => ({
        label: agency.agencyName,
        value: agency.estimatedHours,
        valueLabel: `${formatHours(agency.estimatedHours)} h`,
      })),
    }),
    table: {
      caption: `Uppgiftsbörda per avsändare ${year}`,
      columns: [
        { header: 'Avsändare' },
        { header: 'Enkäter', numeric: true },
        { header: 'Beräknade timmar', numeric: true },
        { header: 'Faktiska timmar', numeric: true },
      ],
      rows: agencies.map((agency) => [
        agency.agencyName,
        formatInteger(agency.surveys),
        formatHours(agency.estimatedHours),
        formatHours(agency.realizedHours),
      ]),
    },
  });
}
