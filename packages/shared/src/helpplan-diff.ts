// What changed between two versions of a help plan (§ 36 SGB VIII), in German for the staff view.
import { z } from 'zod';
import { germanDate } from './common.js';
import { helpTypeLabels } from './enums.js';
import {
  helpEndReasonLabels,
  type TAgreement,
  type TGoal,
  type THelpPlanContent,
  type TPlanParticipantRole,
} from './helpplan.js';

/** German names of the plan's codes, shared by the diff, the staff UI and the protocol. */
export const planParticipantRoleLabels: Record<TPlanParticipantRole, string> = {
  child: 'Kind',
  young_person: 'Jugendliche/r',
  parent: 'Elternteil',
  caseworker: 'Fachkraft des Jugendamts',
  provider: 'Träger',
  other: 'Weitere Person',
};
export const agreementStatusLabels: Record<TAgreement['status'], string> = {
  open: 'offen',
  in_progress: 'in Arbeit',
  done: 'erledigt',
};
export const agreementOwnerKindLabels: Record<TAgreement['owner']['kind'], string> = {
  family: 'Familie',
  provider: 'Träger',
  staff: 'Jugendamt',
};

export const ZHelpPlanChangeKind = z.enum(['added', 'removed', 'changed']);
export type THelpPlanChangeKind = z.infer<typeof ZHelpPlanChangeKind>;
/** The part of the plan a change belongs to, in the order the plan is read. */
export const ZHelpPlanChangeArea = z.enum(['help', 'dates', 'participants', 'needs', 'goals', 'agreements']);
export type THelpPlanChangeArea = z.infer<typeof ZHelpPlanChangeArea>;
export const helpPlanChangeAreaLabels: Record<THelpPlanChangeArea, string> = {
  help: 'Hilfe',
  dates: 'Termine',
  participants: 'Beteiligte',
  needs: 'Bedarf',
  goals: 'Ziele',
  agreements: 'Vereinbarungen',
};
export const helpPlanChangeKindLabels: Record<THelpPlanChangeKind, string> = {
  added: 'neu',
  removed: 'entfallen',
  changed: 'geändert',
};

export const ZHelpPlanChangeSchema = z.object({
  kind: ZHelpPlanChangeKind,
  area: ZHelpPlanChangeArea,
  /** What changed, in German, e.g. „Ziel „Lena kommt pünktlich …“: Fortschritt“. */
  label: z.string(),
  /** The value before (null when added) and after (null when removed), as shown to people. */
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type THelpPlanChange = z.infer<typeof ZHelpPlanChangeSchema>;

/** `GET /api/help-plans/:id/diff?from=&to=`: the changes from one version to another. */
export const ZHelpPlanDiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(ZHelpPlanChangeSchema),
});
export type THelpPlanDiff = z.infer<typeof ZHelpPlanDiffSchema>;

const NONE = '–';
const text = (value: string | null | undefined) => (value?.trim() ? value : NONE);
const progressText = (value: number | null) => (value === null ? 'nicht bewertet' : `${value} von 10`);
const ownerText = (owner: TAgreement['owner']) => `${owner.name} (${agreementOwnerKindLabels[owner.kind]})`;
const quoted = (value: string) => `„${value}“`;

/**
 * The differences from `older` to `newer`: help data, dates, participants (by name), needs, goals
 * and agreements (by their ids), each with a German label and both values as text. Equal versions
 * give an empty list.
 */
