import { randomUUID } from 'node:crypto';
import { caseStatuses, helpTypeLabels, type TCasePersonRole, type TRelationKind } from '@lotse/shared';
import type { Insertable } from 'kysely';
import type { Database } from '../db/schema.js';
import { demoFamilies } from './families.js';
import type { DemoAddress, DemoEntry, DemoFamily, DemoPerson, DemoTask, PersonKind } from './model.js';
import {
  type AreaCode,
  DEMO_CITY,
  DEMO_TENANT_ID,
  demoAreas,
  demoStaff,
  demoStreetRanges,
  demoTeams,
  type TeamKey,
} from './office.js';
import { generateTimeline } from './timeline.js';

// Turns the demo office and families into table rows (pure: no database, no encryption).

type Row<T extends keyof Database> = Insertable<Database[T]>;

/** A timeline entry before encryption: `body` becomes `body_enc`. */
export type PlainEntryRow = Omit<Row<'case_entries'>, 'body_enc'> & { body: string };

export interface DemoRows {
  socialAreas: Row<'social_areas'>[];
  streets: Row<'social_area_streets'>[];
  teams: Row<'teams'>[];
  users: Row<'users'>[];
  memberships: Row<'team_memberships'>[];
  persons: Row<'persons'>[];
  households: Row<'households'>[];
  householdMembers: Row<'household_members'>[];
  relations: Row<'relations'>[];
  cases: Row<'cases'>[];
  casePersons: Row<'case_persons'>[];
  deputies: Row<'case_deputies'>[];
  entries: PlainEntryRow[];
  tasks: Row<'tasks'>[];
}

const DAY_MS = 86_400_000;
const tenant_id = DEMO_TENANT_ID;

/** The social area of an address, by the same rule as the server: street range first, then postcode. */
export function demoAreaOf(address: DemoAddress): AreaCode {
  const house = Number.parseInt(address.house, 10);
  const range = demoStreetRanges.find(
    (r) =>
      r.postcode === address.postcode &&
      r.street === address.street &&
      (r.from === null || r.from <= house) &&
      (r.to === null || house <= r.to),
  );
  if (range) return range.area;
  const areas = demoAreas.filter((a) => a.postcodes.includes(address.postcode));
  if (areas.length !== 1 || !areas[0])
    throw new Error(`Demo-Adresse ohne eindeutigen Sozialraum: ${address.street}`);
  return areas[0].code;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** A stable number from a text, so generated details differ between persons but not between runs. */
function spread(text: string, modulo: number): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + (ch.codePointAt(0) ?? 0)) % 1_000_003;
  return h % modulo;
}

function birthDate(person: DemoPerson, now: Date): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  d.setDate(d.getDate() - (person.birthdayDaysAgo ?? 20 + spread(person.first + person.last, 320)));
  d.setFullYear(d.getFullYear() - person.age);
  return isoDate(d);
}

/** A working-hours moment `daysAgo` days before now, never in the future. */
function moment(now: Date, daysAgo: number, salt: number): Date {
  const d = new Date(now.getTime() - daysAgo * DAY_MS);
  d.setHours(8 + (salt % 8), (salt * 17) % 60, 0, 0);
  return d.getTime() > now.getTime() ? new Date(now.getTime() - (salt + 1) * 7 * 60_000) : d;
}

const roleOfKind: Record<PersonKind, TCasePersonRole> = {
  child: 'child',
  mother: 'parent',
  father: 'parent',
  guardian: 'guardian',
  step_father: 'relative',
  step_mother: 'relative',
  grandmother: 'relative',
  foster_mother: 'other',
  foster_father: 'other',
};

