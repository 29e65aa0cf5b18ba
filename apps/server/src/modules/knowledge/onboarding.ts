import { randomUUID } from 'node:crypto';
import type { TOnboardingAssignment, TOnboardingOverview, TOnboardingPath } from '@lotse/shared';
import { HttpError } from '../../platform/errors.js';
import { canInOffice, requireOfficeAction } from '../../platform/policy.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { officeToday, teamsOfUser, teamsOfUsers } from '../tenancy/index.js';
import { type AssignmentFacts, allowedAssignmentActions, canOnAssignment } from './policy.js';

const DAY_MS = 86_400_000;

/** A path with its steps in order. */
export async function readPath(scope: ActorScope, id: string): Promise<TOnboardingPath> {
  const path = await scope.tx
    .selectFrom('onboarding_paths')
    .select(['id', 'title', 'description', 'audience', 'weeks'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!path) throw new NotVisibleError('onboarding', id, 'Einarbeitungsplan');
  const steps = await scope.tx
    .selectFrom('onboarding_steps')
    .select(['id', 'position', 'week', 'kind', 'title', 'description', 'article_id', 'law_ref'])
    .where('path_id', '=', id)
    .orderBy('position')
    .execute();
  return {
    ...path,
    steps: steps.map((s) => ({
      id: s.id,
      position: s.position,
      week: s.week,
      kind: s.kind,
      title: s.title,
      description: s.description,
      articleId: s.article_id,
      lawRef: s.law_ref,
    })),
  };
}

type AssignmentRow = {
  id: string;
  path_id: string;
  user_id: string;
  user_name: string;
  mentor_id: string | null;
  mentor_name: string | null;
  started_on: string;
};

const assignmentQuery = (scope: ActorScope) =>
  scope.tx
    .selectFrom('onboarding_assignments as a')
    .innerJoin('directory_users as u', 'u.id', 'a.user_id')
    .leftJoin('directory_users as m', 'm.id', 'a.mentor_id')
    .select([
      'a.id',
      'a.path_id',
      'a.user_id',
      'u.display_name as user_name',
      'a.mentor_id',
      'm.display_name as mentor_name',
      'a.started_on',
    ]);

const factsWith = (scope: ActorScope, row: AssignmentRow, teams: { id: string }[]): AssignmentFacts => ({
  tenantId: scope.tenantId,
  userId: row.user_id,
  mentorId: row.mentor_id,
  teamIds: teams.map((t) => t.id),
});

async function factsOf(scope: ActorScope, row: AssignmentRow): Promise<AssignmentFacts> {
  return factsWith(scope, row, await teamsOfUser(scope.tx, row.user_id));
}

/** Where someone stands on their path: done steps, percent, the calendar week and steps behind. */
async function present(
  scope: ActorScope,
  row: AssignmentRow,
  facts: AssignmentFacts,
  today: string,
  paths: Map<string, TOnboardingPath>,
): Promise<TOnboardingAssignment> {
  let path = paths.get(row.path_id);
  if (!path) {
    path = await readPath(scope, row.path_id);
    paths.set(row.path_id, path);
  }
  const done = await scope.tx
    .selectFrom('onboarding_progress')
    .select(['step_id', 'done_at'])
    .where('assignment_id', '=', row.id)
    .execute();
  const startedOn = String(row.started_on).slice(0, 10);
  const days = Math.floor((Date.parse(today) - Date.parse(startedOn)) / DAY_MS);
  const currentWeek = Math.max(1, Math.min(path.weeks, Math.floor(days / 7) + 1));
  const doneIds = new Set(done.map((d) => d.step_id));
  return {
    id: row.id,
    path,
    person: { id: row.user_id, displayName: row.user_name },
    mentor: row.mentor_id ? { id: row.mentor_id, displayName: row.mentor_name ?? '' } : null,
    startedOn,
    done: done.map((d) => ({ stepId: d.step_id, at: new Date(d.done_at).toISOString() })),
    percent: path.steps.length === 0 ? 0 : Math.round((100 * doneIds.size) / path.steps.length),
    currentWeek,
    behind: path.steps.filter((s) => s.week < currentWeek && !doneIds.has(s.id)).length,
    allowedActions: allowedAssignmentActions(scope.actor, facts),
  };
}

/** My own onboarding, the colleagues I mentor or whose team I lead, and the office's paths. */
export async function onboardingOverview(scope: ActorScope): Promise<TOnboardingOverview> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  const today = officeToday();
  const paths = new Map<string, TOnboardingPath>();
  const mine: TOnboardingAssignment[] = [];
  const others: TOnboardingAssignment[] = [];
  const rows = await assignmentQuery(scope).orderBy('a.started_on', 'desc').execute();
  const teams = await teamsOfUsers(
    scope.tx,
    rows.map((r) => r.user_id),
  );
  for (const row of rows) {
    const facts = factsWith(scope, row, teams.get(row.user_id) ?? []);
    if (!canOnAssignment(scope.actor, 'view', facts)) continue;
    const presented = await present(scope, row, facts, today, paths);
    (row.user_id === scope.actor.userId ? mine : others).push(presented);
  }
  if (others.length > 0) {
    await scope.audit({
      action: 'onboarding.progress_read',
      resourceType: 'onboarding',
      details: { people: others.map((o) => o.person.id) },
    });
  }
  const pathRows = await scope.tx
    .selectFrom('onboarding_paths as p')
    .select((eb) => [
      'p.id',
      'p.title',
      'p.description',
      'p.audience',
      'p.weeks',
      eb
        .selectFrom('onboarding_steps as s')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('s.path_id', '=', 'p.id')
        .as('step_count'),
    ])
    .orderBy('p.title')
    .execute();
  return {
    mine,
    others,
    paths: pathRows.map((p) => ({ ...p, stepCount: Number(p.step_count ?? 0) })),
    mayAssign: canInOffice(scope.actor, 'manage_onboarding', { tenantId: scope.tenantId }),
  };
}

