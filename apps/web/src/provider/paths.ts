import { PROVIDER_PATH } from './landing.ts';

export const PROVIDER_INQUIRIES_PATH = `${PROVIDER_PATH}/anfragen`;
export const PROVIDER_CASES_PATH = `${PROVIDER_PATH}/faelle`;

/** A case shared with the provider. */
export function providerCasePath(caseId: string): string {
  return `${PROVIDER_CASES_PATH}/${encodeURIComponent(caseId)}`;
}
