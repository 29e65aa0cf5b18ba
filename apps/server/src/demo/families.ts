import type { TGender } from '@lotse/shared';
import type { DemoAddress, DemoFamily, DemoPerson, PersonKind } from './model.js';

// Thirty-two fictional families of Musterstadt. Any likeness to real persons is coincidental.

export const LENA_CASE_ID = '7e57ca5e-0000-4000-8000-000000000001';
/** The entry of Lena's case released to the family (the demo's family accounts see it). */
export const LENA_RELEASED_ENTRY_TITLE = 'Nächste Schritte: Familienhilfe ab dem Monatsersten';

function p(
  kind: PersonKind,
  first: string,
  last: string,
  age: number,
  gender: TGender,
  languages: string[] = ['de'],
  extra: Partial<DemoPerson> = {},
): DemoPerson {
  return { kind, first, last, age, gender, languages, ...extra };
}

const at = (street: string, house: string, postcode: string): DemoAddress => ({ street, house, postcode });

// The UMA clearing house in Ost, where newly arrived young people live first.
const clearingHouse = at('Am Sportplatz', '12', '12401');

const lena: DemoFamily = {
  caseId: LENA_CASE_ID,
  team: 'asdNord',
  caseworker: 'anna.asd',
  deputies: ['jonas.nord'],
  status: 'planning',
  helpType: 'p31_spfh',
  title: 'Lena Schneider – SPFH in Vorbereitung',
  openedDaysAgo: 41,
  updatedDaysAgo: 3,
  address: at('Birkenstraße', '14', '12103'),
  separated: true,
  persons: [
    p('child', 'Lena', 'Schneider', 8, 'female', ['de'], { birthdayDaysAgo: 0 }),
    p('mother', 'Sandra', 'Schneider', 34, 'female', ['de'], { phone: '0151 0000 1001' }),
    p('father', 'Markus', 'Schneider', 37, 'male', ['de'], { address: at('Tulpenweg', '3', '12203') }),
  ],
  entries: [
    {
      kind: 'contact',
      title: 'Erstkontakt über die Eingangsstelle',
      body:
        'Frau Schneider meldet sich über die Eingangsstelle: Seit der Trennung vom Vater vor einem Jahr fühle sie ' +
        'sich mit Haushalt, Arbeit im Schichtdienst und Lenas Schulalltag überfordert. Lena (8) komme oft ohne ' +
        'Frühstück und ohne Hausaufgaben in die Schule, die Klassenlehrerin habe das Gespräch gesucht. ' +
        'Termin für einen Hausbesuch vereinbart.',
      daysAgo: 41,
    },
    {
      kind: 'contact',
      title: 'Hausbesuch bei Familie Schneider',
      body:
        'Angekündigter Hausbesuch. Wohnung sauber, aber kaum Vorräte; Frau Schneider wirkt erschöpft, ' +
        'ist sehr offen und wünscht Unterstützung. Lena zeigt ihr Zimmer und erzählt vom Schwimmverein. ' +
        'Kontakt zum Vater alle zwei Wochenenden, verlässlich. Keine Hinweise auf eine Kindeswohlgefährdung. ' +
        'Hinweis auf das Wunsch- und Wahlrecht (§ 5 SGB VIII) gegeben.',
      daysAgo: 27,
    },
    {
      kind: 'decision',
      title: 'Kollegiale Beratung: SPFH empfohlen',
      body:
        'Fallberatung im Team ASD Nord: Hilfebedarf nach § 27 SGB VIII bestätigt. Empfohlen wird eine ' +
        'Sozialpädagogische Familienhilfe (§ 31) mit sechs Stunden pro Woche, Schwerpunkte Tagesstruktur, ' +
        'Entlastung der Mutter und Zusammenarbeit mit der Schule. Frau Schneider wünscht den Träger ' +
        'Familienzentrum Regenbogen e. V.; Anfrage dort gestellt.',
      author: 'lead',
      daysAgo: 10,
    },
    {
      kind: 'status_change',
      title: 'Statuswechsel: Klärung → Hilfeplanung',
      body: 'Nach der Fallberatung in die Hilfeplanung übergegangen. Hilfeplangespräch wird vorbereitet.',
      daysAgo: 10,
    },
    {
      kind: 'note',
      title: 'Rückmeldung des Trägers',
      body:
        'Familienzentrum Regenbogen e. V. kann ab dem Monatsersten eine Fachkraft einsetzen. ' +
        'Lena soll beim Hilfeplangespräch dabei sein; kindgerechte Vorbereitung mit ihr vereinbart (§ 8 SGB VIII).',
      daysAgo: 3,
    },
    {
      kind: 'note',
      title: 'Im Vertrauen: Schulden aus der Trennung',
      body:
        'Frau Schneider berichtet im Einzelgespräch von Schulden aus der Zeit der Trennung und bittet, dies ' +
        'nicht in die Akte für andere aufzunehmen. Hinweis auf die Schuldnerberatung gegeben. Anvertraut nach ' +
        '§ 65 SGB VIII.',
      entrusted: true,
      daysAgo: 20,
    },
    {
      kind: 'note',
      title: LENA_RELEASED_ENTRY_TITLE,
      body:
        'Ab dem Monatsersten kommt Frau Berger vom Familienzentrum Regenbogen zweimal pro Woche zu Ihnen nach ' +
        'Hause. Sie hilft bei festen Zeiten am Morgen und am Abend. Das Hilfeplangespräch ist in drei Wochen; ' +
        'Lena ist dabei. Wenn Sie Fragen haben, schreiben Sie Frau Albers vom ASD Nord.',
      daysAgo: 2,
    },
  ],
  tasks: [
    { title: 'Hilfeplangespräch mit Frau Schneider und Träger terminieren', dueInDays: 0 },
    { title: 'Schweigepflichtentbindung Schule einholen', dueInDays: -2 },
    { title: 'Entwurf Hilfeplan SPFH vorbereiten', dueInDays: 7 },
  ],
};

