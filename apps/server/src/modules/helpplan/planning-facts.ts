import type { THelpEndReason, THelpPlanContent } from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { contentContext } from './versions.js';

/** A help as its newest final plan describes it: no names, no text; the case id only to join. */
export interface HelpPlanFact {
  caseId: string;
  helpType: string;
  statisticsCode: string | null;
  startsOn: string;
  endsOn: string | null;
  endReason: THelpEndReason | null;
  reviewOn: string | null;
  /** Progress 0–10 of each goal at the last review (null: not rated). */
  goalProgress: (number | null)[];
}

/**
 * The newest final version of every help plan of the office, content opened (unaudited: for the
 * planning job and the official statistics, which keep no text and no names).
 */
export async function helpPlanFacts(tx: Tx, sealed: SealedText): Promise<HelpPlanFact[]> {
  const rows = await sql<{ case_id: string; plan_id: string; version: number; content_enc: Uint8Array }>`
    SELECT DISTINCT ON (v.plan_id) p.case_id, v.plan_id, v.version, v.content_enc
      FROM help_plan_versions v
      JOIN help_plans p ON p.tenant_id = v.tenant_id AND p.id = v.plan_id
     WHERE v.status = 'final'
     ORDER BY v.plan_id, v.version DESC`.execute(tx);
  const facts: HelpPlanFact[] = [];
  for (const row of rows.rows) {
    // Stored content was validated on write; read what the figures need without re-parsing the rest.
    const content = JSON.parse(
      await sealed.open(row.content_enc, contentContext(row.plan_id, row.version)),
    ) as THelpPlanContent;
    facts.push({
      caseId: row.case_id,
      helpType: content.help.type,
      statisticsCode: content.help.statisticsCode ?? null,
      startsOn: content.help.startsOn,
      endsOn: content.help.endsOn ?? null,
      endReason: content.help.endReason ?? null,
      reviewOn: content.reviewOn ?? null,
      goalProgress: (content.goals ?? []).map((g) => g.progress ?? null),
    });
  }
  return facts;
}
