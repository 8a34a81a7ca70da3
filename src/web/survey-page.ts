import type { PublicSurvey } from '../lookup/public-survey';
import { html, type SafeHtml } from './html';
import { layout } from './layout';
import { agencyLine, flagList, summaryFacts } from './survey-summary';
import { swedishCalendarDate, swedishDate } from './swedish-dates';
import {
  collectionMethodWords,
  evidenceWords,
  exemptionWords,
  networkDecisionWords,
  outcomeWords,
  recipientScopeWords,
  recurrenceWords,
} from './swedish-words';

const VERDICT_EXPLANATIONS: Readonly<Record<string, string>> = {
  consulted: 'Myndigheten samrådde med SKR innan enkäten skickades.',
  consulted_advised_against:
    'Myndigheten samrådde med SKR innan enkäten skickades, men SKR avrådde från enkäten. Myndigheten får ändå skicka den.',
  not_consulted:
    'Enkäten skickades innan något samråd med SKR var avslutat. Statliga myndigheter ska samråda med SKR innan de skickar enkäter till kommuner och regioner.',
  not_required:
    'Avsändaren är inte en statlig myndighet och behöver därför inte samråda med SKR enligt förordningen (1982:668).',
  unknown: 'Det går inte att säga om samråd behövdes, eftersom enkäten aldrig skickades.',
};

function detail(term: string, value: SafeHtml | string | number | null): SafeHtml | null {
  if (value === null || value === '') return null;
  return html`<dt>${term}</dt>
    <dd>${value}</dd>`;
}

function minutes(count: number): string {
  return count === 1 ? '1 minut' : `${count} minuter`;
}

function aboutSection(survey: PublicSurvey): SafeHtml {
  const recipients = `${recipientScopeWords(survey.recipientScope)} (${survey.recipientCount} st.)`;
  const recurrence =
    survey.recurrence === 'once'
      ? recurrenceWords('once')
      : `${recurrenceWords(survey.recurrence)}, ${survey.occurrences} gånger`;
  return html`<section aria-labelledby="om-enkaten">
    <h2 id="om-enkaten">Om enkäten</h2>
    <dl class="details">
      ${detail('Syfte', survey.purpose)} ${detail('Riktar sig till', survey.targetRole)}
      ${detail('Mottagare', recipients)} ${detail('Antal frågor', survey.questionCount)}
      ${detail('Beräknad tid per svar', survey.estimatedMinutesPerResponse === null ? 'inte angiven' : minutes(survey.estimatedMinutesPerResponse))}
      ${detail('Insamlingssätt', collectionMethodWords(survey.collectionMethod))}
      ${detail('Hur ofta', recurrence)} ${detail('Genomförs av', survey.conductedBy)}
      ${detail('Lagstöd för skyldighet att svara', survey.legalBasis)}
    </dl>
    ${survey.status === 'withdrawn' ? html`<p>Myndigheten drog tillbaka enkäten innan den skickades.${survey.withdrawnReason ? html` Skäl: ${survey.withdrawnReason}` : null}</p>` : null}
  </section>`;
}

function consultationSection(survey: PublicSurvey): SafeHtml {
  const rows = survey.consultations.map(
    (consultation) =>
      html`<tr>
        <td>${consultation.organisation}</td>
        <td>${swedishDate(consultation.requestedAt)}</td>
        <td>${consultation.completedAt ? swedishDate(consultation.completedAt) : 'pågår'}</td>
        <td>${consultation.completedAt ? outcomeWords(consultation.outcome) : '–'}</td>
      </tr>`,
  );
  return html`<section aria-labelledby="samrad">
    <h2 id="samrad">Samråd med SKR</h2>
    <p>${VERDICT_EXPLANATIONS[survey.verdict] ?? VERDICT_EXPLANATIONS.unknown}</p>
    ${survey.exemptionGround ? html`<p>Myndigheten anger att den inte behövde samråda eftersom ${exemptionWords(survey.exemptionGround)}. SKR granskar skälet.</p>` : null}
    ${
      rows.length > 0
        ? html`<table>
            <caption>
              Registrerade samråd
            </caption>
            <thead>
              <tr>
                <th scope="col">Med</th>
                <th scope="col">Begärt</th>
                <th scope="col">Avslutat</th>
                <th scope="col">Besked</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`
        : html`<p>Inget samråd är registrerat.</p>`
    }
  </section>`;
}

function networkSection(survey: PublicSurvey): SafeHtml {
  return html`<section aria-labelledby="natverk">
    <h2 id="natverk">Socialchefsnätverkens granskning</h2>
    ${
      survey.networkReviews.length > 0
        ? html`<ul>
            ${survey.networkReviews.map(
              (review) =>
                html`<li>
                  ${review.network}, möte ${swedishCalendarDate(review.meetingDate)}:
                  ${networkDecisionWords(review.decision)}
                </li>`,
            )}
          </ul>`
        : html`<p>Inget nätverk har registrerat någon granskning.</p>`
    }
  </section>`;
}

function coverLetterSection(survey: PublicSurvey): SafeHtml {
  const letter = survey.coverLetter;
  if (!letter) {
    return html`<section aria-labelledby="missiv">
      <h2 id="missiv">Missivet</h2>
      <p>Missivet (följebrevet) är inte registrerat.</p>
    </section>`;
  }
  const voluntariness =
    letter.voluntariness === 'voluntary'
      ? 'att det är frivilligt att svara'
      : letter.voluntariness === 'mandatory'
        ? 'att kommunen är skyldig att svara'
        : 'inte tydligt om det är frivilligt att svara';
  return html`<section aria-labelledby="missiv">
    <h2 id="missiv">Missivet</h2>
    <p>
      Missivet
      ${letter.statesConsultation ? 'säger att SKR har samråtts' : 'säger inte att SKR har samråtts'},
      och det säger ${voluntariness}.
    </p>
    ${survey.coverLetterEvidence.map(
      (evidence) =>
        html`<p class="evidence-kind">${evidenceWords(evidence.kind)}:</p>
          <blockquote><p>${evidence.sentence}</p></blockquote>`,
    )}
  </section>`;
}

export function surveyPage(survey: PublicSurvey): SafeHtml {
  return layout({
    title: survey.title,
    body: html`<p><a href="/">Till sökningen</a></p>
      <h1>${survey.title}</h1>
      <p class="agency">Från ${agencyLine(survey.agency)}</p>
      <section aria-labelledby="sammanfattning">
        <h2 id="sammanfattning">Sammanfattning</h2>
        ${summaryFacts(survey)} ${flagList(survey.openFlags)}
      </section>
      ${aboutSection(survey)} ${consultationSection(survey)} ${networkSection(survey)}
      ${coverLetterSection(survey)}`,
  });
}