/** "from is <kind> of to" pairs, as the genogram reads them. */
function familyRelations(f: DemoFamily, ids: string[]): [string, string, TRelationKind][] {
  const of = (...kinds: PersonKind[]) => ids.filter((_, i) => kinds.includes(f.persons[i]?.kind ?? 'child'));
  const children = of('child');
  const parents = of('mother', 'father');
  const out: [string, string, TRelationKind][] = [];
  const toChildren = (from: string[], kind: TRelationKind) => {
    for (const a of from) for (const c of children) out.push([a, c, kind]);
  };
  toChildren(parents, 'parent');
  toChildren(of('step_father', 'step_mother'), 'step_parent');
  toChildren(of('foster_mother', 'foster_father', 'grandmother'), 'foster_parent');
  toChildren(of('guardian'), 'guardian');
  children.forEach((a, i) => {
    for (const b of children.slice(i + 1)) out.push([a, b, 'sibling']);
  });
  const [p1, p2] = parents;
  if (p1 && p2 && !f.separated) out.push([p1, p2, 'partner']);
  for (const s of of('step_father', 'step_mother')) if (p1) out.push([s, p1, 'partner']);
  const [f1, f2] = of('foster_mother', 'foster_father');
  if (f1 && f2) out.push([f1, f2, 'partner']);
  // A grandmother caring for the child is also the mother's parent: three generations in the genogram.
  for (const g of of('grandmother')) for (const m of of('mother')) out.push([g, m, 'parent']);
  return out;
}

function salutation(person: DemoPerson | undefined): string {
  if (!person) return 'die Familie';
  if (person.gender === 'female') return `Frau ${person.last}`;
  if (person.gender === 'male') return `Herr ${person.last}`;
  return `${person.first} ${person.last}`;
}

function defaultTask(f: DemoFamily, index: number): DemoTask {
  const due = [-4, 0, 6, -1, 2, 7, 13, 0, 5][index % 9] ?? 0;
  switch (f.status) {
    case 'inquiry':
      return { title: 'Erstgespräch vereinbaren', dueInDays: due };
    case 'clarification':
      return f.helpType === 'p8a_child_protection'
        ? { title: 'Gefährdungseinschätzung dokumentieren', dueInDays: Math.min(due, 1) }
        : { title: 'Hausbesuch auswerten und dokumentieren', dueInDays: due };
    case 'planning':
      return { title: 'Hilfeplangespräch vorbereiten', dueInDays: due };
    case 'running':
      return { title: 'Bericht des Trägers anfordern', dueInDays: due };
    case 'review':
      return { title: 'Fortschreibung des Hilfeplans vorbereiten', dueInDays: due };
    case 'closed':
      return { title: 'Abschlussvermerk fertigstellen', dueInDays: -f.updatedDaysAgo, done: true };
  }
}

