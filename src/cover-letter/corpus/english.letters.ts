import type { CorpusLetter } from './corpus-letter';

/** Letters in English, and letters that mix English and Swedish. */
export const englishLetters: CorpusLetter[] = [
  {
    id: 'english-01',
    kind: 'English',
    source: 'written: consulted with SKR, voluntary',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Dear Head of Social Services,

The survey has been consulted with SKR (the Swedish Association of Local Authorities and Regions). Participation is voluntary.

Kind regards`,
  },
  {
    id: 'english-02',
    kind: 'English',
    source: 'paraphrase: English version of an official statistics letter',
    statesConsultation: true,
    voluntariness: 'mandatory',
    text: `In accordance with Ordinance (1982:668), we have consulted the Swedish Association of Local Authorities and Regions. Municipalities are obliged to respond under Section 7 of the Official Statistics Act (2001:99).`,
  },
  {
    id: 'english-03',
    kind: 'English',
    source: 'written: discussed, not consulted; optional',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `This questionnaire has been discussed with SALAR. Your participation is entirely optional.`,
  },
  {
    id: 'english-04',
    kind: 'English',
    source: 'written: SALAR consulted, not required',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `SALAR was consulted in March 2024. You are not required to take part.`,
  },
  {
    id: 'english-05',
    kind: 'English',
    source: 'written: not consulted because of time',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `The survey has not been consulted with SKR due to time constraints. Responding is voluntary.`,
  },
  {
    id: 'english-06',
    kind: 'English',
    source: 'written: obliged to respond under the social services ordinance',
    statesConsultation: false,
    voluntariness: 'mandatory',
    text: `You are obliged to respond under chapter 5, section 1 of the Social Services Ordinance (2001:937). Please submit your answers by 30 April.`,
  },
  {
    id: 'english-07',
    kind: 'mixed languages',
    source: 'written: Swedish consultation, English voluntariness',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Samråd har skett med SKR.

English: Participation is voluntary and you may withdraw at any time.`,
  },
  {
    id: 'english-08',
    kind: 'mixed languages',
    source: 'written: bilingual letter saying the same thing twice',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Enkäten skickas efter samråd med SKR. Det är frivilligt att delta.

The survey is sent after consultation with SKR. Participation is voluntary.`,
  },
  {
    id: 'english-09',
    kind: 'English',
    source: 'written: mandatory under the statistics ordinance',
    statesConsultation: false,
    voluntariness: 'mandatory',
    text: `Responses are mandatory for all municipalities according to the Official Statistics Ordinance (2001:100).`,
  },
  {
    id: 'english-10',
    kind: 'English',
    source: 'written: commission of inquiry not consulting',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `We have not consulted SKR, since the survey is sent by a government commission of inquiry. Participation is voluntary.`,
  },
  {
    id: 'english-11',
    kind: 'English',
    source: 'written: full English name, no obligation',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `The Swedish Association of Local Authorities and Regions (SKR) has been consulted about the questions, the sample and the timing. There is no obligation to respond.`,
  },
  {
    id: 'english-12',
    kind: 'English',
    source: 'written: SKR as a recipient',
    statesConsultation: false,
    voluntariness: 'unclear',
    text: `SKR is one of the recipients of this survey. Please respond by 1 June.`,
  },
  {
    id: 'english-13',
    kind: 'English',
    source: 'written: not voluntary under the statistics act',
    statesConsultation: true,
    voluntariness: 'mandatory',
    text: `The collection has been consulted with SALAR. Participation is not voluntary: under Section 7 of the Official Statistics Act (2001:99), municipalities must provide the information.`,
  },
  {
    id: 'english-14',
    kind: 'English',
    source: 'written: developed in consultation with several bodies',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `The survey was developed in consultation with SKR and the National Board of Health and Welfare. Participation is voluntary and anonymous.`,
  },
  {
    id: 'english-15',
    kind: 'English',
    source: 'written: planned consultation, up to you',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `We plan to consult SKR before the final version is sent. It is up to you whether you wish to participate.`,
  },
  {
    id: 'english-16',
    kind: 'mixed languages',
    source: 'written: English summary silent on consultation, Swedish text denies it',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Summary in English: This survey concerns housing for the elderly. Participation is voluntary.

Sammanfattning på svenska: Enkäten gäller bostäder för äldre. Samråd har inte skett med SKR. Deltagandet är frivilligt.`,
  },
  {
    id: 'english-17',
    kind: 'English',
    source: 'written: English fact box',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Consultation with SKR: Yes
Mandatory: No
Deadline: 15 May 2024`,
  },
  {
    id: 'english-18',
    kind: 'English',
    source: 'written: English questions and answers',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Has SKR been consulted? Yes.
Is it compulsory to respond? No.`,
  },
];
