import { randomUUID } from 'node:crypto';
import type { TWeeklyHours } from '@lotse/shared';
import { type Kysely, sql } from 'kysely';
import type { Db } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { DEMO_TENANT_ID } from './office.js';

// How the demo office reaches families and routes their requests (topic × social area → team).
const days = (weekdays: number[], opens: string, closes: string): TWeeklyHours =>
  weekdays.map((weekday) => ({ weekday, opens, closes }));
const asdHours = [...days([1, 2, 3, 4], '08:00', '16:00'), ...days([5], '08:00', '13:00')];

const teamContacts: Record<
  string,
  { phone: string; email: string; address: string; hours: string; weeklyHours: TWeeklyHours }
> = {
  'ASD Nord': {
    phone: '0800 123 45 11',
    email: 'asd-nord@jugendamt-musterstadt.example',
    address: 'Nordring 12, 12101 Musterstadt',
    hours: 'Mo–Do 8–16 Uhr, Fr 8–13 Uhr',
    weeklyHours: asdHours,
  },
  'ASD Süd': {
    phone: '0800 123 45 22',
    email: 'asd-sued@jugendamt-musterstadt.example',
    address: 'Südallee 5, 12201 Musterstadt',
    hours: 'Mo–Do 8–16 Uhr, Fr 8–13 Uhr',
    weeklyHours: asdHours,
  },
  'ASD Mitte': {
    phone: '0800 123 45 33',
    email: 'asd-mitte@jugendamt-musterstadt.example',
    address: 'Rathausplatz 1, 12301 Musterstadt',
    hours: 'Mo–Do 8–16 Uhr, Fr 8–13 Uhr',
    weeklyHours: asdHours,
  },
  UMA: {
    phone: '0800 123 45 44',
    email: 'uma@jugendamt-musterstadt.example',
    address: 'Rathausplatz 1, 12301 Musterstadt',
    hours: 'Mo–Fr 9–15 Uhr',
    weeklyHours: days([1, 2, 3, 4, 5], '09:00', '15:00'),
  },
  'Wirtschaftliche Jugendhilfe': {
    phone: '0800 123 45 55',
    email: 'wiju@jugendamt-musterstadt.example',
    address: 'Rathausplatz 1, 12301 Musterstadt',
    hours: 'Di und Do 9–12 Uhr',
    weeklyHours: days([2, 4], '09:00', '12:00'),
  },
};

/**
 * Routing rules and team contacts for the demo office; runs once (skips when rules exist). In one
 * transaction under an advisory lock: two instances starting at once must not both add the rules.
 */
export async function setUpDemoIntake(db: Db): Promise<void> {
  await db.withOwner((owner: Kysely<Database>) =>
    owner.isTransaction ? setUp(owner) : owner.transaction().execute(setUp),
  );
}

async function setUp(o: Kysely<Database>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('lotse:demo-intake'))`.execute(o);
  const existing = await o
    .selectFrom('routing_rules')
    .select('id')
    .where('tenant_id', '=', DEMO_TENANT_ID)
    .limit(1)
    .execute();
  if (existing.length > 0) return;
  const teams = await o
    .selectFrom('teams')
    .select(['id', 'name'])
    .where('tenant_id', '=', DEMO_TENANT_ID)
    .execute();
  const areas = await o
    .selectFrom('social_areas')
    .select(['id', 'code'])
    .where('tenant_id', '=', DEMO_TENANT_ID)
    .execute();
  const team = (name: string) => teams.find((t) => t.name === name)?.id;
  const area = (code: string) => areas.find((a) => a.code === code)?.id;
  for (const t of teams) {
    const c = teamContacts[t.name];
    if (c)
      await o
        .updateTable('teams')
        .set({
          phone: c.phone,
          email: c.email,
          address: c.address,
          hours: c.hours,
          weekly_hours: JSON.stringify(c.weeklyHours),
        })
        .where('tenant_id', '=', DEMO_TENANT_ID)
        .where('id', '=', t.id)
        .execute();
  }
  const rules: [string | null, string | null, string][] = [
    [null, 'NORD', 'ASD Nord'],
    [null, 'SUED', 'ASD Süd'],
    [null, 'MITTE', 'ASD Mitte'],
    [null, 'OST', 'ASD Mitte'],
    ['refugee', null, 'UMA'],
    ['child_support', null, 'Wirtschaftliche Jugendhilfe'],
    [null, null, 'ASD Mitte'],
  ];
  for (const [topic, areaCode, teamName] of rules) {
    const teamId = team(teamName);
    if (!teamId) continue;
    await o
      .insertInto('routing_rules')
      .values({
        tenant_id: DEMO_TENANT_ID,
        id: randomUUID(),
        topic,
        social_area_id: areaCode ? (area(areaCode) ?? null) : null,
        team_id: teamId,
      })
      .execute();
  }
}
