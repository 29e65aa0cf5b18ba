import type { THelpType, TOfferLanguage, TOfferSetting, TSpecialisation } from '@lotse/shared';
import type { Insertable } from 'kysely';
import type { Tx } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { DEMO_CITY, DEMO_TENANT_ID } from './office.js';

// The region's providers (freie Träger), invented for the demo: 34 organisations with 84 facilities
// around Musterstadt, each with offers and free places. Deterministic, so tests can rely on them.

type Row<T extends keyof Database> = Insertable<Database[T]>;

/** Lena's SPFH provider (help plan: "Familienhilfe Nord e. V."), where emil.traeger works. */
export const DEMO_PROVIDER_ID = providerId(1);

function providerId(n: number) {
  return `5eed0001-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}
export const demoFacilityId = (n: number) => `5eed0002-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const offerId = (n: number) => `5eed0003-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** Postcode centres of the demo town and its neighbours (invented, around 52.3° N 9.8° E). */
export const demoPostcodes: { postcode: string; place: string; latitude: number; longitude: number }[] = [
  { postcode: '12101', place: `${DEMO_CITY}-Nord`, latitude: 52.335, longitude: 9.79 },
  { postcode: '12103', place: `${DEMO_CITY}-Nord`, latitude: 52.342, longitude: 9.81 },
  { postcode: '12105', place: `${DEMO_CITY}-Nord`, latitude: 52.326, longitude: 9.8 },
  { postcode: '12201', place: `${DEMO_CITY}-Süd`, latitude: 52.268, longitude: 9.79 },
  { postcode: '12203', place: `${DEMO_CITY}-Süd`, latitude: 52.259, longitude: 9.805 },
  { postcode: '12205', place: `${DEMO_CITY}-Süd`, latitude: 52.275, longitude: 9.77 },
  { postcode: '12301', place: `${DEMO_CITY}-Mitte`, latitude: 52.302, longitude: 9.8 },
  { postcode: '12303', place: `${DEMO_CITY}-Mitte`, latitude: 52.298, longitude: 9.815 },
  { postcode: '12305', place: `${DEMO_CITY}-Mitte`, latitude: 52.305, longitude: 9.785 },
  { postcode: '12401', place: `${DEMO_CITY}-Ost`, latitude: 52.3, longitude: 9.86 },
  { postcode: '12403', place: `${DEMO_CITY}-Ost`, latitude: 52.31, longitude: 9.875 },
  { postcode: '12501', place: 'Seedorf', latitude: 52.38, longitude: 9.7 },
  { postcode: '12503', place: 'Kirchhausen', latitude: 52.21, longitude: 9.93 },
  { postcode: '12505', place: 'Bergheim am Wald', latitude: 52.42, longitude: 9.95 },
  { postcode: '12507', place: 'Altenfelde', latitude: 52.18, longitude: 9.66 },
  { postcode: '12509', place: 'Neuwiesen', latitude: 52.46, longitude: 9.82 },
];

interface Template {
  kind: string;
  setting: TOfferSetting;
  helpTypes: THelpType[];
  ages: [number, number];
  capacity: [number, number];
  genders?: ('female' | 'male' | 'diverse')[];
  specialisations?: TSpecialisation[];
  title: string;
}

const templates: Template[] = [
  {
    kind: 'Familienhilfe',
    setting: 'ambulant',
    helpTypes: ['p31_spfh', 'p27_flexible'],
    ages: [0, 17],
    capacity: [10, 20],
    title: 'Sozialpädagogische Familienhilfe',
  },
  {
    kind: 'Erziehungsbeistandschaft',
    setting: 'ambulant',
    helpTypes: ['p30_educational_assistant', 'p35_intensive_individual'],
    ages: [10, 20],
    capacity: [8, 15],
    title: 'Erziehungsbeistand und Einzelbetreuung',
  },
  {
    kind: 'Tagesgruppe',
    setting: 'teilstationaer',
    helpTypes: ['p32_day_group'],
    ages: [6, 14],
    capacity: [8, 10],
    title: 'Tagesgruppe nach der Schule',
  },
  {
    kind: 'Wohngruppe',
    setting: 'stationaer',
    helpTypes: ['p34_residential_care'],
    ages: [12, 18],
    capacity: [6, 9],
    specialisations: ['trauma'],
    title: 'Jugendwohngruppe',
  },
  {
    kind: 'Kinderwohngruppe',
    setting: 'stationaer',
    helpTypes: ['p34_residential_care'],
    ages: [6, 13],
    capacity: [6, 8],
    specialisations: ['siblings'],
    title: 'Kinderwohngruppe mit Geschwisteraufnahme',
  },
  {
    kind: 'Krisenwohngruppe',
    setting: 'stationaer',
    helpTypes: ['p42_emergency_custody', 'p34_residential_care'],
    ages: [12, 17],
    capacity: [4, 7],
    specialisations: ['emergency_custody'],
    title: 'Inobhutnahme und Krisenplätze',
  },
  {
    kind: 'Mutter-Kind-Haus',
    setting: 'stationaer',
    helpTypes: ['p19_parent_child_home'],
    ages: [15, 27],
    capacity: [5, 8],
    genders: ['female'],
    specialisations: ['mother_child'],
    title: 'Gemeinsame Wohnform für Mütter und Kinder',
  },
  {
    kind: 'Betreutes Wohnen',
    setting: 'stationaer',
    helpTypes: ['p34_residential_care', 'p41_young_adults'],
    ages: [16, 21],
    capacity: [6, 12],
    title: 'Betreutes Jugendwohnen',
  },
  {
    kind: 'Clearinghaus',
    setting: 'stationaer',
    helpTypes: ['p42a_uma_custody', 'p34_residential_care'],
    ages: [14, 18],
    capacity: [8, 12],
    specialisations: ['unaccompanied_minors', 'trauma'],
    title: 'Clearing und Wohngruppe für unbegleitete Minderjährige',
  },
  {
    kind: 'Beratungsstelle',
    setting: 'ambulant',
    helpTypes: ['p28_educational_counselling', 'p16_family_education', 'p17_separation_counselling'],
    ages: [0, 27],
    capacity: [20, 40],
    title: 'Erziehungs- und Familienberatung',
  },
  {
    kind: 'Intensivgruppe',
    setting: 'stationaer',
    helpTypes: ['p34_residential_care', 'p35_intensive_individual'],
    ages: [13, 17],
    capacity: [4, 6],
    specialisations: ['intensive', 'psychiatric'],
    title: 'Intensivpädagogische Wohngruppe',
  },
  {
    kind: 'Mädchenwohngruppe',
    setting: 'stationaer',
    helpTypes: ['p34_residential_care'],
    ages: [12, 18],
    capacity: [6, 8],
    genders: ['female'],
    specialisations: ['girls_only', 'trauma'],
    title: 'Mädchenwohngruppe',
  },
  {
    kind: 'Integrationshilfe',
    setting: 'ambulant',
    helpTypes: ['p35a_integration_help'],
    ages: [3, 18],
    capacity: [10, 25],
    specialisations: ['disability'],
    title: 'Schulbegleitung und Eingliederungshilfe',
  },
  {
    kind: 'Soziale Gruppenarbeit',
    setting: 'teilstationaer',
    helpTypes: ['p29_social_group_work'],
    ages: [8, 16],
    capacity: [8, 12],
    title: 'Soziale Gruppenarbeit',
  },
  {
    kind: 'Pflegekinderdienst',
    setting: 'stationaer',
    helpTypes: ['p33_foster_care'],
    ages: [0, 17],
    capacity: [10, 30],
    title: 'Vermittlung und Begleitung von Pflegefamilien',
  },
  {
    kind: 'Suchthilfe',
    setting: 'stationaer',
    helpTypes: ['p34_residential_care', 'p35a_integration_help'],
    ages: [14, 21],
    capacity: [5, 8],
    specialisations: ['addiction'],
    title: 'Wohngruppe mit Suchthilfe',
  },
];

/** The organisations; the first is emil.traeger's (SPFH, Lena's help). Names are invented. */
const providerNames: [string, string][] = [
  ['Familienhilfe Nord e. V.', 'e. V.'],
  ['Jugendhilfe Lindenhof gGmbH', 'gGmbH'],
  ['Familienzentrum Regenbogen e. V.', 'e. V.'],
  ['Diakonisches Werk Musterland', 'e. V.'],
  ['Caritasverband für Musterstadt e. V.', 'e. V.'],
  ['AWO Kreisverband Musterland e. V.', 'e. V.'],
  ['Kinder- und Jugendhilfe Sonnenhaus gGmbH', 'gGmbH'],
  ['Schulbegleitung Brücke gGmbH', 'gGmbH'],
  ['Kastanienhof Jugendhilfe e. V.', 'e. V.'],
  ['Paritätische Dienste Musterstadt gGmbH', 'gGmbH'],
  ['Pflegekinderdienst Musterstadt e. V.', 'e. V.'],
  ['Beratungsstelle für Eltern, Kinder und Jugendliche e. V.', 'e. V.'],
  ['Internationaler Bund Musterland', 'e. V.'],
  ['Lebenshilfe Musterland e. V.', 'e. V.'],
  ['Jugendwerk St. Martin gGmbH', 'gGmbH'],
  ['Kinderschutzbund Musterstadt e. V.', 'e. V.'],
  ['Hof Wiesengrund Jugendhilfe gGmbH', 'gGmbH'],
  ['Neue Wege Jugendhilfe gGmbH', 'gGmbH'],
  ['Verein für Jugendwohnen Musterstadt e. V.', 'e. V.'],
  ['Evangelische Jugendhilfe am See gGmbH', 'gGmbH'],
  ['Brückenschlag – Hilfe für Familien e. V.', 'e. V.'],
  ['Mädchenhaus Musterland e. V.', 'e. V.'],
  ['Ankerplatz Clearinghaus gGmbH', 'gGmbH'],
  ['Haus Lichtblick Mutter-Kind-Hilfe e. V.', 'e. V.'],
  ['Jugendhilfe Bergheim gGmbH', 'gGmbH'],
  ['Sozialwerk Altenfelde e. V.', 'e. V.'],
  ['Kinderdorf Neuwiesen e. V.', 'e. V.'],
  ['Step by Step Intensivpädagogik gGmbH', 'gGmbH'],
  ['Sprungbrett Soziale Gruppenarbeit e. V.', 'e. V.'],
  ['Weitblick Suchthilfe für Jugendliche gGmbH', 'gGmbH'],
  ['Johanniter Jugendhilfe Musterland', 'gGmbH'],
  ['Kirchhausener Kinderhaus e. V.', 'e. V.'],
  ['Seedorfer Familiendienste e. V.', 'e. V.'],
  ['Stadtteilarbeit Ost e. V.', 'e. V.'],
];

const languagePool: TOfferLanguage[][] = [
  ['de'],
  ['de', 'en'],
  ['de', 'tr'],
  ['de', 'ar'],
  ['de', 'en', 'ar', 'fa'],
  ['de', 'ru', 'uk'],
  ['de', 'pl', 'ro'],
  ['de', 'en', 'fr'],
];
const streets = [
  'Lindenallee',
  'Bahnhofstraße',
  'Am Markt',
  'Gartenweg',
  'Kastanienweg',
  'Schulstraße',
  'Birkenstraße',
  'Feldweg',
  'Mühlenstraße',
  'Seestraße',
];

/** A small deterministic pseudo-random sequence (the demo must look the same on every start). */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export interface DemoProviderRows {
  providers: Row<'providers'>[];
  facilities: Row<'provider_facilities'>[];
  offers: Row<'provider_offers'>[];
  log: Row<'facility_availability_log'>[];
}

/** Builds the providers, facilities (2–3 each, 84 in all) and offers; pure. */
export function buildDemoProviders(now: Date): DemoProviderRows {
  const random = sequence(42);
  const rows: DemoProviderRows = { providers: [], facilities: [], offers: [], log: [] };
  let facilityNo = 0;
  providerNames.forEach(([name, legalForm], index) => {
    const pid = providerId(index + 1);
    const slug = name
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 30);
    rows.providers.push({
      id: pid,
      name,
      legal_form: legalForm,
      email: `kontakt@${slug}.example`,
      phone: `0123 4${String(100 + index).padStart(3, '0')} 0`,
      website: `https://${slug}.example`,
    });
    const count = index < 16 ? 3 : 2;
    for (let k = 0; k < count; k++) {
      facilityNo += 1;
      // Lena's provider runs SPFH first; the others spread over the templates.
      const template =
        index === 0 && k === 0 ? templates[0]! : templates[(index * 3 + k * 5) % templates.length]!;
      const place = demoPostcodes[(index + k * 7) % demoPostcodes.length]!;
      const capacity =
        template.capacity[0] + Math.floor(random() * (template.capacity[1] - template.capacity[0] + 1));
      const free = random() < 0.3 ? 0 : Math.floor(random() * Math.min(4, capacity / 2 + 1));
      const reserved = Math.min(capacity - free, random() < 0.3 ? 1 : 0);
      const ageDays = [0, 0, 1, 3, 5, 12, 30, -1][Math.floor(random() * 8)]!;
      const confirmedAt = ageDays < 0 ? null : new Date(now.getTime() - ageDays * 86_400_000 - 3_600_000);
      const fid = demoFacilityId(facilityNo);
      rows.facilities.push({
        id: fid,
        provider_id: pid,
        name: `${template.kind} ${place.place.replace(`${DEMO_CITY}-`, '')}`,
        street: `${streets[facilityNo % streets.length]} ${1 + (facilityNo % 40)}`,
        postcode: place.postcode,
        city: place.place,
        latitude: place.latitude + (random() - 0.5) * 0.02,
        longitude: place.longitude + (random() - 0.5) * 0.03,
        service_area: template.setting === 'ambulant' ? `${DEMO_CITY} und Umland` : null,
        phone: `0123 5${String(facilityNo).padStart(3, '0')} 1`,
        email: `einrichtung${facilityNo}@${slug}.example`,
        capacity,
        free_places: free,
        reserved_places: reserved,
        confirmed_at: confirmedAt,
      });
      if (confirmedAt) {
        rows.log.push({
          facility_id: fid,
          free_places: free,
          reserved_places: reserved,
          recorded_at: confirmedAt,
        });
      }
      rows.offers.push({
        id: offerId(facilityNo),
        facility_id: fid,
        provider_id: pid,
        title: template.title,
        description: `${template.title} von ${name} in ${place.place}.`,
        help_types: template.helpTypes,
        setting: template.setting,
        age_min: template.ages[0],
        age_max: template.ages[1],
        genders: template.genders ?? [],
        specialisations: template.specialisations ?? [],
        languages: languagePool[(index + k) % languagePool.length]!,
        fee_agreement_ref: `LEV-${2024 + (index % 3)}-${String(facilityNo).padStart(3, '0')}`,
      });
    }
  });
  return rows;
}

