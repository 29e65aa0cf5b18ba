import type { AreaCode } from './office.js';

// Names and streets of the demo history's families. None of the surnames occurs in the hand-written
// demo or in the e2e tests, and no name starts with a name searched there, so searches keep their results.

/** The words of a text block: keeps the long name lists compact. */
const words = (text: string): readonly string[] => text.trim().split(/\s+/);

/** Where a family's names come from, and the languages spoken at home. */
export interface Origin {
  key: string;
  /** Share of the families (UMA excluded). */
  weight: number;
  surnames: readonly string[];
  girls: readonly string[];
  boys: readonly string[];
  mothers: readonly string[];
  fathers: readonly string[];
  /** Language lists of the household, the first being the family language. */
  languages: readonly (readonly string[])[];
}

export const origins: readonly Origin[] = [
  {
    key: 'de',
    weight: 62,
    surnames: words(`
      Abeling Ahlers Behrens Brüning Bruhns Carstens Claußen Dammann Detjen Dierks Dreyer Eggers
      Ehlers Evers Feddersen Frerichs Gerdes Gosch Grotjahn Hagedorn Harms Hauschildt Heitmann
      Hinrichs Iversen Jessen Kählert Kiehn Kracht Kröger Lemke Lindemann Lohse Lüders Mahnke
      Marquardt Meinke Niemeyer Nissen Oelke Ohlsen Oltmanns Ottens Pieper Plambeck Quade Quast Raabe
      Rademacher Reimers Rickmers Rohwer Schlüter Siemsen Sievers Stüven Pahl Thode Tiedemann Tönnies
      Ulrichs Uphoff Utecht Vollmer Voss Wendt Westphal Wiechmann Wrede Wübbena Zastrow Brandes
      Hollmann Ostermann Bartels Böttcher Fricke Gehrke Hoppe Jahnke Lübbers Menke Nolte Poppe Stolte
      Tegeler Wessels Wulff
    `),
    girls: words(`
      Hannah Ida Frieda Marlene Johanna Charlotte Luisa Amelie Nele Pia Ronja Matilda Carla Romy Elisa
      Merle Wiebke Tilda Svea Helene Hedda Selma Nora Fenja Thea Rosa Smilla Joline Edda Malin Zoe
      Frida
    `),
    boys: words(`
      Felix Maximilian Elias Anton Henri Theo Oskar Moritz Jakob Friedrich Matteo Luca Niklas Fabian
      Malte Ole Hannes Till Bastian Kilian Linus Mats Piet Rasmus Konstantin Vincent Valentin Mattis
      Johann Erik Hugo Lasse
    `),
    mothers: words(`
      Anja Birgit Christina Doreen Franziska Kerstin Manuela Silke Tanja Yvonne Susanne Simone Annett
      Carina Doris Ines Jessica Maren
    `),
    fathers: words(`
      Andreas Björn Christian Dominik Florian Holger Ingo Jens Kai Norbert Patrick Ralf Sascha
      Thorsten Uwe Volker Matthias René
    `),
    languages: [['de']],
  },
  {
    key: 'tr',
    weight: 11,
    surnames: words(`
      Aksoy Arslan Bulut Çelik Doğan Erdem Güneş Karaca Korkmaz Öztürk Polat Şahin Tekin Uysal Yavuz
      Aydın Kılıç Özdemir Acar Duman
    `),
    girls: words(`
      Ecrin Defne Irem Esra Hira Aylin Melis Nisa Eylül Duru
    `),
    boys: words(`
      Arda Efe Kerem Mert Yunus Baran Eymen Ömer Berat Kaan
    `),
    mothers: words(`
      Emine Gül Hülya Sevgi Derya Songül Filiz
    `),
    fathers: words(`
      Hakan Murat Serkan Volkan Orhan Cem Erkan
    `),
    languages: [
      ['tr', 'de'],
      ['de', 'tr'],
    ],
  },
  {
    key: 'ar',
    weight: 8,
    surnames: words(`
      Khalil Nasser Saleh Aziz Darwish Hamdan Jaber Mahmoud Othman Qasim Sabbagh Barakat Khoury Najjar
      Shami Zaher
    `),
    girls: words(`
      Amira Layan Rahaf Hala Salma Yasmin Lamar Aya
    `),
    boys: words(`
      Hamza Bilal Ilyas Tariq Jamal Khaled Yazan Adnan Rami Majd
    `),
    mothers: words(`
      Huda Rasha Suha Manal Reem Nisrine
    `),
    fathers: words(`
      Ahmed Khalid Walid Bassam Firas Nabil Ziad
    `),
    languages: [['ar', 'de'], ['ar']],
  },
  {
    key: 'pl',
    weight: 5,
    surnames: words(`
      Mazur Sikora Wrona Dudek Pawlak Kaczmarek Wilk Sobczak Zając Kubiak
    `),
    girls: words(`
      Weronika Zuzanna Natalia Oliwia Maja
    `),
    boys: words(`
      Kacper Szymon Mateusz Jakub Filip
    `),
    mothers: words(`
      Katarzyna Magdalena Ewa Joanna Beata
    `),
    fathers: words(`
      Piotr Krzysztof Marek Grzegorz
    `),
    languages: [['pl', 'de']],
  },
  {
    key: 'uk',
    weight: 7,
    surnames: words(`
      Kovalenko Bondarenko Tkachuk Melnyk Shevchuk Savchenko Kravets Lysenko Marchenko Boiko
    `),
    girls: words(`
      Polina Sofiia Anastasiia Viktoriia Yelyzaveta
    `),
    boys: words(`
      Oleksandr Maksym Bohdan Danylo Mykyta
    `),
    mothers: words(`
      Olena Iryna Nataliia Tetiana Yuliia
    `),
    fathers: words(`
      Andrii Serhii Volodymyr Ihor Vasyl
    `),
    languages: [['uk', 'de'], ['ru', 'de'], ['uk']],
  },
  {
    key: 'ro',
    weight: 5,
    surnames: words(`
      Ionescu Dumitru Munteanu Stanciu Hoxha Berisha Krasniqi Gashi
    `),
    girls: words(`
      Elena Bianca Ilinca Arta Drita
    `),
    boys: words(`
      Luan Erion Dario Ilir Florin
    `),
    mothers: words(`
      Mihaela Valbona Florentina Gabriela
    `),
    fathers: words(`
      Ionut Constantin Bekim Arben Dragan
    `),
    languages: [
      ['ro', 'de'],
      ['sq', 'de'],
    ],
  },
  {
    key: 'wa',
    weight: 2,
    surnames: words(`
      Mensah Owusu Boateng Adjei Okafor Eze Ndiaye
    `),
    girls: words(`
      Abena Efua Adaeze Fatou Aminata
    `),
    boys: words(`
      Kofi Yaw Chidi Moussa Ousmane
    `),
    mothers: words(`
      Akua Adwoa Ngozi Awa
    `),
    fathers: words(`
      Kwaku Kwabena Emeka Ibrahima Abdoulaye
    `),
    languages: [
      ['en', 'de'],
      ['fr', 'de'],
    ],
  },
];

