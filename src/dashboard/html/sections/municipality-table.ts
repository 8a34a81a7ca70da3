import type { MunicipalityBurden } from '../../data/dashboard-data';
import { dataTable } from '../data-table';
import { formatHours, formatInteger, formatSek } from '../format';

export function municipalitySection(
  year: number,
  municipalities: readonly MunicipalityBurden[],
  tariffSekPerHour: number,
): string {
  const table =
    municipalities.length === 0
      ? `<p class="tomt">Inga enkäter till kommuner ${year}.</p>`
      : '<div class="tabell-rulla" tabindex="0" role="region" aria-labelledby="kommuner-rubrik">' +
        dataTable({
          caption: `Enkäter och uppgiftsbörda per kommun ${year}, störst beräknad tid först`,
          cssClass: 'kommuntabell',
          columns: [
            { header: 'Kommun' },
            { header: 'Antal enkäter', numeric: true },
            { header: 'Beräknade timmar', numeric: true },
            { header: 'Faktiska timmar', numeric: true },
            { header: 'Kostnad', numeric: true },
          ],
          rows: municipalities.map((municipality) => [
            municipality.name,
            formatInteger(municipality.surveys),
            formatHours(municipality.estimatedHours),
            formatHours(municipality.realizedHours),
            formatSek(municipality.costSek),
          ]),
        }) +
        '</div>';
  return (
    '<section class="kort" aria-labelledby="kommuner-rubrik">' +
    '<h2 id="kommuner-rubrik">Per kommun</h2>' +
    '<p class="ingress">Enkäternas timmar delas lika mellan mottagarna, eftersom det inte ' +
    'registreras vilka kommuner som svarade eller intervjuades. Kostnaden är faktisk tid × ' +
    `${formatSek(tariffSekPerHour)} per timme.</p>` +
    table +
    '</section>'
  );
}
