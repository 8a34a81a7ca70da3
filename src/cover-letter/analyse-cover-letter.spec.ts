import fc from 'fast-check';
import { analyseCoverLetter } from './analyse-cover-letter';
import {
  CoverLetterAnalysis,
  CoverLetterEvidence,
  CoverLetterFindingKind,
  Voluntariness,
} from './cover-letter.types';

interface LetterCase {
  name: string;
  letter: string;
  statesConsultation: boolean;
  voluntariness: Voluntariness;
  legalBasis: string | null;
  evidence: Array<[CoverLetterFindingKind, string]>;
}

const asEvidence = (pairs: Array<[CoverLetterFindingKind, string]>): CoverLetterEvidence[] =>
  pairs.map(([kind, sentence]) => ({ kind, sentence }));

const SOF = '5 kap. 1 § socialtjänstförordningen (2001:937)';
const STATISTICS_ACT = '6 kap. 1 § lagen (2001:99) om den officiella statistiken';

const letters: LetterCase[] = [
  {
    name: 'consultation "har skett med" the full name, voluntary answering',
    letter: [
      'Till socialnämnden',
      '',
      'Enkät om hemtjänstens bemanning 2024',
      '',
      'Socialstyrelsen har i uppdrag av regeringen att följa upp bemanningen inom hemtjänsten. Samråd har skett med Sveriges Kommuner och Regioner (SKR). Det är frivilligt att besvara enkäten, men era svar är viktiga för uppföljningen.',
      '',
      'Sista svarsdag är den 15 mars 2024.',
      '',
      'Med vänlig hälsning',
      'Socialstyrelsen',
    ].join('\n'),
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      ['consultation_stated', 'Samråd har skett med Sveriges Kommuner och Regioner (SKR).'],
      [
        'voluntary_stated',
        'Det är frivilligt att besvara enkäten, men era svar är viktiga för uppföljningen.',
      ],
    ],
  },
  {
    name: '"i samråd med SKR" and "deltagandet är frivilligt"',
    letter:
      'Hej!\nBoverket genomför en enkät om kommunernas arbete med bostadsförsörjning. Enkäten har tagits fram i samråd med SKR. Deltagandet är frivilligt. Svaren redovisas på kommunnivå.',
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      ['consultation_stated', 'Enkäten har tagits fram i samråd med SKR.'],
      ['voluntary_stated', 'Deltagandet är frivilligt.'],
    ],
  },
  {
    name: '"efter samråd med" inside commas, "du väljer själv om du vill delta"',
    letter:
      'Folkhälsomyndigheten skickar, efter samråd med Sveriges Kommuner och Regioner, denna enkät till samtliga kommuner. Du väljer själv om du vill delta. Tack på förhand!',
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      [
        'consultation_stated',
        'Folkhälsomyndigheten skickar, efter samråd med Sveriges Kommuner och Regioner, denna enkät till samtliga kommuner.',
      ],
      ['voluntary_stated', 'Du väljer själv om du vill delta.'],
    ],
  },
  {
    name: '"har samrått med SKR" and nothing said about voluntariness',
    letter:
      'Till kommunstyrelsen\nMyndigheten för samhällsskydd och beredskap (MSB) har samrått med SKR om denna förfrågan. Frågorna rör kommunernas krisberedskap och ska besvaras senast den 30 april.',
    statesConsultation: true,
    voluntariness: 'unclear',
    legalBasis: null,
    evidence: [
      [
        'consultation_stated',
        'Myndigheten för samhällsskydd och beredskap (MSB) har samrått med SKR om denna förfrågan.',
      ],
    ],
  },
  {
    name: 'statistics letter: consultation under the ordinance and a duty to answer',
    letter:
      'Statistiska centralbyrån (SCB) samlar in uppgifter om kommunernas räkenskaper. Samråd har genomförts med Sveriges Kommuner och Regioner enligt förordningen (1982:668). Uppgiftsskyldighet föreligger enligt 6 kap. 1 § lagen (2001:99) om den officiella statistiken och 14 § förordningen (2001:100) om den officiella statistiken.',
    statesConsultation: true,
    voluntariness: 'mandatory',
    legalBasis: STATISTICS_ACT,
    evidence: [
      [
        'consultation_stated',
        'Samråd har genomförts med Sveriges Kommuner och Regioner enligt förordningen (1982:668).',
      ],
      [
        'mandatory_stated',
        'Uppgiftsskyldighet föreligger enligt 6 kap. 1 § lagen (2001:99) om den officiella statistiken och 14 § förordningen (2001:100) om den officiella statistiken.',
      ],
      [
        'legal_basis',
        'Uppgiftsskyldighet föreligger enligt 6 kap. 1 § lagen (2001:99) om den officiella statistiken och 14 § förordningen (2001:100) om den officiella statistiken.',
      ],
    ],
  },
  {
    name: '"har varit föremål för samråd" and a denied obligation',
    letter:
      'Enkäten har varit föremål för samråd med SKR. Ni är inte skyldiga att svara, men vi är tacksamma för varje svar.',
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      ['consultation_stated', 'Enkäten har varit föremål för samråd med SKR.'],
      ['voluntary_stated', 'Ni är inte skyldiga att svara, men vi är tacksamma för varje svar.'],
    ],
  },
  {
    name: 'fact box as a bullet list: SKR as subject, "Obligatoriskt: nej"',
    letter: [
      'Kort om undersökningen',
      '• Avsändare: Myndigheten för delaktighet',
      '• Sveriges Kommuner och Regioner (SKR) har samråtts',
      '• Obligatoriskt: nej',
      '• Svarstid: cirka 20 minuter',
    ].join('\n'),
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      ['consultation_stated', 'Sveriges Kommuner och Regioner (SKR) har samråtts'],
      ['voluntary_stated', 'Obligatoriskt: nej'],
    ],
  },
  {
    name: 'consultation under förordningen (1982:668) without naming SKR',
    letter:
      'Samråd enligt förordningen (1982:668) om statliga myndigheters uppgiftsinhämtning från kommuner och regioner har skett. Enkäten besvaras frivilligt.',
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      [
        'consultation_stated',
        'Samråd enligt förordningen (1982:668) om statliga myndigheters uppgiftsinhämtning från kommuner och regioner har skett.',
      ],
      ['voluntary_stated', 'Enkäten besvaras frivilligt.'],
    ],
  },
  {
    name: 'negation: "har inte samråtts med SKR"',
    letter:
      'Enkäten har inte samråtts med SKR på grund av den korta tidsramen. Det är frivilligt att delta.',
    statesConsultation: false,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      ['consultation_denied', 'Enkäten har inte samråtts med SKR på grund av den korta tidsramen.'],
      ['voluntary_stated', 'Det är frivilligt att delta.'],
    ],
  },
  {
    name: 'negation: "samråd har inte skett med", answers "på frivillig basis"',
    letter:
      'Samråd har inte skett med Sveriges Kommuner och Regioner eftersom undersökningen endast omfattar tio kommuner. Svaren lämnas på frivillig basis.',
    statesConsultation: false,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      [
        'consultation_denied',
        'Samråd har inte skett med Sveriges Kommuner och Regioner eftersom undersökningen endast omfattar tio kommuner.',
      ],
      ['voluntary_stated', 'Svaren lämnas på frivillig basis.'],
    ],
  },
  {
    name: 'negation: "utan samråd med SKR"',
    letter:
      'Denna kompletterande fråga skickas utan samråd med SKR, eftersom den är brådskande. Vi hoppas att ni har möjlighet att svara.',
    statesConsultation: false,
    voluntariness: 'unclear',
    legalBasis: null,
    evidence: [
      [
        'consultation_denied',
        'Denna kompletterande fråga skickas utan samråd med SKR, eftersom den är brådskande.',
      ],
    ],
  },
  {
    name: '"ej samråtts" and "ej frivilligt" without any legal basis',
    letter: 'Undersökningen har ej samråtts med SKR. Deltagandet är ej frivilligt.',
    statesConsultation: false,
    voluntariness: 'unclear',
    legalBasis: null,
    evidence: [
      ['consultation_denied', 'Undersökningen har ej samråtts med SKR.'],
      ['voluntary_denied', 'Deltagandet är ej frivilligt.'],
    ],
  },
  {
    name: 'SKR only in other roles: statistics, recommendations, reference group, contact',
    letter:
      'SKR:s statistik visar att antalet placeringar har ökat. Enligt SKR:s rekommendationer bör varje kommun utse en kontaktperson. SKR deltar i referensgruppen för projektet. Kontakta SKR för frågor om kommunernas statistik.',
    statesConsultation: false,
    voluntariness: 'unclear',
    legalBasis: null,
    evidence: [],
  },
  {
    name: 'consultation with other organisations only',
    letter:
      'Enkäten har tagits fram i samråd med Socialstyrelsen. Samråd har även skett med Regelrådet och NNR (Näringslivets regelnämnd). SKR:s statistik har använts som underlag.',
    statesConsultation: false,
    voluntariness: 'unclear',
    legalBasis: null,
    evidence: [],
  },
  {
    name: 'old name Sveriges Kommuner och Landsting (SKL)',
    letter:
      'Skolverket har samrått med Sveriges Kommuner och Landsting (SKL) om enkätens utformning. Enkäten är frivillig.',
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      [
        'consultation_stated',
        'Skolverket har samrått med Sveriges Kommuner och Landsting (SKL) om enkätens utformning.',
      ],
      ['voluntary_stated', 'Enkäten är frivillig.'],
    ],
  },
  {
    name: 'old abbreviation SKL alone, duty under a named ordinance',
    letter:
      'Enkäten har samråtts med SKL. Kommunen är skyldig att lämna uppgifterna enligt 15 a § förordningen (1993:1090) om stöd och service till vissa funktionshindrade.',
    statesConsultation: true,
    voluntariness: 'mandatory',
    legalBasis: '15 a § förordningen (1993:1090) om stöd och service till vissa funktionshindrade',
    evidence: [
      ['consultation_stated', 'Enkäten har samråtts med SKL.'],
      [
        'mandatory_stated',
        'Kommunen är skyldig att lämna uppgifterna enligt 15 a § förordningen (1993:1090) om stöd och service till vissa funktionshindrade.',
      ],
      [
        'legal_basis',
        'Kommunen är skyldig att lämna uppgifterna enligt 15 a § förordningen (1993:1090) om stöd och service till vissa funktionshindrade.',
      ],
    ],
  },
  {
    name: 'mixed: consultation claimed for one part and denied for another',
    letter:
      'Samråd har skett med SKR om huvudenkäten. Samråd med SKR har däremot inte skett för tilläggsfrågorna i bilaga 2.',
    statesConsultation: false,
    voluntariness: 'unclear',
    legalBasis: null,
    evidence: [
      ['consultation_stated', 'Samråd har skett med SKR om huvudenkäten.'],
      [
        'consultation_denied',
        'Samråd med SKR har däremot inte skett för tilläggsfrågorna i bilaga 2.',
      ],
    ],
  },
  {
    name: 'mixed: voluntary and obligated at once is unclear, statute still reported',
    letter:
      'Det är frivilligt att besvara enkäten. Enligt 5 kap. 1 § socialtjänstförordningen (2001:937) är kommunen skyldig att lämna uppgifterna.',
    statesConsultation: false,
    voluntariness: 'unclear',
    legalBasis: SOF,
    evidence: [
      ['voluntary_stated', 'Det är frivilligt att besvara enkäten.'],
      [
        'mandatory_stated',
        'Enligt 5 kap. 1 § socialtjänstförordningen (2001:937) är kommunen skyldig att lämna uppgifterna.',
      ],
      [
        'legal_basis',
        'Enligt 5 kap. 1 § socialtjänstförordningen (2001:937) är kommunen skyldig att lämna uppgifterna.',
      ],
    ],
  },
  {
    name: '"inte frivilligt" with neither statute nor obligation wording',
    letter: 'Observera att det inte är frivilligt att besvara enkäten. Svara senast den 1 juni.',
    statesConsultation: false,
    voluntariness: 'unclear',
    legalBasis: null,
    evidence: [['voluntary_denied', 'Observera att det inte är frivilligt att besvara enkäten.']],
  },
  {
    name: '"inte frivilligt" with the statute in the same sentence',
    letter:
      'Det är inte frivilligt att lämna uppgifterna, se 6 kap. 1 § lagen (2001:99) om den officiella statistiken.',
    statesConsultation: false,
    voluntariness: 'mandatory',
    legalBasis: STATISTICS_ACT,
    evidence: [
      [
        'voluntary_denied',
        'Det är inte frivilligt att lämna uppgifterna, se 6 kap. 1 § lagen (2001:99) om den officiella statistiken.',
      ],
      [
        'legal_basis',
        'Det är inte frivilligt att lämna uppgifterna, se 6 kap. 1 § lagen (2001:99) om den officiella statistiken.',
      ],
    ],
  },
  {
    name: '"ej frivilligt" followed by the obligation and its statute',
    letter:
      'Deltagandet är ej frivilligt. Regionen är enligt 7 kap. 2 § hälso- och sjukvårdsförordningen (2017:80) skyldig att lämna uppgifterna till Inspektionen för vård och omsorg.',
    statesConsultation: false,
    voluntariness: 'mandatory',
    legalBasis: '7 kap. 2 § hälso- och sjukvårdsförordningen (2017:80)',
    evidence: [
      ['voluntary_denied', 'Deltagandet är ej frivilligt.'],
      [
        'mandatory_stated',
        'Regionen är enligt 7 kap. 2 § hälso- och sjukvårdsförordningen (2017:80) skyldig att lämna uppgifterna till Inspektionen för vård och omsorg.',
      ],
      [
        'legal_basis',
        'Regionen är enligt 7 kap. 2 § hälso- och sjukvårdsförordningen (2017:80) skyldig att lämna uppgifterna till Inspektionen för vård och omsorg.',
      ],
    ],
  },
  {
    name: '"enligt 5 kap. 1 § … är ni skyldiga" and a consultation after it',
    letter:
      'Enligt 5 kap. 1 § socialtjänstförordningen (2001:937) är ni skyldiga att lämna uppgifter till Socialstyrelsen. Enkäten har samråtts med SKR.',
    statesConsultation: true,
    voluntariness: 'mandatory',
    legalBasis: SOF,
    evidence: [
      [
        'mandatory_stated',
        'Enligt 5 kap. 1 § socialtjänstförordningen (2001:937) är ni skyldiga att lämna uppgifter till Socialstyrelsen.',
      ],
      [
        'legal_basis',
        'Enligt 5 kap. 1 § socialtjänstförordningen (2001:937) är ni skyldiga att lämna uppgifter till Socialstyrelsen.',
      ],
      ['consultation_stated', 'Enkäten har samråtts med SKR.'],
    ],
  },
  {
    name: 'statute cited only by its SFS number: "förordning (2001:100)"',
    letter:
      'Kommunerna är skyldiga att lämna uppgifter enligt förordning (2001:100). Samråd med SKR har skett.',
    statesConsultation: true,
    voluntariness: 'mandatory',
    legalBasis: 'förordning (2001:100)',
    evidence: [
      [
        'mandatory_stated',
        'Kommunerna är skyldiga att lämna uppgifter enligt förordning (2001:100).',
      ],
      ['legal_basis', 'Kommunerna är skyldiga att lämna uppgifter enligt förordning (2001:100).'],
      ['consultation_stated', 'Samråd med SKR har skett.'],
    ],
  },
  {
    name: 'statute in the sentence before the obligation ("med stöd av … SoF")',
    letter:
      'Uppgifterna samlas in med stöd av 5 kap. 1 § SoF. Kommunen är därför skyldig att lämna uppgifterna senast den 31 mars.',
    statesConsultation: false,
    voluntariness: 'mandatory',
    legalBasis: '5 kap. 1 § SoF',
    evidence: [
      ['legal_basis', 'Uppgifterna samlas in med stöd av 5 kap. 1 § SoF.'],
      ['mandatory_stated', 'Kommunen är därför skyldig att lämna uppgifterna senast den 31 mars.'],
    ],
  },
  {
    name: 'a secrecy statute next to the obligation is no legal basis for it',
    letter:
      'Ni är skyldiga att lämna uppgifter om verksamheten. Uppgifterna skyddas av sekretess enligt 24 kap. 8 § offentlighets- och sekretesslagen (2009:400).',
    statesConsultation: false,
    voluntariness: 'mandatory',
    legalBasis: null,
    evidence: [['mandatory_stated', 'Ni är skyldiga att lämna uppgifter om verksamheten.']],
  },
  {
    name: 'English text: voluntariness is read; "discussed with SALAR" is no consultation',
    letter: [
      'Dear colleague,',
      'Please find attached the survey on digital services. Participation is voluntary and the survey has been discussed with SALAR. SKR statistics show that most municipalities respond within two weeks.',
      'Kind regards',
    ].join('\n'),
    statesConsultation: false,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      [
        'voluntary_stated',
        'Participation is voluntary and the survey has been discussed with SALAR.',
      ],
    ],
  },
  {
    name: 'English summary followed by the Swedish text',
    letter:
      'English summary: This survey is sent to all 290 municipalities. Participation is voluntary.\n\nSvensk text: Samråd har skett med SKR. Det är helt frivilligt att delta.',
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      ['voluntary_stated', 'Participation is voluntary.'],
      ['consultation_stated', 'Svensk text: Samråd har skett med SKR.'],
      ['voluntary_stated', 'Det är helt frivilligt att delta.'],
    ],
  },
  {
    name: 'all capitals',
    letter:
      'ENKÄT OM VATTENFÖRSÖRJNING\nSAMRÅD HAR SKETT MED SVERIGES KOMMUNER OCH REGIONER (SKR). DELTAGANDET ÄR FRIVILLIGT.',
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      ['consultation_stated', 'SAMRÅD HAR SKETT MED SVERIGES KOMMUNER OCH REGIONER (SKR).'],
      ['voluntary_stated', 'DELTAGANDET ÄR FRIVILLIGT.'],
    ],
  },
  {
    name: 'hard-wrapped lines and a dash list',
    letter: [
      'Hej,',
      '',
      'Länsstyrelsen genomför en kartläggning av kommunernas arbete med',
      'vattenskydd. Enkäten har samråtts med Sveriges Kommuner och',
      'Regioner (SKR) enligt förordningen (1982:668).',
      '',
      'Bra att veta:',
      '- Det är frivilligt att delta',
      '- Enkäten tar cirka 15 minuter',
      '- Frågor besvaras av t.ex. miljöchefen',
    ].join('\n'),
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      [
        'consultation_stated',
        'Enkäten har samråtts med Sveriges Kommuner och\nRegioner (SKR) enligt förordningen (1982:668).',
      ],
      ['voluntary_stated', 'Det är frivilligt att delta'],
    ],
  },
  {
    name: 'numbered sections with headings',
    letter: [
      '1. Bakgrund',
      'Inspektionen för vård och omsorg (IVO) vill veta hur kommunerna följer upp placeringar.',
      '2. Samråd',
      'IVO har samrått med SKR i enlighet med förordningen (1982:668).',
      '3. Om enkäten',
      'Ni är skyldiga att besvara enkäten enligt 13 kap. 3 § socialtjänstlagen (2001:453).',
    ].join('\n'),
    statesConsultation: true,
    voluntariness: 'mandatory',
    legalBasis: '13 kap. 3 § socialtjänstlagen (2001:453)',
    evidence: [
      ['consultation_stated', 'IVO har samrått med SKR i enlighet med förordningen (1982:668).'],
      [
        'mandatory_stated',
        'Ni är skyldiga att besvara enkäten enligt 13 kap. 3 § socialtjänstlagen (2001:453).',
      ],
      [
        'legal_basis',
        'Ni är skyldiga att besvara enkäten enligt 13 kap. 3 § socialtjänstlagen (2001:453).',
      ],
    ],
  },
  {
    name: 'questions in an FAQ state nothing; their answers do',
    letter: [
      'Vanliga frågor',
      'Är enkäten obligatorisk? Nej, det är frivilligt att delta.',
      'Har samråd skett med SKR? Ja, samråd har skett med SKR den 12 januari 2024.',
    ].join('\n'),
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      ['voluntary_stated', 'Nej, det är frivilligt att delta.'],
      ['consultation_stated', 'Ja, samråd har skett med SKR den 12 januari 2024.'],
    ],
  },
  {
    name: 'a planned consultation is not a consultation',
    letter: 'Samråd med SKR kommer att ske under våren. Enkäten skickas ut efter samrådet.',
    statesConsultation: false,
    voluntariness: 'unclear',
    legalBasis: null,
    evidence: [],
  },
  {
    name: 'the duty to consult, quoted from the ordinance, is not a consultation',
    letter:
      'Enligt förordningen (1982:668) ska statliga myndigheter samråda med SKR innan de begär in uppgifter från kommunerna. Svaren används i en rapport till regeringen.',
    statesConsultation: false,
    voluntariness: 'unclear',
    legalBasis: null,
    evidence: [],
  },
  {
    name: '"frivilliga insatser" and "obligatoriska fält" are about other things',
    letter:
      'Enkäten handlar om kommunernas frivilliga insatser för nyanlända. Obligatoriska fält är markerade med en stjärna (*).',
    statesConsultation: false,
    voluntariness: 'unclear',
    legalBasis: null,
    evidence: [],
  },
  {
    name: 'soft hyphen, no-break space, decomposed å and a hyphenated line wrap',
    letter:
      'Sam-\nra\u030adet med Sveriges\u00a0Kommuner och Regioner har genomförts.\u00a0Det är fri\u00advilligt att delta.',
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      [
        'consultation_stated',
        'Sam-\nra\u030adet med Sveriges\u00a0Kommuner och Regioner har genomförts.',
      ],
      ['voluntary_stated', 'Det är fri\u00advilligt att delta.'],
    ],
  },
  {
    name: 'SKR "har beretts tillfälle till samråd", survey "inte obligatorisk"',
    letter:
      'Sveriges Kommuner och Regioner har beretts tillfälle till samråd om enkäten. Enkäten är inte obligatorisk.',
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      [
        'consultation_stated',
        'Sveriges Kommuner och Regioner har beretts tillfälle till samråd om enkäten.',
      ],
      ['voluntary_stated', 'Enkäten är inte obligatorisk.'],
    ],
  },
  {
    name: 'SKR as one of several consultation partners',
    letter:
      'Frågorna har utarbetats i samråd med Socialstyrelsen och Sveriges Kommuner och Regioner. Ert deltagande är frivilligt och anonymt.',
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      [
        'consultation_stated',
        'Frågorna har utarbetats i samråd med Socialstyrelsen och Sveriges Kommuner och Regioner.',
      ],
      ['voluntary_stated', 'Ert deltagande är frivilligt och anonymt.'],
    ],
  },
  {
    name: 'penalty (vite) with the statute in the sentence before',
    letter:
      'Skolverket samlar in uppgifterna med stöd av 14 § förordningen (2001:100) om den officiella statistiken. Om uppgifterna inte lämnas in kan Skolverket förelägga vite.',
    statesConsultation: false,
    voluntariness: 'mandatory',
    legalBasis: '14 § förordningen (2001:100) om den officiella statistiken',
    evidence: [
      [
        'legal_basis',
        'Skolverket samlar in uppgifterna med stöd av 14 § förordningen (2001:100) om den officiella statistiken.',
      ],
      ['mandatory_stated', 'Om uppgifterna inte lämnas in kan Skolverket förelägga vite.'],
    ],
  },
  {
    name: 'bare "samråd har skett" without SKR, SKR named only in the next sentence',
    letter:
      'Samråd har skett. SKR:s handläggare har fått information om enkäten. Ni kan avstå från att delta.',
    statesConsultation: false,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [['voluntary_stated', 'Ni kan avstå från att delta.']],
  },
  {
    name: 'the sender\'s own duties ("vi är skyldiga") oblige no recipient',
    letter:
      'Vi är skyldiga att informera er om hur vi behandlar era personuppgifter. Socialstyrelsen är skyldig att skydda uppgifterna. Samråd har skett med SKR.',
    statesConsultation: true,
    voluntariness: 'unclear',
    legalBasis: null,
    evidence: [['consultation_stated', 'Samråd har skett med SKR.']],
  },
  {
    name: 'a fact box answering no to the consultation',
    letter: 'Samråd med SKR: Nej\nFrivilligt att svara: Ja\nSista svarsdag: 2024-05-17',
    statesConsultation: false,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      ['consultation_denied', 'Samråd med SKR: Nej'],
      ['voluntary_stated', 'Frivilligt att svara: Ja'],
    ],
  },
  {
    name: 'questions answered on the next line quote question and answer together',
    letter: 'Har samråd skett med SKR?\nJa.\nÄr det obligatoriskt att svara?\nNej.',
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      ['consultation_stated', 'Har samråd skett med SKR?\nJa.'],
      ['voluntary_stated', 'Är det obligatoriskt att svara?\nNej.'],
    ],
  },
  {
    name: 'a two-column table pasted as label and value lines',
    letter: 'Samråd med SKR\nJa\nSvarsplikt\nNej',
    statesConsultation: true,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [
      ['consultation_stated', 'Samråd med SKR\nJa'],
      ['voluntary_stated', 'Svarsplikt\nNej'],
    ],
  },
  {
    name: 'a denial naming another body, then SKR',
    letter: 'Enkäten har inte samråtts med Socialstyrelsen men med SKR.',
    statesConsultation: true,
    voluntariness: 'unclear',
    legalBasis: null,
    evidence: [
      ['consultation_stated', 'Enkäten har inte samråtts med Socialstyrelsen men med SKR.'],
    ],
  },
  {
    name: 'voluntary comments leave the duty to answer standing',
    letter:
      'Ni är skyldiga att lämna uppgifterna enligt 5 kap. 1 § socialtjänstförordningen (2001:937). Det är frivilligt att lämna kommentarer.',
    statesConsultation: false,
    voluntariness: 'mandatory',
    legalBasis: SOF,
    evidence: [
      [
        'mandatory_stated',
        'Ni är skyldiga att lämna uppgifterna enligt 5 kap. 1 § socialtjänstförordningen (2001:937).',
      ],
      [
        'legal_basis',
        'Ni är skyldiga att lämna uppgifterna enligt 5 kap. 1 § socialtjänstförordningen (2001:937).',
      ],
    ],
  },
  {
    name: '"ska" under the secrecy act binds the agency, not the recipient',
    letter:
      'Det är frivilligt att delta. Enligt 24 kap. 8 § offentlighets- och sekretesslagen (2009:400) ska de uppgifter ni lämnar skyddas av sekretess.',
    statesConsultation: false,
    voluntariness: 'voluntary',
    legalBasis: null,
    evidence: [['voluntary_stated', 'Det är frivilligt att delta.']],
  },
  {
    name: 'a duty whose verb follows the citation',
    letter:
      'Enligt 7 § lagen (2001:99) om den officiella statistiken ska kommunen, i den omfattning som SCB föreskriver, lämna uppgifter om verksamheten.',
    statesConsultation: false,
    voluntariness: 'mandatory',
    legalBasis: '7 § lagen (2001:99) om den officiella statistiken',
    evidence: [
      [
        'mandatory_stated',
        'Enligt 7 § lagen (2001:99) om den officiella statistiken ska kommunen, i den omfattning som SCB föreskriver, lämna uppgifter om verksamheten.',
      ],
      [
        'legal_basis',
        'Enligt 7 § lagen (2001:99) om den officiella statistiken ska kommunen, i den omfattning som SCB föreskriver, lämna uppgifter om verksamheten.',
      ],
    ],
  },
  {
    name: 'an English letter: consulted, and obliged under a statute',
    letter:
      'The survey has been consulted with the Swedish Association of Local Authorities and Regions. Municipalities are obliged to respond under Section 7 of the Official Statistics Act (2001:99).',
    statesConsultation: true,
    voluntariness: 'mandatory',
    legalBasis: 'Section 7 of the Official Statistics Act (2001:99)',
    evidence: [
      [
        'consultation_stated',
        'The survey has been consulted with the Swedish Association of Local Authorities and Regions.',
      ],
      [
        'mandatory_stated',
        'Municipalities are obliged to respond under Section 7 of the Official Statistics Act (2001:99).',
      ],
      [
        'legal_basis',
        'Municipalities are obliged to respond under Section 7 of the Official Statistics Act (2001:99).',
      ],
    ],
  },
  {
    name: 'empty string',
    letter: '',
    statesConsultation: false,
    voluntariness: 'unclear',
    legalBasis: null,
    evidence: [],
  },
  {
    name: 'only whitespace and line breaks',
    letter: ' \n\t\r\n \u00a0\n',
    statesConsultation: false,
    voluntariness: 'unclear',
    legalBasis: null,
    evidence: [],
  },
];