async function visibleAssignment(scope: ActorScope, id: string) {
  const row = await assignmentQuery(scope).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw new NotVisibleError('onboarding', id, 'Einarbeitung');
  const facts = await factsOf(scope, row);
  if (!canOnAssignment(scope.actor, 'view', facts))
    throw new NotVisibleError('onboarding', id, 'Einarbeitung');
  return { row, facts };
}

/** One person's onboarding (themself, their mentor, their team lead, administrators). */
export async function readAssignment(scope: ActorScope, id: string): Promise<TOnboardingAssignment> {
  const { row, facts } = await visibleAssignment(scope, id);
  if (row.user_id !== scope.actor.userId) {
    await scope.audit({ action: 'onboarding.progress_read', resourceType: 'onboarding', resourceId: id });
  }
  return present(scope, row, facts, officeToday(), new Map());
}

/** Puts a colleague on a path, with a mentor (team leads and administrators). */
export async function assignPath(
  scope: ActorScope,
  input: { pathId: string; userId: string; mentorId: string | null; startedOn?: string | undefined },
): Promise<TOnboardingAssignment> {
  requireOfficeAction(scope.actor, 'manage_onboarding');
  await readPath(scope, input.pathId);
  const people = await scope.tx
    .selectFrom('directory_users')
    .select(['id', 'roles', 'disabled'])
    .where('id', 'in', [input.userId, ...(input.mentorId ? [input.mentorId] : [])])
    .execute();
  const person = people.find((p) => p.id === input.userId);
  if (!person || person.disabled)
    throw new HttpError(400, 'bad_request', 'Diese Person gibt es im Amt nicht.', {
      userId: 'Unbekannte Person',
    });
  if (input.mentorId !== null) {
    if (input.mentorId === input.userId) {
      throw new HttpError(
        400,
        'bad_request',
        'Mentor*in und neue Fachkraft müssen verschiedene Personen sein.',
        {
          mentorId: 'Bitte eine andere Person wählen',
        },
      );
    }
    const mentor = people.find((p) => p.id === input.mentorId);
    if (!mentor || mentor.disabled)
      throw new HttpError(400, 'bad_request', 'Diese Mentorin bzw. diesen Mentor gibt es im Amt nicht.', {
        mentorId: 'Unbekannte Person',
      });
  }
  const exists = await scope.tx
    .selectFrom('onboarding_assignments')
    .select('id')
    .where('path_id', '=', input.pathId)
    .where('user_id', '=', input.userId)
    .executeTakeFirst();
  if (exists) throw new HttpError(409, 'conflict', 'Diese Person ist bereits auf diesem Einarbeitungsplan.');
  const id = randomUUID();
  await scope.tx
    .insertInto('onboarding_assignments')
    .values({
      tenant_id: scope.tenantId,
      id,
      path_id: input.pathId,
      user_id: input.userId,
      mentor_id: input.mentorId,
      started_on: input.startedOn ?? officeToday(),
      assigned_by: scope.actor.userId,
    })
    .execute();
  await scope.audit({
    action: 'onboarding.assign',
    resourceType: 'onboarding',
    resourceId: id,
    details: { userId: input.userId },
  });
  // Whoever assigned sees the result once, even an administrator who leads none of the person's teams.
  const row = await assignmentQuery(scope).where('a.id', '=', id).executeTakeFirstOrThrow();
  return present(scope, row, await factsOf(scope, row), officeToday(), new Map());
}

