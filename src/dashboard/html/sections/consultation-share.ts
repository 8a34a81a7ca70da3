import { horizontalBarChart } from '../../charts/horizontal-bar-chart';
import type { AgencyConsultationShare } from '../../data/dashboard-data';
import { formatInteger, formatPercent } from '../format';
import { chartSection } from './chart-section';

export function consultationShareSection(
  year: number,
  agencies: readonly AgencyConsultationShare[],
): string {
  const share = (agency: AgencyConsultationShare) =>
    agency.sent > 0 ? agency.consultedBefore / agency.sent : 0;
  return chartSection({
    id: 'samrad-andel',
    heading: 'Andel samrådda före utskick',
    intro:
      `Statliga myndigheter som skickade enkäter ${year} (de tio som skickade flest): hur stor ` +
      'del av enkäterna som hade ett avslutat samråd med SKR senast samma dag som utskicket.',
    emptyText:
      agencies.length === 0 ? `Inga enkäter från statliga myndigheter ${year}.` : undefined,
    chart: horizontalBarChart({
      id: 'diagram-samrad',
      title: `Andel enkäter samrådda före utskick per myndighet ${year}`,
      description:
        'Liggande staplar från 0 till 100 procent, en per myndighet. Andelen och antalet ' +
        'står vid varje stapel.',
      max: 1,
      track: true,
      bars: agencies.map((agency) => ({
        label: agency.agencyName,
        value: share(agency),
        valueLabel: `${formatPercent(share(agency))} (${formatInteger(agency.consultedBefore)} av ${formatInteger(agency.sent)})`,
      })),
    }),
    table: {
      caption: `Samråd före utskick per myndighet ${year}`,
      columns: [
        { header: 'Myndighet' },
        { header: 'Skickade enkäter', numeric: true },
        { header: 'Samrådda före utskick', numeric: true },
        { header: 'Andel', numeric: true },
      ],
      rows: agencies.map((agency) => [
        agency.agencyName,
        formatInteger(agency.sent),
        formatInteger(agency.consultedBefore),
        formatPercent(share(agency)),
      ]),
    },
  });
}
