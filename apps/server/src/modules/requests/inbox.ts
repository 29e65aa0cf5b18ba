import type { TInboxDetail, TInboxItem, TIntakeStatus, TIntakeTopic, TWriterRole } from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import type { Actor } from '../../platform/actor.js';
import type { KeyRing } from '../../platform/crypto.js';
import { HttpError } from '../../platform/errors.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { isTeamMember } from '../tenancy/index.js';
import { allowedRequestActions, canOnRequest, type RequestFacts } from './policy.js';
import { type IntakeSummary, summaryContext, transcriptContext } from './register-request.js';

function selectRequests(tx: Tx) {
  return (
    tx
      .selectFrom('intake_requests as r')
      .innerJoin('directory_teams as t', (j) =>
        j.onRef('t.tenant_id', '=', 'r.tenant_id').onRef('t.id', '=', 'r.team_id'),
      )
      .leftJoin('directory_social_areas as sa', (j) =>
        j.onRef('sa.tenant_id', '=', 'r.tenant_id').onRef('sa.id', '=', 'r.social_area_id'),
      )
      .leftJoin('directory_users as u', (j) =>
        j.onRef('u.tenant_id', '=', 'r.tenant_id').onRef('u.id', '=', 'r.claimed_by'),
      )
      // Unread family messages (messaging's readable view): a reply after the case was opened keeps
      // the request in the inbox.
      .leftJoin('conversation_activity as ca', (j) =>
        j.onRef('ca.tenant_id', '=', 'r.tenant_id').onRef('ca.intake_request_id', '=', 'r.id'),
      )
      .select([
        'r.tenant_id',
        'r.id',
        'r.status',
        'r.urgent',
        'r.danger_signals',
        'r.topic',
        'r.confidence',
        'r.language',
        'r.writer_role',
        'r.age',
        'r.anonymous',
        'r.team_id',
        't.name as team_name',
        'sa.id as area_id',
        'sa.name as area_name',
        'r.claimed_by',
        'u.display_name as claimed_name',
        'r.case_id',
        'r.created_at',
        sql<number>`floor(extract(epoch FROM (now() - r.created_at)) / 60)::int`.as('age_minutes'),
        'r.summary_enc',
        'r.transcript_enc',
        sql<number>`coalesce(ca.unread_by_staff, 0)`.as('unread_messages'),
      ])
  );
}
export type RequestRow = Awaited<ReturnType<ReturnType<typeof selectRequests>['execute']>>[number];

export const factsOf = (r: {
  tenant_id: string;
  team_id: string;
  status: string;
  claimed_by: string | null;
  case_id: string | null;
}): RequestFacts => ({
  tenantId: r.tenant_id,
  teamId: r.team_id,
  status: r.status as TIntakeStatus,
  claimedBy: r.claimed_by,
  caseId: r.case_id,
});

function presentItem(r: RequestRow, actor: Actor): TInboxItem {
  return {
    id: r.id,
    status: r.status as TIntakeStatus,
    urgent: r.urgent,
    dangerSignals: r.danger_signals,
    topic: r.topic as TIntakeTopic,
    confidence: r.confidence,
    language: r.language,
    writerRole: r.writer_role as TWriterRole,
    age: r.age,
    anonymous: r.anonymous,
    team: { id: r.team_id, name: r.team_name },
    socialArea: r.area_id && r.area_name ? { id: r.area_id, name: r.area_name } : null,
    claimedBy: r.claimed_by && r.claimed_name ? { id: r.claimed_by, displayName: r.claimed_name } : null,
    caseId: r.case_id,
    createdAt: new Date(r.created_at).toISOString(),
    ageMinutes: r.age_minutes,
    unreadMessages: r.unread_messages,
    allowedActions: allowedRequestActions(actor, factsOf(r)),
  };
}

/** The inbox of the actor's teams: open requests and unread family replies, urgent first, then the oldest. */
export async function listInbox(
  { tx, actor, audit }: ActorScope,
  filter: { teamId?: string | undefined; includeDone: boolean },
) {
  const teams = filter.teamId ? actor.memberTeamIds.filter((t) => t === filter.teamId) : actor.memberTeamIds;
  if (teams.length === 0) return [];
  let q = selectRequests(tx).where('r.team_id', 'in', teams);
  if (!filter.includeDone) {
    q = q.where((eb) => eb.or([eb('r.status', 'in', ['new', 'claimed']), eb('ca.unread_by_staff', '>', 0)]));
  }
  // Open work first (urgent, then the oldest); with the done ones shown, those follow newest first.
  const open = sql<boolean>`(r.status IN ('new', 'claimed') OR coalesce(ca.unread_by_staff, 0) > 0)`;
  const rows = await q
    .orderBy(open, 'desc')
    .orderBy('r.urgent', 'desc')
    .orderBy(
      sql`CASE WHEN ${open} THEN extract(epoch FROM r.created_at) ELSE -extract(epoch FROM r.created_at) END`,
    )
    .limit(200)
    .execute();
  const visible = rows.filter((r) => canOnRequest(actor, 'read', factsOf(r)));
  await audit({ action: 'intake.list', resourceType: 'intake', details: { ids: visible.map((r) => r.id) } });
  return visible.map((r) => presentItem(r, actor));
}

