import {
  type TFamilyAccount,
  type TFamilyAccountList,
  type TFamilyFile,
  type TFamilyInvitation,
  type TReleaseState,
  ZFamilyAccountListSchema,
  ZFamilyAccountSchema,
  ZFamilyFileSchema,
  ZFamilyInvitationSchema,
  ZReleaseStateSchema,
} from '@lotse/shared';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client.ts';

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export const familyKeys = {
  accounts: (caseId: string) => ['case', caseId, 'family-accounts'] as const,
  releases: (caseId: string) => ['case', caseId, 'releases'] as const,
  preview: (caseId: string, personId: string) => ['case', caseId, 'family-preview', personId] as const,
};

export function useFamilyAccounts(caseId: string) {
  return useQuery({
    queryKey: familyKeys.accounts(caseId),
    queryFn: ({ signal }) =>
      api<TFamilyAccountList>(`${base(caseId)}/family-accounts`, {
        signal,
        schema: ZFamilyAccountListSchema,
      }),
  });
}

export function inviteMember(caseId: string, personId: string): Promise<TFamilyInvitation> {
  return api(`${base(caseId)}/family-accounts`, {
    method: 'POST',
    body: { personId },
    schema: ZFamilyInvitationSchema,
  });
}

export function takeOverRequestCode(caseId: string, personId: string): Promise<TFamilyAccount> {
  return api(`${base(caseId)}/family-accounts/from-request`, {
    method: 'POST',
    body: { personId },
    schema: ZFamilyAccountSchema,
  });
}

export function endAccess(caseId: string, accountId: string): Promise<TFamilyAccount> {
  return api(`${base(caseId)}/family-accounts/${encodeURIComponent(accountId)}/end`, {
    method: 'POST',
    schema: ZFamilyAccountSchema,
  });
}

const ZReleaseList = z.array(
  z.object({
    itemKind: z.enum(['entry', 'document']),
    itemId: z.string(),
    personIds: z.array(z.string()).nullable(),
    releasedAt: z.string(),
  }),
);
export type ReleaseRow = z.infer<typeof ZReleaseList>[number];

export function useReleases(caseId: string) {
  return useQuery({
    queryKey: familyKeys.releases(caseId),
    queryFn: ({ signal }) => api(`${base(caseId)}/releases`, { signal, schema: ZReleaseList }),
  });
}

export function setRelease(
  caseId: string,
  kind: 'entry' | 'document',
  itemId: string,
  personIds: string[] | null,
): Promise<TReleaseState> {
  return api(`${base(caseId)}/releases/${kind}/${encodeURIComponent(itemId)}`, {
    method: 'PUT',
    body: { personIds },
    schema: ZReleaseStateSchema,
  });
}

export function withdrawRelease(
  caseId: string,
  kind: 'entry' | 'document',
  itemId: string,
): Promise<TReleaseState> {
  return api(`${base(caseId)}/releases/${kind}/${encodeURIComponent(itemId)}`, {
    method: 'DELETE',
    schema: ZReleaseStateSchema,
  });
}

export function useFamilyPreview(caseId: string, personId: string) {
  return useQuery({
    queryKey: familyKeys.preview(caseId, personId),
    queryFn: ({ signal }) =>
      api<TFamilyFile>(`${base(caseId)}/family-preview/${encodeURIComponent(personId)}`, {
        signal,
        schema: ZFamilyFileSchema,
      }),
  });
}