export function diffHelpPlanContent(older: THelpPlanContent, newer: THelpPlanContent): THelpPlanChange[] {
  const changes: THelpPlanChange[] = [];
  const field = (area: THelpPlanChangeArea, label: string, before: string, after: string) => {
    if (before !== after) changes.push({ kind: 'changed', area, label, before, after });
  };

  field('help', 'Hilfeart', helpTypeLabels[older.help.type], helpTypeLabels[newer.help.type]);
  field('help', 'Statistik-Schlüssel', text(older.help.statisticsCode), text(newer.help.statisticsCode));
  field('help', 'Leistungserbringer', text(older.help.provider), text(newer.help.provider));
  field('help', 'Stunden pro Woche', hours(older.help.hoursPerWeek), hours(newer.help.hoursPerWeek));
  field('help', 'Grund der Beendigung', endReason(older), endReason(newer));
  field('dates', 'Beginn', germanDate(older.help.startsOn), germanDate(newer.help.startsOn));
  field('dates', 'Ende', germanDate(older.help.endsOn), germanDate(newer.help.endsOn));
  field('dates', 'Nächste Überprüfung', germanDate(older.reviewOn), germanDate(newer.reviewOn));

  matchBy(
    older.participants,
    newer.participants,
    (p) => p.name.trim().toLowerCase(),
    (p) => `${p.name} (${planParticipantRoleLabels[p.role]})`,
    'participants',
    'Beteiligte Person',
    changes,
    (a, b) => {
      const who = b.name;
      field(
        'participants',
        `Rolle von ${who}`,
        planParticipantRoleLabels[a.role],
        planParticipantRoleLabels[b.role],
      );
      field('participants', `Sicht von ${who}`, text(a.view), text(b.view));
    },
  );

  field('participants', 'Dolmetschung', text(older.interpreter), text(newer.interpreter));
  matchBy(
    older.notInvolved,
    newer.notInvolved,
    (p) => p.name.trim().toLowerCase(),
    (p) => `${p.name} (${planParticipantRoleLabels[p.role]}): ${p.reason}`,
    'participants',
    'Nicht beteiligt',
    changes,
    (a, b) => field('participants', `Warum ${b.name} nicht beteiligt ist`, a.reason, b.reason),
  );

  matchBy(
    older.needs,
    newer.needs,
    (n) => n.trim().toLowerCase(),
    (n) => n,
    'needs',
    'Bedarf',
    changes,
  );

  matchBy(
    older.goals,
    newer.goals,
    (g) => g.id,
    (g) => g.title,
    'goals',
    'Ziel',
    changes,
    (a: TGoal, b: TGoal) => {
      const goal = `Ziel ${quoted(b.title)}`;
      field('goals', `${goal}: Titel`, a.title, b.title);
      field('goals', `${goal}: Woran wir es merken`, list(a.indicators), list(b.indicators));
      field('goals', `${goal}: In einfachen Worten`, text(a.familySummary), text(b.familySummary));
      field('goals', `${goal}: Fortschritt`, progressText(a.progress), progressText(b.progress));
    },
  );

  matchBy(
    older.agreements,
    newer.agreements,
    (a) => a.id,
    (a) => a.text,
    'agreements',
    'Vereinbarung',
    changes,
    (a: TAgreement, b: TAgreement) => {
      const agreement = `Vereinbarung ${quoted(b.text)}`;
      field('agreements', `${agreement}: Text`, a.text, b.text);
      field(
        'agreements',
        `${agreement}: Stand`,
        agreementStatusLabels[a.status],
        agreementStatusLabels[b.status],
      );
      field('agreements', `${agreement}: Zuständig`, ownerText(a.owner), ownerText(b.owner));
      field('agreements', `${agreement}: Fällig am`, germanDate(a.dueOn), germanDate(b.dueOn));
      field('agreements', `${agreement}: In einfachen Worten`, text(a.familySummary), text(b.familySummary));
    },
  );

  return changes;
}

function endReason(content: THelpPlanContent): string {
  return content.help.endReason ? helpEndReasonLabels[content.help.endReason] : NONE;
}

function hours(value: number | null): string {
  return value === null ? NONE : `${String(value).replace('.', ',')} Stunden`;
}

function list(items: readonly string[]): string {
  return items.length ? items.join('; ') : NONE;
}

/**
 * Pairs items of both versions by key: items only in `newer` are added, only in `older` removed,
 * pairs are compared field by field by `compare`. Order follows the newer version, removed last.
 */
function matchBy<T>(
  older: readonly T[],
  newer: readonly T[],
  key: (item: T) => string,
  show: (item: T) => string,
  area: THelpPlanChangeArea,
  noun: string,
  changes: THelpPlanChange[],
  compare?: (before: T, after: T) => void,
) {
  const before = new Map(older.map((item) => [key(item), item]));
  const seen = new Set<string>();
  for (const item of newer) {
    const k = key(item);
    seen.add(k);
    const previous = before.get(k);
    if (previous === undefined)
      changes.push({ kind: 'added', area, label: noun, before: null, after: show(item) });
    else compare?.(previous, item);
  }
  for (const [k, item] of before) {
    if (!seen.has(k)) changes.push({ kind: 'removed', area, label: noun, before: show(item), after: null });
  }
}
