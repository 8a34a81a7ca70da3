import type { CorpusLetter } from './corpus-letter';

/** Layouts that make reading hard: wrapped lines, lists, forms, forwarded mail, long letters. */
export const layoutLetters: CorpusLetter[] = [
  {
    id: 'layout-01',
    kind: 'layout',
    source: 'paraphrase: Länsstyrelsen letter hard-wrapped by an e-mail client',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Hej,

Länsstyrelsen i Skåne län genomför en kartläggning av kommunernas
arbete med bostadsanpassning. Kartläggningen har samråtts med
Sveriges Kommuner och Regioner (SKR) enligt förordningen
(1982:668).

Bra att veta:
- Enkäten tar cirka 20 minuter
- Deltagandet är frivilligt
- Svaren redovisas per län

Vänliga hälsningar
Länsstyrelsen i Skåne län`,
  },
  {
    id: 'layout-02',
    kind: 'layout',
    source: 'written: text extracted from a PDF with broken lines',
    statesConsultation: true,
    voluntariness: 'unclear',
    text: `Samråd har skett med Sveriges Kommuner
och Regioner (SKR) den
12 mars 2024. Resultaten
kommer att presenteras i
en rapport under hösten.`,
  },
  {
    id: 'layout-03',
    kind: 'layout',
    source: 'written: timeline with a past consultation date',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Datum: 2024-02-01

Tidplan
- 2024-01-10 Samråd med SKR genomfört
- 2024-02-01 Utskick av enkäten
- 2024-03-01 Sista svarsdag

Enkäten är frivillig att besvara.`,
  },
  {
    id: 'layout-04',
    kind: 'layout',
    source: 'paraphrase: long Socialstyrelsen letter with privacy information',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Socialstyrelsen
Avdelningen för register och statistik
2024-09-02
Dnr 5.7-33012/2024

Till verksamhetschefen för kommunens hälso- och sjukvård

Enkät om läkemedelshantering i särskilda boenden för äldre

Bakgrund
Regeringen har gett Socialstyrelsen i uppdrag att kartlägga hur läkemedelshanteringen fungerar i särskilda boenden för äldre (S2024/00871). Uppdraget ska redovisas till Regeringskansliet senast den 31 januari 2025. Kartläggningen består av en enkät till samtliga kommuner, intervjuer med ett urval av verksamheter och en analys av befintliga register.

Vad vill vi veta?
Enkäten innehåller frågor om rutiner för ordination och delegering, om tillgången till farmaceutisk kompetens, om avvikelsehantering och om samverkan med regionen. Vissa frågor rör antal och andelar; svara då så gott det går utifrån de uppgifter ni har tillgång till. Det går bra att lämna uppskattningar.

Hur går det till?
Enkäten besvaras via en webblänk som skickas till den e-postadress som finns registrerad för kommunens medicinskt ansvariga sjuksköterska. Ni kan spara och fortsätta vid ett senare tillfälle. Det går också att vidarebefordra länken till en kollega. Enkäten tar ungefär 40 minuter att besvara.

Samråd
Socialstyrelsen har samrått med Sveriges Kommuner och Regioner (SKR) om enkätens innehåll, vilka som ska få den och när den skickas ut.

Är det frivilligt?
Ja. Det är frivilligt att besvara enkäten, men era svar är mycket värdefulla. Ju fler som svarar, desto bättre blir underlaget för de förslag vi lämnar till regeringen.

Hur behandlas uppgifterna?
Socialstyrelsen är personuppgiftsansvarig för behandlingen av de personuppgifter (namn och e-postadress till kontaktpersonen) som lämnas i samband med enkäten. Vi behandlar uppgifterna med stöd av artikel 6.1 e i dataskyddsförordningen. Uppgifterna sparas så länge uppdraget pågår och gallras därefter enligt Socialstyrelsens informationshanteringsplan. Du har rätt att begära tillgång till dina personuppgifter och att få felaktiga uppgifter rättade. Kontakta Socialstyrelsens dataskyddsombud på dataskyddsombud@socialstyrelsen.se om du har frågor om behandlingen. Du har också rätt att lämna klagomål till Integritetsskyddsmyndigheten (IMY).

Uppgifterna i enkäten kan komma att lämnas ut enligt offentlighetsprincipen, eftersom uppgifter om kommunal verksamhet i regel inte omfattas av sekretess.

Kontakt
Utredare Karin Holm, tfn 075-247 30 00
Utredare Jonas Ek, tfn 075-247 30 00
E-post: lakemedel.sabo@socialstyrelsen.se

Tack på förhand för er medverkan!

Med vänlig hälsning

Eva Lind
Enhetschef`,
  },
  {
    id: 'layout-05',
    kind: 'layout',
    source: 'paraphrase: long letter that says nothing about consultation or voluntariness',
    statesConsultation: false,
    voluntariness: 'unclear',
    text: `Myndigheten för stöd till trossamfund

Kartläggning av kommunernas samverkan med civilsamhället i krisberedskap

Myndigheten har fått i uppdrag att stödja kommunernas samverkan med trossamfund och andra civilsamhällesorganisationer i krisberedskapsarbetet. Under 2023 genomförde vi ett antal dialogmöten i fyra län, och vi vill nu få en bredare bild av hur samverkan ser ut i hela landet.

Enkäten innehåller 24 frågor i fyra avsnitt: organisation, överenskommelser, övningar och erfarenheter från verkliga händelser. Frågorna kan besvaras av kommunens beredskapssamordnare, säkerhetschef eller motsvarande. Om kommunen saknar skriftliga överenskommelser kan avsnitt 2 hoppas över.

Enkäten är öppen till och med den 8 november. Resultaten sammanställs i en rapport som publiceras på vår webbplats under våren. Kommunerna kommer att kunna jämföra sina svar med länets och rikets genomsnitt.

Har ni frågor om enkäten, kontakta analysenheten på analys@myndighetensst.se eller 08-453 68 00.

Med vänliga hälsningar
Analysenheten`,
  },
  {
    id: 'layout-06',
    kind: 'SKR in another role',
    source: 'written: SKR co-signing a joint letter',
    statesConsultation: false,
    voluntariness: 'unclear',
    text: `Gemensam förfrågan om statistik för barn i skyddat boende

Socialstyrelsen och Sveriges Kommuner och Regioner skickar denna förfrågan gemensamt, eftersom båda organisationerna behöver underlaget.

Svara senast den 1 december.

Socialstyrelsen
Sveriges Kommuner och Regioner
Avdelningen för vård och omsorg`,
  },
  {
    id: 'layout-07',
    kind: 'layout',
    source: 'written: capitals and a numbered list with brackets',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `VIKTIG INFORMATION OM ENKÄTEN
1) Samråd: har skett med SKR
2) Deltagande: frivilligt
3) Sista svarsdag: 31 maj`,
  },
  {
    id: 'layout-08',
    kind: 'layout',
    source: 'written: survey questions to the recipient pasted into the letter',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Enkäten är frivillig. Här är ett urval av frågorna:

Har er kommun en handlingsplan för hemlöshet?  [ ] Ja  [ ] Nej
Har ni samrått med SKR om er handlingsplan?  [ ] Ja  [ ] Nej
Är handlingsplanen obligatorisk för förvaltningarna?  [ ] Ja  [ ] Nej`,
  },
  {
    id: 'layout-09',
    kind: 'layout',
    source: 'written: forwarded e-mail asking whether SKR was consulted',
    statesConsultation: false,
    voluntariness: 'unclear',
    text: `Hej, vet ni om den här har samråtts med SKR? Jag hittar inget om det i missivet.
/Karin

-----Ursprungligt meddelande-----
Från: enkat@myndigheten.se
Ämne: Enkät om ekonomiskt bistånd

Vi skickar härmed en enkät om handläggningstider för ekonomiskt bistånd. Svara senast 14 oktober.`,
  },
  {
    id: 'layout-10',
    kind: 'layout',
    source: 'written: footnote naming the ordinance',
    statesConsultation: true,
    voluntariness: 'unclear',
    text: `Samråd har skett med SKR.¹ Enkäten skickas till samtliga regioner.

¹ Enligt förordningen (1982:668) om statliga myndigheters inhämtande av uppgifter från näringsidkare och kommuner.`,
  },
  {
    id: 'layout-11',
    kind: 'layout',
    source: 'written: quoted ordinance followed by a statement',
    statesConsultation: true,
    voluntariness: 'unclear',
    text: `Av 3 § förordningen (1982:668) framgår:
"Innan en myndighet beslutar om en ny blankett eller någon annan ändring som inte är obetydlig i en befintlig blankett, skall myndigheten samråda med en organisation som företräder uppgiftslämnarna."

Detta samråd har genomförts med SKR.`,
  },
  {
    id: 'layout-12',
    kind: 'layout',
    source: 'written: two surveys, one consulted, one not',
    statesConsultation: false,
    voluntariness: 'voluntary',
    text: `Detta utskick innehåller två enkäter.

Enkät A om hemtjänst har samråtts med SKR.
Enkät B om dagverksamhet har inte samråtts.

Båda enkäterna är frivilliga.`,
  },
  {
    id: 'layout-13',
    kind: 'layout',
    source: 'written: reminder letter',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `Påminnelse

Vi har ännu inte fått ert svar på enkäten om kommunernas alkoholtillsyn. Enkäten har samråtts med SKR och är frivillig att besvara, men vi hoppas att ni vill delta.

Ny sista svarsdag: 20 november.`,
  },
  {
    id: 'layout-14',
    kind: 'SKR in another role',
    source: 'written: SKR only in links and addresses',
    statesConsultation: false,
    voluntariness: 'unclear',
    text: `Mer information om statistik för kommuner finns på www.skr.se/statistik. Frågor om Kolada kan ställas till kolada@skr.se.

Vi ber er svara på enkäten senast 1 februari.`,
  },
  {
    id: 'layout-15',
    kind: 'layout',
    source: 'written: paragraphs numbered with section signs',
    statesConsultation: true,
    voluntariness: 'voluntary',
    text: `§ 1 Bakgrund
Myndigheten följer upp kommunernas arbete med tillgänglighet.

§ 2 Samråd
SKR har samråtts om enkäten.

§ 3 Frivillighet
Ni väljer själva om ni vill delta.`,
  },
];
