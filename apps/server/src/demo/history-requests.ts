import { randomBytes, randomUUID } from 'node:crypto';
import type { TIntakeTopic } from '@lotse/shared';
import type { Tx } from '../db/connection.js';
import { newAccessCode } from '../modules/requests/index.js';
import { hashPassword } from '../platform/auth/passwords.js';
import type { SealedText } from '../platform/sealed-text.js';
import type { DemoRows } from './build.js';
import { historyStaff } from './history-build.js';
import { DAY_MS, Random } from './history-random.js';
import { type AreaCode, DEMO_TENANT_ID, demoTeams, type TeamKey } from './office.js';

// Families' past requests (closed), each with the office's first answer, so the planning figure
// "time to first contact" has a history. No family can open them: the PIN is a random secret.

const REQUESTS = 480;
const MONTHS = 24;
const teamOfArea: Record<AreaCode, TeamKey> = {
  NORD: 'asdNord',
  SUED: 'asdSued',
  MITTE: 'asdMitte',
  OST: 'asdMitte',
  HAFEN: 'asdMitte',
};
const areas: AreaCode[] = ['NORD', 'NORD', 'SUED', 'SUED', 'MITTE', 'MITTE', 'OST', 'HAFEN'];
const topics: TIntakeTopic[] = [
  'parenting',
  'family_conflict',
  'separation',
  'school',
  'young_adult',
  'child_wellbeing',
];

/** Days until the first answer: mostly within two days, some a week; faster in recent months. */
function answerDays(random: Random, monthsAgo: number): number {
  const slow = random.chance(0.12) ? random.between(4, 9) : random.between(0.1, 2.5);
  return slow * (0.7 + monthsAgo / MONTHS / 2);
}

/** Inserts the past requests with their conversation and the office's first message. */
export async function seedDemoRequestHistory(
  { tx, sealed }: { tx: Tx; sealed: SealedText },
  rows: Pick<DemoRows, 'socialAreas' | 'teams' | 'users'>,
  now: Date,
): Promise<number> {
  const random = new Random(4711);
  const pinHash = await hashPassword(randomBytes(24).toString('base64url'));
  const areaId = new Map(rows.socialAreas.map((a) => [a.code, a.id as string]));
  const teamId = new Map(rows.teams.map((t) => [t.name, t.id as string]));
  const userId = new Map(rows.users.map((u) => [u.username, u.id as string]));
  const requests = [];
  const conversations = [];
  const messages = [];
  for (let i = 0; i < REQUESTS; i++) {
    const monthsAgo = random.between(0.3, MONTHS);
    const createdAt = new Date(now.getTime() - monthsAgo * 30.44 * DAY_MS);
    const area = random.pick(areas);
    const team = teamOfArea[area];
    const answeredAt = new Date(
      Math.min(now.getTime(), createdAt.getTime() + answerDays(random, monthsAgo) * DAY_MS),
    );
    const id = randomUUID();
    const conversationId = randomUUID();
    const messageId = randomUUID();
    const tId = teamId.get(demoTeams[team].name) as string;
    requests.push({
      tenant_id: DEMO_TENANT_ID,
      id,
      access_code: newAccessCode(),
      pin_hash: pinHash,
      status: 'closed',
      urgent: false,
      topic: random.pick(topics),
      confidence: 0.8,
      danger_signals: [],
      language: 'de',
      writer_role: 'parent',
      age: null,
      anonymous: false,
      social_area_id: areaId.get(area) ?? null,
      team_id: tId,
      flow_version: null,
      summary_enc: await sealed.seal(
        JSON.stringify({
          concern: 'Anfrage aus dem Altbestand (Demo)',
          name: null,
          phone: null,
          email: null,
          postcode: null,
          street: null,
          houseNumber: null,
        }),
        `intake-summary:${id}`,
      ),
      transcript_enc: await sealed.seal(JSON.stringify([]), `intake-transcript:${id}`),
      created_at: createdAt,
      updated_at: answeredAt,
    });
    conversations.push({
      tenant_id: DEMO_TENANT_ID,
      id: conversationId,
      intake_request_id: id,
      team_id: tId,
      subject: 'Ihre Anfrage',
      confidential: false,
      status: 'closed',
      created_at: createdAt,
      closed_at: answeredAt,
    });
    messages.push({
      tenant_id: DEMO_TENANT_ID,
      id: messageId,
      conversation_id: conversationId,
      sender_user_id: userId.get(random.pick(historyStaff[team])) ?? null,
      body_enc: await sealed.seal(
        'Guten Tag, wir haben Ihre Anfrage gelesen und melden uns zu einem Termin.',
        `message:${messageId}`,
      ),
      attachment_id: null,
      created_at: answeredAt,
      read_by_family_at: answeredAt,
      read_by_staff_at: answeredAt,
    });
  }
  for (let i = 0; i < requests.length; i += 200) {
    await tx
      .insertInto('intake_requests')
      .values(requests.slice(i, i + 200))
      .execute();
    await tx
      .insertInto('conversations')
      .values(conversations.slice(i, i + 200))
      .execute();
    await tx
      .insertInto('messages')
      .values(messages.slice(i, i + 200))
      .execute();
  }
  return requests.length;
}
