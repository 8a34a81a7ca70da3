import { FLAG_SEVERITY } from '../../../flags/flag-codes';
import { FLAG_SENTENCES } from '../../../web/swedish-words';
import { horizontalBarChart } from '../../charts/horizontal-bar-chart';
import type { FlagCount } from '../../data/dashboard-data';
import { FLAG_LABELS_SV, SEVERITY_LABELS_SV } from '../../flag-labels';
import { formatInteger } from '../format';
import { chartSection } from './chart-section';

export function openFlagsSection(year: number, flags: readonly FlagCount[]): string {
  return chartSection({
    id: 'oppna-flaggor',
    heading: 'Öppna flaggor',
    intro:
      `Flaggor som är öppna nu på enkäter från ${year} (skickade det året, eller planerade ` +
      'till det året och ännu inte skickade), per slag.',
    chart: horizontalBarChart({
      id: 'diagram-flaggor',
      title: `Öppna flaggor per slag, enkäter från ${year}`,
      description:
        'Liggande staplar, en för vart och ett av de tretton slagen av flaggor. Antalet står ' +
        'vid varje stapel.',
      bars: flags.map((flag) => ({
        label: FLAG_LABELS_SV[flag.code],
        value: flag.open,
        valueLabel: formatInteger(flag.open),
      })),
    }),
    table: {
      caption: `Öppna flaggor per slag, enkäter från ${year}`,
      columns: [
        { header: 'Flagga' },
        { header: 'Vad den betyder' },
        { header: 'Allvar' },
        { header: 'Öppna', numeric: true },
      ],
      rows: flags.map((flag) => [
        FLAG_LABELS_SV[flag.code],
        FLAG_SENTENCES[flag.code],
        SEVERITY_LABELS_SV[FLAG_SEVERITY[flag.code]],
        formatInteger(flag.open),
      ]),
    },
  });
}