describe('analyseCoverLetter', () => {
  it.each(letters)('$name', (example) => {
    const expected: CoverLetterAnalysis = {
      statesConsultation: example.statesConsultation,
      voluntariness: example.voluntariness,
      legalBasis: example.legalBasis,
      evidence: asEvidence(example.evidence),
    };
    expect(analyseCoverLetter(example.letter)).toEqual(expected);
  });

  it('reads a letter passed as null by plain JavaScript callers as empty', () => {
    const fromJavaScript = analyseCoverLetter as (text: unknown) => CoverLetterAnalysis;
    expect(fromJavaScript(null)).toEqual({
      statesConsultation: false,
      voluntariness: 'unclear',
      legalBasis: null,
      evidence: [],
    });
  });

  it('keeps sentences that end in abbreviations together ("bl.a.", "t.ex.", "enl.", "kap.")', () => {
    const result = analyseCoverLetter(
      'Enkäten har bl.a. samråtts med SKR enl. förordningen, t.ex. om frågornas antal. Kontakta oss på tel. 08-123 45 67.',
    );
    expect(result.evidence).toEqual([
      {
        kind: 'consultation_stated',
        sentence: 'Enkäten har bl.a. samråtts med SKR enl. förordningen, t.ex. om frågornas antal.',
      },
    ]);
  });

  it('reports a repeated sentence once per kind', () => {
    const footer = 'Det är frivilligt att delta.';
    const result = analyseCoverLetter(`${footer}\n\nSida 1 av 2\n\n${footer}\n\nSida 2 av 2`);
    expect(result.evidence).toEqual([{ kind: 'voluntary_stated', sentence: footer }]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** Phrases and marks from cover letters, so that generated texts actually produce findings. */
const PHRASES = [
  'Samråd har skett med SKR',
  'samråd',
  'samrått',
  'i samråd med',
  'med',
  'Sveriges Kommuner och Regioner',
  'SKL',
  'SKR:s',
  'inte',
  'ej',
  'utan',
  'har',
  'är',
  'frivilligt',
  'Det är frivilligt att delta',
  'Ni är skyldiga att lämna uppgifter',
  'uppgiftsskyldighet',
  'obligatorisk',
  'enligt 6 kap. 1 § lagen (2001:99) om den officiella statistiken',
  'förordningen (1982:668)',
  'bl.a.',
  't.ex.',
  '5 kap.',
  '1 §',
  'å',
  'a\u030a',
  '\u00ad',
];
const SEPARATORS = [
  ' ',
  ' ',
  '',
  '. ',
  '? ',
  ': ',
  ', ',
  '\n',
  '\n\n',
  '\n• ',
  '\n- ',
  '\n1. ',
  '\u00a0',
];
const letterLike = fc
  .array(fc.tuple(fc.constantFrom(...PHRASES), fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
  .map((pairs) => pairs.flat().join(''));
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  // Lone surrogate halves, which String.prototype.normalize and regexps must survive.
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
  letterLike,
);

const NEUTRAL_SENTENCES = [
  'Enkäten skickas till alla kommuner.',
  'Sista svarsdag är den 15 maj.',
  'Kontakta oss vid frågor.',
  'SKR:s statistik visar att svarsfrekvensen är hög.',
  'Resultaten publiceras i en rapport.',
];

/** Positive voluntary sentences with a place for a negation. */
const VOLUNTARY_TEMPLATES: Array<(negation: string) => string> = [
  (not) => `Det är ${not}frivilligt att besvara enkäten.`,
  (not) => `Deltagandet är ${not}frivilligt.`,
  (not) => `Enkäten är ${not}frivillig.`,
  (not) => `Ert deltagande i undersökningen är ${not}helt frivilligt.`,
  (not) => `Du väljer ${not}själv om du vill delta.`,
  (not) => `Ni bestämmer ${not}själva om ni vill svara.`,
  (not) => `Att svara på enkäten är ${not}frivilligt.`,
  (not) => `Svaren lämnas ${not}frivilligt.`,
];

describe('analyseCoverLetter properties', () => {
  it('never throws and always returns a well-formed analysis', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = analyseCoverLetter(text);
        expect(typeof result.statesConsultation).toBe('boolean');
        expect(['voluntary', 'mandatory', 'unclear']).toContain(result.voluntariness);
        expect(Array.isArray(result.evidence)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('quotes every evidence sentence verbatim from the input', () => {
    let runsWithEvidence = 0;
    fc.assert(
      fc.property(fc.oneof(anyText, letterLike), (text) => {
        const { evidence } = analyseCoverLetter(text);
        if (evidence.length > 0) runsWithEvidence++;
        for (const { sentence } of evidence) {
          expect(sentence.length).toBeGreaterThan(0);
          expect(text.includes(sentence)).toBe(true);
          expect(sentence).toBe(sentence.trim());
        }
      }),
      { numRuns: 500 },
    );
    // Guards the property against passing only because nothing was ever found.
    expect(runsWithEvidence).toBeGreaterThan(100);
  });

  it('never repeats a kind for the same sentence', () => {
    fc.assert(
      fc.property(letterLike, (text) => {
        const keys = analyseCoverLetter(text).evidence.map((e) => `${e.kind}|${e.sentence}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(analyseCoverLetter(text)).toEqual(analyseCoverLetter(text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads each voluntary template as voluntary among neutral sentences', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VOLUNTARY_TEMPLATES),
        fc.array(fc.constantFrom(...NEUTRAL_SENTENCES), { maxLength: 4 }),
        fc.array(fc.constantFrom(...NEUTRAL_SENTENCES), { maxLength: 4 }),
        (template, before, after) => {
          const letter = [...before, template(''), ...after].join(' ');
          expect(analyseCoverLetter(letter).voluntariness).toBe('voluntary');
        },
      ),
    );
  });

  it('never reads a negated voluntary sentence as voluntary', () => {
    const surrounding = fc.array(fc.oneof(fc.constantFrom(...NEUTRAL_SENTENCES), fc.string()), {
      maxLength: 4,
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...VOLUNTARY_TEMPLATES),
        fc.constantFrom('inte ', 'ej ', 'icke '),
        surrounding,
        surrounding,
        (template, negation, before, after) => {
          const letter = [...before, template(negation), ...after].join('\n\n');
          expect(analyseCoverLetter(letter).voluntariness).not.toBe('voluntary');
        },
      ),
      { numRuns: 500 },
    );
  });
});
