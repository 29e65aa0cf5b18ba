import { randomUUID } from 'node:crypto';
import type { THelpPlanContentInput } from '@lotse/shared';
import type { Tx } from '../db/connection.js';
import { versionColumns } from '../modules/helpplan/index.js';
import type { SealedText } from '../platform/sealed-text.js';

const DAY_MS = 86_400_000;
const REVIEWED_STATUS = ['done', 'done', 'in_progress'] as const;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Lena Schneider's help plan (SPFH): the plan agreed half a year ago and its first review, both
 * final, with three goals, agreements on the board and the progress rated at the review.
 */
export function lenaPlan(now: Date): {
  first: THelpPlanContentInput;
  review: THelpPlanContentInput;
  startedAt: Date;
  reviewedAt: Date;
} {
  const startedAt = new Date(now.getTime() - 190 * DAY_MS);
  const reviewedAt = new Date(now.getTime() - 8 * DAY_MS);
  const goals = [
    {
      id: randomUUID(),
      title: 'Lena kommt pünktlich und ausgeschlafen in die Schule',
      indicators: ['an 4 von 5 Tagen pünktlich', 'keine Fehltage ohne Entschuldigung'],
      familySummary: 'Lena schafft den Morgen und ist pünktlich in der Schule.',
    },
    {
      id: randomUUID(),
      title: 'Frau Schneider hat feste Abläufe für Morgen und Abend',
      indicators: ['Wochenplan hängt in der Küche', 'Abendroutine an 5 Tagen'],
      familySummary: 'Mama und Lena haben feste Zeiten am Morgen und am Abend.',
    },
    {
      id: randomUUID(),
      title: 'Die Familie kennt Hilfe vor Ort und nutzt sie',
      indicators: ['Kontakt zur Erziehungsberatung', 'Lena besucht einen Sportverein'],
      familySummary: 'Die Familie weiß, wo sie Hilfe findet, und Lena hat ein Hobby.',
    },
  ];
  const agreement = (
    text: string,
    familySummary: string,
    owner: { kind: 'family' | 'provider' | 'staff'; name: string },
    days: number,
  ) => ({
    id: randomUUID(),
    text,
    familySummary,
    owner,
    dueOn: isoDate(new Date(startedAt.getTime() + days * DAY_MS)),
  });
  const agreements = [
    agreement(
      'Wecker und Kleidung am Vorabend bereitlegen',
      'Am Abend legen wir alles für den Morgen hin.',
      { kind: 'family', name: 'Frau Schneider' },
      14,
    ),
    agreement(
      'Wochenplan gemeinsam erstellen',
      'Wir machen zusammen einen Wochenplan.',
      { kind: 'provider', name: 'Familienhilfe Nord e. V.' },
      21,
    ),
    agreement(
      'Termin bei der Erziehungsberatung vereinbaren',
      'Anna Albers macht einen Termin in der Beratung.',
      { kind: 'staff', name: 'Anna Albers' },
      30,
    ),
  ];
  const participants = [
    {
      role: 'child' as const,
      name: 'Lena Schneider',
      view: 'Ich will morgens nicht mehr so gestresst sein. Und ich will zum Turnen.',
    },
    {
      role: 'parent' as const,
      name: 'Sabine Schneider',
      view: 'Seit der Trennung schaffe ich die Morgen nicht allein. Ich möchte, dass Lena gern zur Schule geht.',
    },
    {
      role: 'caseworker' as const,
      name: 'Anna Albers',
      view: 'Die Familie ist sehr motiviert; es fehlt an Struktur und Entlastung.',
    },
    {
      role: 'provider' as const,
      name: 'Familienhilfe Nord e. V.',
      view: 'Wir können zweimal pro Woche morgens und einmal nachmittags kommen.',
    },
  ];
  const help = {
    type: 'p31_spfh' as const,
    provider: 'Familienhilfe Nord e. V.',
    hoursPerWeek: 6,
    startsOn: isoDate(startedAt),
    endsOn: null,
  };
  const first: THelpPlanContentInput = {
    participants,
    needs: ['Struktur im Tagesablauf', 'Entlastung der Mutter', 'Kontakte für Lena außerhalb der Familie'],
    help,
    goals: goals.map((g) => ({ ...g, progress: null })),
    agreements: agreements.map((a) => ({ ...a, status: 'open' as const })),
  };
  const review: THelpPlanContentInput = {
    ...first,
    participants: participants.map((p) =>
      p.role === 'child' ? { ...p, view: 'Morgens klappt es jetzt viel besser. Turnen macht Spaß!' } : p,
    ),
    goals: goals.map((g, i) => ({ ...g, progress: [7, 6, 4][i] ?? null })),
    agreements: agreements.map((a, i) => ({
      ...a,
      status: REVIEWED_STATUS[i] ?? ('open' as const),
    })),
    reviewOn: isoDate(new Date(reviewedAt.getTime() + 182 * DAY_MS)),
  };
  return { first, review, startedAt, reviewedAt };
}

/** Writes Lena's plan with its two final versions (agreed, reviewed). */
export async function seedLenaHelpPlan(
  { tx, sealed }: { tx: Tx; sealed: SealedText },
  ids: { tenantId: string; caseId: string; userId: string },
  now: Date,
): Promise<void> {
  const plan = lenaPlan(now);
  const planId = randomUUID();
  await tx
    .insertInto('help_plans')
    .values({
      tenant_id: ids.tenantId,
      id: planId,
      case_id: ids.caseId,
      created_by: ids.userId,
      created_at: plan.startedAt,
    })
    .execute();
  for (const [version, content, at] of [
    [1, plan.first, plan.startedAt],
    [2, plan.review, plan.reviewedAt],
  ] as const) {
    await tx
      .insertInto('help_plan_versions')
      .values({
        tenant_id: ids.tenantId,
        plan_id: planId,
        version,
        status: 'final',
        created_by: ids.userId,
        created_at: at,
        finalized_by: ids.userId,
        finalized_at: at,
        ...(await versionColumns(sealed, planId, version, content)),
      })
      .execute();
  }
}
