import { randomUUID } from 'node:crypto';
import type { TDirectoryEntry, ZDirectoryInputSchema } from '@lotse/shared';
import type { z } from 'zod';
import { HttpError } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import { directoryEntry } from './directory.js';
import { officeName } from './office.js';

type DirectoryInput = z.output<typeof ZDirectoryInputSchema>;

const columns = (input: DirectoryInput) => ({
  name: input.name,
  kind: input.kind,
  topics: [...new Set(input.topics)],
  languages: [...new Set(input.languages)],
  region: input.region,
  postcodes: [...new Set(input.postcodes)],
  phone: input.phone,
  email: input.email,
  address: input.address,
  website: input.website,
  notes: input.notes,
});

/** Adds an expert or service to the region's directory, kept by the own office. */
export async function createDirectoryEntry(
  scope: ActorScope,
  input: DirectoryInput,
): Promise<TDirectoryEntry> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  const id = randomUUID();
  await scope.tx
    .insertInto('cooperation_directory')
    .values({
      id,
      added_by_tenant: scope.tenantId,
      added_by_office: await officeName(scope),
      ...columns(input),
    })
    .execute();
  await scope.audit({
    action: 'cooperation.directory_create',
    resourceType: 'directory_entry',
    resourceId: id,
  });
  return directoryEntry(scope, id);
}

/** Changes an entry the own office added (another office's entry: 403, and RLS would not let it). */
export async function updateDirectoryEntry(
  scope: ActorScope,
  id: string,
  input: DirectoryInput,
): Promise<TDirectoryEntry> {
  const current = await directoryEntry(scope, id);
  // allowedActions comes from canOnDirectoryEntry (policy.ts).
  if (!current.allowedActions.includes('edit'))
    throw new HttpError(
      403,
      'forbidden',
      `Diesen Eintrag pflegt ${current.office}; ändern kann ihn nur dieses Amt.`,
    );
  await scope.tx
    .updateTable('cooperation_directory')
    .set({ ...columns(input), updated_at: new Date() })
    .where('id', '=', id)
    .where('added_by_tenant', '=', scope.tenantId)
    .execute();
  await scope.audit({
    action: 'cooperation.directory_update',
    resourceType: 'directory_entry',
    resourceId: id,
  });
  return directoryEntry(scope, id);
}