/** The person ticks a step of their own path done (or takes the tick back). */
export async function tickStep(
  scope: ActorScope,
  assignmentId: string,
  stepId: string,
  done: boolean,
): Promise<TOnboardingAssignment> {
  const { row, facts } = await visibleAssignment(scope, assignmentId);
  if (!canOnAssignment(scope.actor, 'tick', facts)) {
    throw new HttpError(403, 'forbidden', 'Schritte hakt nur die Person ab, die eingearbeitet wird.');
  }
  const step = await scope.tx
    .selectFrom('onboarding_steps')
    .select('id')
    .where('id', '=', stepId)
    .where('path_id', '=', row.path_id)
    .executeTakeFirst();
  if (!step) throw new NotVisibleError('onboarding', stepId, 'Schritt');
  if (done) {
    await scope.tx
      .insertInto('onboarding_progress')
      .values({ tenant_id: scope.tenantId, assignment_id: assignmentId, step_id: stepId })
      .onConflict((oc) => oc.columns(['tenant_id', 'assignment_id', 'step_id']).doNothing())
      .execute();
  } else {
    await scope.tx
      .deleteFrom('onboarding_progress')
      .where('assignment_id', '=', assignmentId)
      .where('step_id', '=', stepId)
      .execute();
  }
  await scope.audit({
    action: 'onboarding.step_tick',
    resourceType: 'onboarding',
    resourceId: assignmentId,
    details: { stepId, done },
  });
  return present(scope, row, facts, officeToday(), new Map());
}

/** Colleagues who may be put on a path or mentor someone: the office's case and team staff. */
export async function onboardingPeople(scope: ActorScope) {
  requireOfficeAction(scope.actor, 'manage_onboarding');
  const users = await scope.tx
    .selectFrom('directory_users')
    .select(['id', 'display_name', 'roles'])
    .where('disabled', '=', false)
    .orderBy('display_name')
    .execute();
  const onPath = new Set(
    (await scope.tx.selectFrom('onboarding_assignments').select('user_id').execute()).map((a) => a.user_id),
  );
  const staff = users.filter((u) => u.roles.some((r) => r !== 'provider_staff'));
  const teams = await teamsOfUsers(
    scope.tx,
    staff.map((u) => u.id),
  );
  return staff.map((u) => ({
    id: u.id,
    displayName: u.display_name,
    teams: (teams.get(u.id) ?? []).map((t) => t.name),
    onPath: onPath.has(u.id),
  }));
}
