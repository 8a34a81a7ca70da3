import type { LookupItem } from '../lookup/lookup.response';
import { html, type SafeHtml } from './html';
import { machineDate, swedishDate, swedishDateTime } from './swedish-dates';
import {
  flagSentence,
  networkDecisionWords,
  outcomeWords,
  statusWords,
  verdictWords,
  voluntaryWords,
} from './swedish-words';

export function surveyPath(reference: string): string {
  return `/enkater/${encodeURIComponent(reference)}`;
}

export function agencyLine(agency: LookupItem['agency']): string {
  return agency.shortName ? `${agency.name} (${agency.shortName})` : agency.name;
}

function fact(label: string, value: SafeHtml | string, className?: string): SafeHtml {
  return html`<li>
    <span class="label">${label}:</span> <span class="${className ?? 'answer'}">${value}</span>
  </li>`;
}

function time(instant: string, text: string): SafeHtml {
  return html`<time datetime="${machineDate(instant)}">${text}</time>`;
}

/** The facts a chief asks first, as "Label: value" lines (the same on the list and the page). */
export function summaryFacts(item: LookupItem): SafeHtml {
  const consulted = verdictWords(item.verdict);
  const voluntary = voluntaryWords(item.voluntary, item.coverLetter?.voluntariness ?? null);
  return html`<ul class="facts">
    ${fact('Referens', item.reference)}
    ${item.status !== 'sent' ? fact('Status', statusWords(item.status)) : null}
    ${fact('Skickad', item.sentAt ? time(item.sentAt, swedishDate(item.sentAt)) : 'inte skickad')}
    ${fact('Sista svarsdag', item.responseDeadline ? time(item.responseDeadline, swedishDateTime(item.responseDeadline)) : 'inte angiven')}
    ${fact('Samråd med SKR', consulted, consulted === 'nej' ? 'answer-nej' : consulted === 'ja' ? 'answer-ja' : 'answer')}
    ${fact('SKR:s besked', outcomeWords(item.consultation.outcome))}
    ${fact('Nätverkets beslut', networkDecisionWords(item.networkDecision))}
    ${fact('Frivillig att besvara', voluntary)}
  </ul>`;
}

/** Open flags as sentences, or a line that says there are none. */
export function flagList(codes: readonly string[]): SafeHtml {
  if (codes.length === 0) return html`<p><span class="label">Flaggor:</span> inga</p>`;
  return html`<p class="label">Flaggor:</p>
    <ul class="flags">
      ${codes.map((code) => html`<li>${flagSentence(code)}</li>`)}
    </ul>`;
}
