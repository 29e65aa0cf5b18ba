import {
  type TCooperationKind,
  type TDirectoryEntry,
  type TDirectoryFacets,
  type TDirectoryInput,
  type TOfficeKey,
  type TPackageImportResult,
  type TPackageInspection,
  type TPublication,
  type TPublicationImportResult,
  type TPublicationSummary,
  type TPublishRequest,
  type TTemplatePackage,
  ZDirectoryEntrySchema,
  ZDirectoryFacetsSchema,
  ZOfficeKeySchema,
  ZPackageImportResultSchema,
  ZPackageInspectionSchema,
  ZPublicationImportResultSchema,
  ZPublicationSchema,
  ZPublicationSummarySchema,
} from '@lotse/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../api/client.ts';

export const cooperationKeys = {
  all: ['cooperation'] as const,
  publications: (filter: PublicationFilter) => ['cooperation', 'publications', filter] as const,
  publication: (id: string) => ['cooperation', 'publication', id] as const,
  directory: (filter: DirectoryFilter) => ['cooperation', 'directory', filter] as const,
  facets: ['cooperation', 'facets'] as const,
  key: ['cooperation', 'key'] as const,
};

const publicationUrl = (id: string) => `/api/cooperation/publications/${encodeURIComponent(id)}`;

export interface PublicationFilter {
  kind?: TCooperationKind | undefined;
  q?: string | undefined;
  mine?: boolean | undefined;
}

/** The shared space (or, with `mine`, the own office's publications, withdrawn ones too). */
export function usePublications(filter: PublicationFilter) {
  return useQuery({
    queryKey: cooperationKeys.publications(filter),
    queryFn: ({ signal }) =>
      api<TPublicationSummary[]>(`/api/cooperation/publications${queryString({ ...filter })}`, {
        signal,
        schema: ZPublicationSummarySchema.array(),
      }),
    placeholderData: keepPreviousData,
  });
}

/** One publication with its content; loaded only when `enabled` (the preview is opened). */
export function usePublication(id: string, enabled: boolean) {
  return useQuery({
    queryKey: cooperationKeys.publication(id),
    queryFn: ({ signal }) => api<TPublication>(publicationUrl(id), { signal, schema: ZPublicationSchema }),
    enabled,
  });
}

/** After a change in the space: lists and the knowledge base (a copy is a new article) are fetched again. */
function useRefresh() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: cooperationKeys.all });
    await queryClient.invalidateQueries({ queryKey: ['knowledge'] });
  };
}

export function usePublish() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: TPublishRequest) =>
      api<TPublication>('/api/cooperation/publications', {
        method: 'POST',
        body: input,
        schema: ZPublicationSchema,
      }),
    onSuccess: refresh,
  });
}

export function useWithdraw() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) =>
      api<TPublication>(`${publicationUrl(id)}/withdraw`, { method: 'POST', schema: ZPublicationSchema }),
    onSuccess: refresh,
  });
}

export function useImportPublication() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) =>
      api<TPublicationImportResult>(`${publicationUrl(id)}/import`, {
        method: 'POST',
        schema: ZPublicationImportResultSchema,
      }),
    onSuccess: refresh,
  });
}

export interface DirectoryFilter {
  q?: string | undefined;
  kind?: string | undefined;
  topic?: string | undefined;
  language?: string | undefined;
  postcode?: string | undefined;
}

export function useDirectory(filter: DirectoryFilter) {
  return useQuery({
    queryKey: cooperationKeys.directory(filter),
    queryFn: ({ signal }) =>
      api<TDirectoryEntry[]>(`/api/cooperation/directory${queryString({ ...filter })}`, {
        signal,
        schema: ZDirectoryEntrySchema.array(),
      }),
    placeholderData: keepPreviousData,
  });
}

export function useDirectoryFacets() {
  return useQuery({
    queryKey: cooperationKeys.facets,
    queryFn: ({ signal }) =>
      api<TDirectoryFacets>('/api/cooperation/directory/facets', { signal, schema: ZDirectoryFacetsSchema }),
  });
}

/** Creates an entry, or changes the own office's entry `id`. */
export function useSaveDirectoryEntry(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TDirectoryInput) =>
      api<TDirectoryEntry>(
        id ? `/api/cooperation/directory/${encodeURIComponent(id)}` : '/api/cooperation/directory',
        {
          method: id ? 'PUT' : 'POST',
          body: input,
          schema: ZDirectoryEntrySchema,
        },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cooperationKeys.all }),
  });
}

export function useOfficeKey() {
  return useQuery({
    queryKey: cooperationKeys.key,
    queryFn: ({ signal }) => api<TOfficeKey>('/api/cooperation/key', { signal, schema: ZOfficeKeySchema }),
  });
}

/** A signed package of the chosen articles, as the server signed it. */
export function useExportPackage() {
  return useMutation({
    mutationFn: (articleIds: string[]) =>
      // Without a response schema: the file keeps exactly what the server signed.
      api<TTemplatePackage>(`/api/cooperation/packages/export${queryString({ ids: articleIds.join(',') })}`),
  });
}

export function useInspectPackage() {
  return useMutation({
    mutationFn: (pkg: Record<string, unknown>) =>
      api<TPackageInspection>('/api/cooperation/packages/inspect', {
        method: 'POST',
        body: { package: pkg },
        schema: ZPackageInspectionSchema,
      }),
  });
}

export function useImportPackage() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { pkg: Record<string, unknown>; trustedFingerprint: string }) =>
      api<TPackageImportResult>('/api/cooperation/packages/import', {
        method: 'POST',
        body: { package: input.pkg, trustedFingerprint: input.trustedFingerprint },
        schema: ZPackageImportResultSchema,
      }),
    onSuccess: refresh,
  });
}
