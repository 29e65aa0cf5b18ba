import type { THelpType, TProtectionResult } from '@lotse/shared';

// German wording of the demo history's help plans and § 8a procedures: short, without names.

/** Needs and goals of a help plan, by help type (the fallback `p27_flexible` for the rest). */
export const planTexts: Partial<Record<THelpType, { needs: string[]; goals: string[] }>> = {
  p31_spfh: {
    needs: [
      'Struktur im Alltag',
      'Entlastung der Eltern',
      'Verlässliche Versorgung der Kinder',
      'Umgang mit Behörden und Geld',
    ],
    goals: [
      'Die Familie hat feste Abläufe am Morgen und am Abend',
      'Die Kinder gehen regelmäßig in Kita und Schule',
      'Die Eltern setzen Regeln ohne Streit durch',
      'Post, Anträge und Termine sind geordnet',
      'Die Familie kennt Hilfen im Stadtteil und nutzt sie',
    ],
  },
  p28_educational_counselling: {
    needs: [
      'Erziehungsfragen klären',
      'Konflikte in der Familie entschärfen',
      'Trennung gemeinsam gestalten',
    ],
    goals: [
      'Die Eltern sprechen sich zur Erziehung ab',
      'Streit eskaliert seltener',
      'Das Kind kann über seine Sorgen sprechen',
    ],
  },
  p29_social_group_work: {
    needs: ['Soziale Kompetenzen stärken', 'Kontakt zu Gleichaltrigen'],
    goals: ['Das Kind löst Konflikte ohne Gewalt', 'Das Kind nimmt regelmäßig an der Gruppe teil'],
  },
  p30_educational_assistant: {
    needs: [
      'Verlässliche Bezugsperson außerhalb der Familie',
      'Schulbesuch sichern',
      'Perspektive nach der Schule',
    ],
    goals: [
      'Der junge Mensch geht regelmäßig zur Schule',
      'Der junge Mensch hat einen Plan für die Zeit nach der Schule',
      'Konflikte zu Hause werden besprochen statt vermieden',
      'Der junge Mensch hat eine sinnvolle Freizeitbeschäftigung',
    ],
  },
  p32_day_group: {
    needs: ['Förderung nach der Schule', 'Hausaufgabenbegleitung', 'Entlastung der Familie am Nachmittag'],
    goals: [
      'Das Kind erledigt seine Hausaufgaben selbstständig',
      'Das Kind hält sich an Gruppenregeln',
      'Die Eltern übernehmen Abläufe aus der Gruppe',
    ],
  },
  p33_foster_care: {
    needs: ['Sicheres Zuhause für das Kind', 'Kontakt zu den Eltern gestalten', 'Perspektive klären'],
    goals: [
      'Das Kind ist in der Pflegefamilie gut angekommen',
      'Besuchskontakte mit den Eltern finden verlässlich statt',
      'Die Perspektive des Kindes ist geklärt',
      'Das Kind wird in Kita oder Schule gut begleitet',
    ],
  },
  p34_residential_care: {
    needs: [
      'Stabiler Lebensort',
      'Schulbesuch oder Ausbildung',
      'Verselbstständigung',
      'Kontakt zur Familie klären',
    ],
    goals: [
      'Der junge Mensch hat einen stabilen Tagesablauf in der Gruppe',
      'Der junge Mensch besucht regelmäßig Schule oder Ausbildung',
      'Der Kontakt zur Familie ist geregelt',
      'Der junge Mensch kann Haushalt und Geld selbst organisieren',
      'Die Rückkehr in die Familie ist vorbereitet',
    ],
  },
  p35_intensive_individual: {
    needs: ['Intensive Einzelbegleitung', 'Wohnsituation sichern', 'Abstand von riskanten Kontakten'],
    goals: [
      'Der junge Mensch hält Termine verlässlich ein',
      'Der junge Mensch hat eine sichere Wohnsituation',
    ],
  },
  p35a_integration_help: {
    needs: ['Teilhabe in der Schule', 'Therapeutische Begleitung', 'Beratung der Eltern'],
    goals: [
      'Das Kind nimmt am Unterricht teil',
      'Die Therapie findet regelmäßig statt',
      'Das Kind hat Kontakte zu Gleichaltrigen',
      'Die Eltern kennen Wege im Umgang mit Krisen',
    ],
  },
  p41_young_adults: {
    needs: ['Eigene Wohnung', 'Ausbildung abschließen', 'Umgang mit Geld und Behörden'],
    goals: [
      'Der junge Mensch wohnt in einer eigenen Wohnung',
      'Der junge Mensch schließt die Ausbildung ab',
      'Anträge und Finanzen sind selbstständig geregelt',
    ],
  },
  p27_flexible: {
    needs: ['Unterstützung im Familienalltag', 'Stärkung der Erziehungskompetenz'],
    goals: [
      'Die Eltern reagieren ruhig auf schwierige Situationen',
      'Das Kind hat verlässliche Tagesabläufe',
      'Die Familie nutzt Angebote im Sozialraum',
    ],
  },
};