/**
 * Seeds the region's providers (global, unless another office already brought them), links them to
 * the office and makes `adminUserId` (emil.traeger in the demo) provider admin of Lena's SPFH provider.
 */
export async function seedDemoProviders(
  tx: Tx,
  now: Date,
  office: { tenantId: string; adminUserId?: string | undefined } = { tenantId: DEMO_TENANT_ID },
): Promise<void> {
  const rows = buildDemoProviders(now);
  const exists = await tx
    .selectFrom('providers')
    .select('id')
    .where('id', '=', DEMO_PROVIDER_ID)
    .executeTakeFirst();
  if (!exists) {
    await tx
      .insertInto('postcode_locations')
      .values(demoPostcodes)
      .onConflict((oc) => oc.doNothing())
      .execute();
    await tx.insertInto('providers').values(rows.providers).execute();
    await tx.insertInto('provider_facilities').values(rows.facilities).execute();
    await tx.insertInto('provider_offers').values(rows.offers).execute();
    if (rows.log.length > 0) await tx.insertInto('facility_availability_log').values(rows.log).execute();
  }
  await tx
    .insertInto('provider_offices')
    .values(rows.providers.map((p) => ({ tenant_id: office.tenantId, provider_id: p.id })))
    .execute();
  if (office.adminUserId) {
    await tx
      .insertInto('provider_staff')
      .values({
        tenant_id: office.tenantId,
        user_id: office.adminUserId,
        provider_id: DEMO_PROVIDER_ID,
        provider_role: 'admin',
      })
      .execute();
  }
}
