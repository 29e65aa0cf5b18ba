import {
  type TAuditEvent,
  type TCaseAssignee,
  type TCaseDetail,
  type TCaseList,
  type TDocument,
  type TEntry,
  type TMe,
  type TMyDay,
  type TRole,
  type TSocialArea,
  type TTeam,
  ZAuditListResponseSchema,
  ZCaseAssigneeSchema,
  ZCaseDetailSchema,
  ZCaseListResponseSchema,
  ZDocumentSchema,
  ZEntrySchema,
  ZMeResponseSchema,
  ZMyDayResponseSchema,
  ZTeamSchema,
} from '@lotse/shared';
import { useQuery } from '@tanstack/react-query';
import { api, queryString } from '../api/client.ts';

/** Query keys in one place so mutations invalidate exactly what they change. */
export const keys = {
  me: ['me'] as const,
  teams: ['teams'] as const,
  users: ['users'] as const,
  myDay: ['my-day'] as const,
  cases: (params: Record<string, string>) => ['cases', params] as const,
  caseDetail: (id: string) => ['case', id] as const,
  entries: (id: string) => ['case', id, 'entries'] as const,
  documents: (id: string) => ['case', id, 'documents'] as const,
  assignees: (id: string) => ['case', id, 'assignees'] as const,
  audit: (params: Record<string, string>) => ['audit', params] as const,
};

export function useMe() {
  return useQuery({
    queryKey: keys.me,
    queryFn: ({ signal }) => api<TMe>('/api/me', { signal, schema: ZMeResponseSchema }),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

export function useTeams() {
  return useQuery({
    queryKey: keys.teams,
    queryFn: ({ signal }) => api<TTeam[]>('/api/teams', { signal, schema: ZTeamSchema.array() }),
    staleTime: 10 * 60_000,
  });
}

export interface StaffUser {
  id: string;
  displayName: string;
  roles: TRole[];
}

export function useUsers() {
  return useQuery({
    queryKey: keys.users,
    queryFn: ({ signal }) => api<StaffUser[]>('/api/users', { signal }),
    staleTime: 10 * 60_000,
  });
}

export function useSocialAreas() {
  return useQuery({
    queryKey: ['social-areas'],
    queryFn: ({ signal }) => api<TSocialArea[]>('/api/social-areas', { signal }),
    staleTime: 10 * 60_000,
  });
}

export function useMyDay() {
  return useQuery({
    queryKey: keys.myDay,
    queryFn: ({ signal }) => api<TMyDay>('/api/my-day', { signal, schema: ZMyDayResponseSchema }),
  });
}

export function useCases(params: Record<string, string>) {
  return useQuery({
    queryKey: keys.cases(params),
    queryFn: ({ signal }) =>
      api<TCaseList>(`/api/cases${queryString(params)}`, { signal, schema: ZCaseListResponseSchema }),
    placeholderData: (previous) => previous,
  });
}

export function useCaseDetail(id: string) {
  return useQuery({
    queryKey: keys.caseDetail(id),
    queryFn: ({ signal }) =>
      api<TCaseDetail>(`/api/cases/${encodeURIComponent(id)}`, { signal, schema: ZCaseDetailSchema }),
  });
}

export function useEntries(caseId: string) {
  return useQuery({
    queryKey: keys.entries(caseId),
    queryFn: ({ signal }) =>
      api<TEntry[]>(`/api/cases/${encodeURIComponent(caseId)}/entries`, {
        signal,
        schema: ZEntrySchema.array(),
      }),
  });
}

export function useDocuments(caseId: string) {
  return useQuery({
    queryKey: keys.documents(caseId),
    queryFn: ({ signal }) =>
      api<TDocument[]>(`/api/cases/${encodeURIComponent(caseId)}/documents`, {
        signal,
        schema: ZDocumentSchema.array(),
      }),
  });
}

/** The people who may work on a case and so may be given its tasks (the server applies the case policy). */
export function useCaseAssignees(caseId: string) {
  return useQuery({
    queryKey: keys.assignees(caseId),
    queryFn: ({ signal }) =>
      api<TCaseAssignee[]>(`/api/cases/${encodeURIComponent(caseId)}/assignees`, {
        signal,
        schema: ZCaseAssigneeSchema.array(),
      }),
  });
}

export interface AuditPage {
  items: TAuditEvent[];
  total: number;
  page: number;
  pageSize: number;
}

export function useAudit(params: Record<string, string>) {
  return useQuery({
    queryKey: keys.audit(params),
    queryFn: ({ signal }) =>
      api<AuditPage>(`/api/audit${queryString(params)}`, { signal, schema: ZAuditListResponseSchema }),
    placeholderData: (previous) => previous,
  });
}

export function documentContentUrl(caseId: string, docId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(docId)}/content`;
}
