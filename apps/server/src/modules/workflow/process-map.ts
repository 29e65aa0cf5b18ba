import {
  germanDate,
  processStepLabels,
  type TCaseProcess,
  type TCaseStatus,
  type TNextActor,
  type TOverdueItem,
  type TProcessStep,
  type TStepState,
  type TUserRef,
} from '@lotse/shared';

/** The newest version of one help plan, as far as the process map needs it. */
export interface PlanFacts {
  planId: string;
  version: number;
  status: 'draft' | 'final';
  startsOn: string;
  endsOn: string | null;
  reviewOn: string | null;
}

/** A § 8a procedure as far as the process map needs it (from the protection module). */
export interface ProcedureFacts {
  procedureId: string;
  status: 'open' | 'awaiting_sign_off' | 'closed';
  firstContactDueAt: string;
  firstContactAt: string | null;
  followUpOn: string | null;
  proposedBy: TUserRef | null;
  openTaskDueDates: string[];
}

export interface ProcessFacts {
  caseId: string;
  status: TCaseStatus;
  caseworker: TUserRef | null;
  plans: PlanFacts[];
  procedures: ProcedureFacts[];
  /** Due dates (YYYY-MM-DD) of the case's open tasks. */
  openTaskDueDates: string[];
  today: string;
  now: Date;
}

const ORDER: TProcessStep[] = ['request', 'clarification', 'protection', 'planning', 'help', 'review', 'end'];

/** Where the case stands now: an open § 8a procedure comes first, then what the status and plans say. */
function currentStep(f: ProcessFacts): TProcessStep {
  if (f.status === 'closed') return 'end';
  if (f.procedures.some((p) => p.status !== 'closed')) return 'protection';
  const running = f.plans.filter((p) => p.endsOn === null || p.endsOn >= f.today);
  if (f.status === 'review' || running.some((p) => p.status === 'draft' && p.version > 1)) return 'review';
  if (running.some((p) => p.status === 'final' && p.reviewOn !== null && p.reviewOn <= f.today))
    return 'review';
  // A final plan whose help has begun means help is under way, whatever status was last set.
  if (f.status === 'running' || running.some((p) => p.status === 'final' && p.startsOn <= f.today))
    return 'help';
  if (f.status === 'planning' || f.plans.length > 0) return 'planning';
  if (f.status === 'clarification') return 'clarification';
  return 'clarification';
}

function stepDetail(step: TProcessStep, f: ProcessFacts): string | null {
  const finals = f.plans.filter((p) => p.status === 'final' || p.version > 1);
  switch (step) {
    case 'protection': {
      const open = f.procedures.filter((p) => p.status !== 'closed').length;
      if (f.procedures.length === 0) return 'Kein Verfahren nach § 8a';
      return open > 0 ? `${open} Verfahren offen` : `${f.procedures.length} Verfahren abgeschlossen`;
    }
    case 'planning':
      if (f.plans.length === 0) return 'Noch kein Hilfeplan';
      return finals.length > 0 ? 'Hilfeplan festgeschrieben' : 'Hilfeplan im Entwurf';
    case 'help': {
      const start = f.plans.map((p) => p.startsOn).sort()[0];
      return start ? `Beginn ${germanDate(start)}` : null;
    }
    case 'review': {
      const next = f.plans
        .map((p) => p.reviewOn)
        .filter((d): d is string => d !== null)
        .sort()[0];
      return next ? `Nächste Überprüfung ${germanDate(next)}` : null;
    }
    default:
      return null;
  }
}

function stateOf(step: TProcessStep, current: TProcessStep, f: ProcessFacts): TStepState {
  if (step === current) return 'current';
  if (step === 'protection' && f.procedures.length === 0) return 'skipped';
  if (step === 'review' && current === 'end' && !f.plans.some((p) => p.version > 1)) return 'skipped';
  return ORDER.indexOf(step) < ORDER.indexOf(current) ? 'done' : 'upcoming';
}

