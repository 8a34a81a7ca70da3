// Word lists for seeded surveys: real Swedish senders and the subjects their surveys to
// municipalities are about, so that title and agency searches find what people type.

export type SeedAgencyKind = 'state_agency' | 'committee' | 'riksdag_agency' | 'region';

export interface SeedAgency {
  name: string;
  shortName: string | null;
  kind: SeedAgencyKind;
  /** How often it sends, relative to the others. */
  weight: number;
}

export const AGENCIES: readonly SeedAgency[] = [
  { name: 'Socialstyrelsen', shortName: 'SoS', kind: 'state_agency', weight: 12 },
  { name: 'Inspektionen för vård och omsorg', shortName: 'IVO', kind: 'state_agency', weight: 5 },
  {
    name: 'Myndigheten för vård- och omsorgsanalys',
    shortName: 'Myva',
    kind: 'state_agency',
    weight: 4,
  },
  {
    name: 'Center mot våldsbejakande extremism',
    shortName: 'CVE',
    kind: 'state_agency',
    weight: 2,
  },
  {
    name: 'Myndigheten för samhällsskydd och beredskap',
    shortName: 'MSB',
    kind: 'state_agency',
    weight: 6,
  },
  { name: 'Folkhälsomyndigheten', shortName: 'FoHM', kind: 'state_agency', weight: 6 },
  { name: 'Statens skolverk', shortName: 'Skolverket', kind: 'state_agency', weight: 6 },
  {
    name: 'Statens skolinspektion',
    shortName: 'Skolinspektionen',
    kind: 'state_agency',
    weight: 3,
  },
  { name: 'Boverket', shortName: null, kind: 'state_agency', weight: 4 },
  { name: 'Arbetsförmedlingen', shortName: 'AF', kind: 'state_agency', weight: 3 },
  { name: 'Försäkringskassan', shortName: 'FK', kind: 'state_agency', weight: 2 },
  { name: 'Migrationsverket', shortName: null, kind: 'state_agency', weight: 3 },
  { name: 'Länsstyrelsen i Dalarnas län', shortName: 'Lst W', kind: 'state_agency', weight: 3 },
  { name: 'Länsstyrelsen i Stockholms län', shortName: 'Lst AB', kind: 'state_agency', weight: 4 },
  {
    name: 'Länsstyrelsen i Västra Götalands län',
    shortName: 'Lst O',
    kind: 'state_agency',
    weight: 3,
  },
  { name: 'Länsstyrelsen i Skåne län', shortName: 'Lst M', kind: 'state_agency', weight: 3 },
  { name: 'Länsstyrelsen i Norrbottens län', shortName: 'Lst BD', kind: 'state_agency', weight: 1 },
  { name: 'Trafikverket', shortName: null, kind: 'state_agency', weight: 2 },
  { name: 'Naturvårdsverket', shortName: null, kind: 'state_agency', weight: 3 },
  {
    name: 'Statens energimyndighet',
    shortName: 'Energimyndigheten',
    kind: 'state_agency',
    weight: 2,
  },
  { name: 'Livsmedelsverket', shortName: null, kind: 'state_agency', weight: 2 },
  { name: 'Statens institutionsstyrelse', shortName: 'SiS', kind: 'state_agency', weight: 2 },
  { name: 'Jämställdhetsmyndigheten', shortName: null, kind: 'state_agency', weight: 2 },
  { name: 'Myndigheten för delaktighet', shortName: 'MFD', kind: 'state_agency', weight: 2 },
  { name: 'Statistiska centralbyrån', shortName: 'SCB', kind: 'state_agency', weight: 5 },
  { name: 'Brottsförebyggande rådet', shortName: 'Brå', kind: 'state_agency', weight: 2 },
  { name: 'Polismyndigheten', shortName: null, kind: 'state_agency', weight: 1 },
  { name: 'E-hälsomyndigheten', shortName: null, kind: 'state_agency', weight: 1 },
  { name: 'Läkemedelsverket', shortName: null, kind: 'state_agency', weight: 1 },
  {
    name: 'Myndigheten för familjerätt och föräldraskapsstöd',
    shortName: 'MFoF',
    kind: 'state_agency',
    weight: 2,
  },
  {
    name: 'Specialpedagogiska skolmyndigheten',
    shortName: 'SPSM',
    kind: 'state_agency',
    weight: 1,
  },
  {
    name: 'Myndigheten för digital förvaltning',
    shortName: 'Digg',
    kind: 'state_agency',
    weight: 2,
  },
  { name: 'Tillväxtverket', shortName: null, kind: 'state_agency', weight: 2 },
  { name: 'Lantmäteriet', shortName: null, kind: 'state_agency', weight: 1 },
  { name: 'Pensionsmyndigheten', shortName: null, kind: 'state_agency', weight: 1 },
  { name: 'Havs- och vattenmyndigheten', shortName: 'HaV', kind: 'state_agency', weight: 1 },
  { name: 'Barnombudsmannen', shortName: 'BO', kind: 'state_agency', weight: 2 },
  { name: 'Diskrimineringsombudsmannen', shortName: 'DO', kind: 'state_agency', weight: 1 },
  { name: 'Kriminalvården', shortName: null, kind: 'state_agency', weight: 1 },
  { name: 'Statskontoret', shortName: null, kind: 'state_agency', weight: 2 },
  { name: 'Ekonomistyrningsverket', shortName: 'ESV', kind: 'state_agency', weight: 1 },
  { name: 'Kulturrådet', shortName: null, kind: 'state_agency', weight: 1 },
  { name: 'Riksrevisionen', shortName: null, kind: 'riksdag_agency', weight: 1 },
  { name: 'Coronakommissionen (S 2020:09)', shortName: null, kind: 'committee', weight: 1 },
  {
    name: 'Utredningen om en hållbar socialtjänst (S 2017:03)',
    shortName: null,
    kind: 'committee',
    weight: 1,
  },
  {
    name: 'Kommissionen för jämlik hälsa (S 2015:02)',
    shortName: null,
    kind: 'committee',
    weight: 1,
  },
  { name: 'Region Dalarna', shortName: null, kind: 'region', weight: 2 },
  { name: 'Region Stockholm', shortName: null, kind: 'region', weight: 1 },
  { name: 'Västra Götalandsregionen', shortName: 'VGR', kind: 'region', weight: 1 },
  { name: 'Region Skåne', shortName: null, kind: 'region', weight: 1 },
];

