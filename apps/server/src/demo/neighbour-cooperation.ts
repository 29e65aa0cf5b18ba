import type { TDirectoryKind, TOfferLanguage } from '@lotse/shared';

// What the demo's two offices share: two templates Musterstadt published, and the region's experts
// and services. All names, numbers and addresses are invented (phone numbers in the 01234 range
// that is not assigned, addresses in the fictional towns, domains under .example).

export interface DemoTemplate {
  title: string;
  kind: 'checklist' | 'letter';
  tags: string[];
  summary: string;
  body: string;
}

export const demoSharedTemplates: DemoTemplate[] = [
  {
    title: 'Hausbesuch bei Kindeswohlgefährdung',
    kind: 'checklist',
    tags: ['kinderschutz', 'hausbesuch', '8a'],
    summary:
      'Was vor, während und nach einem Hausbesuch nach einer Meldung zu tun ist – abgestimmt mit der insoweit erfahrenen Fachkraft.',
    body: [
      '# Hausbesuch bei Kindeswohlgefährdung',
      '',
      '## Vorher',
      '',
      '- [ ] Meldung und gewichtige Anhaltspunkte gelesen, Vorakten und frühere Meldungen geprüft',
      '- [ ] Mit der Teamleitung abgestimmt: angekündigt oder unangekündigt, wer fährt mit (immer zu zweit)',
      '- [ ] Dolmetschen geklärt, wenn die Familie wenig Deutsch spricht',
      '- [ ] Rufbereitschaft und Erreichbarkeit der Teamleitung während des Besuchs geklärt',
      '',
      '## Beim Besuch',
      '',
      '- [ ] Sich vorstellen, Anlass offen und verständlich nennen',
      '- [ ] Das Kind sehen und – altersgerecht – allein sprechen',
      '- [ ] Versorgung, Schlafplatz, Wohnung und Stimmung beobachten; nichts durchsuchen',
      '- [ ] Sorgeberechtigte beteiligen: Sicht der Eltern erfragen, Ressourcen erfragen',
      '- [ ] Bei akuter Gefahr: Schutz sicherstellen, Inobhutnahme nach § 42 SGB VIII prüfen',
      '',
      '## Danach',
      '',
      '- [ ] Vermerk am selben Tag: [Datum], [Uhrzeit], Anwesende, Beobachtung getrennt von Einschätzung',
      '- [ ] Gefährdungseinschätzung im Zusammenwirken mehrerer Fachkräfte (§ 8a Abs. 1 SGB VIII)',
      '- [ ] Rückmeldung an die meldende Stelle, soweit zulässig (§ 4 Abs. 4 KKG)',
      '- [ ] Nächste Schritte und Fristen im Fall eintragen',
    ].join('\n'),
  },
  {
    title: 'Einladung zum Hilfeplangespräch',
    kind: 'letter',
    tags: ['hilfeplan', 'brief', 'beteiligung'],
    summary:
      'Briefvorlage in einfacher Sprache: Einladung der Eltern und des jungen Menschen zum Hilfeplangespräch.',
    body: [
      'Sehr geehrte/r [Anrede] [Name],',
      '',
      'wir laden Sie herzlich zum Hilfeplangespräch ein:',
      '',
      '- **Wann:** am [Datum] um [Uhrzeit]',
      '- **Wo:** [Ort, Raum]',
      '- **Wer kommt:** Sie, [Name des Kindes], [Träger] und ich',
      '',
      'Im Gespräch schauen wir gemeinsam, was seit dem letzten Mal gut gelaufen ist, was noch schwer ist und was als Nächstes passieren soll. Ihre Meinung und die Meinung von [Name des Kindes] sind uns wichtig (§ 36 SGB VIII).',
      '',
      'Sie können gern eine Person Ihres Vertrauens mitbringen. Wenn Sie eine Dolmetscherin oder einen Dolmetscher brauchen, sagen Sie uns bitte Bescheid – das kostet Sie nichts.',
      '',
      'Wenn Sie nicht kommen können, melden Sie sich bitte bis [Datum] bei mir.',
      '',
      'Mit freundlichen Grüßen',
      '',
      '[Name der Fachkraft]  ',
      'Jugendamt [Ort], Allgemeiner Sozialer Dienst',
    ].join('\n'),
  },
];

