import type { DashboardData } from '../data/dashboard-data';
import { escapeHtml } from '../../web/html';
import { page, type SignedIn } from './layout';
import { burdenByMonthSection } from './sections/burden-by-month';
import { consultationShareSection } from './sections/consultation-share';
import { exportsSection, type ExportLink } from './sections/exports';
import { keyFigures } from './sections/key-figures';
import { municipalitySection } from './sections/municipality-table';
import { openFlagsSection } from './sections/open-flags';
import { topAgenciesSection } from './sections/top-agencies';
import { yearFilter } from './sections/year-filter';

export interface DashboardPageInput {
  data: DashboardData;
  signedIn: SignedIn;
  exports: { links: readonly ExportLink[]; note: string };
}

export function dashboardPage(input: DashboardPageInput): string {
  const { data } = input;
  return page({
    title: `Översikt ${data.year}`,
    signedIn: input.signedIn,
    main:
      '<div class="rubrikrad">' +
      `<h1>Översikt ${escapeHtml(String(data.year))}</h1>` +
      yearFilter(data.year, data.years) +
      '</div>' +
      keyFigures(data.totals, data.tariffSekPerHour) +
      '<div class="rutnat">' +
      burdenByMonthSection(data.year, data.months) +
      topAgenciesSection(data.year, data.topAgencies) +
      consultationShareSection(data.year, data.consultation) +
      openFlagsSection(data.year, data.flags) +
      '</div>' +
      municipalitySection(data.year, data.municipalities, data.tariffSekPerHour) +
      exportsSection(input.exports.links, input.exports.note),
  });
}