export const TOPICS: readonly string[] = [
  'första linjens chefer inom socialtjänsten',
  'kompetensförsörjning inom socialtjänsten',
  'kompetensförsörjning i äldreomsorgen',
  'hemlöshet och utestängning från bostadsmarknaden',
  'våld i nära relationer',
  'hedersrelaterat våld och förtryck',
  'ensamkommande barn och unga',
  'bemanning i äldreomsorgen',
  'missbruks- och beroendevården',
  'ekonomiskt bistånd',
  'barn placerade i familjehem och HVB',
  'insatser enligt LSS',
  'digitalisering av socialtjänsten',
  'välfärdsteknik i hemtjänsten',
  'krisberedskap och civilt försvar',
  'covid-19 i särskilda boenden',
  'tillgång till skyddsutrustning',
  'vaccinationstäckning',
  'skolfrånvaro och hemmasittare',
  'suicidprevention',
  'våldsbejakande extremism',
  'barnahus',
  'brottsförebyggande arbete',
  'familjerätt och föräldraskapsstöd',
  'biståndshandläggning i äldreomsorgen',
  'anhörigstöd',
  'etablering av nyanlända',
  'bostadsanpassningsbidrag',
  'psykisk hälsa bland barn och unga',
  'spelberoende',
  'narkotikaprevention',
  'hemsjukvård',
  'korttidsboende',
  'daglig verksamhet',
  'personlig assistans',
  'samverkan mellan kommun och region',
  'trygghetsboende',
  'kommunal hälso- och sjukvård',
  'energieffektivisering i kommunala lokaler',
  'klimatanpassning',
  'livsmedelskontroll',
  'räddningstjänstens beredskap',
  'dricksvattenförsörjning',
  'elevhälsa',
  'förskolans kvalitet',
  'tillsyn av serveringstillstånd',
];

