import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type THelpPlanContent, type THelpType, type THzeCode, ZHzeCodeListSchema } from '@lotse/shared';
import { badRequest } from '../../platform/errors.js';

const FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../../data/statistics/hze-help-types.json',
);

let codes: THzeCode[] | undefined;

/** The official "Art der Hilfe" codes (data/statistics/hze-help-types.json), checked once. */
export function hzeCodes(): THzeCode[] {
  codes ??= ZHzeCodeListSchema.parse(JSON.parse(readFileSync(FILE, 'utf8'))).codes;
  return codes;
}

/**
 * The codes a help type may be reported with (none for help outside the survey, e.g. § 16). Help for
 * young adults (§ 41) is reported with the code of the help given, so every code fits it.
 */
export const codesFor = (helpType: THelpType) =>
  helpType === 'p41_young_adults' ? hzeCodes() : hzeCodes().filter((c) => c.helpType === helpType);

/**
 * The code a plan reports: the one given if it belongs to the help type, the only code of the help
 * type if none is given, otherwise null (the caseworker chooses). A code of another help type: an error text.
 */
export function statisticsCodeFor(
  helpType: THelpType,
  given: string | null,
): { code: string | null } | { error: string } {
  const allowed = codesFor(helpType);
  if (given === null) return { code: allowed.length === 1 ? (allowed[0]?.code ?? null) : null };
  if (allowed.some((c) => c.code === given)) return { code: given };
  return {
    error:
      allowed.length === 0
        ? 'Diese Hilfeart wird in der Statistik der erzieherischen Hilfen nicht gemeldet.'
        : `Schlüssel ${given} passt nicht zur Hilfeart (möglich: ${allowed.map((c) => c.code).join(', ')}).`,
  };
}

/** The content with its statistics code checked and, where only one fits, filled in (400 otherwise). */
export function withStatisticsCode(content: THelpPlanContent): THelpPlanContent {
  const resolved = statisticsCodeFor(content.help.type, content.help.statisticsCode);
  if ('error' in resolved) throw badRequest(resolved.error, { 'help.statisticsCode': resolved.error });
  return { ...content, help: { ...content.help, statisticsCode: resolved.code } };
}
