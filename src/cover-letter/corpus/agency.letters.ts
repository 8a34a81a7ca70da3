import type { CorpusLetter } from './corpus-letter';

/** Whole letters in the style of state agencies' survey letters to municipalities and regions. */
export const agencyLetters: CorpusLetter[] = [
  {
    id: 'agency-01',
    kind: 'agency letter',
    source: 'paraphrase: Socialstyrelsen survey on elderly care staffing',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Socialstyrelsen
2024-02-05
Dnr 3.1-04512/2024

Till: Socialchefen i kommunen

Enkät om kompetensförsörjning inom äldreomsorgen

Socialstyrelsen har fått i uppdrag av regeringen (S2023/01234) att följa kompetensförsörjningen inom äldreomsorgen. Som en del av uppdraget skickar vi denna enkät till landets samtliga 290 kommuner.

Enkäten har samråtts med Sveriges Kommuner och Regioner (SKR) i enlighet med förordningen (1982:668) om statliga myndigheters inhämtande av uppgifter från näringsidkare och kommuner.

Det är frivilligt att besvara enkäten, men varje svar bidrar till en mer rättvisande bild av läget i landet. Enkäten tar ungefär 20 minuter att fylla i. Sista dag att svara är den 1 mars 2024.

Har ni frågor om enkäten är ni välkomna att kontakta utredare Anna Berg, tfn 075-247 30 00, anna.berg@socialstyrelsen.se.

Med vänliga hälsningar
Socialstyrelsen`,
  },
  {
    id: 'agency-02',
    kind: 'agency letter',
    source: 'paraphrase: SCB annual collection of municipal accounts',
    statesConsultation: true,
    voluntariness: 'mandatory',
    text: `Statistiska centralbyrån
Uppgiftslämnarstöd

Insamling av uppgifter till Räkenskapssammandrag för kommuner 2023

Statistiska centralbyrån (SCB) samlar på uppdrag av regeringen in uppgifter om kommunernas ekonomi. Uppgifterna ingår i Sveriges officiella statistik och används bland annat i nationalräkenskaperna och i det kommunalekonomiska utjämningssystemet.

Kommunen är skyldig att lämna uppgifterna enligt 7 § lagen (2001:99) om den officiella statistiken samt 3 och 4 §§ förordningen (2001:100) om den officiella statistiken. Insamlingens utformning har stämts av med SKR inom ramen för samrådet enligt uppgiftsinhämtningsförordningen.

Inlämning sker via SCB:s webbinsamling senast den 15 april. Uppgifterna skyddas av statistiksekretess enligt 24 kap. 8 § offentlighets- och sekretesslagen (2009:400).`,
  },
  {
    id: 'agency-03',
    kind: 'agency letter',
    source: 'paraphrase: IVO quarterly request on decisions not carried out',
    statesConsultation: false,
    voluntariness: 'mandatory',
    text: `Inspektionen för vård och omsorg
Begäran om uppgifter om ej verkställda beslut

IVO begär härmed in uppgifter om gynnande beslut enligt 4 kap. 1 § socialtjänstlagen som inte har verkställts inom tre månader från dagen för beslutet. Enligt 16 kap. 6 f § socialtjänstlagen (2001:453) ska nämnden rapportera sådana beslut till IVO en gång per kvartal.

Rapporteringen görs i IVO:s e-tjänst. Observera att IVO kan ansöka hos förvaltningsrätten om särskild avgift om beslut inte verkställs inom skälig tid.

Denna insamling är reglerad i lag och har inte varit föremål för samråd enligt förordningen (1982:668).`,
  },
  {
    id: 'agency-04',
    kind: 'agency letter',
    source: 'paraphrase: Folkhälsomyndigheten survey on local public health work',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Hej!

Folkhälsomyndigheten genomför en kartläggning av kommunernas folkhälsoarbete. Kartläggningen omfattar:
- hur folkhälsoarbetet är organiserat,
- vilka underlag kommunen använder för att prioritera,
- samverkan med regionen och civilsamhället.

Inför utskicket har vi samrått med Sveriges Kommuner och Regioner om frågornas innehåll, urval och tidpunkt. Resultatet redovisas till regeringen i december 2024.

Deltagandet är frivilligt. Vi uppskattar dock om ni tar er tid att svara, eftersom resultatet blir mer användbart ju fler som svarar.

Länk till enkäten: https://enkat.folkhalsomyndigheten.se/kommun2024
Svara senast 30 september.

Vänliga hälsningar
Enheten för tillsyn och samordning`,
  },
  {
    id: 'agency-05',
    kind: 'agency letter',
    source: 'paraphrase: Skolverket official statistics on school staff',
    statesConsultation: true,
    voluntariness: 'mandatory',
    text: `Till huvudmannen för förskoleklass och grundskola

Skolverket samlar årligen in uppgifter om personal i skolan. Uppgifterna ingår i Sveriges officiella statistik.

Enligt 2 § förordningen (2001:100) om den officiella statistiken är huvudmannen skyldig att lämna uppgifterna. Samråd har skett med SKR.

Uppgifterna ska avse förhållandena den 15 oktober och lämnas via Skolverkets insamlingsverktyg senast den 1 december. Kontakta statistikenheten vid frågor.`,
  },
  {
    id: 'agency-06',
    kind: 'agency letter',
    source: 'paraphrase: Länsstyrelsen survey on climate adaptation',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Länsstyrelsen i Västra Götalands län
Miljöavdelningen

Enkät om kommunernas arbete med klimatanpassning

Länsstyrelsen samordnar arbetet med klimatanpassning i länet och vill med denna enkät få en bild av hur långt kommunerna har kommit. Svaren används som underlag för länets regionala handlingsplan.

Ni bestämmer själva om ni vill delta. Enkäten tar cirka 15 minuter och besvaras lämpligen av kommunens klimatstrateg.

Tack för er medverkan!`,
  },
  {
    id: 'agency-07',
    kind: 'agency letter',
    source: 'paraphrase: MSB follow-up of municipal crisis preparedness',
    statesConsultation: true,
    voluntariness: 'mandatory',
    text: `Myndigheten för samhällsskydd och beredskap

Uppföljning av kommunernas krisberedskap 2024

Efter samråd med SKR skickar MSB i år en något förkortad uppföljning till samtliga kommuner.

Kommunerna ska enligt 2 kap. 9 § lagen (2006:544) om kommuners och regioners åtgärder inför och vid extraordinära händelser i fredstid och höjd beredskap lämna de uppgifter som behövs för bedömningen av krisberedskapen till MSB. Uppföljningen görs i verktyget Indikatorer för krisberedskap.

Sista dag för rapportering är 28 februari.`,
  },
  {
    id: 'agency-08',
    kind: 'agency letter',
    source:
      'paraphrase: CVE survey sent to social services chiefs without consultation (seed case)',
    statesConsultation: false,
    voluntariness: 'unclear',
    text: `Till socialchefen

Center mot våldsbejakande extremism (CVE) kartlägger hur kommunernas socialtjänst arbetar med orosanmälningar som rör våldsbejakande extremism.

Vi hoppas att ni tar er tid att svara på de tolv frågorna i enkäten. Era svar är mycket värdefulla för vårt fortsatta stöd till kommunerna.

Enkäten stänger den 12 mars.

Med vänlig hälsning
Center mot våldsbejakande extremism`,
  },
  {
    id: 'agency-09',
    kind: 'agency letter',
    source:
      'paraphrase: Socialstyrelsen survey to first-line managers that SKR advised against (seed case)',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Till första linjens chefer inom socialtjänsten

Socialstyrelsen undersöker arbetsmiljön för första linjens chefer. Enkäten har samråtts med SKR, som avrådde från den med hänvisning till den höga arbetsbelastningen i kommunerna. Vi har därför begränsat enkäten till nio frågor.

Deltagandet är frivilligt.

Tack på förhand!`,
  },
  {
    id: 'agency-10',
    kind: 'agency letter',
    source:
      'paraphrase: Myndigheten för vård- och omsorgsanalys, withdrawn survey replaced by interviews (seed case)',
    statesConsultation: true,
    voluntariness: 'unclear',
    text: `Myndigheten för vård- och omsorgsanalys

Information om vår uppföljning av den nationella äldreomsorgen

Vi hade planerat att skicka en enkät till samtliga kommuner. Efter samråd med SKR har vi i stället valt att använda befintlig statistik och att intervjua ett mindre antal kommuner.

Kommunerna som har valts ut för intervju kontaktas separat under april.`,
  },
  {
    id: 'agency-11',
    kind: 'agency letter',
    source:
      'paraphrase: Socialstyrelsen survey on competence supply to a sample of 100 municipalities (seed case)',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Socialstyrelsen
Avdelningen för kunskapsstyrning för socialtjänsten

Er kommun ingår i ett urval av 100 kommuner som får denna enkät om kompetensförsörjning i den sociala barn- och ungdomsvården. I ett tjugotal av kommunerna kommer vi också att genomföra uppföljande intervjuer.

Urvalet har tagits fram i samråd med SKR.

Deltagandet i både enkät och intervju är frivilligt. Svara gärna senast den 15 oktober 2020.`,
  },
  {
    id: 'agency-12',
    kind: 'agency letter',
    source: 'paraphrase: Socialstyrelsen weekly situation report during the pandemic (seed case)',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Veckovis lägesrapportering – socialtjänst och äldreomsorg

Socialstyrelsen samlar varje vecka in en lägesbild från kommunerna om bemanning, skyddsutrustning och påverkan på verksamheten. Rapporteringen är frivillig men mycket värdefull för den nationella lägesbilden. Förra veckan rapporterade 253 kommuner.

Insamlingen har stämts av med SKR.

Rapportera senast onsdag kl. 12.00 varje vecka via länken nedan.`,
  },
  {
    id: 'agency-13',
    kind: 'agency letter',
    source:
      "paraphrase: a region's short-notice e-mail questions to its municipalities (seed case)",
    statesConsultation: false,
    voluntariness: 'unclear',
    text: `Hej!

Region Dalarna, välfärdsavdelningen, behöver snabbt en bild av läget i länets kommuner. Vi ber er besvara frågorna nedan och skicka svaren till oss senast måndag 28/9 kl. 12.00.

1. Hur många brukare inom hemtjänsten har ni i dag?
2. Har ni haft personalbrist de senaste två veckorna?
3. Behöver ni stöd från regionen?

Tack för hjälpen!
/Välfärdsavdelningen`,
  },
  {
    id: 'agency-14',
    kind: 'agency letter',
    source: 'paraphrase: Boverket annual housing market survey',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Boverket
Bostadsmarknadsenkäten 2024

Bostadsmarknadsenkäten genomförs årligen i samarbete med länsstyrelserna och ger en bild av läget på bostadsmarknaden i landets kommuner. Samråd om enkätens innehåll har skett med SKR.

Det är frivilligt för kommunen att delta, men svarsfrekvensen har de senaste åren varit 100 procent, och vi hoppas att det blir så även i år.

Enkäten besvaras i Boverkets webbverktyg senast 15 februari.`,
  },
  {
    id: 'agency-15',
    kind: 'agency letter',
    source: "paraphrase: Naturvårdsverket survey citing the agency's own instruction",
    statesConsultation: true,
    voluntariness: 'unclear',
    text: `Naturvårdsverket

Enkät om kommunernas tillsyn över förorenade områden

Enligt förordningen (2012:989) med instruktion för Naturvårdsverket ska Naturvårdsverket följa upp och utvärdera tillsynen enligt miljöbalken. Denna enkät är ett led i den uppföljningen, och vi ska redovisa resultatet till regeringen i vår.

Samråd har skett med Sveriges Kommuner och Regioner.

Enkäten besvaras av miljönämnden eller motsvarande. Vi tackar för era svar senast 31 mars.`,
  },
  {
    id: 'agency-16',
    kind: 'agency letter',
    source: 'paraphrase: Livsmedelsverket annual reporting of food control',
    statesConsultation: false,
    voluntariness: 'mandatory',
    text: `Livsmedelsverket

Årlig rapportering av livsmedelskontrollen

Enligt 28 § livsmedelsförordningen (2006:813) ska kontrollmyndigheterna årligen rapportera uppgifter om sin kontrollverksamhet till Livsmedelsverket. Rapporteringen för 2023 görs i systemet Kontrollrapportering senast den 15 februari 2024.

Har ni frågor, kontakta kontrollrapportering@slv.se.`,
  },
  {
    id: 'agency-17',
    kind: 'agency letter',
    source: 'paraphrase: Trafikverket survey on municipal road maintenance',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Trafikverket genomför en undersökning om kommunernas vinterväghållning på gång- och cykelvägar. SKR har informerats om undersökningen.

Enkäten är inte obligatorisk, men era svar hjälper oss att ta fram bättre vägledning.

Med vänlig hälsning
Trafikverket, Verksamhetsområde Underhåll`,
  },
  {
    id: 'agency-18',
    kind: 'agency letter',
    source: 'paraphrase: government commission of inquiry surveying municipalities',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Utredningen om en ny hemtjänstlag (S 2023:05)

Regeringen har gett en särskild utredare i uppdrag att se över regleringen av hemtjänsten. Som underlag skickar utredningen en enkät till samtliga kommuner.

Utredningen omfattas inte av förordningen (1982:668) men har ändå informerat SKR om enkäten.

Det är frivilligt att svara. Svaren redovisas i betänkandet endast på aggregerad nivå.`,
  },
  {
    id: 'agency-19',
    kind: 'agency letter',
    source: 'paraphrase: Riksrevisionen audit request',
    statesConsultation: false,
    voluntariness: 'mandatory',
    text: `Riksrevisionen

Granskning av statsbidrag till kommunernas arbete med ensamkommande barn

Riksrevisionen granskar hur statsbidragen har använts. Kommunerna är enligt 6 § lagen (2002:1022) om revision av statlig verksamhet m.m. skyldiga att lämna de uppgifter som Riksrevisionen behöver för granskningen.

Vi ber er därför besvara bifogade frågor senast den 30 november.`,
  },
  {
    id: 'agency-20',
    kind: 'agency letter',
    source: 'paraphrase: E-hälsomyndigheten mapping of digital services',
    statesConsultation: true,
    voluntariness: 'unclear',
    text: `E-hälsomyndigheten kartlägger användningen av digitala tjänster inom kommunal hälso- och sjukvård.

Vi har samrått med SKR om frågorna och om tidpunkten för utskicket.

Vi vore tacksamma för ert svar senast 12 maj.

E-hälsomyndigheten`,
  },
  {
    id: 'agency-21',
    kind: 'agency letter',
    source: 'paraphrase: Tillväxtverket survey on business climate work',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Tillväxtverket
Enkät om kommunernas näringslivsarbete

Enkäten är ett led i Tillväxtverkets uppdrag att följa kommunernas arbete med förenkling för företag. Enkätens frågor har granskats av SKR i samrådet enligt förordningen (1982:668).

Din medverkan är frivillig. Svaren används bara i sammanställningar där enskilda kommuner inte pekas ut.`,
  },
  {
    id: 'agency-22',
    kind: 'agency letter',
    source: 'paraphrase: Post- och telestyrelsen survey to a small sample',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Post- och telestyrelsen (PTS)

PTS vill veta hur kommunerna planerar för bredbandsutbyggnad på landsbygden. Enkäten är frivillig och har inte samråtts med SKR eftersom den endast riktas till tio kommuner.

Kontaktperson: Per Holm, 08-678 55 00.`,
  },
  {
    id: 'agency-23',
    kind: 'agency letter',
    source: 'paraphrase: Energimyndigheten reporting on a grant',
    statesConsultation: true,
    voluntariness: 'mandatory',
    text: `Energimyndigheten

Redovisning av bidrag till kommunal energi- och klimatrådgivning 2023

Som mottagare av bidrag enligt förordningen (2016:385) om bidrag till kommunal energi- och klimatrådgivning ska kommunen årligen redovisa hur bidraget har använts. Redovisningen görs i e-tjänsten senast 31 mars.

Samråd med SKR har genomförts om redovisningens utformning.`,
  },
  {
    id: 'agency-24',
    kind: 'agency letter',
    source: 'paraphrase: Havs- och vattenmyndigheten survey to water utilities',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Havs- och vattenmyndigheten

Enkät om dricksvattenförsörjningens sårbarhet

Enkäten besvaras frivilligt. Samråd med SKR är inte genomfört, eftersom enkäten riktar sig till kommunernas VA-huvudmän och inte till kommunerna som sådana.

Tack för att ni tar er tid!`,
  },
  {
    id: 'agency-25',
    kind: 'agency letter',
    source: 'paraphrase: Migrationsverket request on settlement of newly arrived',
    statesConsultation: false,
    voluntariness: 'mandatory',
    text: `Migrationsverket

Uppgifter om mottagande av nyanlända för bosättning

Kommunen är skyldig att lämna uppgifter till Migrationsverket om mottagandet av anvisade nyanlända enligt 10 § förordningen (2016:39) om mottagande av vissa nyanlända invandrare för bosättning. Uppgifterna lämnas via blanketten i bilaga 1.

Frågor besvaras av enheten för bosättning.`,
  },
  {
    id: 'agency-26',
    kind: 'agency letter',
    source: 'paraphrase: Brå survey on crime prevention coordinators',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Brottsförebyggande rådet (Brå)

Brå kartlägger kommunernas brottsförebyggande arbete. Brå har samrått med Sveriges Kommuner och Regioner om enkätens innehåll och om när den skickas ut.

Enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete ska kommunen bland annat ta fram en lägesbild och en åtgärdsplan. Enkäten besvaras av den som samordnar det arbetet i kommunen.

Svaren är frivilliga.`,
  },
  {
    id: 'agency-27',
    kind: 'agency letter',
    source: 'paraphrase: Statens institutionsstyrelse information letter',
    statesConsultation: false,
    voluntariness: 'unclear',
    text: `Statens institutionsstyrelse (SiS)

SiS vill få en bild av hur kommunerna planerar för placeringar under 2025. Vi skickar därför några korta frågor till socialtjänsten i samtliga kommuner.

Svara gärna senast den 20 januari. Kontakta oss om ni har frågor.`,
  },
  {
    id: 'agency-28',
    kind: 'agency letter',
    source: 'paraphrase: Skolinspektionen request for documents in supervision',
    statesConsultation: false,
    voluntariness: 'mandatory',
    text: `Skolinspektionen

Begäran om uppgifter inför regelbunden tillsyn

Skolinspektionen begär in uppgifter med stöd av 26 kap. 6 § skollagen (2010:800). Huvudmannen är skyldig att lämna de uppgifter som behövs för tillsynen.

Uppgifterna ska lämnas senast tre veckor från detta brevs datum.`,
  },
  {
    id: 'agency-29',
    kind: 'agency letter',
    source: 'paraphrase: Specialpedagogiska skolmyndigheten survey',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Specialpedagogiska skolmyndigheten

Enkäten har utformats efter samråd med Sveriges Kommuner och Regioner. Deltagandet är helt frivilligt och ni kan när som helst avbryta.

Syftet är att ta reda på hur kommunerna organiserar stödet till elever med funktionsnedsättning.`,
  },
  {
    id: 'agency-30',
    kind: 'agency letter',
    source: 'paraphrase: Myndigheten för digital förvaltning survey',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Myndigheten för digital förvaltning (Digg)

Digg kartlägger kommunernas användning av gemensamma digitala tjänster. Enkäten har samråtts med SKR i januari 2024.

Det finns ingen skyldighet att besvara enkäten, men svaren är viktiga för att prioritera utvecklingen av den gemensamma digitala infrastrukturen.`,
  },
  {
    id: 'agency-31',
    kind: 'agency letter',
    source: 'paraphrase: Försäkringskassan survey run by a consultancy',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Hej,

Novus genomför på uppdrag av Försäkringskassan en undersökning om samverkan mellan kommunernas handläggare och Försäkringskassan. Novus har samrått med SKR inför undersökningen.

Det är frivilligt att delta och du kan avbryta när du vill.

Vänliga hälsningar
Novus`,
  },
  {
    id: 'agency-32',
    kind: 'agency letter',
    source: 'paraphrase: Arbetsförmedlingen survey on labour market measures',
    statesConsultation: false,
    voluntariness: 'unclear',
    text: `Arbetsförmedlingen

Vi vill veta mer om hur kommunerna arbetar med arbetsmarknadsinsatser för unga. Era svar är viktiga för oss och för den fortsatta samverkan.

Enkäten skickas till kommunernas arbetsmarknadsenheter. Svara senast 10 april.`,
  },
  {
    id: 'agency-33',
    kind: 'agency letter',
    source: 'paraphrase: Kemikalieinspektionen follow-up of supervision',
    statesConsultation: true,
    voluntariness: 'mandatory',
    text: `Kemikalieinspektionen

Kemikalieinspektionen ska enligt 3 kap. 12 § miljötillsynsförordningen (2011:13) följa upp och utvärdera den operativa tillsynen inom sitt område. Enkäten har samråtts med SKR.

Enligt 1 kap. 20 § miljötillsynsförordningen ska en operativ tillsynsmyndighet på begäran lämna de uppgifter som behövs för tillsynsvägledningen till den vägledande myndigheten.`,
  },
  {
    id: 'agency-34',
    kind: 'agency letter',
    source: 'paraphrase: Jordbruksverket survey on animal welfare control',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Jordbruksverket

Enkät om kommunernas samverkan med länsstyrelsen i djurskyddsärenden

Enkäten om kommunernas samverkan är frivillig. Vi har samrått med SKR om frågorna.

Resultatet publiceras i en rapport i höst.`,
  },
  {
    id: 'agency-35',
    kind: 'agency letter',
    source: 'paraphrase: Länsstyrelsen Dalarna survey citing the county instruction',
    statesConsultation: false,
    voluntariness: 'unclear',
    text: `Länsstyrelsen Dalarnas län

Länsstyrelsen ska enligt 3 § förordningen (2017:868) med länsstyrelseinstruktion verka för att nationella mål får genomslag i länet. Vi vill därför veta hur kommunerna arbetar med föräldraskapsstöd.

Länsstyrelsen har inte samrått med SKR då enkäten endast skickas till länets 15 kommuner.

Vi ser gärna att ni besvarar enkäten senast 30 september.`,
  },
  {
    id: 'agency-36',
    kind: 'agency letter',
    source: 'paraphrase: Statens kulturråd survey on libraries',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Kulturrådet

Enkät om folkbibliotekens öppettider

SKR har samråtts inför enkäten. Medverkan är frivillig, och enkäten tar cirka tio minuter.

Tack!`,
  },
  {
    id: 'agency-37',
    kind: 'agency letter',
    source: 'paraphrase: Konsumentverket survey on debt counselling',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Konsumentverket

Enkäten skickas till kommunernas budget- och skuldrådgivare. Enligt 2 § skuldsaneringslagen (2016:675) ska kommunen ge råd och stöd till skuldsatta personer, och vi vill veta hur detta stöd är organiserat.

Samråd med SKR har skett under hösten. Deltagande sker på frivillig basis.`,
  },
  {
    id: 'agency-38',
    kind: 'agency letter',
    source: 'paraphrase: Jämställdhetsmyndigheten survey',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Jämställdhetsmyndigheten

Vi undersöker hur kommunerna arbetar med att förebygga mäns våld mot kvinnor. Enkäten har inte stämts av med SKR.

Svaren är frivilliga och behandlas konfidentiellt.`,
  },
  {
    id: 'agency-39',
    kind: 'agency letter',
    source: "paraphrase: Vårdanalys letter to regions citing the agency's instruction",
    statesConsultation: true,
    voluntariness: 'unclear',
    text: `Till regionerna

Myndigheten för vård- och omsorgsanalys ska enligt 2 § förordningen (2010:1385) med instruktion för Myndigheten för vård- och omsorgsanalys följa upp och analysera verksamheter inom vård och omsorg. I det uppdraget ska myndigheten inhämta underlag från regionerna.

Samråd har genomförts med SKR.

Enkäten besvaras av regionens hälso- och sjukvårdsdirektör eller den hon eller han utser.`,
  },
  {
    id: 'agency-40',
    kind: 'agency letter',
    source: 'paraphrase: Lantmäteriet letter postponing a survey',
    statesConsultation: true,
    voluntariness: 'unclear',
    text: `Lantmäteriet

Vi har i samråd med Sveriges Kommuner och Regioner beslutat att skjuta upp enkäten om kommunernas grundkartor till hösten, så att den inte sammanfaller med bokslutsarbetet.

Enkäten skickas ut den 2 september med svar senast 30 september.`,
  },
  {
    id: 'agency-41',
    kind: 'agency letter',
    source: 'paraphrase: Transportstyrelsen request claiming consultation unnecessary',
    statesConsultation: false,
    voluntariness: 'mandatory',
    text: `Transportstyrelsen

Ni som kommun är enligt 10 kap. 13 § trafikförordningen (1998:1276) skyldiga att lämna uppgifter om lokala trafikföreskrifter till den nationella databasen.

Samråd med SKR har inte bedömts nödvändigt eftersom uppgifterna redan finns i kommunernas system.`,
  },
  {
    id: 'agency-42',
    kind: 'agency letter',
    source: 'paraphrase: Socialstyrelsen monthly statistics on financial assistance',
    statesConsultation: true,
    voluntariness: 'mandatory',
    text: `Socialstyrelsen

Månadsstatistik om ekonomiskt bistånd

Uppgiftslämnandet är obligatoriskt enligt 5 kap. 1 § socialtjänstförordningen (2001:937) och Socialstyrelsens föreskrifter om uppgiftsskyldighet. Insamlingen har samråtts med SKR.

Uppgifterna lämnas via filöverföring senast den tionde i månaden efter redovisningsmånaden.`,
  },
  {
    id: 'agency-43',
    kind: 'agency letter',
    source: 'paraphrase: IVO voluntary survey mentioning its instruction',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Inspektionen för vård och omsorg

IVO ska enligt förordningen (2013:176) med instruktion för Inspektionen för vård och omsorg informera regeringen om iakttagelser från tillsynen. För att komplettera tillsynen skickar vi en enkät till kommunernas verksamheter för LSS.

Enkäten är frivillig. IVO har samrått med SKR.`,
  },
  {
    id: 'agency-44',
    kind: 'agency letter',
    source: 'paraphrase: Folkhälsomyndigheten county report survey on alcohol and drugs',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Länsrapportenkäten 2024

Länsrapportenkäten besvaras av kommunerna och ger en bild av det lokala arbetet inom alkohol, narkotika, dopning, tobak och spel. Folkhälsomyndigheten ska enligt förordningen (2021:248) med instruktion för Folkhälsomyndigheten följa upp det arbetet.

Samråd har skett med SKR. Svaren lämnas frivilligt.`,
  },
  {
    id: 'agency-45',
    kind: 'agency letter',
    source: 'paraphrase: Skolverket statistics without a consultation statement',
    statesConsultation: false,
    voluntariness: 'mandatory',
    text: `Skolverket

Uppgifterna om elever i gymnasieskolan samlas in med stöd av 2 § förordningen (2001:100) om den officiella statistiken och huvudmännen är skyldiga att lämna dem.

Leveransen görs som fil via Skolverkets inrapporteringstjänst.`,
  },
];