/** Unaccompanied young refugees (UMA): no parents in Germany, the language of the country they fled. */
export const refugees = {
  surnames: words(`
    Sultani Noori Hakimi Sadeqi Rezai Jafari Kidane Gebremedhin Haile Abdi Warsame Jalloh Bah Sesay
    Kamara Yousufzai Nazari Habibi Mohammadi Tekle Berhane Hussaini
  `),
  boys: words(`
    Mustafa Abdullah Hamid Faisal Jawad Habib Rahmat Zabiullah Dawit Yonatan Mehari Abdirahman Liban
    Ibrahim Idris Sekou
  `),
  girls: words(`
    Mahbuba Senait Hodan Zahra Maryam
  `),
  languages: [['fa'], ['ps'], ['ar'], ['ti'], ['so'], ['ku', 'ar']] as readonly (readonly string[])[],
};

/** Streets of each social area, on postcodes that belong to that area alone. */
export const areaStreets: Record<AreaCode, { postcode: string; streets: readonly string[] }[]> = {
  NORD: [
    {
      postcode: '12101',
      streets: ['Nordring', 'Eichendorffstraße', 'Kiefernweg', 'Am Nordpark'],
    },
    {
      postcode: '12103',
      streets: ['Heideweg', 'Fliederweg', 'Wacholderweg', 'Birkenstraße'],
    },
  ],
  SUED: [
    {
      postcode: '12201',
      streets: ['Südring', 'Rosenstraße', 'Lerchenstraße'],
    },
    {
      postcode: '12203',
      streets: ['Am Weiher', 'Tulpenweg', 'Amselweg'],
    },
    {
      postcode: '12205',
      streets: ['Schulstraße', 'Wiesenweg', 'Drosselgasse'],
    },
  ],
  MITTE: [
    {
      postcode: '12301',
      streets: ['Marktplatz', 'Rathausstraße', 'Kirchplatz', 'Postgasse'],
    },
    {
      postcode: '12303',
      streets: ['Goethestraße', 'Schillerstraße', 'Theaterstraße'],
    },
  ],
  OST: [
    {
      postcode: '12401',
      streets: ['Oststraße', 'Werkstraße', 'Zechenstraße'],
    },
    {
      postcode: '12403',
      streets: ['Industriestraße', 'Mühlenweg', 'Kokereiweg'],
    },
  ],
  HAFEN: [
    {
      postcode: '12501',
      streets: ['Hafenstraße', 'Kaiweg', 'Speicherstraße', 'Fischerweg', 'Werftstraße'],
    },
  ],
};

/** Where newly arrived young refugees live first (the demo's clearing house in Ost). */
export const clearingHouse = { street: 'Am Sportplatz', house: '12', postcode: '12401' } as const;
