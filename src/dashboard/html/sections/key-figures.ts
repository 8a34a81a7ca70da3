import type { DashboardTotals } from '../../data/dashboard-data';
import { escapeHtml } from '../../../web/html';
import { formatHours, formatInteger, formatSek } from '../format';

interface Figure {
  term: string;
  value: string;
  unit?: string;
  note?: string;
}

export function keyFigures(totals: DashboardTotals, tariffSekPerHour: number): string {
  const figures: Figure[] = [
    { term: 'Enkäter under året', value: formatInteger(totals.surveys) },
    { term: 'Beräknad tid', value: formatHours(totals.estimatedHours), unit: 'timmar' },
    { term: 'Faktisk tid', value: formatHours(totals.realizedHours), unit: 'timmar' },
    {
      term: 'Kostnad',
      value: formatSek(totals.costSek),
      note: `faktisk tid × ${formatSek(tariffSekPerHour)} per timme`,
    },
    {
      term: 'Undviken tid',
      value: formatHours(totals.avoidedHours),
      unit: 'timmar',
      note: `${formatInteger(totals.withdrawnSurveys)} enkäter drogs tillbaka`,
    },
  ];
  const items = figures
    .map(
      (figure) =>
        `<div class="nyckeltal"><dt>${escapeHtml(figure.term)}</dt>` +
        `<dd><span class="tal-stort">${escapeHtml(figure.value)}</span>` +
        (figure.unit ? ` <span class="enhet">${escapeHtml(figure.unit)}</span>` : '') +
        (figure.note ? `<span class="not">${escapeHtml(figure.note)}</span>` : '') +
        '</dd></div>',
    )
    .join('');
  return `<dl class="nyckeltal-lista">${items}</dl>`;
}