export const demoFamilies: DemoFamily[] = [
  lena,
  // ── ASD Nord ──────────────────────────────────────────────────────────────
  {
    team: 'asdNord',
    caseworker: 'anna.asd',
    status: 'running',
    helpType: 'p31_spfh',
    title: 'Familie Yılmaz – SPFH',
    openedDaysAgo: 290,
    updatedDaysAgo: 6,
    address: at('Ahornweg', '7', '12101'),
    persons: [
      p('mother', 'Ayşe', 'Yılmaz', 36, 'female', ['tr', 'de'], { phone: '0151 0000 1002' }),
      p('father', 'Mehmet', 'Yılmaz', 41, 'male', ['tr']),
      p('child', 'Elif', 'Yılmaz', 12, 'female', ['de', 'tr']),
      p('child', 'Can', 'Yılmaz', 9, 'male', ['de', 'tr']),
      p('child', 'Deniz', 'Yılmaz', 5, 'male', ['de', 'tr']),
    ],
    vars: { provider: 'Familienzentrum Regenbogen e. V.' },
  },
  {
    team: 'asdNord',
    caseworker: 'anna.asd',
    deputies: ['clara.leitung'],
    status: 'clarification',
    helpType: 'p8a_child_protection',
    title: 'Zofia Kowalska – Meldung Kita (§ 8a)',
    openedDaysAgo: 9,
    updatedDaysAgo: 1,
    address: at('Lindenallee', '23', '12105'),
    persons: [
      p('child', 'Zofia', 'Kowalska', 4, 'female', ['pl', 'de']),
      p('mother', 'Agnieszka', 'Kowalska', 27, 'female', ['pl', 'de'], { phone: '0151 0000 1003' }),
      p('step_father', 'Dennis', 'Krüger', 31, 'male'),
    ],
    vars: {
      reporter: 'der Kita Pusteblume',
      concern:
        'Zofia (4) hatte wiederholt Hämatome an den Oberarmen und wirkte bei der Abholung durch den Partner der Mutter verängstigt',
    },
  },
  {
    team: 'asdNord',
    caseworker: 'jonas.nord',
    status: 'review',
    helpType: 'p30_educational_assistant',
    title: 'Finn Müller – Erziehungsbeistand',
    openedDaysAgo: 420,
    updatedDaysAgo: 12,
    address: at('Fliederweg', '31', '12103'),
    persons: [
      p('child', 'Finn', 'Müller', 14, 'male'),
      p('mother', 'Katrin', 'Müller', 44, 'female', ['de'], { phone: '0151 0000 1004' }),
    ],
    vars: { provider: 'Jugendhilfe Lindenhof gGmbH', school: 'der Gesamtschule Nord' },
  },
  {
    team: 'asdNord',
    caseworker: 'anna.asd',
    status: 'inquiry',
    helpType: 'counselling',
    title: 'Familie Al-Hassan – Anfrage Schule',
    openedDaysAgo: 4,
    updatedDaysAgo: 2,
    address: at('Am Nordpark', '2', '12101'),
    persons: [
      p('father', 'Omar', 'Al-Hassan', 43, 'male', ['ar']),
      p('mother', 'Rania', 'Al-Hassan', 38, 'female', ['ar', 'de']),
      p('child', 'Yusuf', 'Al-Hassan', 11, 'male', ['ar', 'de']),
      p('child', 'Lina', 'Al-Hassan', 7, 'female', ['ar', 'de']),
    ],
    vars: { reporter: 'der Grundschule am Nordpark', school: 'der Grundschule am Nordpark' },
  },
  {
    team: 'asdNord',
    caseworker: 'clara.leitung',
    status: 'closed',
    helpType: 'p28_educational_counselling',
    title: 'Noah Becker – Erziehungsberatung',
    openedDaysAgo: 610,
    updatedDaysAgo: 400,
    address: at('Kanalstraße', '5', '12105'),
    persons: [p('child', 'Noah', 'Becker', 7, 'male'), p('mother', 'Jana', 'Becker', 32, 'female')],
    vars: { provider: 'Beratungsstelle für Eltern, Kinder und Jugendliche' },
  },
  {
    team: 'asdNord',
    caseworker: 'jonas.nord',
    status: 'running',
    helpType: 'p35a_integration_help',
    title: 'Artem Petrenko – Schulbegleitung (§ 35a)',
    openedDaysAgo: 330,
    updatedDaysAgo: 20,
    address: at('Ahornweg', '19', '12101'),
    persons: [
      p('child', 'Artem', 'Petrenko', 10, 'male', ['uk', 'ru', 'de']),
      p('mother', 'Oksana', 'Petrenko', 39, 'female', ['uk', 'ru'], { phone: '0151 0000 1007' }),
    ],
    vars: { provider: 'Schulbegleitung Brücke gGmbH', school: 'der Grundschule Birkenstraße' },
  },
  {
    team: 'asdNord',
    caseworker: 'anna.asd',
    status: 'closed',
    helpType: 'p31_spfh',
    title: 'Familie Wagner – SPFH',
    openedDaysAgo: 700,
    updatedDaysAgo: 150,
    address: at('Lindenallee', '48', '12105'),
    persons: [
      p('mother', 'Melanie', 'Wagner', 29, 'female'),
      p('father', 'Kevin', 'Wagner', 30, 'male'),
      p('child', 'Mila', 'Wagner', 6, 'female'),
      p('child', 'Ben', 'Wagner', 3, 'male'),
    ],
    vars: { provider: 'Familienzentrum Regenbogen e. V.' },
  },
  {
    team: 'asdNord',
    caseworker: 'jonas.nord',
    status: 'planning',
    helpType: 'p32_day_group',
    title: 'Minh Nguyen – Tagesgruppe',
    openedDaysAgo: 75,
    updatedDaysAgo: 5,
    address: at('Birkenstraße', '2', '12103'),
    persons: [
      p('child', 'Minh', 'Nguyen', 9, 'male', ['vi', 'de']),
      p('mother', 'Thi Lan', 'Nguyen', 35, 'female', ['vi']),
      p('father', 'Van Duc', 'Nguyen', 40, 'male', ['vi', 'de']),
    ],
    vars: { provider: 'Tagesgruppe Kastanienhof', school: 'der Grundschule Birkenstraße' },
  },
  {
    team: 'asdNord',
    caseworker: 'anna.asd',
    status: 'running',
    helpType: 'p41_young_adults',
    title: 'Alex Schmidt – Hilfe für junge Volljährige',
    openedDaysAgo: 380,
    updatedDaysAgo: 8,
    address: at('Fliederweg', '9', '12103'),
    persons: [
      p('child', 'Alex', 'Schmidt', 19, 'diverse', ['de'], { phone: '0151 0000 1010' }),
      p('mother', 'Petra', 'Schmidt', 50, 'female', ['de'], { address: at('Mühlenweg', '44', '12403') }),
    ],
    vars: { provider: 'Betreutes Wohnen Lindenhof gGmbH' },
    extraEntries: [
      {
        kind: 'note',
        title: 'Vertrauliches Einzelgespräch',
        body:
          'Alex berichtet im Einzelgespräch von Druck und abwertenden Äußerungen in der Familie wegen der ' +
          'eigenen Geschlechtsidentität und von Geldsorgen. Alex bittet ausdrücklich darum, dass dies nicht an ' +
          'die Mutter oder andere Stellen weitergegeben wird. Anvertraut nach § 65 SGB VIII.',
        entrusted: true,
        daysAgo: 30,
      },
    ],
  },
  // ── ASD Süd ───────────────────────────────────────────────────────────────
  {
    team: 'asdSued',
    caseworker: 'ben.asd',
    status: 'running',
    helpType: 'p33_foster_care',
    title: 'Mia Fischer – Vollzeitpflege',
    openedDaysAgo: 640,
    updatedDaysAgo: 15,
    address: at('Am Weiher', '8', '12203'),
    persons: [
      p('child', 'Mia', 'Fischer', 6, 'female'),
      p('mother', 'Jennifer', 'Fischer', 26, 'female', ['de'], { address: at('Schulstraße', '40', '12205') }),
      p('foster_mother', 'Heike', 'Lange', 47, 'female'),
      p('foster_father', 'Jürgen', 'Lange', 50, 'male'),
    ],
    vars: { provider: 'Pflegekinderdienst Musterstadt' },
  },
  {
    team: 'asdSued',
    caseworker: 'selin.sued',
    status: 'clarification',
    helpType: 'p31_spfh',
    title: 'Familie Demir – Klärung Hilfebedarf',
    openedDaysAgo: 24,
    updatedDaysAgo: 4,
    address: at('Südring', '61', '12201'),
    persons: [
      p('mother', 'Fatma', 'Demir', 39, 'female', ['tr', 'de']),
      p('child', 'Emre', 'Demir', 13, 'male', ['de', 'tr']),
      p('child', 'Zeynep', 'Demir', 10, 'female', ['de', 'tr']),
    ],
    vars: { school: 'der Realschule Süd' },
  },
  {
    team: 'asdSued',
    caseworker: 'ben.asd',
    deputies: ['selin.sued'],
    status: 'running',
    helpType: 'p34_residential_care',
    title: 'Ali Rahimi – Wohngruppe',
    openedDaysAgo: 500,
    updatedDaysAgo: 10,
    address: at('Rosenstraße', '17', '12201'),
    persons: [
      p('child', 'Ali', 'Rahimi', 15, 'male', ['fa', 'de'], { address: at('Goethestraße', '88', '12303') }),
      p('father', 'Farid', 'Rahimi', 48, 'male', ['fa']),
      p('mother', 'Mariam', 'Rahimi', 42, 'female', ['fa']),
    ],
    vars: { provider: 'Wohngruppe Sonnenhaus (Lindenhof gGmbH)' },
    extraEntries: [
      {
        kind: 'contact',
        title: 'Gespräch mit Ali in der Wohngruppe',
        body:
          'Ali erzählt unter vier Augen, dass er sich in eine Mitschülerin verliebt hat und deshalb am ' +
          'Wochenende lieber in der Wohngruppe bleibt. Er möchte nicht, dass die Eltern davon erfahren, ' +
          'weil er Streit befürchtet. Anvertraut nach § 65 SGB VIII; keine Hinweise auf eine Gefährdung.',
        entrusted: true,
        daysAgo: 45,
      },
    ],
  },
  {
    team: 'asdSued',
    caseworker: 'ben.asd',
    status: 'inquiry',
    helpType: 'p8a_child_protection',
    title: 'Geschwister Keller – anonyme Meldung',
    openedDaysAgo: 1,
    updatedDaysAgo: 0,
    address: at('Schulstraße', '12', '12205'),
    persons: [
      p('mother', 'Nicole', 'Keller', 24, 'female'),
      p('child', 'Leon', 'Keller', 3, 'male'),
      p('child', 'Emilia', 'Keller', 1, 'female'),
    ],
    vars: {
      reporter: 'einer anonymen Nachbarin',
      concern:
        'die Kinder Leon (3) und Emilia (1) schrien abends oft lange, die Mutter sei häufig nicht zu Hause',
    },
  },
  {
    team: 'asdSued',
    caseworker: 'selin.sued',
    status: 'review',
    helpType: 'p31_spfh',
    title: 'Familie Popescu – SPFH',
    openedDaysAgo: 260,
    updatedDaysAgo: 9,
    address: at('Tulpenweg', '22', '12203'),
    persons: [
      p('mother', 'Ioana', 'Popescu', 31, 'female', ['ro', 'de']),
      p('father', 'Andrei', 'Popescu', 35, 'male', ['ro']),
      p('child', 'Andrei', 'Popescu', 8, 'male', ['ro', 'de']),
      p('child', 'Maria', 'Popescu', 4, 'female', ['ro', 'de']),
    ],
    vars: { provider: 'Familienzentrum Regenbogen e. V.' },
  },
  {
    team: 'asdSued',
    caseworker: 'marc.sued',
    status: 'closed',
    helpType: 'p8a_child_protection',
    title: 'Jonas Braun – Meldung Schule (§ 8a)',
    openedDaysAgo: 520,
    updatedDaysAgo: 430,
    address: at('Rosenstraße', '3', '12201'),
    persons: [
      p('child', 'Jonas', 'Braun', 11, 'male'),
      p('mother', 'Stefanie', 'Braun', 40, 'female'),
      p('father', 'Dirk', 'Braun', 42, 'male'),
    ],
    vars: {
      reporter: 'der Grundschule Süd',
      concern: 'Jonas erschien mehrfach ohne wettergerechte Kleidung und berichtete von Streit zu Hause',
      provider: 'Erziehungsberatungsstelle Süd',
    },
  },
  {
    team: 'asdSued',
    caseworker: 'ben.asd',
    status: 'planning',
    helpType: 'p30_educational_assistant',
    title: 'Daniel Ivanov – Erziehungsbeistand',
    openedDaysAgo: 58,
    updatedDaysAgo: 2,
    address: at('Am Weiher', '30', '12203'),
    persons: [
      p('child', 'Daniel', 'Ivanov', 15, 'male', ['ru', 'de']),
      p('mother', 'Svetlana', 'Ivanova', 43, 'female', ['ru', 'de'], { phone: '0151 0000 1017' }),
    ],
    vars: { provider: 'Jugendhilfe Lindenhof gGmbH', school: 'der Gesamtschule Süd' },
  },
  {
    team: 'asdSued',
    caseworker: 'selin.sued',
    status: 'closed',
    helpType: 'counselling',
    title: 'Familie Hartmann – Trennungsberatung',
    openedDaysAgo: 380,
    updatedDaysAgo: 300,
    address: at('Südring', '5', '12201'),
    separated: true,
    persons: [
      p('mother', 'Claudia', 'Hartmann', 38, 'female'),
      p('father', 'Sven', 'Hartmann', 41, 'male', ['de'], { address: at('Oststraße', '70', '12401') }),
      p('child', 'Lea', 'Hartmann', 10, 'female'),
    ],
    vars: { provider: 'Beratungsstelle für Eltern, Kinder und Jugendliche' },
  },
  // ── ASD Mitte (also responsible for Ost) ─────────────────────────────────
  {
    team: 'asdMitte',
    caseworker: 'tobias.mitte',
    status: 'running',
    helpType: 'p31_spfh',
    title: 'Familie Osei – SPFH',
    openedDaysAgo: 200,
    updatedDaysAgo: 7,
    address: at('Rathausstraße', '15', '12301'),
    persons: [
      p('mother', 'Akosua', 'Osei', 33, 'female', ['en', 'de']),
      p('child', 'Kwame', 'Osei', 10, 'male', ['en', 'de']),
      p('child', 'Ama', 'Osei', 7, 'female', ['en', 'de']),
    ],
    vars: { provider: 'Familienzentrum Regenbogen e. V.' },
  },
  {
    team: 'asdMitte',
    caseworker: 'mira.mitte',
    deputies: ['tobias.mitte'],
    status: 'review',
    helpType: 'p34_residential_care',
    title: 'Lukas Richter – Wohngruppe',
    openedDaysAgo: 560,
    updatedDaysAgo: 14,
    address: at('Gartenweg', '12', '12305'),
    persons: [
      p('child', 'Lukas', 'Richter', 16, 'male', ['de'], { address: at('Goethestraße', '88', '12303') }),
      p('mother', 'Sabine', 'Richter', 45, 'female'),
      p('step_father', 'Frank', 'Berger', 49, 'male'),
    ],
    vars: { provider: 'Wohngruppe Sonnenhaus (Lindenhof gGmbH)' },
  },
  {
    team: 'asdMitte',
    caseworker: 'tobias.mitte',
    status: 'inquiry',
    helpType: 'p28_educational_counselling',
    title: 'Sophie Koch – Anfrage Mutter',
    openedDaysAgo: 6,
    updatedDaysAgo: 3,
    address: at('Mühlenweg', '6', '12403'),
    persons: [p('mother', 'Julia', 'Koch', 37, 'female'), p('child', 'Sophie', 'Koch', 13, 'female')],
    vars: { reporter: 'der Mutter', school: 'dem Gymnasium Ost' },
  },
  {
    team: 'asdMitte',
    caseworker: 'mira.mitte',
    status: 'clarification',
    helpType: 'p8a_child_protection',
    title: 'Geschwister Mansour – Meldung Polizei (§ 8a)',
    openedDaysAgo: 5,
    updatedDaysAgo: 1,
    address: at('Gartenweg', '52', '12305'),
    persons: [
      p('mother', 'Samira', 'Mansour', 34, 'female', ['ar', 'de']),
      p('father', 'Karim', 'Mansour', 39, 'male', ['ar']),
      p('child', 'Nour', 'Mansour', 9, 'female', ['ar', 'de']),
      p('child', 'Adam', 'Mansour', 6, 'male', ['ar', 'de']),
    ],
    vars: {
      reporter: 'der Polizei nach einem Einsatz wegen häuslicher Gewalt',
      concern:
        'die Kinder Nour (9) und Adam (6) waren während eines lautstarken Streits der Eltern in der Wohnung',
    },
  },
  {
    team: 'asdMitte',
    caseworker: 'tobias.mitte',
    status: 'running',
    helpType: 'p33_foster_care',
    title: 'Emma Zimmermann – Verwandtenpflege',
    openedDaysAgo: 450,
    updatedDaysAgo: 30,
    address: at('Oststraße', '21', '12401'),
    persons: [
      p('child', 'Emma', 'Zimmermann', 11, 'female'),
      p('mother', 'Vanessa', 'Zimmermann', 30, 'female', ['de'], { address: null }),
      p('grandmother', 'Renate', 'Zimmermann', 63, 'female', ['de'], { phone: '0151 0000 1023' }),
    ],
    vars: { provider: 'Pflegekinderdienst Musterstadt' },
  },
  {
    team: 'asdMitte',
    caseworker: 'tobias.mitte',
    status: 'closed',
    helpType: 'p35a_integration_help',
    title: 'Paul Lorenz – Lerntherapie (§ 35a)',
    openedDaysAgo: 690,
    updatedDaysAgo: 210,
    address: at('Marktplatz', '4', '12301'),
    persons: [
      p('child', 'Paul', 'Lorenz', 12, 'male'),
      p('mother', 'Nadine', 'Lorenz', 41, 'female'),
      p('father', 'Tim', 'Lorenz', 43, 'male'),
    ],
    vars: { provider: 'Praxis für Lerntherapie Mitte', school: 'der Gesamtschule Mitte' },
  },
  {
    team: 'asdMitte',
    caseworker: 'mira.mitte',
    status: 'planning',
    helpType: 'p35_intensive_individual',
    title: 'Burak Kaya – Intensive Einzelbetreuung',
    openedDaysAgo: 95,
    updatedDaysAgo: 4,
    address: at('Industriestraße', '9', '12403'),
    persons: [
      p('child', 'Burak', 'Kaya', 16, 'male', ['tr', 'de']),
      p('mother', 'Hatice', 'Kaya', 46, 'female', ['tr']),
    ],
    vars: { provider: 'Jugendhilfe Lindenhof gGmbH' },
  },
  {
    team: 'asdMitte',
    caseworker: 'tobias.mitte',
    status: 'running',
    helpType: 'p41_young_adults',
    title: 'Darya Sokolova – Hilfe für junge Volljährige',
    openedDaysAgo: 600,
    updatedDaysAgo: 18,
    address: at('Goethestraße', '40', '12303'),
    persons: [p('child', 'Darya', 'Sokolova', 18, 'female', ['ru', 'de'], { phone: '0151 0000 1026' })],
    vars: { provider: 'Betreutes Wohnen Lindenhof gGmbH' },
  },
  // ── UMA ───────────────────────────────────────────────────────────────────
  {
    team: 'uma',
    caseworker: 'nadia.uma',
    status: 'clarification',
    helpType: 'p42a_uma_custody',
    title: 'Ahmad Amiri – vorläufige Inobhutnahme',
    openedDaysAgo: 12,
    updatedDaysAgo: 2,
    address: clearingHouse,
    vars: { reporter: 'der Landespolizei' },
    persons: [p('child', 'Ahmad', 'Amiri', 16, 'male', ['fa', 'ps'])],
  },
  {
    team: 'uma',
    caseworker: 'paul.uma',
    status: 'running',
    helpType: 'p34_residential_care',
    title: 'Yonas Tesfaye – Jugendwohngruppe',
    openedDaysAgo: 410,
    updatedDaysAgo: 11,
    address: at('Goethestraße', '88', '12303'),
    persons: [
      p('child', 'Yonas', 'Tesfaye', 17, 'male', ['ti', 'en', 'de']),
      p('guardian', 'Katharina', 'Vogt', 52, 'female', ['de'], {
        address: at('Rathausstraße', '1', '12301'),
      }),
    ],
    vars: { provider: 'Wohngruppe Sonnenhaus (Lindenhof gGmbH)', reporter: 'der Bundespolizei' },
  },
  {
    team: 'uma',
    caseworker: 'nadia.uma',
    status: 'review',
    helpType: 'p41_young_adults',
    title: 'Samir Haidari – Verselbständigung',
    openedDaysAgo: 700,
    updatedDaysAgo: 16,
    address: at('Oststraße', '8', '12401'),
    persons: [p('child', 'Samir', 'Haidari', 19, 'male', ['fa', 'de'])],
    vars: { provider: 'Betreutes Wohnen Lindenhof gGmbH' },
  },
  {
    team: 'uma',
    caseworker: 'paul.uma',
    status: 'inquiry',
    helpType: 'p42a_uma_custody',
    title: 'Mamadou Diallo – Ankunft, Bundespolizei',
    openedDaysAgo: 0,
    updatedDaysAgo: 0,
    address: clearingHouse,
    persons: [p('child', 'Mamadou', 'Diallo', 15, 'male', ['fr', 'ff'])],
    vars: { reporter: 'der Bundespolizei am Hauptbahnhof' },
  },
  // ── Wirtschaftliche Jugendhilfe ──────────────────────────────────────────
  {
    team: 'wiju',
    caseworker: 'greta.wiju',
    status: 'running',
    helpType: 'p33_foster_care',
    title: 'Kostenerstattung § 89a – Pflegekind Sophie Bauer',
    openedDaysAgo: 300,
    updatedDaysAgo: 25,
    address: at('Tulpenweg', '11', '12203'),
    persons: [
      p('child', 'Sophie', 'Bauer', 9, 'female'),
      p('foster_mother', 'Ingrid', 'Schäfer', 55, 'female'),
      p('mother', 'Laura', 'Bauer', 28, 'female', ['de'], { address: null }),
    ],
  },
  {
    team: 'wiju',
    caseworker: 'olaf.wiju',
    status: 'closed',
    helpType: 'p34_residential_care',
    title: 'Kostenbeitrag Eltern Krause (§ 92)',
    openedDaysAgo: 540,
    updatedDaysAgo: 90,
    address: at('Marktplatz', '9', '12301'),
    persons: [
      p('child', 'Tom', 'Krause', 17, 'male', ['de'], { address: at('Goethestraße', '88', '12303') }),
      p('mother', 'Sandra', 'Krause', 46, 'female'),
      p('father', 'Michael', 'Krause', 48, 'male'),
    ],
  },
];