/** The request if the actor may read it; unknown and forbidden look the same (404, audited). */
export async function loadRequestForActor({ tx, actor }: ActorScope, id: string): Promise<RequestRow> {
  const row = await selectRequests(tx).where('r.id', '=', id).executeTakeFirst();
  if (!row || !canOnRequest(actor, 'read', factsOf(row))) {
    throw new NotVisibleError('intake', id, 'Anfrage');
  }
  return row;
}

export async function decryptSummary(
  tx: Tx,
  keys: KeyRing,
  row: { tenant_id: string; id: string; summary_enc: Uint8Array },
): Promise<IntakeSummary> {
  return JSON.parse(await keys.decryptText(tx, row.tenant_id, row.summary_enc, summaryContext(row.id)));
}

/** One request with its structured summary and the transcript (decrypted, audited). */
export async function readRequest(scope: ActorScope, keys: KeyRing, id: string): Promise<TInboxDetail> {
  const detail = await requestDetail(scope, keys, id);
  await scope.audit({ action: 'intake.read', resourceType: 'intake', resourceId: id });
  return detail;
}

/** The request as it stands after a change the caller audited (claim, assign): not audited again. */
export async function requestDetail(scope: ActorScope, keys: KeyRing, id: string): Promise<TInboxDetail> {
  const row = await loadRequestForActor(scope, id);
  const summary = await decryptSummary(scope.tx, keys, row);
  const transcript = JSON.parse(
    await keys.decryptText(scope.tx, row.tenant_id, row.transcript_enc, transcriptContext(row.id)),
  );
  return { ...presentItem(row, scope.actor), summary, transcript };
}

/** Takes a request: it is now the actor's to answer (or, by the lead, someone else's). */
export async function claimRequest(scope: ActorScope, id: string, assigneeId: string | null): Promise<void> {
  const row = await loadRequestForActor(scope, id);
  const { tx, actor } = scope;
  if (row.status === 'case_opened' || row.status === 'closed') {
    throw new HttpError(409, 'done', 'Diese Anfrage ist bereits erledigt.');
  }
  const target = assigneeId ?? actor.userId;
  if (target !== actor.userId) {
    if (!canOnRequest(actor, 'assign', factsOf(row))) {
      throw new HttpError(403, 'forbidden', 'Anfragen zuweisen kann nur die Teamleitung.');
    }
    if (!(await isTeamMember(tx, row.team_id, target)))
      throw new HttpError(400, 'bad_request', 'Die Person gehört nicht zum Team.', {
        assigneeId: 'Nicht im Team',
      });
  }
  await tx
    .updateTable('intake_requests')
    .set({ status: 'claimed', claimed_by: target, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
  await scope.audit({
    action: target === actor.userId ? 'intake.claim' : 'intake.assign',
    resourceType: 'intake',
    resourceId: id,
  });
}

/** A request as other modules may know it (for their own policies): its office, team, state and case. */
export interface RequestRef extends RequestFacts {
  id: string;
  writerRole: TWriterRole;
}

/** The request's facts without any actor check: other modules decide with `canOnRequest`. */
export async function findRequestRef(tx: Tx, id: string): Promise<RequestRef | undefined> {
  const row = await tx
    .selectFrom('intake_requests')
    .select(['tenant_id', 'id', 'team_id', 'status', 'claimed_by', 'case_id', 'writer_role'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { ...factsOf(row), id: row.id, writerRole: row.writer_role as TWriterRole };
}

/** The request if the actor may read it (404 otherwise, audited), as other modules may know it. */
export async function requestForStaff(scope: ActorScope, id: string): Promise<RequestRef> {
  const row = await loadRequestForActor(scope, id);
  return { ...factsOf(row), id: row.id, writerRole: row.writer_role as TWriterRole };
}

/** The e-mail address the family left with its request, if any (for mails that carry no content). */
export async function familyEmail(
  tx: Tx,
  keys: KeyRing,
  tenantId: string,
  id: string,
): Promise<string | null> {
  const row = await tx
    .selectFrom('intake_requests')
    .select(['tenant_id', 'id', 'summary_enc'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || row.tenant_id !== tenantId) return null;
  return (await decryptSummary(tx, keys, row)).email;
}

/**
 * Requests of these teams nobody has taken yet, oldest first, urgent ones first (team lead overview).
 * Unaudited: the caller checked that the actor leads these teams and audits its view.
 */
export async function unclaimedRequests(tx: Tx, teamIds: string[]) {
  if (teamIds.length === 0) return [];
  const rows = await tx
    .selectFrom('intake_requests')
    .select(['id', 'team_id', 'created_at', 'urgent', 'topic'])
    .where('team_id', 'in', teamIds)
    .where('status', '=', 'new')
    .where('claimed_by', 'is', null)
    .orderBy('urgent', 'desc')
    .orderBy('created_at')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    requestId: r.id,
    teamId: r.team_id,
    createdAt: new Date(r.created_at).toISOString(),
    urgent: r.urgent,
    topic: r.topic,
  }));
}