/** All demo rows; `now` anchors every relative date (ages, due dates, timeline). */
export function buildDemoRows(now: Date, passwordHash: string): DemoRows {
  const rows: DemoRows = {
    socialAreas: [],
    streets: [],
    teams: [],
    users: [],
    memberships: [],
    persons: [],
    households: [],
    householdMembers: [],
    relations: [],
    cases: [],
    casePersons: [],
    deputies: [],
    entries: [],
    tasks: [],
  };
  const areaIds = new Map<AreaCode, string>(demoAreas.map((a) => [a.code, randomUUID()]));
  const areaId = (code: AreaCode) => areaIds.get(code) ?? '';
  for (const a of demoAreas) {
    rows.socialAreas.push({
      tenant_id,
      id: areaId(a.code),
      code: a.code,
      name: a.name,
      postcodes: a.postcodes,
    });
  }
  for (const r of demoStreetRanges) {
    rows.streets.push({
      tenant_id,
      id: randomUUID(),
      social_area_id: areaId(r.area),
      postcode: r.postcode,
      street: r.street,
      house_from: r.from,
      house_to: r.to,
    });
  }
  const teamIds = new Map<TeamKey, string>();
  for (const [key, t] of Object.entries(demoTeams) as [TeamKey, (typeof demoTeams)[TeamKey]][]) {
    const id = randomUUID();
    teamIds.set(key, id);
    rows.teams.push({
      tenant_id,
      id,
      name: t.name,
      kind: t.kind,
      social_area_id: t.area ? areaId(t.area) : null,
    });
  }
  const userIds = new Map<string, string>();
  const leadOf = new Map<TeamKey, string>();
  for (const s of demoStaff) {
    const id = randomUUID();
    userIds.set(s.username, id);
    rows.users.push({
      tenant_id,
      id,
      username: s.username,
      display_name: s.displayName,
      email: `${s.username}@jugendamt-musterstadt.example`,
      password_hash: passwordHash,
      totp_secret_enc: null,
      mfa_enabled: false,
      roles: s.roles,
    });
    if (s.team) {
      rows.memberships.push({
        tenant_id,
        team_id: teamIds.get(s.team) ?? '',
        user_id: id,
        lead: s.lead ?? false,
      });
      if (s.lead) leadOf.set(s.team, s.username);
    }
  }
  const userId = (username: string) => {
    const id = userIds.get(username);
    if (!id) throw new Error(`Unbekannte Demo-Fachkraft: ${username}`);
    return id;
  };

  // Number references per prefix in order of opening, oldest first.
  const ordered = demoFamilies
    .map((family, index) => ({ family, index }))
    .sort((a, b) => b.family.openedDaysAgo - a.family.openedDaysAgo);
  const counters = new Map<string, number>();
  const anna = userId('anna.asd');

  for (const { family: f, index } of ordered) {
    const team = demoTeams[f.team];
    const familyArea = demoAreaOf(f.address);
    const prefix = team.kind === 'asd' ? familyArea : team.code;
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    const child = f.persons.find((p) => p.kind === 'child') ?? f.persons[0];
    const parent = f.persons.find((p) => p.kind !== 'child');
    const timeline: DemoEntry[] = f.entries ?? [
      ...generateTimeline(
        f.team,
        f.helpType,
        f.status,
        {
          child: child?.first ?? '',
          age: child?.age ?? 0,
          parent: salutation(parent),
          area: demoAreas.find((a) => a.code === familyArea)?.name ?? '',
          team: team.name,
          reporter: f.vars?.reporter ?? 'der Familie',
          concern: f.vars?.concern ?? '',
          school: f.vars?.school ?? 'der Schule',
          provider: f.vars?.provider ?? 'Familienzentrum Regenbogen e. V.',
          help: helpTypeLabels[f.helpType],
        },
        f,
        6 - (f.extraEntries?.length ?? 0),
      ),
      ...(f.extraEntries ?? []),
    ];
    const generated = timeline.filter((e) => e.daysAgo === undefined).length;
    let g = 0;
    const dated = timeline.map((e, i) => {
      const step = generated > 1 ? (f.openedDaysAgo - f.updatedDaysAgo) / (generated - 1) : 0;
      const daysAgo = e.daysAgo ?? Math.round(f.openedDaysAgo - step * g++);
      return { entry: e, at: moment(now, daysAgo, index + i) };
    });
    dated.sort((a, b) => a.at.getTime() - b.at.getTime());
    // The case opens with its first entry at the latest.
    const openedAt = new Date(
      Math.min(moment(now, f.openedDaysAgo, index).getTime(), dated[0]?.at.getTime() ?? Infinity),
    );
    const reference = `${openedAt.getFullYear()}-${prefix}-${String(n).padStart(4, '0')}`;
    const caseId = f.caseId ?? randomUUID();
    const caseworkerId = userId(f.caseworker);

    const personIds = f.persons.map(() => randomUUID());
    const householdId = randomUUID();
    // The family's household, when someone lives at the family address (an empty one would show).
    if (f.persons.some((person) => person.address === undefined)) {
      rows.households.push({
        tenant_id,
        id: householdId,
        // Sealed with the rest by sealLegacyPlaintext at the end of seeding.
        legacy_label: `Haushalt ${f.address.street} ${f.address.house}`,
        case_id: caseId,
      });
    }
    f.persons.forEach((person, i) => {
      const id = personIds[i] ?? '';
      const address = person.address === undefined ? f.address : person.address;
      rows.persons.push({
        tenant_id,
        id,
        // Sealed with the rest by sealLegacyPlaintext at the end of seeding.
        legacy_first_name: person.first,
        legacy_last_name: person.last,
        birth_date: birthDate(person, now),
        gender: person.gender,
        languages: person.languages,
        legacy_phone: person.phone ?? null,
        legacy_email: null,
        legacy_street: address?.street ?? null,
        legacy_house_number: address?.house ?? null,
        legacy_postcode: address?.postcode ?? null,
        legacy_city: address ? DEMO_CITY : null,
        social_area_id: address ? areaId(demoAreaOf(address)) : null,
        created_at: openedAt,
      });
      if (person.address === undefined)
        rows.householdMembers.push({ tenant_id, household_id: householdId, person_id: id });
      rows.casePersons.push({ tenant_id, case_id: caseId, person_id: id, role: roleOfKind[person.kind] });
    });
    for (const [from, to, kind] of familyRelations(f, personIds)) {
      rows.relations.push({ tenant_id, id: randomUUID(), from_person_id: from, to_person_id: to, kind });
    }

    for (const { entry, at } of dated) {
      const authorId =
        entry.author === 'lead'
          ? userId(leadOf.get(f.team) ?? f.caseworker)
          : userId(entry.author ?? f.caseworker);
      rows.entries.push({
        tenant_id,
        id: randomUUID(),
        case_id: caseId,
        kind: entry.kind,
        occurred_at: at,
        author_id: authorId,
        // Encrypted with the rest by sealLegacyPlaintext at the end of seeding.
        legacy_title: entry.title,
        body: entry.body,
        entrusted_to: entry.entrusted ? authorId : null,
        document_id: null,
        created_at: at,
      });
    }
    const updatedAt = dated.at(-1)?.at ?? openedAt;

    rows.cases.push({
      tenant_id,
      id: caseId,
      reference,
      legacy_title: f.title,
      help_type: f.helpType,
      status: f.status,
      team_id: teamIds.get(f.team) ?? '',
      caseworker_id: caseworkerId,
      // Responsibility follows where the family lives (§ 86 SGB VIII), not a child's placement.
      social_area_id: areaId(familyArea),
      opened_at: openedAt,
      closed_at: f.status === 'closed' ? updatedAt : null,
      updated_at: updatedAt,
    });
    for (const d of f.deputies ?? []) rows.deputies.push({ tenant_id, case_id: caseId, user_id: userId(d) });
    for (const t of f.tasks ?? [defaultTask(f, index)]) {
      const assignee = userId(t.assignee ?? f.caseworker);
      rows.tasks.push({
        tenant_id,
        id: randomUUID(),
        case_id: caseId,
        legacy_title: t.title,
        due_on: isoDate(new Date(now.getTime() + t.dueInDays * DAY_MS)),
        assignee_id: assignee,
        done_at: t.done ? moment(now, Math.max(0, -t.dueInDays), index) : null,
        created_by: caseworkerId,
      });
    }
  }
  // A task without a case, so "my day" shows more than case work.
  rows.tasks.push({
    tenant_id,
    id: randomUUID(),
    case_id: null,
    legacy_title: 'Anmeldung Fortbildung Kinderschutz (§ 8a) abschicken',
    due_on: isoDate(new Date(now.getTime() + 9 * DAY_MS)),
    assignee_id: anna,
    done_at: null,
    created_by: anna,
  });
  if (caseStatuses.some((s) => !rows.cases.some((c) => c.status === s)))
    throw new Error('Demo: Status fehlt');
  return rows;
}