/** What each role says in the planning meeting (a few sentences to choose from). */
export const views = {
  child: [
    'Ich möchte, dass es zu Hause ruhiger wird.',
    'Mir geht es besser als am Anfang.',
    'Ich will mehr Zeit mit Freunden.',
  ],
  young_person: [
    'Ich will meinen Abschluss schaffen.',
    'Ich möchte selbst entscheiden, wie es weitergeht.',
    'Die Betreuerin hilft mir, das klappt gut.',
  ],
  parent: [
    'Wir wollen, dass unser Kind gut aufwächst.',
    'Ich brauche Unterstützung, allein schaffe ich das nicht.',
    'Es ist schon viel besser geworden.',
  ],
  caseworker: [
    'Die Familie arbeitet gut mit; die Hilfe ist weiter geeignet.',
    'Es gibt Fortschritte; einige Ziele brauchen mehr Zeit.',
    'Der Bedarf ist gedeckt; die Hilfe kann enden.',
  ],
  provider: ['Die Termine finden verlässlich statt.', 'Wir sehen deutliche Entwicklungsschritte.'],
} as const;

/** Agreements: who does what, as a help plan records them. */
export const agreementTexts: { text: string; owner: 'family' | 'provider' | 'staff' }[] = [
  { text: 'Wochenplan gemeinsam erstellen', owner: 'provider' },
  { text: 'Termine bei der Schule gemeinsam wahrnehmen', owner: 'family' },
  { text: 'Bericht des Trägers vor der Überprüfung einholen', owner: 'staff' },
  { text: 'Kontakt zur Beratungsstelle aufnehmen', owner: 'family' },
  { text: 'Freizeitangebot im Stadtteil suchen', owner: 'provider' },
];

/** What a report said, by who gave the hint (no names). */
export const reportTexts: Record<string, string> = {
  police_court_prosecutor:
    'Die Polizei meldet einen Einsatz wegen häuslicher Gewalt; Kinder waren in der Wohnung.',
  school: 'Die Schule meldet häufige Fehltage, Müdigkeit und fehlendes Frühstück.',
  day_care: 'Die Kita meldet wiederholt Verletzungen, die die Eltern nicht erklären können.',
  neighbours_acquaintances: 'Nachbarn melden lautes Schreien und Kinder, die abends allein sind.',
  relatives: 'Eine Verwandte macht sich Sorgen um die Versorgung des Kindes.',
  child_self: 'Das Kind wendet sich selbst an das Jugendamt und möchte nicht nach Hause.',
  parents: 'Ein Elternteil meldet sich überfordert und bittet um Hilfe.',
  health_sector: 'Die Kinderarztpraxis meldet versäumte Untersuchungen und Untergewicht.',
  social_services: 'Ein sozialer Dienst meldet Hinweise auf Vernachlässigung.',
  anonymous: 'Eine anonyme Meldung berichtet von einem verwahrlosten Kind.',
  other: 'Ein Sportverein meldet Auffälligkeiten bei einem Kind.',
};

/** The decision text of a procedure, by its result. */
export const decisionTexts: Record<TProtectionResult, string> = {
  acute:
    'Akute Kindeswohlgefährdung. Das Kind ist zu Hause nicht sicher; Schutzmaßnahmen wurden sofort eingeleitet.',
  latent:
    'Latente Kindeswohlgefährdung. Die Eltern tragen den Schutzplan mit; Hilfe wird eingeleitet und überprüft.',
  help_needed:
    'Keine Kindeswohlgefährdung, aber Hilfebedarf. Der Familie wird eine passende Hilfe angeboten.',
  no_need: 'Keine Kindeswohlgefährdung und kein weiterer Hilfebedarf. Das Verfahren wird abgeschlossen.',
};

/** The summary of the joint assessment, by result. */
export const assessmentSummaries: Record<TProtectionResult, string> = {
  acute: 'Gewichtige Anhaltspunkte bestätigt; die Eltern wenden die Gefahr nicht ab.',
  latent: 'Gefährdung nicht auszuschließen; Eltern kooperativ, Schutzplan nötig.',
  help_needed: 'Keine Gefährdung erkennbar, die Familie ist aber belastet und braucht Unterstützung.',
  no_need: 'Die Hinweise haben sich nicht bestätigt; die Versorgung des Kindes ist gesichert.',
};

/** Tasks of a protection plan for acute or latent results. */
export const protectionTasks: { text: string; owner: 'staff' | 'family' | 'provider' }[] = [
  { text: 'Hausbesuch zur Überprüfung der Absprachen', owner: 'staff' },
  { text: 'Kind regelmäßig in Kita oder Schule bringen', owner: 'family' },
  { text: 'Wöchentliche Rückmeldung an das Jugendamt', owner: 'provider' },
  { text: 'Termin in der Kinderarztpraxis wahrnehmen', owner: 'family' },
];

/** Reasons a facility gives when it declines an inquiry. */
export const declineReasons = [
  'Zurzeit kein freier Platz.',
  'Die Altersgruppe passt nicht zu unserer Gruppe.',
  'Der Bedarf übersteigt unser Angebot.',
];