/** `{topic}` and `{year}` are filled in. */
export const TITLE_TEMPLATES: readonly string[] = [
  'Enkät om {topic}',
  'Kartläggning av {topic}',
  'Nationell kartläggning av {topic} {year}',
  'Uppföljning av {topic}',
  'Uppföljning av {topic} {year}',
  'Frågor till kommunerna om {topic}',
  'Insamling av uppgifter om {topic}',
  'Årlig enkät om {topic}',
  'Enkät till socialchefer om {topic}',
  'Lägesbild: {topic}',
  'Öppna jämförelser – {topic} {year}',
  'Nulägesanalys av {topic}',
];

/** Recurring collections: the weekly situation reports of the pandemic years and others. */
export const WEEKLY_TITLES: readonly string[] = [
  'Veckovis lägesrapport om covid-19 i socialtjänsten',
  'Lägesrapport: bemanning och smittspridning i äldreomsorgen',
  'Lägesrapport om tillgång till skyddsutrustning',
  'Veckorapportering av vaccinationer på särskilda boenden',
  'Lägesrapport om mottagande av skyddssökande från Ukraina',
  'Veckovis lägesbild av krisberedskap i kommunerna',
];

export const TARGET_ROLES: readonly string[] = [
  'socialchef',
  'förvaltningschef',
  'IFO-chef',
  'äldreomsorgschef',
  'medicinskt ansvarig sjuksköterska',
  'skolchef',
  'beredskapssamordnare',
  'kommundirektör',
  'enhetschef',
  'miljö- och hälsoskyddschef',
];

export const PURPOSE_VERBS: readonly string[] = [
  'få en nationell bild av',
  'följa upp',
  'kartlägga',
  'samla in uppgifter om',
  'bedöma behovet av stöd inom',
];

export const PURPOSE_GOALS: readonly string[] = [
  'ta fram underlag till ett regeringsuppdrag',
  'kunna ge kommunerna bättre stöd',
  'följa utvecklingen över tid',
  'ta fram nationell statistik',
  'lämna en lägesbild till Regeringskansliet',
];

export const CONDUCTED_BY: readonly string[] = [
  'Ramböll Management Consulting',
  'Göteborgs universitet',
  'Ipsos',
  'Sweco',
  'Karolinska Institutet',
  'Novus',
];

export const LEGAL_BASES: readonly string[] = [
  'Lag (2001:99) om den officiella statistiken',
  '2 kap. 4 § förordningen (2001:100) om den officiella statistiken',
  '13 kap. 1 § lagen (2003:778) om skydd mot olyckor',
  '26 kap. 6 § miljöbalken',
];

export const HANDLERS: readonly string[] = [
  'Anna Lindqvist',
  'Per Sandberg',
  'Maria Ekström',
  'Johan Holm',
  'Karin Nyberg',
  'Lars Åberg',
];

export const DEPARTMENT_HEADS: readonly string[] = [
  'Avdelningen för vård och omsorg',
  'Avdelningen för utbildning och arbetsmarknad',
  'Avdelningen för ekonomi och styrning',
  'Avdelningen för digitalisering',
];

export const WITHDRAWN_REASONS: readonly string[] = [
  'Efter samråd med SKR används befintlig statistik och intervjuer i stället.',
  'Uppgifterna finns redan i Kolada och i SCB:s statistik.',
  'Myndigheten avstår efter SKR:s avrådan.',
  'Uppdraget ändrades av regeringen.',
  'Enkäten ersätts av en urvalsundersökning längre fram.',
];

export const EXEMPTION_NOTES: readonly string[] = [
  'Regeringsuppdraget skulle redovisas inom tre veckor.',
  'Samma frågor har ställts tidigare år utan ändringar.',
  'Ett samråd hade röjt syftet med granskningen.',
];
