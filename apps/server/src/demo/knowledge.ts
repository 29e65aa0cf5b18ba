import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Db, withTenant } from '../db/connection.js';
import { ensureStarterKnowledge, STARTER_DIR } from '../modules/knowledge/index.js';
import { DEMO_TENANT_ID } from './office.js';

interface DemoQuestion {
  title: string;
  body: string;
  answers: { body: string; accepted?: boolean }[];
}

const DAY_MS = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The demo office's knowledge: the starter articles and onboarding path, three answered staff
 * questions, and Nils Neumann (new in ASD Nord) ten days into his first eight weeks, Anna his
 * mentor, three steps done — so the team lead Clara sees progress on the first start.
 */
export async function seedDemoKnowledge(ctx: { db: Db }, now = new Date()): Promise<void> {
  await withTenant(ctx.db, DEMO_TENANT_ID, async (tx) => {
    await ensureStarterKnowledge(tx, DEMO_TENANT_ID);
    const users = await tx.selectFrom('users').select(['id', 'username']).execute();
    const id = (username: string) => {
      const user = users.find((u) => u.username === username);
      if (!user) throw new Error(`demo user ${username} missing`);
      return user.id;
    };
    const askers = ['jonas.nord', 'selin.sued', 'tobias.mitte'];
    const answerers = ['clara.leitung', 'anna.asd', 'marc.sued'];
    const questions = JSON.parse(readFileSync(join(STARTER_DIR, 'questions.json'), 'utf8')) as DemoQuestion[];
    for (const [i, q] of questions.entries()) {
      const questionId = randomUUID();
      const askedAt = new Date(now.getTime() - (20 - i * 5) * DAY_MS);
      await tx
        .insertInto('knowledge_questions')
        .values({
          tenant_id: DEMO_TENANT_ID,
          id: questionId,
          title: q.title,
          body: q.body,
          asked_by: id(askers[i % askers.length] ?? 'jonas.nord'),
          asked_at: askedAt,
          accepted_answer_id: null,
          article_id: null,
        })
        .execute();
      for (const [j, a] of q.answers.entries()) {
        const answerId = randomUUID();
        await tx
          .insertInto('knowledge_answers')
          .values({
            tenant_id: DEMO_TENANT_ID,
            id: answerId,
            question_id: questionId,
            body: a.body,
            answered_by: id(answerers[(i + j) % answerers.length] ?? 'clara.leitung'),
            answered_at: new Date(askedAt.getTime() + (j + 1) * 3_600_000),
          })
          .execute();
        if (a.accepted) {
          await tx
            .updateTable('knowledge_questions')
            .set({ accepted_answer_id: answerId })
            .where('id', '=', questionId)
            .execute();
        }
      }
    }
    const path = await tx.selectFrom('onboarding_paths').select('id').executeTakeFirstOrThrow();
    const assignmentId = randomUUID();
    await tx
      .insertInto('onboarding_assignments')
      .values({
        tenant_id: DEMO_TENANT_ID,
        id: assignmentId,
        path_id: path.id,
        user_id: id('nils.neu'),
        mentor_id: id('anna.asd'),
        started_on: isoDay(new Date(now.getTime() - 10 * DAY_MS)),
        assigned_by: id('clara.leitung'),
      })
      .execute();
    const firstSteps = await tx
      .selectFrom('onboarding_steps')
      .select('id')
      .where('path_id', '=', path.id)
      .orderBy('position')
      .limit(3)
      .execute();
    if (firstSteps.length > 0) {
      await tx
        .insertInto('onboarding_progress')
        .values(
          firstSteps.map((s) => ({ tenant_id: DEMO_TENANT_ID, assignment_id: assignmentId, step_id: s.id })),
        )
        .execute();
    }
  });
}
