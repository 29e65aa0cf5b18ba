import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { TFamilyAccount, TFamilyAccountList, TFamilyInvitation } from '@lotse/shared';
import { sql } from 'kysely';
import { deleteAccountSessions } from '../../platform/auth/family-sessions.js';
import { HttpError } from '../../platform/errors.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { authorizeCase, type CaseMember, canOnCase, caseFrame, caseMembers } from '../cases/index.js';
import { newAccessCode, normaliseAccessCode, requestCredentials } from '../requests/index.js';
import { officeToday } from '../tenancy/index.js';
import { allowedAccountActions, invitationBlocker } from './policy.js';

const INVITE_DAYS = 14;
export const inviteTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

type AccountRow = {
  id: string;
  person_id: string;
  status: 'invited' | 'active' | 'ended';
  access_code: string;
  invited_at: Date | string;
  invite_expires_at: Date | string | null;
  activated_at: Date | string | null;
  ended_at: Date | string | null;
  intake_request_id: string | null;
};
const accountColumns = [
  'id',
  'person_id',
  'status',
  'access_code',
  'invited_at',
  'invite_expires_at',
  'activated_at',
  'ended_at',
  'intake_request_id',
] as const;

function present(row: AccountRow, member: CaseMember | undefined, mayChange: boolean): TFamilyAccount {
  return {
    id: row.id,
    personId: row.person_id,
    personName: member ? `${member.firstName} ${member.lastName}`.trim() : 'Person nicht mehr im Fall',
    role: member?.role ?? 'other',
    status: row.status,
    code: row.access_code,
    invitedAt: iso(row.invited_at) ?? '',
    inviteExpiresAt: row.status === 'invited' ? iso(row.invite_expires_at) : null,
    activatedAt: iso(row.activated_at),
    endedAt: iso(row.ended_at),
    fromRequest: row.intake_request_id !== null,
    allowedActions: allowedAccountActions(row, mayChange),
  };
}

async function accountsOf(scope: ActorScope, caseId: string) {
  return scope.tx
    .selectFrom('family_accounts')
    .select(accountColumns)
    .where('case_id', '=', caseId)
    .orderBy('invited_at', 'desc')
    .execute();
}

/** The family's accounts on a case and who else could get one (staff). */
export async function listFamilyAccounts(scope: ActorScope, caseId: string): Promise<TFamilyAccountList> {
  const facts = await authorizeCase(scope.tx, scope.actor, caseId, 'read');
  const mayChange = canOnCase(scope.actor, 'update', facts);
  const [members, rows, frame] = [
    await caseMembers(scope, caseId),
    await accountsOf(scope, caseId),
    await caseFrame(scope, caseId),
  ];
  const byPerson = new Map(members.map((m) => [m.personId, m]));
  const open = new Set(rows.filter((r) => r.status !== 'ended').map((r) => r.person_id));
  const requestTaken = rows.some(
    (r) => r.intake_request_id !== null && r.intake_request_id === frame?.origin_request_id,
  );
  const today = officeToday();
  await scope.audit({ action: 'family_account.list', resourceType: 'family_account', caseId });
  return {
    accounts: rows.map((r) => present(r, byPerson.get(r.person_id), mayChange)),
    candidates: members
      .filter((m) => !open.has(m.personId))
      .map((m) => {
        const notPossible = invitationBlocker(m, today);
        return {
          personId: m.personId,
          personName: `${m.firstName} ${m.lastName}`.trim(),
          role: m.role,
          notPossible,
          hasRequestCode: notPossible === null && Boolean(frame?.origin_request_id) && !requestTaken,
        };
      }),
  };
}

/** The person to give an account: of this case, eligible, without an open account. */
async function eligibleMember(scope: ActorScope, caseId: string, personId: string): Promise<CaseMember> {
  const member = (await caseMembers(scope, caseId)).find((m) => m.personId === personId);
  if (!member) throw new NotVisibleError('person', personId, 'Person');
  const blocker = invitationBlocker(member, officeToday());
  if (blocker) throw new HttpError(409, 'not_eligible', blocker);
  const open = await scope.tx
    .selectFrom('family_accounts')
    .select('status')
    .where('case_id', '=', caseId)
    .where('person_id', '=', personId)
    .where('status', '<>', 'ended')
    .executeTakeFirst();
  if (open) {
    throw new HttpError(
      409,
      'account_exists',
      `${member.firstName} hat schon einen Zugang (${open.status === 'active' ? 'aktiv' : 'eingeladen'}). Beenden Sie ihn, um neu einzuladen.`,
    );
  }
  return member;
}

