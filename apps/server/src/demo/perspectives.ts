import { randomUUID } from 'node:crypto';
import type { TPerspective, TRecordedAs } from '@lotse/shared';
import type { Tx } from '../db/connection.js';
import { perspectiveCatalogue, perspectiveSealContexts } from '../modules/perspectives/index.js';
import type { SealedText } from '../platform/sealed-text.js';

const DAY_MS = 86_400_000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

type Values = Record<string, number | null>;
interface DemoEntry {
  perspective: TPerspective;
  recordedAs: TRecordedAs | null;
  values: Values;
  comments?: Record<string, string>;
}

// Dimensions in catalogue order: safety, care, school, friends, family, wellbeing, support, heard.
const v = (...values: (number | null)[]): Values =>
  Object.fromEntries(perspectiveCatalogue().dimensions.map((d, i) => [d.id, values[i] ?? null]));

/**
 * Lena's two rating rounds: at the first help plan and at its review. At the review Lena and the
 * caseworker see school and how Lena feels clearly differently (2 against 4), the parents and the
 * provider lie in between — what the chart is for.
 */
export const lenaRounds = (): { daysAgo: number; planVersion: number; entries: DemoEntry[] }[] => [
  {
    daysAgo: 190,
    planVersion: 1,
    entries: [
      { perspective: 'child', recordedAs: 'together', values: v(4, 2, 2, 3, 3, 2, 2, 3) },
      { perspective: 'parent', recordedAs: 'their_words', values: v(4, 2, 2, 3, 3, 3, 1, 3) },
      { perspective: 'caseworker', recordedAs: null, values: v(4, 2, 2, 3, 3, 3, 2, 3) },
    ],
  },
  {
    daysAgo: 8,
    planVersion: 2,
    entries: [
      {
        perspective: 'child',
        recordedAs: 'together',
        values: v(5, 4, 2, 4, 3, 2, 4, null),
        comments: {
          school_day_care: 'In der Pause spielt keiner mit mir.',
          wellbeing: 'Abends bin ich oft traurig, wenn Papa nicht da ist.',
        },
      },
      {
        perspective: 'parent',
        recordedAs: 'their_words',
        values: v(5, 4, 3, 4, 3, 3, 4, 4),
        comments: { school_day_care: 'Sie ist jetzt pünktlich, das klappt viel besser.' },
      },
      {
        perspective: 'caseworker',
        recordedAs: null,
        values: v(5, 4, 4, 3, 4, 4, 4, 3),
        comments: { school_day_care: 'Pünktlichkeit laut Schule an 4 von 5 Tagen erreicht.' },
      },
      { perspective: 'provider', recordedAs: null, values: v(5, 4, 3, 4, 3, 3, 4, 4) },
    ],
  },
];

const ecomap = [
  { label: 'Mama (Sandra Schneider)', kind: 'family', closeness: 1, quality: 'supportive', note: '' },
  {
    label: 'Papa (Markus Schneider)',
    kind: 'family',
    closeness: 2,
    quality: 'neutral',
    note: 'Jedes zweite Wochenende, verlässlich',
  },
  {
    label: 'Oma Ingrid',
    kind: 'relative',
    closeness: 1,
    quality: 'supportive',
    note: 'Holt Lena dienstags ab',
  },
  { label: 'Freundin Mia', kind: 'friend', closeness: 2, quality: 'supportive', note: '' },
  {
    label: 'Grundschule am Park',
    kind: 'school',
    closeness: 2,
    quality: 'stressful',
    note: 'Streit in der Pause; Klassenlehrerin ist offen für Gespräche',
  },
  { label: 'Schwimmverein', kind: 'club', closeness: 2, quality: 'supportive', note: '' },
  {
    label: 'Familienhilfe Nord e. V.',
    kind: 'provider',
    closeness: 2,
    quality: 'supportive',
    note: 'SPFH, 6 Std./Woche',
  },
  { label: 'Kinderärztin', kind: 'doctor', closeness: 3, quality: 'neutral', note: '' },
  { label: 'ASD Nord', kind: 'youth_office', closeness: 3, quality: 'neutral', note: '' },
] as const;

/** Lena Schneider's rating rounds (linked to her help plan's versions) and her ecomap. */
export async function seedLenaPerspectives(
  { tx, sealed }: { tx: Tx; sealed: SealedText },
  ids: { tenantId: string; caseId: string; userId: string },
  now: Date,
): Promise<void> {
  const catalogue = perspectiveCatalogue();
  const plan = await tx
    .selectFrom('help_plans')
    .select('id')
    .where('case_id', '=', ids.caseId)
    .executeTakeFirst();
  for (const round of lenaRounds()) {
    const roundId = randomUUID();
    const at = new Date(now.getTime() - round.daysAgo * DAY_MS);
    await tx
      .insertInto('perspective_rounds')
      .values({
        tenant_id: ids.tenantId,
        id: roundId,
        case_id: ids.caseId,
        rated_on: isoDate(at),
        help_plan_id: plan?.id ?? null,
        help_plan_version: plan ? round.planVersion : null,
        catalogue_id: catalogue.id,
        catalogue_version: catalogue.version,
        created_by: ids.userId,
        created_at: at,
      })
      .execute();
    for (const entry of round.entries) {
      await tx
        .insertInto('perspective_entries')
        .values({
          tenant_id: ids.tenantId,
          round_id: roundId,
          perspective: entry.perspective,
          recorded_as: entry.recordedAs,
          entered_by: ids.userId,
          entered_at: at,
        })
        .execute();
      const rows = [];
      for (const [dimension, value] of Object.entries(entry.values)) {
        const comment = entry.comments?.[dimension];
        rows.push({
          tenant_id: ids.tenantId,
          round_id: roundId,
          perspective: entry.perspective,
          dimension,
          value,
          comment_enc: comment
            ? await sealed.seal(
                comment,
                perspectiveSealContexts.comment(roundId, entry.perspective, dimension),
              )
            : null,
        });
      }
      await tx.insertInto('perspective_ratings').values(rows).execute();
    }
  }
  await tx
    .insertInto('ecomaps')
    .values({ tenant_id: ids.tenantId, case_id: ids.caseId, updated_by: ids.userId, updated_at: now })
    .execute();
  const nodes = [];
  for (const [position, n] of ecomap.entries()) {
    const id = randomUUID();
    nodes.push({
      tenant_id: ids.tenantId,
      case_id: ids.caseId,
      id,
      position,
      kind: n.kind,
      closeness: n.closeness,
      quality: n.quality,
      label_enc: await sealed.seal(n.label, perspectiveSealContexts.ecomapLabel(ids.caseId, id)),
      note_enc: n.note ? await sealed.seal(n.note, perspectiveSealContexts.ecomapNote(ids.caseId, id)) : null,
    });
  }
  await tx.insertInto('ecomap_nodes').values(nodes).execute();
}
