// Name pools for the generated offices: one group per family language, weighted roughly like the
// clients of a German youth welfare office. All combinations are fictional.

export interface NameGroup {
  language: string;
  /** Relative share of families. */
  weight: number;
  female: string[];
  male: string[];
  last: string[];
}

export const nameGroups: NameGroup[] = [
  {
    language: 'de',
    weight: 58,
    female: [
      'Lena',
      'Mia',
      'Emma',
      'Hannah',
      'Sophie',
      'Lea',
      'Marie',
      'Laura',
      'Julia',
      'Sandra',
      'Katrin',
      'Nicole',
    ],
    male: [
      'Finn',
      'Paul',
      'Noah',
      'Leon',
      'Jonas',
      'Lukas',
      'Tim',
      'Ben',
      'Markus',
      'Thomas',
      'Dennis',
      'Kevin',
    ],
    last: [
      'Schneider',
      'Müller',
      'Schmidt',
      'Fischer',
      'Weber',
      'Wagner',
      'Becker',
      'Hoffmann',
      'Schulz',
      'Koch',
      'Richter',
      'Klein',
      'Wolf',
      'Neumann',
      'Braun',
      'Zimmermann',
      'Krüger',
      'Hartmann',
      'Lange',
      'Werner',
    ],
  },
  {
    language: 'tr',
    weight: 12,
    female: ['Elif', 'Zeynep', 'Ayşe', 'Fatma', 'Emine', 'Merve', 'Esra'],
    male: ['Can', 'Emre', 'Mehmet', 'Burak', 'Mustafa', 'Yusuf', 'Deniz'],
    last: ['Yılmaz', 'Demir', 'Kaya', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan'],
  },
  {
    language: 'ar',
    weight: 9,
    female: ['Lina', 'Nour', 'Rania', 'Samira', 'Layla', 'Amira'],
    male: ['Omar', 'Yusuf', 'Karim', 'Adam', 'Ahmad', 'Ali'],
    last: ['Al-Hassan', 'Mansour', 'Haddad', 'Khalil', 'Saleh', 'Nasser'],
  },
  {
    language: 'uk',
    weight: 6,
    female: ['Oksana', 'Daria', 'Sofiia', 'Anastasiia', 'Iryna'],
    male: ['Artem', 'Maksym', 'Dmytro', 'Andrii', 'Bohdan'],
    last: ['Petrenko', 'Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko'],
  },
  {
    language: 'ru',
    weight: 4,
    female: ['Svetlana', 'Darya', 'Natalia', 'Olga', 'Anna'],
    male: ['Daniel', 'Ivan', 'Sergej', 'Nikita', 'Alexej'],
    last: ['Ivanov', 'Sokolov', 'Popov', 'Morozov', 'Volkov'],
  },
  {
    language: 'pl',
    weight: 4,
    female: ['Zofia', 'Agnieszka', 'Katarzyna', 'Maja', 'Zuzanna'],
    male: ['Jakub', 'Piotr', 'Kacper', 'Szymon', 'Tomasz'],
    last: ['Nowak', 'Kowalczyk', 'Wiśniewski', 'Wójcik', 'Lewandowski'],
  },
  {
    language: 'fa',
    weight: 4,
    female: ['Mariam', 'Zahra', 'Parisa', 'Shirin', 'Narges'],
    male: ['Farid', 'Ali', 'Reza', 'Samir', 'Hamid'],
    last: ['Rahimi', 'Amiri', 'Haidari', 'Ahmadi', 'Karimi'],
  },
  {
    language: 'ro',
    weight: 3,
    female: ['Ioana', 'Maria', 'Elena', 'Andreea'],
    male: ['Andrei', 'Mihai', 'Ion', 'Alexandru'],
    last: ['Popescu', 'Ionescu', 'Popa', 'Stan'],
  },
];

export const streets = [
  'Ahornweg',
  'Birkenstraße',
  'Lindenallee',
  'Fliederweg',
  'Am Park',
  'Schulstraße',
  'Bahnhofstraße',
  'Rosenstraße',
  'Gartenweg',
  'Mühlenweg',
  'Goethestraße',
  'Marktplatz',
];

export const entryTitles: Record<'note' | 'contact' | 'decision' | 'status_change', string[]> = {
  note: ['Vermerk', 'Hausbesuch', 'Telefonat mit der Schule', 'Rückmeldung Kita', 'Aktenvermerk'],
  contact: [
    'Erstgespräch',
    'Gespräch mit der Mutter',
    'Gespräch mit dem Kind',
    'Hilfeplangespräch',
    'Telefonat',
  ],
  decision: ['Kollegiale Fallberatung', 'Hilfeplan beschlossen', 'Gefährdungseinschätzung', 'Bewilligung'],
  status_change: ['Statuswechsel'],
};

export const entryBodies = [
  'Gespräch mit der Mutter zur aktuellen Situation; Vereinbarungen aus dem Hilfeplan werden eingehalten.',
  'Hausbesuch: Wohnung angemessen, Kind wirkt altersgerecht versorgt. Keine Hinweise auf eine Gefährdung.',
  'Rückmeldung der Schule: Anwesenheit deutlich verbessert, Hausaufgaben werden meist erledigt.',
  'Fallberatung im Team: Hilfebedarf bestätigt, Anfrage beim Träger gestellt.',
  'Der Träger berichtet von stabilen Terminen; Konflikte um Medienzeiten bestehen weiter.',
];
