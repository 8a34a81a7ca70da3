import type { CorpusLetter } from './corpus-letter';

/** Fact boxes, key-value lists and tables that summarise a survey at the top of its letter. */
export const factBoxLetters: CorpusLetter[] = [
  {
    id: 'fact-box-01',
    kind: 'fact box',
    source: 'written: fact box answering no to consultation',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Enkät: Kommunernas arbete med våld i nära relationer
Avsändare: Länsstyrelsen i Östergötlands län
Målgrupp: Samtliga kommuner
Samråd med SKR: Nej
Frivilligt att svara: Ja
Sista svarsdag: 2024-05-17`,
  },
  {
    id: 'fact-box-02',
    kind: 'fact box',
    source: 'written: fact box with case number and no duty',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Fakta om enkäten
Ansvarig myndighet: Folkhälsomyndigheten
Samråd med SKR: Ja (2024-03-02, dnr SKR 24/00123)
Uppgiftsskyldighet: Nej
Beräknad tidsåtgång: 30 minuter`,
  },
  {
    id: 'fact-box-03',
    kind: 'fact box',
    source: 'written: tab-separated table pasted from a word processor',
    statesConsultation: true,
    voluntariness: 'mandatory',
    text: `Uppgift\tSvar
Samråd med Sveriges Kommuner och Regioner\tJa
Uppgiftsskyldighet\tJa, enligt 7 § lagen (2001:99) om den officiella statistiken
Svarstid\tca 30 minuter`,
  },
  {
    id: 'fact-box-04',
    kind: 'fact box',
    source: 'written: markdown table with a date as the answer',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `| Fråga | Uppgift |
|---|---|
| Samråd enligt SFS 1982:668 | Genomfört 12 januari 2024 |
| Frivillig medverkan | Ja |
| Kontakt | enkat@myndigheten.se |`,
  },
  {
    id: 'fact-box-05',
    kind: 'fact box',
    source: 'written: fact box with "ej genomfört"',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Samråd med SKR: Ej genomfört
Obligatoriskt: Nej
Svarstid: två veckor`,
  },
  {
    id: 'fact-box-06',
    kind: 'fact box',
    source: 'written: fact box answering no, explained below',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Samrått med SKR: nej, se nedan
Frivillig: ja

Enkäten skickas med kort varsel på grund av regeringsuppdragets tidsram, och det har därför inte funnits tid för samråd.`,
  },
  {
    id: 'fact-box-07',
    kind: 'fact box',
    source: 'written: two-column table pasted as alternating lines',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Om enkäten

Samråd med SKR
Ja
Svarsplikt
Nej
Sista svarsdag
15 maj`,
  },
  {
    id: 'fact-box-08',
    kind: 'fact box',
    source: 'written: fact box naming the ordinance instead of SKR',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Samråd (SFS 1982:668): Ja
Lagstöd för uppgiftsskyldighet: Saknas – enkäten är frivillig`,
  },
  {
    id: 'fact-box-09',
    kind: 'fact box',
    source: 'written: fact box with dashes for unknown answers',
    statesConsultation: false,
    voluntariness: 'unclear',
    text: `Samråd med SKR: –
Uppgiftsskyldighet: –
Kontaktperson: Lena Ek`,
  },
  {
    id: 'fact-box-10',
    kind: 'fact box',
    source: 'written: fact box with "Frivilligt: Nej" and a statute',
    statesConsultation: true,
    voluntariness: 'mandatory',
    text: `SKR-samråd: Ja
Frivilligt: Nej
Lagstöd: 5 kap. 1 § socialtjänstförordningen (2001:937)`,
  },
  {
    id: 'fact-box-11',
    kind: 'fact box',
    source: 'written: fact box claiming an exemption',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Samråd med SKR: Nej (undantag enligt 3 § – tidsbrist)
Deltagande: frivilligt`,
  },
  {
    id: 'fact-box-12',
    kind: 'fact box',
    source: 'written: fact box with a planned consultation and a duty',
    statesConsultation: false,
    voluntariness: 'mandatory',
    text: `Samråd med SKR: Planeras i april
Svarsplikt: Ja, enligt 14 § förordningen (2001:100) om den officiella statistiken`,
  },
  {
    id: 'fact-box-13',
    kind: 'fact box',
    source: 'written: fact box using the old name SKL',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Samråd med SKL: Ja
Frivilligt deltagande: Ja
Målgrupp: Förvaltningschefer inom socialtjänsten`,
  },
  {
    id: 'fact-box-14',
    kind: 'fact box',
    source: 'written: fact box with questions as keys',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Om undersökningen
Ansvarig myndighet: Socialstyrelsen
Genomförs av: Enkätfabriken AB
Har SKR samråtts? Nej
Är det obligatoriskt att svara? Nej`,
  },
  {
    id: 'fact-box-15',
    kind: 'fact box',
    source: 'written: fact box with a duty and optional comment fields',
    statesConsultation: true,
    voluntariness: 'mandatory',
    text: `Samråd med SKR: Ja
Uppgiftsskyldighet: Ja
Frivilliga delar: fråga 14–16 (kommentarer)`,
  },
  {
    id: 'fact-box-16',
    kind: 'fact box',
    source: 'written: bulleted fact box with sentences as values',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `• Samråd: Har skett med SKR den 3 mars
• Medverkan: Frivillig
• Svarstid: 4 veckor`,
  },
  {
    id: 'fact-box-17',
    kind: 'fact box',
    source: 'written: fact box with a dash answer and a committee sender',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Samråd med SKR — nej. Enkäten omfattas inte av samrådsskyldigheten eftersom den skickas av en kommitté.
Svar: frivilligt`,
  },
  {
    id: 'fact-box-18',
    kind: 'fact box',
    source: 'written: semicolon-separated rows',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Rubrik;Värde;Datum
Samråd SKR;Ja;2024-01-15
Frivilligt;Ja;`,
  },
  {
    id: 'fact-box-19',
    kind: 'fact box',
    source: 'written: fact box with a duty under the social services act',
    statesConsultation: true,
    voluntariness: 'mandatory',
    text: `Samråd med SKR: Ja
Svara senast: 2024-10-01
Svarsplikt: Ja, enligt 16 kap. 6 f § socialtjänstlagen`,
  },
  {
    id: 'fact-box-20',
    kind: 'fact box',
    source: 'written: fact box consulting the business side only',
    statesConsultation: false,
    voluntariness: 'unclear',
    text: `Samråd med SKR: Nej
Samråd med NNR: Ja
Målgrupp: kommunala bolag`,
  },
  {
    id: 'fact-box-21',
    kind: 'fact box',
    source: "written: fact box naming SKR's statistics section",
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Uppgiftsskyldighet: Nej
Samråd: Ja, med SKR:s sektion för statistik`,
  },
];
