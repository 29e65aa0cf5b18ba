import {
  type TAdminFlowResponse,
  type TAdminTeam,
  type TFamilyLanguage,
  type TFlowDefinition,
  type THelpLine,
  type THelpLineEdit,
  type TIntakeTopic,
  type TRoutingRule,
  type TTeamContact,
  type TTeamContactEdit,
  ZAdminFlowResponseSchema,
  ZAdminTeamSchema,
  ZHelpLineSchema,
  ZRoutingRulesSchema,
  ZTeamContactSchema,
} from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../api/client.ts';

/** Query keys of the administration; kept apart from the family app's cache of the same texts. */
export const adminKeys = {
  flow: ['admin', 'flow'] as const,
  routingRules: ['admin', 'routing-rules'] as const,
  contentList: ['admin', 'content'] as const,
  contentPage: (slug: string, lang: TFamilyLanguage, formal: boolean) =>
    ['admin', 'content', slug, lang, formal ? 'formal' : 'everyone'] as const,
  teams: ['admin', 'teams'] as const,
};

export function useAdminFlow() {
  return useQuery({
    queryKey: adminKeys.flow,
    queryFn: ({ signal }) =>
      api<TAdminFlowResponse>('/api/admin/intake/flow', { signal, schema: ZAdminFlowResponseSchema }),
  });
}

/** Publishes the definition as the next version; the answer is the new current flow. */
export function usePublishFlow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (definition: TFlowDefinition) =>
      api<TAdminFlowResponse>('/api/admin/intake/flow', {
        method: 'POST',
        body: definition,
        schema: ZAdminFlowResponseSchema,
      }),
    onSuccess: (flow) => queryClient.setQueryData(adminKeys.flow, flow),
  });
}

export function useRoutingRules() {
  return useQuery({
    queryKey: adminKeys.routingRules,
    queryFn: ({ signal }) =>
      api<TRoutingRule[]>('/api/admin/routing-rules', { signal, schema: ZRoutingRulesSchema }),
  });
}

/** Replaces all rules at once (the server checks duplicates and the catch-all rule again). */
export function useSaveRoutingRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: TRoutingRule[]) =>
      api<TRoutingRule[]>('/api/admin/routing-rules', {
        method: 'PUT',
        body: rules,
        schema: ZRoutingRulesSchema,
      }),
    onSuccess: (rules) => queryClient.setQueryData(adminKeys.routingRules, rules),
  });
}

/** Which team a family's request would reach, by the saved rules (the family app's own endpoint). */
export function useRouteTest() {
  return useMutation({
    mutationFn: (input: { topic: TIntakeTopic; postcode?: string }) =>
      api<TTeamContact>('/api/intake/route', { method: 'POST', body: input, schema: ZTeamContactSchema }),
  });
}

export interface ContentListItem {
  slug: string;
  title: string;
}

export interface ContentPage {
  slug: string;
  lang: string;
  /** `formal`: the Sie form; null: the text for everyone. */
  form: 'formal' | null;
  title: string;
  bodyMd: string;
}

/** The information pages with their German titles. */
export function useContentList() {
  return useQuery({
    queryKey: adminKeys.contentList,
    queryFn: ({ signal }) => api<ContentListItem[]>(`/api/content${queryString({ lang: 'de' })}`, { signal }),
  });
}

/**
 * One page in one language and form (`formal`: the Sie form of German and Leichte Sprache);
 * `lang` and `form` of the answer differ when the server fell back to German or to the text for everyone.
 */
export function useContentPage(slug: string, lang: TFamilyLanguage, formal: boolean) {
  return useQuery({
    queryKey: adminKeys.contentPage(slug, lang, formal),
    queryFn: ({ signal }) =>
      api<ContentPage>(
        `/api/content/${encodeURIComponent(slug)}${queryString({ lang, form: formal ? 'formal' : undefined })}`,
        { signal },
      ),
    enabled: slug !== '',
    // The editor copies the text once; a background refetch must not overwrite what is being typed.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSaveContentPage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (page: {
      slug: string;
      lang: TFamilyLanguage;
      formal: boolean;
      title: string;
      bodyMd: string;
    }) =>
      api<ContentPage>(
        `/api/admin/content/${encodeURIComponent(page.slug)}/${encodeURIComponent(page.lang)}${queryString({ form: page.formal ? 'formal' : undefined })}`,
        { method: 'PUT', body: { title: page.title, bodyMd: page.bodyMd } },
      ),
    onSuccess: async (page, input) => {
      queryClient.setQueryData(adminKeys.contentPage(input.slug, input.lang, input.formal), page);
      await queryClient.invalidateQueries({ queryKey: adminKeys.contentList, exact: true });
      // The family app (same tab) shows the new text at once.
      await queryClient.invalidateQueries({ queryKey: ['family', 'content'] });
    },
  });
}

export function useAdminTeams() {
  return useQuery({
    queryKey: adminKeys.teams,
    queryFn: ({ signal }) =>
      api<TAdminTeam[]>('/api/admin/teams', { signal, schema: ZAdminTeamSchema.array() }),
  });
}

export function useSaveTeamContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { teamId: string; contact: TTeamContactEdit }) =>
      api<TAdminTeam>(`/api/admin/teams/${encodeURIComponent(input.teamId)}/contact`, {
        method: 'PUT',
        body: input.contact,
        schema: ZAdminTeamSchema,
      }),
    onSuccess: (team) => {
      queryClient.setQueryData<TAdminTeam[]>(adminKeys.teams, (teams) =>
        teams?.map((t) => (t.id === team.id ? team : t)),
      );
      void queryClient.invalidateQueries({ queryKey: ['family', 'office'] });
    },
  });
}

const helpLinesKey = ['admin', 'help-lines'] as const;

export function useAdminHelpLines() {
  return useQuery({
    queryKey: helpLinesKey,
    queryFn: ({ signal }) =>
      api<THelpLine[]>('/api/admin/help-lines', { signal, schema: ZHelpLineSchema.array() }),
  });
}

export function useSaveHelpLines() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: THelpLineEdit) =>
      api<THelpLine[]>('/api/admin/help-lines', {
        method: 'PUT',
        body: input,
        schema: ZHelpLineSchema.array(),
      }),
    onSuccess: (lines) => {
      queryClient.setQueryData(helpLinesKey, lines);
      // The family app (same tab) shows the new numbers at once.
      void queryClient.invalidateQueries({ queryKey: ['family', 'office'] });
    },
  });
}
