import type { CorpusLetter } from './corpus-letter';

/** Letters with a "frequently asked questions" part: a question followed by its answer. */
export const questionAnswerLetters: CorpusLetter[] = [
  {
    id: 'qa-01',
    kind: 'question and answer',
    source: 'written: short yes answers after the questions',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Vanliga frågor

Har samråd skett med SKR? Ja.
Är det frivilligt att delta? Ja.
Hur lång tid tar enkäten? Cirka 20 minuter.`,
  },
  {
    id: 'qa-02',
    kind: 'question and answer',
    source: 'paraphrase: FAQ page of a national survey',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Har enkäten samråtts med Sveriges Kommuner och Regioner?
Nej, på grund av den korta tiden har samråd inte kunnat ske.

Måste vi svara?
Nej, det är frivilligt.`,
  },
  {
    id: 'qa-03',
    kind: 'question and answer',
    source: 'paraphrase: SCB questions and answers for respondents',
    statesConsultation: true,
    voluntariness: 'mandatory',
    text: `Är kommunen skyldig att svara?
Ja. Enligt 7 § lagen (2001:99) om den officiella statistiken är kommuner skyldiga att lämna uppgifter.

Har SKR varit med?
Ja, vi har samrått med SKR.`,
  },
  {
    id: 'qa-04',
    kind: 'question and answer',
    source: 'written: F/S layout',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Frågor och svar
F: Har SKR samråtts om enkäten?
S: Ja.
F: Är enkäten frivillig?
S: Ja, helt frivillig.`,
  },
  {
    id: 'qa-05',
    kind: 'question and answer',
    source: 'written: a question that presupposes no consultation',
    statesConsultation: false,
    voluntariness: 'unclear',
    text: `Varför har SKR inte samråtts?
Enkäten är en del av ett regeringsuppdrag med mycket kort tidsram. Vi har informerat SKR i efterhand.

När ska vi svara?
Senast den 4 juni.`,
  },
  {
    id: 'qa-06',
    kind: 'question and answer',
    source: 'written: answers on the same line as the questions',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Är det obligatoriskt att besvara enkäten? Nej.
Har samråd skett? Ja, med SKR.`,
  },
  {
    id: 'qa-07',
    kind: 'question and answer',
    source: 'written: no to consultation, no to voluntariness with a statute',
    statesConsultation: false,
    voluntariness: 'mandatory',
    text: `Har samråd skett med SKR? Nej.
Är enkäten frivillig? Nej, uppgiftsskyldighet gäller enligt 5 kap. 1 § socialtjänstförordningen.`,
  },
  {
    id: 'qa-08',
    kind: 'question and answer',
    source: 'written: what happens if we do not answer',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Vad händer om vi inte svarar?
Ingenting – enkäten är frivillig.

Vem kan vi kontakta?
Utredaren Olle Sten, 010-223 10 00.`,
  },
  {
    id: 'qa-09',
    kind: 'question and answer',
    source: 'written: approval is not consultation',
    statesConsultation: true,
    voluntariness: 'unclear',
    text: `Har SKR godkänt enkäten?
SKR har inte godkänt enkäten, men samråd har skett enligt förordningen (1982:668).`,
  },
  {
    id: 'qa-10',
    kind: 'question and answer',
    source: 'written: elliptic answers',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Vem har tagit fram frågorna? Socialstyrelsen i samråd med SKR.
Kan vi avstå? Ja, deltagandet är frivilligt.`,
  },
  {
    id: 'qa-11',
    kind: 'question and answer',
    source: 'written: answers without a full stop',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Har samråd med SKR skett? Ja
Är det frivilligt? Ja`,
  },
  {
    id: 'qa-12',
    kind: 'question and answer',
    source: 'paraphrase: Skolverket questions about the statistics collection',
    statesConsultation: false,
    voluntariness: 'mandatory',
    text: `Måste kommunen lämna uppgifterna? Ja, kommunen är skyldig att lämna uppgifterna enligt 14 § förordningen (2001:100) om den officiella statistiken.

Var hittar jag anvisningarna? På skolverket.se/insamling.`,
  },
  {
    id: 'qa-13',
    kind: 'question and answer',
    source: 'written: answers introduced by dashes',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Har ni samrått med SKR?
– Ja, samråd genomfördes i februari.
Är det frivilligt?
– Ja.`,
  },
];