/** What is overdue on the case, oldest first. */
export function overdueItems(f: ProcessFacts): TOverdueItem[] {
  const items: TOverdueItem[] = [];
  if (f.status !== 'closed')
    for (const p of f.plans)
      if (p.status === 'final' && p.reviewOn !== null && p.reviewOn < f.today)
        items.push({ kind: 'review', text: 'Überprüfung des Hilfeplans', dueAt: p.reviewOn });
  for (const p of f.procedures) {
    if (p.firstContactAt === null && p.status !== 'closed' && new Date(p.firstContactDueAt) < f.now)
      items.push({
        kind: 'protection_first_contact',
        text: 'Erstkontakt im Verfahren nach § 8a',
        dueAt: p.firstContactDueAt,
      });
    if (p.followUpOn !== null && p.followUpOn < f.today)
      items.push({ kind: 'protection_follow_up', text: 'Wiedervorlage nach § 8a', dueAt: p.followUpOn });
    for (const due of p.openTaskDueDates)
      if (due < f.today)
        items.push({ kind: 'protection_task', text: 'Aufgabe aus dem Schutzplan', dueAt: due });
  }
  for (const due of f.openTaskDueDates)
    if (due < f.today) items.push({ kind: 'task', text: 'Aufgabe zum Fall', dueAt: due });
  return items.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

const caseworkerActs = (f: ProcessFacts, action: string): TNextActor =>
  f.caseworker
    ? { who: 'caseworker', label: 'Fallzuständige Fachkraft', person: f.caseworker, action }
    : { who: 'team_lead', label: 'Teamleitung', person: null, action: `Fall zuweisen, dann: ${action}` };

/** Who acts next and on what, derived from the same facts. */
export function nextActors(f: ProcessFacts, current: TProcessStep): TNextActor[] {
  const next: TNextActor[] = [];
  for (const p of f.procedures) {
    if (p.status === 'awaiting_sign_off')
      next.push({
        who: 'second_professional',
        label: 'Zweite Fachkraft',
        person: null,
        action: `Gefährdungseinschätzung prüfen und freigeben${p.proposedBy ? ` (vorgeschlagen von ${p.proposedBy.displayName})` : ''}`,
      });
    else if (p.status === 'open')
      next.push(
        caseworkerActs(
          f,
          p.firstContactAt === null
            ? `Erstkontakt bis ${germanDate(p.firstContactDueAt.slice(0, 10))} herstellen`
            : 'Gefährdungseinschätzung mit einer weiteren Fachkraft abschließen',
        ),
      );
  }
  if (next.length > 0) return next;
  switch (current) {
    case 'clarification':
      return [caseworkerActs(f, 'Bedarf klären und Hilfeplanung beginnen')];
    case 'planning':
      return [
        caseworkerActs(
          f,
          f.plans.length === 0
            ? 'Hilfeplan anlegen'
            : 'Hilfeplan mit der Familie abstimmen und festschreiben',
        ),
      ];
    case 'review':
      return [caseworkerActs(f, 'Hilfeplangespräch zur Überprüfung führen und den Plan fortschreiben')];
    case 'help':
      return [
        {
          who: 'provider',
          label: 'Leistungserbringer',
          person: null,
          action: 'Hilfe nach dem Hilfeplan erbringen',
        },
        caseworkerActs(f, 'Hilfe begleiten und die Überprüfung vorbereiten'),
      ];
    default:
      return f.status === 'closed' ? [] : [caseworkerActs(f, 'Nächsten Schritt festlegen')];
  }
}

/** The process map of a case: the steps with their state, what is overdue and who acts next. */
export function processMap(f: ProcessFacts): TCaseProcess {
  const current = currentStep(f);
  return {
    caseId: f.caseId,
    current,
    steps: ORDER.map((step) => ({
      step,
      label: processStepLabels[step],
      state: stateOf(step, current, f),
      detail: step === 'request' || stateOf(step, current, f) === 'skipped' ? null : stepDetail(step, f),
    })),
    overdue: overdueItems(f),
    next: nextActors(f, current),
  };
}
