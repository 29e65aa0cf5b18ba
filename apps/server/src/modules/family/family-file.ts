import type { TFamilyFile } from '@lotse/shared';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import type { ActorScope, FamilyScope, Scope } from '../../platform/scope.js';
import {
  authorizeCase,
  caseFrame,
  caseMembers,
  isFamilyRole,
  readReleasedDocument,
  releasedForPerson,
} from '../cases/index.js';
import { familyHelpPlan, recordFamilyResponse } from '../helpplan/index.js';
import { teamContact } from '../tenancy/index.js';
import { familyAccountOf } from './family-account.js';

/** Exactly what one person of the case sees in the family app (shared by the family and the staff preview). */
async function fileOf(ctx: AppContext, scope: Scope, caseId: string, personId: string): Promise<TFamilyFile> {
  const members = await caseMembers(scope, caseId);
  const me = members.find((m) => m.personId === personId);
  if (!me) throw notFound('Akte');
  const frame = await caseFrame(scope, caseId);
  const released = await releasedForPerson(scope, ctx.keys, caseId, personId);
  return {
    me: { personId, firstName: me.firstName, role: me.role },
    team: frame ? await teamContact(scope.tx, frame.team_id) : null,
    persons: members
      .filter((m) => isFamilyRole(m.role))
      .map((m) => ({ firstName: m.firstName, lastName: m.lastName, role: m.role })),
    helpPlan: await familyHelpPlan(scope, caseId, personId),
    entries: released.entries,
    documents: released.documents,
  };
}

/** The signed-in person's file: the released parts of their case (audited with what was shown). */
export async function readFamilyFile(ctx: AppContext, scope: FamilyScope): Promise<TFamilyFile> {
  const account = await familyAccountOf(scope);
  const file = await fileOf(ctx, scope, account.caseId, account.personId);
  await scope.audit({
    action: 'family.file_read',
    resourceType: 'case',
    resourceId: account.caseId,
    caseId: account.caseId,
    details: {
      accountId: account.id,
      entryIds: file.entries.map((e) => e.id),
      documentIds: file.documents.map((d) => d.id),
    },
  });
  return file;
}

/** The file as a write answers with it (the write is audited, not a read). */
export async function familyFileUnaudited(ctx: AppContext, scope: FamilyScope): Promise<TFamilyFile> {
  const account = await familyAccountOf(scope);
  return fileOf(ctx, scope, account.caseId, account.personId);
}

/** A released document, for the person it was released to (audited). */
export async function readFamilyDocument(ctx: AppContext, scope: FamilyScope, documentId: string) {
  const account = await familyAccountOf(scope);
  const file = await readReleasedDocument(scope, ctx, account.caseId, account.personId, documentId);
  await scope.audit({
    action: 'family.document_read',
    resourceType: 'document',
    resourceId: documentId,
    caseId: account.caseId,
    details: { accountId: account.id },
  });
  return file;
}

/** Staff preview: exactly what this person of the case would see, before anyone is invited (audited). */
export async function previewFamilyFile(
  ctx: AppContext,
  scope: ActorScope,
  caseId: string,
  personId: string,
): Promise<TFamilyFile> {
  await authorizeCase(scope.tx, scope.actor, caseId, 'read');
  const members = await caseMembers(scope, caseId);
  const person = members.find((m) => m.personId === personId);
  if (!person || !isFamilyRole(person.role)) throw notFound('Person');
  const file = await fileOf(ctx, scope, caseId, personId);
  await scope.audit({
    action: 'family_account.preview',
    resourceType: 'case',
    resourceId: caseId,
    caseId,
    details: { personId },
  });
  return file;
}

/** The person agrees to the plan they see (or not yet), with an optional comment (audited). */
export async function answerHelpPlan(
  scope: FamilyScope,
  input: { planId: string; version: number; agreed: boolean; comment: string | null },
): Promise<void> {
  const account = await familyAccountOf(scope);
  await recordFamilyResponse(scope, { ...input, caseId: account.caseId, personId: account.personId });
  await scope.audit({
    action: 'family.help_plan_response',
    resourceType: 'help_plan',
    resourceId: input.planId,
    caseId: account.caseId,
    details: { accountId: account.id, version: input.version, agreed: input.agreed },
  });
}