export interface DemoDirectoryEntry {
  name: string;
  kind: TDirectoryKind;
  topics: string[];
  languages: TOfferLanguage[];
  region: string;
  postcodes?: string[];
  phone: string | null;
  email: string | null;
  address: string | null;
  website: string | null;
  notes: string;
  /** Added by Nachbarstadt (default: Musterstadt). */
  neighbour?: boolean;
}

const MUSTERSTADT = [
  '12101',
  '12103',
  '12105',
  '12201',
  '12203',
  '12205',
  '12301',
  '12303',
  '12305',
  '12401',
  '12403',
  '12501',
];
const NACHBARSTADT = ['12601', '12603', '12605'];

export const demoDirectory: DemoDirectoryEntry[] = [
  {
    name: 'Kinder- und Jugendpsychiatrie Musterstadt (Klinikum Musterland)',
    kind: 'child_psychiatry',
    topics: ['diagnostik', 'krise', 'suizidalität', 'essstörung'],
    languages: ['de', 'en', 'tr'],
    region: 'Musterstadt und Landkreis Musterland',
    phone: '01234 5670-100',
    email: 'kjp-ambulanz@klinikum-musterland.example',
    address: 'Klinikweg 2, 12301 Musterstadt',
    website: 'https://klinikum-musterland.example/kjp',
    notes:
      'Notfallambulanz rund um die Uhr; Terminsprechstunde Montag bis Freitag. Fallbesprechungen mit dem ASD nach Absprache.',
  },
  {
    name: 'Institutsambulanz für Kinder- und Jugendpsychiatrie Nachbarstadt',
    kind: 'child_psychiatry',
    topics: ['diagnostik', 'adhs', 'trauma'],
    languages: ['de', 'ru', 'uk'],
    region: 'Nachbarstadt',
    postcodes: NACHBARSTADT,
    phone: '01234 6670-200',
    email: 'ambulanz@kjp-nachbarstadt.example',
    address: 'Am Stadtpark 7, 12603 Nachbarstadt',
    website: 'https://kjp-nachbarstadt.example',
    notes: 'Wartezeit für Erstgespräche derzeit etwa sechs Wochen; bei Kinderschutzfällen schneller.',
    neighbour: true,
  },
  {
    name: 'Dolmetscherdienst Sprachbrücke',
    kind: 'interpreting',
    topics: ['dolmetschen', 'elterngespräch', 'hilfeplan'],
    languages: ['ar', 'tr', 'uk', 'fa', 'ru', 'ps', 'ku'],
    region: 'Musterland',
    phone: '01234 5670-300',
    email: 'einsatz@sprachbruecke.example',
    address: null,
    website: 'https://sprachbruecke.example',
    notes:
      'Einsätze vor Ort und per Video; zwei Werktage Vorlauf, in Krisen am selben Tag. Abrechnung über das Jugendamt.',
  },
  {
    name: 'Gemeindedolmetschdienst Nachbarstadt',
    kind: 'interpreting',
    topics: ['dolmetschen', 'sprachmittlung'],
    languages: ['ar', 'ti', 'so', 'ro', 'bg', 'pl'],
    region: 'Nachbarstadt und Musterstadt',
    phone: '01234 6670-310',
    email: 'vermittlung@gdd-nachbarstadt.example',
    address: null,
    website: null,
    notes:
      'Geschulte Sprachmittlerinnen und Sprachmittler für Gespräche mit Familien; keine Übersetzung von Urkunden.',
    neighbour: true,
  },
  {
    name: 'Gebärdensprachdolmetschen Musterland',
    kind: 'interpreting',
    topics: ['dolmetschen', 'gehörlosigkeit', 'barrierefreiheit'],
    languages: ['dgs'],
    region: 'Musterland',
    phone: '01234 5670-320',
    email: 'auftrag@gebaerden-musterland.example',
    address: null,
    website: 'https://gebaerden-musterland.example',
    notes: 'Bitte eine Woche Vorlauf; Kosten übernimmt nach Absprache das Jugendamt.',
  },
  {
    name: 'Insoweit erfahrene Fachkraft – Kinderschutzzentrum Musterstadt',
    kind: 'experienced_professional',
    topics: ['kinderschutz', 'fallberatung', '8a', 'sexualisierte gewalt'],
    languages: ['de', 'en'],
    region: 'Musterstadt',
    postcodes: MUSTERSTADT,
    phone: '01234 5670-400',
    email: 'beratung@kinderschutzzentrum-musterstadt.example',
    address: 'Lindenallee 80, 12105 Musterstadt',
    website: 'https://kinderschutzzentrum-musterstadt.example',
    notes:
      'Anonymisierte Fallberatung für Schulen, Kitas und Träger nach § 8a Abs. 4 und § 8b SGB VIII; Termine innerhalb einer Woche.',
  },
  {
    name: 'Insoweit erfahrene Fachkraft – Caritas-Fachdienst Nachbarstadt',
    kind: 'experienced_professional',
    topics: ['kinderschutz', 'fallberatung', '8a', 'vernachlässigung'],
    languages: ['de', 'pl'],
    region: 'Nachbarstadt',
    postcodes: NACHBARSTADT,
    phone: '01234 6670-410',
    email: 'iefk@caritas-nachbarstadt.example',
    address: 'Kirchplatz 3, 12601 Nachbarstadt',
    website: null,
    notes: 'Beratung auch für Vereine und Jugendgruppen.',
    neighbour: true,
  },
  {
    name: 'Amtsgericht Musterstadt – Familiengericht',
    kind: 'family_court',
    topics: ['familiengericht', 'eilverfahren', 'sorgerecht', 'umgang'],
    languages: ['de'],
    region: 'Musterstadt',
    postcodes: MUSTERSTADT,
    phone: '01234 5670-500',
    email: 'poststelle@ag-musterstadt.example',
    address: 'Gerichtsstraße 1, 12201 Musterstadt',
    website: 'https://ag-musterstadt.example',
    notes:
      'Eilanträge nach § 1666 BGB über den Bereitschaftsdienst; Schriftsätze über das besondere Behördenpostfach.',
  },
  {
    name: 'Amtsgericht Nachbarstadt – Familiengericht',
    kind: 'family_court',
    topics: ['familiengericht', 'sorgerecht', 'umgang'],
    languages: ['de'],
    region: 'Nachbarstadt',
    postcodes: NACHBARSTADT,
    phone: '01234 6670-500',
    email: 'poststelle@ag-nachbarstadt.example',
    address: 'Schlossstraße 9, 12605 Nachbarstadt',
    website: null,
    notes: 'Zuständig auch für den Nordteil des Landkreises.',
    neighbour: true,
  },
  {
    name: 'Erziehungs- und Familienberatungsstelle Musterstadt',
    kind: 'counselling_centre',
    topics: ['erziehungsberatung', 'trennung', 'scheidung', 'pubertät'],
    languages: ['de', 'tr', 'ar'],
    region: 'Musterstadt',
    postcodes: MUSTERSTADT,
    phone: '01234 5670-600',
    email: 'kontakt@eb-musterstadt.example',
    address: 'Marktplatz 5, 12301 Musterstadt',
    website: 'https://eb-musterstadt.example',
    notes: 'Offene Sprechstunde dienstags 15–17 Uhr; Beratung nach § 28 SGB VIII kostenfrei und vertraulich.',
  },
  {
    name: 'Schwangerschafts- und Familienberatung Donum',
    kind: 'counselling_centre',
    topics: ['schwangerschaft', 'frühe hilfen', 'junge eltern'],
    languages: ['de', 'en', 'fa'],
    region: 'Musterland',
    phone: '01234 5670-610',
    email: 'beratung@donum.example',
    address: null,
    website: 'https://donum.example',
    notes: 'Auch Beratung zu Hilfen nach der Geburt und zur vertraulichen Geburt.',
  },
  {
    name: 'Jugend- und Drogenberatung Kompass',
    kind: 'addiction_counselling',
    topics: ['sucht', 'cannabis', 'medienabhängigkeit', 'eltern suchtkranker'],
    languages: ['de', 'ru'],
    region: 'Musterstadt und Nachbarstadt',
    phone: '01234 5670-700',
    email: 'team@kompass-beratung.example',
    address: 'Hafenstraße 21, 12501 Musterstadt',
    website: 'https://kompass-beratung.example',
    notes: 'Gruppe für Kinder aus suchtbelasteten Familien jeden Donnerstag.',
  },
  {
    name: 'Frauenhaus Musterland',
    kind: 'women_shelter',
    topics: ['häusliche gewalt', 'gewaltschutz', 'schutzunterkunft'],
    languages: ['de', 'en', 'ar', 'tr', 'uk'],
    region: 'Musterland',
    phone: '01234 5670-800',
    email: 'aufnahme@frauenhaus-musterland.example',
    address: null,
    website: 'https://frauenhaus-musterland.example',
    notes:
      'Adresse wird nicht veröffentlicht. Aufnahme rund um die Uhr über das Telefon; Kinder werden mit aufgenommen.',
  },
  {
    name: 'Interventionsstelle gegen häusliche Gewalt',
    kind: 'women_shelter',
    topics: ['häusliche gewalt', 'gewaltschutz', 'wegweisung'],
    languages: ['de', 'tr'],
    region: 'Musterland',
    phone: '01234 5670-810',
    email: 'info@interventionsstelle.example',
    address: null,
    website: null,
    notes:
      'Pro-aktive Beratung nach Polizeieinsätzen; meldet sich innerhalb von drei Tagen bei der Betroffenen.',
  },
  {
    name: 'Gesundheitsamt Musterland – Kinder- und Jugendgesundheitsdienst',
    kind: 'health_service',
    topics: ['schuleingangsuntersuchung', 'impfungen', 'entwicklung'],
    languages: ['de'],
    region: 'Musterland',
    phone: '01234 5670-900',
    email: 'kjgd@gesundheitsamt-musterland.example',
    address: 'Am Ring 40, 12303 Musterstadt',
    website: null,
    notes: 'Entwicklungsdiagnostik auf Überweisung; Hausbesuche durch Kinderkrankenschwestern möglich.',
  },
  {
    name: 'Familienhebammen und Frühe Hilfen Netzwerk Musterland',
    kind: 'early_help',
    topics: ['frühe hilfen', 'familienhebamme', 'babys', 'junge eltern'],
    languages: ['de', 'ar', 'uk'],
    region: 'Musterstadt und Nachbarstadt',
    phone: '01234 5670-910',
    email: 'koordination@fruehe-hilfen-musterland.example',
    address: null,
    website: 'https://fruehe-hilfen-musterland.example',
    notes:
      'Koordinierungsstelle vermittelt Familienhebammen und Familien-Gesundheits- und Kinderkrankenpflegerinnen.',
  },
  {
    name: 'Polizeiinspektion Musterstadt – Opferschutz und Jugendsachbearbeitung',
    kind: 'police',
    topics: ['opferschutz', 'jugendkriminalität', 'häusliche gewalt'],
    languages: ['de'],
    region: 'Musterstadt',
    postcodes: MUSTERSTADT,
    phone: '01234 5670-110',
    email: 'opferschutz.pi-musterstadt@polizei.example',
    address: null,
    website: null,
    notes: 'In akuten Lagen immer über den Notruf 110.',
  },
  {
    name: 'Schulpsychologische Beratungsstelle Musterland',
    kind: 'school',
    topics: ['schulangst', 'schulabsentismus', 'mobbing', 'krise'],
    languages: ['de', 'en'],
    region: 'Musterland',
    phone: '01234 5670-120',
    email: 'schulpsychologie@schulamt-musterland.example',
    address: null,
    website: null,
    notes: 'Krisenteam für Schulen nach belastenden Ereignissen.',
  },
  {
    name: 'Beratungsstelle für Flüchtlinge und Migrantinnen – Brückenbau e. V.',
    kind: 'counselling_centre',
    topics: ['asyl', 'aufenthaltsrecht', 'umf', 'familiennachzug'],
    languages: ['ar', 'fa', 'ps', 'ti', 'so', 'fr', 'en'],
    region: 'Musterstadt und Nachbarstadt',
    phone: '01234 5670-130',
    email: 'beratung@brueckenbau.example',
    address: null,
    website: 'https://brueckenbau.example',
    notes:
      'Asyl- und aufenthaltsrechtliche Beratung, auch für unbegleitete Minderjährige und ihre Vormünder.',
  },
  {
    name: 'Fachberatung gegen sexualisierte Gewalt – Wildwasser Nachbarstadt',
    kind: 'counselling_centre',
    topics: ['sexualisierte gewalt', 'kinderschutz', 'prävention'],
    languages: ['de', 'en'],
    region: 'Nachbarstadt und Musterstadt',
    phone: '01234 6670-140',
    email: 'kontakt@wildwasser-nachbarstadt.example',
    address: null,
    website: null,
    notes: 'Beratung für betroffene Mädchen und junge Frauen, Angehörige und Fachkräfte.',
    neighbour: true,
  },
];
