import type { TProviderCase, TProviderEntryInput } from '@lotse/shared';
import { differenceInYears, parseISO } from 'date-fns';
import type { BlobStore } from '../../platform/blobs.js';
import type { KeyRing } from '../../platform/crypto.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import {
  addProviderEntry,
  caseContacts,
  caseFrame,
  caseMembers,
  providerEntries,
  readShareableDocument,
  shareableDocuments,
} from '../cases/index.js';
import { agreedHelpPlan } from '../helpplan/index.js';
import { providerLinkOf } from '../providers/index.js';
import { officeToday } from '../tenancy/index.js';
import { openSectionsFor } from './facts.js';

/** The open sections of a case for the signed-in provider staff; "not found" when none is open. */
async function openAccess(scope: ActorScope, caseId: string) {
  const link = await providerLinkOf(scope);
  const access = await openSectionsFor(scope, caseId, link.providerId);
  if (access.sections.length === 0) throw new NotVisibleError('case', caseId);
  return { link, access };
}

/** The cases shared with the provider that are open right now (consents checked at this moment). */
export async function providerCases(scope: ActorScope) {
  const link = await providerLinkOf(scope);
  const shared = await scope.tx
    .selectFrom('case_shares')
    .select('case_id')
    .distinct()
    .where('provider_id', '=', link.providerId)
    .where('ended_at', 'is', null)
    .execute();
  const items = [];
  for (const { case_id } of shared) {
    const access = await openSectionsFor(scope, case_id, link.providerId);
    if (access.sections.length === 0 || !access.since) continue;
    const frame = await caseFrame(scope, case_id);
    let child: string | null = null;
    if (access.sections.includes('persons')) {
      const first = (await caseMembers(scope, case_id)).find((m) => m.role === 'child');
      if (first) {
        const age = first.birthDate
          ? differenceInYears(parseISO(officeToday()), parseISO(first.birthDate))
          : null;
        child = age === null ? first.firstName : `${first.firstName} (${age})`;
      }
    }
    items.push({
      caseId: case_id,
      reference: frame?.reference ?? '',
      child,
      openSections: access.sections,
      since: access.since,
    });
  }
  await scope.audit({
    action: 'share.provider_list',
    resourceType: 'case',
    resourceId: null,
    details: { count: items.length },
  });
  return { items };
}

/** A shared case as the provider sees it: each section only while a share and its consent allow it. */
export async function providerCase(scope: ActorScope, keys: KeyRing, caseId: string): Promise<TProviderCase> {
  const { link, access } = await openAccess(scope, caseId);
  const open = new Set(access.sections);
  const frame = await caseFrame(scope, caseId);
  const plan = open.has('help_plan') ? await agreedHelpPlan(scope, caseId) : null;
  const result: TProviderCase = {
    caseId,
    reference: frame?.reference ?? '',
    openSections: access.sections,
    persons: open.has('persons')
      ? (await caseMembers(scope, caseId)).map((m) => ({
          id: m.personId,
          role: m.role,
          firstName: m.firstName,
          lastName: m.lastName,
          birthDate: m.birthDate,
        }))
      : null,
    contact: open.has('contact') ? await caseContacts(scope, caseId) : null,
    helpPlan: open.has('help_plan')
      ? {
          finalizedAt: plan?.finalizedAt ?? null,
          nextReviewOn: plan?.nextReviewOn ?? null,
          goals: plan?.goals ?? [],
          agreements: (plan?.agreements ?? []).map((a) => ({
            text: a.text,
            ownerName: a.ownerName,
            status: a.status,
            dueOn: a.dueOn,
          })),
        }
      : null,
    documents: open.has('documents') ? await shareableDocuments(scope, caseId, access.documentIds) : null,
    entries: await providerEntries(scope, keys, caseId, link.providerId),
  };
  await scope.audit({
    action: 'share.provider_read',
    resourceType: 'case',
    resourceId: caseId,
    caseId,
    details: { providerId: link.providerId, sections: access.sections },
  });
  return result;
}

/** A shared document's file, while the share and its consent allow it. */
export async function providerDocument(
  scope: ActorScope,
  deps: { keys: KeyRing; blobs: BlobStore },
  caseId: string,
  documentId: string,
) {
  const { link, access } = await openAccess(scope, caseId);
  if (!access.sections.includes('documents') || !access.documentIds.includes(documentId)) {
    throw new NotVisibleError('document', documentId, 'Dokument');
  }
  const file = await readShareableDocument(scope, deps, caseId, documentId);
  await scope.audit({
    action: 'share.provider_read',
    resourceType: 'document',
    resourceId: documentId,
    caseId,
    details: { providerId: link.providerId },
  });
  return file;
}

/** The provider documents its work (contact, report, goal progress) into the same case. */
export async function addProviderCaseEntry(
  scope: ActorScope,
  keys: KeyRing,
  caseId: string,
  input: TProviderEntryInput,
): Promise<TProviderCase> {
  const { link } = await openAccess(scope, caseId);
  const id = await addProviderEntry(scope, keys, {
    caseId,
    providerId: link.providerId,
    authorId: scope.actor.userId,
    kind: input.kind === 'contact' ? 'contact' : 'note',
    title: input.kind === 'goal_progress' ? `Stand der Ziele: ${input.title}` : input.title,
    body: input.body,
    occurredAt: input.occurredAt,
  });
  await scope.audit({
    action: 'share.provider_entry',
    resourceType: 'entry',
    resourceId: id,
    caseId,
    details: { providerId: link.providerId, kind: input.kind },
  });
  return providerCase(scope, keys, caseId);
}
