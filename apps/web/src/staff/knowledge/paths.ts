import { parseLawCitation } from '@lotse/shared';
import { LAW_BROWSER_PATH, lawPagePath } from '../law/api.ts';
import { citedAnchor } from '../law/LawParagraphText.tsx';

/** Where the knowledge base ("Wissen") lives in the cockpit. */
export const KNOWLEDGE_PATH = '/fachkraft/wissen';
export const ARTICLES_PATH = `${KNOWLEDGE_PATH}/artikel`;
export const NEW_ARTICLE_PATH = `${ARTICLES_PATH}/neu`;
export const QUESTIONS_PATH = `${KNOWLEDGE_PATH}/fragen`;
export const ONBOARDING_PATH = `${KNOWLEDGE_PATH}/einarbeitung`;
/** The law browser (staff/law). */
export const LAW_PATH = LAW_BROWSER_PATH;
export const lawParagraphPath = lawPagePath;

export const articlePath = (id: string) => `${ARTICLES_PATH}/${encodeURIComponent(id)}`;
export const editArticlePath = (id: string) => `${articlePath(id)}/bearbeiten`;
export const tagPath = (tag: string) => `${ARTICLES_PATH}?tag=${encodeURIComponent(tag)}`;
export const questionPath = (id: string) => `${QUESTIONS_PATH}/${encodeURIComponent(id)}`;
export const assignmentPath = (id: string) => `${ONBOARDING_PATH}/${encodeURIComponent(id)}`;
/** Where team leads write onboarding paths ("Einarbeitungspläne"). */
export const NEW_ONBOARDING_PLAN_PATH = `${ONBOARDING_PATH}/plaene/neu`;
export const editOnboardingPlanPath = (id: string) =>
  `${ONBOARDING_PATH}/plaene/${encodeURIComponent(id)}/bearbeiten`;

/** The law browser's place for a citation such as "§ 8a Abs. 4 SGB VIII", or null if it is none. */
export function lawCitationPath(citation: string): string | null {
  const place = parseLawCitation(citation);
  return place ? lawPagePath(place.book, place.paragraph, citedAnchor(place)) : null;
}
