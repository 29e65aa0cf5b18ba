// The law at hand (SGB VIII, SGB I, SGB X, KKG): queries for the side panel and the law browser.
import {
  type TLawBookSlug,
  type TLawHit,
  type TLawParagraph,
  type TLawToc,
  ZLawHitSchema,
  ZLawParagraphSchema,
  ZLawTocSchema,
} from '@lotse/shared';
import { useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../api/client.ts';

/** The texts change only with a new release of Lotse: no need to fetch them again during a session. */
const LAW_STALE_TIME = 60 * 60_000;

export const lawKeys = {
  toc: ['law', 'toc'] as const,
  paragraph: (book: TLawBookSlug, paragraph: string) => ['law', 'paragraph', book, paragraph] as const,
  search: (q: string, book: string) => ['law', 'search', q, book] as const,
};

/** The browser's address of a paragraph, with the anchor of a subsection or sentence ("#abs-4-satz-2"). */
export const lawPagePath = (book: TLawBookSlug, paragraph: string, anchor?: string | null) =>
  `/fachkraft/wissen/gesetze/${book}/${encodeURIComponent(paragraph)}${anchor ? `#${anchor}` : ''}`;

export const LAW_BROWSER_PATH = '/fachkraft/wissen/gesetze';

export function useLawParagraph(book: TLawBookSlug, paragraph: string) {
  return useQuery({
    queryKey: lawKeys.paragraph(book, paragraph),
    queryFn: ({ signal }) =>
      api<TLawParagraph>(`/api/law/${book}/${encodeURIComponent(paragraph)}`, {
        signal,
        schema: ZLawParagraphSchema,
      }),
    // Paging keeps the shown paragraph (and the focused button) until the next one is there.
    placeholderData: (previous) => previous,
    staleTime: LAW_STALE_TIME,
    retry: false,
  });
}

export function useLawToc() {
  return useQuery({
    queryKey: lawKeys.toc,
    queryFn: ({ signal }) => api<TLawToc>('/api/law', { signal, schema: ZLawTocSchema }),
    staleTime: LAW_STALE_TIME,
  });
}

/** Full-text search; runs only for a query of at least two characters. */
export function useLawSearch(q: string, book: TLawBookSlug | '') {
  return useQuery({
    queryKey: lawKeys.search(q, book),
    queryFn: ({ signal }) =>
      api<TLawHit[]>(`/api/law/search${queryString({ q, book })}`, {
        signal,
        schema: ZLawHitSchema.array(),
      }),
    enabled: q.trim().length >= 2,
    staleTime: LAW_STALE_TIME,
    retry: false,
  });
}
