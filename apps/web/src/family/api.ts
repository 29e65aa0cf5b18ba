/**
 * Calls the family start page needs. Only types come from @lotse/shared here, so the start page
 * does not load zod; the lazily loaded pages use `requestApi.ts`, which checks answers against the
 * shared schemas.
 */
import type { TFamilyLanguage, THelpLineKey, TTeamContact } from '@lotse/shared';
import { useQuery } from '@tanstack/react-query';
import { api, isApiError, queryString } from '../api/client.ts';
import type { AddressForm } from '../i18n/address.ts';
import { contentFallbackAvailable, fallbackContentList, fallbackContentPage } from './contentFallback.ts';

export interface PublicOffice {
  name: string;
  crisisPhone: string | null;
  teams: TTeamContact[];
  /** Emergency, crisis and counselling numbers as the office keeps them. */
  helpLines: { key: THelpLineKey; phone: string }[];
}

export interface ContentListItem {
  slug: string;
  title: string;
}

export interface ContentPage {
  slug: string;
  lang: string;
  /** `formal` when the server sent the Sie form. */
  form?: 'formal' | null;
  title: string;
  bodyMd: string;
}

/** The office's name, crisis number and team contacts (public; cached for the visit). */
export function usePublicOffice() {
  return useQuery({
    queryKey: ['family', 'office'],
    queryFn: ({ signal }) => api<PublicOffice>('/api/public/office', { signal }),
    staleTime: 10 * 60_000,
    retry: false,
  });
}

/** Titles of the information pages in one language. */
export function useContentList(lang: TFamilyLanguage, form: AddressForm) {
  return useQuery({
    queryKey: ['family', 'content', lang, form],
    queryFn: async ({ signal }) => {
      try {
        return await api<ContentListItem[]>(`/api/content${queryString({ lang, form })}`, { signal });
      } catch (error) {
        if (contentFallbackAvailable && isApiError(error, 404)) return fallbackContentList(lang);
        throw error;
      }
    },
    staleTime: 10 * 60_000,
    retry: false,
  });
}

/**
 * One information page in the reader's form of address (German has a Sie form for parents); the
 * server falls back to the text for everyone, and to German when the office has no translation.
 */
export function useContentPage(slug: string, lang: TFamilyLanguage, form: AddressForm) {
  return useQuery({
    queryKey: ['family', 'content', lang, form, slug],
    queryFn: async ({ signal }) => {
      try {
        return await api<ContentPage>(
          `/api/content/${encodeURIComponent(slug)}${queryString({ lang, form })}`,
          {
            signal,
          },
        );
      } catch (error) {
        const fallback =
          contentFallbackAvailable && isApiError(error, 404) ? await fallbackContentPage(slug, lang) : null;
        if (fallback) return fallback;
        throw error;
      }
    },
    staleTime: 10 * 60_000,
    retry: false,
  });
}