/** Staff invite a person of the case: an account with a code and a one-time link, valid 14 days. */
export async function inviteFamilyMember(
  scope: ActorScope,
  caseId: string,
  personId: string,
): Promise<TFamilyInvitation> {
  await authorizeCase(scope.tx, scope.actor, caseId, 'update');
  const member = await eligibleMember(scope, caseId, personId);
  const token = randomBytes(32).toString('base64url');
  const row = await scope.tx
    .insertInto('family_accounts')
    .values({
      tenant_id: scope.tenantId,
      id: randomUUID(),
      case_id: caseId,
      person_id: personId,
      access_code: normaliseAccessCode(newAccessCode()),
      status: 'invited',
      invite_token_hash: inviteTokenHash(token),
      invite_expires_at: sql<Date>`now() + make_interval(days => ${INVITE_DAYS})`,
      invited_by: scope.actor.userId,
    })
    .returning(accountColumns)
    .executeTakeFirstOrThrow();
  await scope.audit({
    action: 'family_account.invite',
    resourceType: 'family_account',
    resourceId: row.id,
    caseId,
    details: { personId },
  });
  return {
    account: present(row, member, true),
    invitePath: `/einladung#${token}`,
    expiresAt: iso(row.invite_expires_at) ?? '',
  };
}

/** The request the case was opened from: its code and PIN become the account of a person of the case. */
export async function accountFromRequest(
  scope: ActorScope,
  caseId: string,
  personId: string,
): Promise<TFamilyAccount> {
  await authorizeCase(scope.tx, scope.actor, caseId, 'update');
  const member = await eligibleMember(scope, caseId, personId);
  const requestId = (await caseFrame(scope, caseId))?.origin_request_id;
  if (!requestId) {
    throw new HttpError(409, 'no_request', 'Dieser Fall wurde nicht aus einer Anfrage der Familie eröffnet.');
  }
  const taken = await scope.tx
    .selectFrom('family_accounts')
    .select('id')
    .where('intake_request_id', '=', requestId)
    .executeTakeFirst();
  if (taken)
    throw new HttpError(409, 'request_taken', 'Der Code dieser Anfrage ist schon ein Zugang zum Fall.');
  const credentials = await requestCredentials(scope.tx, requestId);
  const row = await scope.tx
    .insertInto('family_accounts')
    .values({
      tenant_id: scope.tenantId,
      id: randomUUID(),
      case_id: caseId,
      person_id: personId,
      access_code: credentials.accessCode,
      pin_hash: credentials.pinHash,
      status: 'active',
      intake_request_id: requestId,
      invited_by: scope.actor.userId,
      activated_at: sql<Date>`now()`,
    })
    .returning(accountColumns)
    .executeTakeFirstOrThrow();
  await scope.audit({
    action: 'family_account.from_request',
    resourceType: 'family_account',
    resourceId: row.id,
    caseId,
    details: { personId, intakeRequestId: requestId },
  });
  return present(row, member, true);
}

/** Staff end an account: the code stops working and open sessions end at once. */
export async function endFamilyAccess(
  scope: ActorScope,
  caseId: string,
  accountId: string,
): Promise<TFamilyAccount> {
  await authorizeCase(scope.tx, scope.actor, caseId, 'update');
  const current = await scope.tx
    .selectFrom('family_accounts')
    .select(['status'])
    .where('id', '=', accountId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!current) throw new NotVisibleError('family_account', accountId, 'Zugang');
  if (current.status === 'ended')
    throw new HttpError(409, 'already_ended', 'Dieser Zugang ist schon beendet.');
  const row = await scope.tx
    .updateTable('family_accounts')
    .set({
      status: 'ended',
      ended_by: scope.actor.userId,
      ended_at: sql<Date>`now()`,
      invite_token_hash: null,
    })
    .where('id', '=', accountId)
    .returning(accountColumns)
    .executeTakeFirstOrThrow();
  await deleteAccountSessions(scope.tx, accountId);
  await scope.audit({
    action: 'family_account.end',
    resourceType: 'family_account',
    resourceId: accountId,
    caseId,
  });
  const member = (await caseMembers(scope, caseId)).find((m) => m.personId === row.person_id);
  return present(row, member, true);
}
