import type { TRole } from '@lotse/shared';

// The fictional office "Jugendamt Musterstadt": social areas, teams and staff of the demo.

export const DEMO_TENANT_ID = '6d75e57e-0000-4000-8000-000000000001';
export const DEMO_TENANT_SLUG = 'musterstadt';
export const DEMO_CITY = 'Musterstadt';
/** Shared by every demo account; shown on the login page in demo mode only. */
export const DEMO_PASSWORD = 'Lotse-Demo-2026!';

export type AreaCode = 'NORD' | 'SUED' | 'MITTE' | 'OST' | 'HAFEN';

export interface DemoArea {
  code: AreaCode;
  name: string;
  postcodes: string[];
}

// 12105 and 12305 are split between two areas; `demoStreetRanges` decides there.
export const demoAreas: DemoArea[] = [
  {
    code: 'NORD',
    name: 'Nord',
    postcodes: ['12101', '12103', '12105'],
  },
  {
    code: 'SUED',
    name: 'Süd',
    postcodes: ['12201', '12203', '12205'],
  },
  {
    code: 'MITTE',
    name: 'Mitte',
    postcodes: ['12105', '12301', '12303', '12305'],
  },
  {
    code: 'OST',
    name: 'Ost',
    postcodes: ['12305', '12401', '12403'],
  },
  // Small on purpose (about 700 young people): planners see suppressed cells (".") there.
  {
    code: 'HAFEN',
    name: 'Hafen',
    postcodes: ['12501'],
  },
];

/** Street ranges for postcodes that belong to two areas (null bounds: the whole street). */
export const demoStreetRanges: {
  postcode: string;
  street: string;
  area: AreaCode;
  from: number | null;
  to: number | null;
}[] = [
  { postcode: '12105', street: 'Lindenallee', area: 'NORD', from: 1, to: 59 },
  { postcode: '12105', street: 'Lindenallee', area: 'MITTE', from: 60, to: 140 },
  { postcode: '12105', street: 'Bahnhofstraße', area: 'MITTE', from: null, to: null },
  { postcode: '12105', street: 'Kanalstraße', area: 'NORD', from: null, to: null },
  { postcode: '12305', street: 'Gartenweg', area: 'MITTE', from: 1, to: 30 },
  { postcode: '12305', street: 'Gartenweg', area: 'OST', from: 31, to: 99 },
  { postcode: '12305', street: 'Mühlenstraße', area: 'OST', from: null, to: null },
];

export type TeamKey = 'asdNord' | 'asdSued' | 'asdMitte' | 'uma' | 'wiju';

export interface DemoTeam {
  name: string;
  kind: 'asd' | 'uma' | 'wiju';
  /** The area the team is responsible for; ASD Mitte also covers Ost and Hafen. */
  area: AreaCode | null;
  /** Used in case references for cases without a social area. */
  code: string;
}

export const demoTeams: Record<TeamKey, DemoTeam> = {
  asdNord: { name: 'ASD Nord', kind: 'asd', area: 'NORD', code: 'NORD' },
  asdSued: { name: 'ASD Süd', kind: 'asd', area: 'SUED', code: 'SUED' },
  asdMitte: { name: 'ASD Mitte', kind: 'asd', area: 'MITTE', code: 'MITTE' },
  uma: { name: 'UMA', kind: 'uma', area: null, code: 'UMA' },
  wiju: { name: 'Wirtschaftliche Jugendhilfe', kind: 'wiju', area: null, code: 'WIJU' },
};

export interface DemoStaff {
  username: string;
  displayName: string;
  roles: TRole[];
  team: TeamKey | null;
  lead?: boolean;
  /** German description for the login list; staff without one are not listed there. */
  login?: string;
}

export const demoStaff: DemoStaff[] = [
  {
    username: 'anna.asd',
    displayName: 'Anna Albers',
    roles: ['caseworker'],
    team: 'asdNord',
    login: 'Fachkraft ASD Nord (u. a. Fall Lena Schneider)',
  },
  {
    username: 'ben.asd',
    displayName: 'Ben Brandt',
    roles: ['caseworker'],
    team: 'asdSued',
    login: 'Fachkraft ASD Süd',
  },
  {
    username: 'clara.leitung',
    displayName: 'Clara Conrad',
    roles: ['team_lead', 'caseworker'],
    team: 'asdNord',
    lead: true,
    login: 'Teamleitung ASD Nord',
  },
  {
    username: 'dora.datenschutz',
    displayName: 'Dora Dietz',
    roles: ['dpo'],
    team: null,
    login: 'Datenschutzbeauftragte',
  },
  {
    username: 'emil.traeger',
    displayName: 'Emil Engel',
    roles: ['provider_staff'],
    team: null,
    login: 'Trägerportal (Familienhilfe Nord e. V., Lenas SPFH)',
  },
  {
    username: 'fiona.planung',
    displayName: 'Fiona Fuchs',
    roles: ['planner'],
    team: null,
    login: 'Jugendhilfeplanung (Kennzahlen, Statistik)',
  },
  {
    username: 'greta.beschwerde',
    displayName: 'Greta Gerber',
    roles: ['complaints_office'],
    team: null,
    login: 'Beschwerdestelle (§ 9a)',
  },
  {
    username: 'hanna.amtsleitung',
    displayName: 'Hanna Hartmann',
    roles: ['management'],
    team: null,
    login: 'Amtsleitung (Kennzahlen, Statistik)',
  },
  {
    username: 'admin',
    displayName: 'Admin Musterstadt',
    roles: ['admin'],
    team: null,
    login: 'Administration',
  },
  { username: 'jonas.nord', displayName: 'Jonas Nowak', roles: ['caseworker'], team: 'asdNord' },
  {
    username: 'nils.neu',
    displayName: 'Nils Neumann',
    roles: ['caseworker'],
    team: 'asdNord',
    login: 'Neue Fachkraft ASD Nord (Einarbeitung, Mentorin Anna)',
  },
  {
    username: 'marc.sued',
    displayName: 'Marc Weber',
    roles: ['team_lead', 'caseworker'],
    team: 'asdSued',
    lead: true,
  },
  { username: 'selin.sued', displayName: 'Selin Yıldırım', roles: ['caseworker'], team: 'asdSued' },
  {
    username: 'mira.mitte',
    displayName: 'Mira Hoffmann',
    roles: ['team_lead', 'caseworker'],
    team: 'asdMitte',
    lead: true,
  },
  { username: 'tobias.mitte', displayName: 'Tobias Krämer', roles: ['caseworker'], team: 'asdMitte' },
  {
    username: 'nadia.uma',
    displayName: 'Nadia Haddad',
    roles: ['team_lead', 'caseworker'],
    team: 'uma',
    lead: true,
  },
  { username: 'paul.uma', displayName: 'Paul Lehnert', roles: ['caseworker'], team: 'uma' },
  { username: 'greta.wiju', displayName: 'Greta Scholz', roles: ['caseworker'], team: 'wiju' },
  { username: 'olaf.wiju', displayName: 'Olaf Petersen', roles: ['caseworker'], team: 'wiju' },
];

/** The accounts the server prints at start in demo mode (password: `DEMO_PASSWORD`). */
export const demoLogins: { username: string; description: string }[] = demoStaff.flatMap((s) =>
  s.login ? [{ username: s.username, description: s.login }] : [],
);
