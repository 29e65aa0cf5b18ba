import type { Tx } from '../../db/connection.js';
import { HttpError } from '../../platform/errors.js';

/**
 * Case references (Aktenzeichen) as cases/reference.ts numbers them: `<year>-<area code or team
 * kind>-<number>`, e.g. 2025-NORD-0007. Written in any case, and not inside a longer word or number.
 */
const REFERENCE = /(?<![\p{L}\p{N}-])(\d{4})-([\p{L}\p{N}]{2,12})-(\d{4,})(?![\p{L}\p{N}])/gu;

/** The middle parts the office's references can have: its social area codes and team kinds. */
export async function officeReferenceCodes(tx: Tx): Promise<Set<string>> {
  const [areas, teams] = await Promise.all([
    tx.selectFrom('directory_social_areas').select('code').execute(),
    tx.selectFrom('directory_teams').select('kind').distinct().execute(),
  ]);
  return new Set([...areas.map((a) => a.code), ...teams.map((t) => t.kind)].map((c) => c.toUpperCase()));
}

/** The references of the office (by `codes`) that `text` names, upper case, each once. */
export function officeReferencesIn(text: string, codes: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(REFERENCE)) {
    const code = (m[2] ?? '').toUpperCase();
    if (codes.has(code)) found.add(`${m[1]}-${code}-${m[3]}`);
  }
  return [...found];
}

/**
 * No case data without a ground: refuses (400, nothing written) texts that name a case reference of
 * the sender's office, unless that case was linked to the conversation with a recorded legal ground
 * or consent (`links.shared`: the references linked in this conversation by either office;
 * `links.own`: the one the sender's office linked, if any).
 */
export async function refuseCaseDataWithoutGround(
  tx: Tx,
  texts: { field: 'subject' | 'body'; text: string }[],
  links: { shared: readonly string[]; own: string | null },
): Promise<void> {
  const codes = await officeReferenceCodes(tx);
  const allowed = new Set(links.shared.map((r) => r.toUpperCase()));
  for (const { field, text } of texts) {
    const unshared = officeReferencesIn(text, codes).filter((r) => !allowed.has(r));
    if (unshared.length === 0) continue;
    const which =
      unshared.length === 1 ? `das Aktenzeichen ${unshared[0]}` : `die Aktenzeichen ${unshared.join(', ')}`;
    const where = field === 'subject' ? 'Der Betreff' : 'Die Nachricht';
    const message =
      links.own === null
        ? `${where} nennt ${which} aus Ihrem Jugendamt. Fallbezogene Angaben dürfen Sie erst schicken, wenn Sie den Fall mit Rechtsgrundlage oder Einwilligung verknüpft haben. Verknüpfen Sie zuerst den Fall oder lassen Sie das Aktenzeichen weg.`
        : `${where} nennt ${which} aus Ihrem Jugendamt. Mit dieser Unterhaltung ist nur der Fall ${links.own} mit Rechtsgrundlage oder Einwilligung verknüpft; Angaben zu anderen Fällen dürfen Sie hier nicht schicken.`;
    throw new HttpError(400, 'case_data_without_ground', message, { [field]: message });
  }
}
