import type {
  TArticle,
  TArticleSummary,
  TArticleVersion,
  TKnowledgeSearchResult,
  TOnboardingAssignment,
  TOnboardingOverview,
  TOnboardingPath,
  TQuestion,
} from '@lotse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/connection.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { OfficeFactory } from '../../test-support/factories.js';
import { buildOffice, type Office } from '../../test-support/office.js';
import { ensureStarterKnowledge } from './starter.js';

let t: TestApp;
let o: Office;
let anna: string;
let ben: string;
let clara: string;
let nora: string;
let olga: string;
let dora: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  const cookies = await Promise.all(
    [o.anna, o.ben, o.clara, o.nora, o.olga, o.dora].map((u) => loginCookie(t.app, u.username)),
  );
  [anna, ben, clara, nora, olga, dora] = cookies as [string, string, string, string, string, string];
  await withTenant(t.db, o.office.tenantId, (tx) => ensureStarterKnowledge(tx, o.office.tenantId));
});
afterAll(() => t.close());

const call = async (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

const auditCount = (action: string) =>
  t.db.withOwner(
    async (ow) =>
      (await ow.selectFrom('audit_events').select('id').where('action', '=', action).execute()).length,
  );

describe('starter knowledge', () => {
  it('gives a new office its articles and the onboarding path once', async () => {
    const list = (await call(anna, 'GET', '/api/knowledge/articles')).json() as TArticleSummary[];
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(list.every((a) => a.version === 1 && !a.archived && a.origin.kind === 'own')).toBe(true);
    const overview = (await call(anna, 'GET', '/api/onboarding')).json() as TOnboardingOverview;
    expect(overview.paths).toHaveLength(1);
    expect(overview.paths[0]?.stepCount).toBeGreaterThan(10);
    expect(
      await withTenant(t.db, o.office.tenantId, (tx) => ensureStarterKnowledge(tx, o.office.tenantId)),
    ).toBe(0);
  });

  it('is written once when two server instances start at the same time', async () => {
    const office = await OfficeFactory.create(t.db, 'Jugendamt Gleichzeitig');
    await office.user({ roles: ['admin'] });
    const written = await Promise.all(
      [1, 2].map(() =>
        withTenant(t.db, office.tenantId, (tx) => ensureStarterKnowledge(tx, office.tenantId)),
      ),
    );
    expect(written.filter((n) => n > 0)).toHaveLength(1);
  });

  it('stays in its office: another office sees none of it', async () => {
    const [first] = (await call(anna, 'GET', '/api/knowledge/articles')).json() as TArticleSummary[];
    expect((await call(olga, 'GET', `/api/knowledge/articles/${first?.id}`)).statusCode).toBe(404);
    expect(((await call(olga, 'GET', '/api/knowledge/articles')).json() as unknown[]).length).toBe(0);
    const search = (await call(olga, 'GET', '/api/knowledge/search?q=Hilfeplan&law=false')).json();
    expect(search.articles).toEqual([]);
  });
});

describe('articles', () => {
  let article: TArticle;

  it('are written, improved by colleagues with every version kept, and refuse a stale save', async () => {
    const created = await call(anna, 'POST', '/api/knowledge/articles', {
      title: 'Rufbereitschaft am Wochenende',
      body: '# Ablauf\n\nDie **Rufbereitschaft** erreichen Sie über die Leitstelle. Bei einer Inobhutnahme gilt § 42.',
      tags: ['Inobhutnahme', 'rufbereitschaft', 'rufbereitschaft'],
    });
    expect(created.statusCode, created.body).toBe(201);
    article = created.json();
    expect(article).toMatchObject({
      version: 1,
      tags: ['inobhutnahme', 'rufbereitschaft'],
      allowedActions: ['edit', 'archive'],
    });
    expect(article.excerpt).toBe(
      'Ablauf Die Rufbereitschaft erreichen Sie über die Leitstelle. Bei einer Inobhutnahme gilt § 42.',
    );
    expect(article.reviewOn > article.updatedAt.slice(0, 10)).toBe(true);

    const edited = await call(ben, 'PUT', `/api/knowledge/articles/${article.id}`, {
      title: article.title,
      body: `${article.body}\n\nTelefon der Leitstelle: 0123 456.`,
      tags: article.tags,
      baseVersion: 1,
      note: 'Telefonnummer ergänzt',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, editedBy: { id: o.ben.id }, owner: { id: o.anna.id } });
    expect((edited.json() as TArticle).allowedActions).toEqual(['edit']);

    const stale = await call(anna, 'PUT', `/api/knowledge/articles/${article.id}`, {
      title: 'Überschrieben',
      body: 'weg',
      baseVersion: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toContain('Version 2');

    const versions = (
      await call(anna, 'GET', `/api/knowledge/articles/${article.id}/versions`)
    ).json() as TArticleVersion[];
    expect(versions.map((v) => [v.version, v.note])).toEqual([
      [2, 'Telefonnummer ergänzt'],
      [1, ''],
    ]);
    expect(versions[1]?.body).not.toContain('Leitstelle: 0123');
    expect(await auditCount('knowledge.article_update')).toBe(1);
  });

  it('are found together with the law, by word forms and prefixes', async () => {
    const res = await call(
      anna,
      'GET',
      `/api/knowledge/search?q=${encodeURIComponent('Rufbereitschaften Inobhut')}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const found = res.json() as TKnowledgeSearchResult;
    expect(found.articles[0]).toMatchObject({ id: article.id, title: 'Rufbereitschaft am Wochenende' });
    expect(found.articles[0]?.highlighted).toContain('«');
    expect(found.law.map((l) => l.ref)).toContain('§ 42 SGB VIII');
    // The index lookup runs as the schema owner (migration 0033): it must still keep to the office.
    await withTenant(t.db, o.other.tenantId, (tx) => ensureStarterKnowledge(tx, o.other.tenantId));
    const foreign = (await call(olga, 'GET', '/api/knowledge/search?q=Rufbereitschaft&law=false')).json();
    expect(foreign.articles.map((a: { id: string }) => a.id)).not.toContain(article.id);
    expect(foreign.articles.length).toBeGreaterThan(0);
    const onlyOffice = (await call(anna, 'GET', '/api/knowledge/search?q=Rufbereitschaft&law=false')).json();
    expect(onlyOffice.law).toEqual([]);
    const hilfeplan = (
      await call(anna, 'GET', '/api/knowledge/search?q=Hilfeplan')
    ).json() as TKnowledgeSearchResult;
    expect(hilfeplan.articles.length).toBeGreaterThan(0);
    expect(hilfeplan.law.map((l) => l.ref)).toContain('§ 36 SGB VIII');
  });

  it('are archived by their owner or a lead only, and then leave search and lists', async () => {
    const byBen = await call(ben, 'POST', `/api/knowledge/articles/${article.id}/archive`);
    expect(byBen.statusCode).toBe(403);
    expect(byBen.json().message).toContain('verantwortliche Person');
    const archived = await call(anna, 'POST', `/api/knowledge/articles/${article.id}/archive`);
    expect(archived.json()).toMatchObject({ archived: true, allowedActions: [] });
    const search = (
      await call(anna, 'GET', '/api/knowledge/search?q=Rufbereitschaft')
    ).json() as TKnowledgeSearchResult;
    expect(search.articles.map((a) => a.id)).not.toContain(article.id);
    const list = (
      await call(anna, 'GET', '/api/knowledge/articles?archived=true')
    ).json() as TArticleSummary[];
    expect(list.map((a) => a.id)).toEqual([article.id]);
    const edit = await call(anna, 'PUT', `/api/knowledge/articles/${article.id}`, {
      title: 'Neu',
      body: 'Text',
      baseVersion: 2,
    });
    expect(edit.statusCode).toBe(403);
  });

  it('refuse bad input with a reason and write nothing', async () => {
    const before = ((await call(anna, 'GET', '/api/knowledge/articles')).json() as unknown[]).length;
    const bad: [unknown, string][] = [
      [{ title: '', body: 'x' }, 'title'],
      [{ title: 'Gut', body: 'x'.repeat(100_001) }, 'body'],
      [{ title: 'Gut', body: 'x', tags: ['<script>'] }, 'tags'],
      [{ title: 'Gut', body: 'x', reviewOn: '31.12.2027' }, 'reviewOn'],
      [{ title: 42, body: 'x' }, 'title'],
    ];
    for (const [payload, field] of bad) {
      const res = await call(anna, 'POST', '/api/knowledge/articles', payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(JSON.stringify(res.json().fields ?? {}), field).toContain(field);
    }
    expect(((await call(anna, 'GET', '/api/knowledge/articles')).json() as unknown[]).length).toBe(before);
    expect((await call(anna, 'GET', '/api/knowledge/articles/not-a-uuid')).statusCode).toBe(400);
    expect((await call(anna, 'GET', '/api/knowledge/search?q=x')).statusCode).toBe(400);
  });

  it('keep unicode intact: umlauts, Arabic, emoji', async () => {
    const res = await call(anna, 'POST', '/api/knowledge/articles', {
      title: 'Sprachmittlung: Arabisch – العربية 🙂',
      body: 'Übersetzung für Familien mit Fluchterfahrung: مرحبا',
      tags: ['sprachmittlung', 'arabisch'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const found = (
      await call(anna, 'GET', `/api/knowledge/search?q=${encodeURIComponent('Übersetzung')}&law=false`)
    ).json();
    expect(found.articles.map((a: { title: string }) => a.title)).toContain(
      'Sprachmittlung: Arabisch – العربية 🙂',
    );
  });
});

describe('staff questions', () => {
  it('are asked, answered, accepted by the asker and turned into an article once', async () => {
    const asked = await call(anna, 'POST', '/api/knowledge/questions', {
      title: 'Wer bestellt Dolmetscher für Hausbesuche?',
      body: 'Gilt das auch für Gebärdensprache?',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const q = asked.json() as TQuestion;
    expect(q.allowedActions).toEqual(['answer']);
    const answered = await call(ben, 'POST', `/api/knowledge/questions/${q.id}/answers`, {
      body: 'Das Sekretariat bestellt über den Rahmenvertrag, auch Gebärdensprachdolmetscher.',
    });
    expect(answered.statusCode, answered.body).toBe(201);
    const answerId = (answered.json() as TQuestion).answerList[0]?.id ?? '';
    expect(
      (await call(ben, 'POST', `/api/knowledge/questions/${q.id}/answers/${answerId}/accept`)).statusCode,
    ).toBe(403);
    const accepted = await call(anna, 'POST', `/api/knowledge/questions/${q.id}/answers/${answerId}/accept`);
    expect(accepted.json()).toMatchObject({
      accepted: true,
      allowedActions: ['answer', 'accept', 'make_article'],
    });

    const search = (
      await call(nora, 'GET', '/api/knowledge/search?q=Gebärdensprachdolmetscher&law=false')
    ).json();
    expect(search.questions.map((x: { id: string }) => x.id)).toEqual([q.id]);

    const made = await call(nora, 'POST', `/api/knowledge/questions/${q.id}/article`);
    expect(made.statusCode, made.body).toBe(201);
    expect((made.json() as TArticle).body).toContain('Rahmenvertrag');
    expect((made.json() as TArticle).questionId).toBe(q.id);
    const again = await call(nora, 'POST', `/api/knowledge/questions/${q.id}/article`);
    expect(again.statusCode).toBe(409);
    expect((await call(olga, 'GET', `/api/knowledge/questions/${q.id}`)).statusCode).toBe(404);
  });

  it('refuse accepting an answer of another question', async () => {
    const a = (
      await call(anna, 'POST', '/api/knowledge/questions', { title: 'Erste Frage' })
    ).json() as TQuestion;
    const b = (
      await call(anna, 'POST', '/api/knowledge/questions', { title: 'Zweite Frage' })
    ).json() as TQuestion;
    const answer = (
      (
        await call(ben, 'POST', `/api/knowledge/questions/${b.id}/answers`, { body: 'Antwort zu b' })
      ).json() as TQuestion
    ).answerList[0]?.id;
    await call(ben, 'POST', `/api/knowledge/questions/${a.id}/answers`, { body: 'Antwort zu a' });
    expect(
      (await call(anna, 'POST', `/api/knowledge/questions/${a.id}/answers/${answer}/accept`)).statusCode,
    ).toBe(404);
  });
});

describe('onboarding', () => {
  let assignment: TOnboardingAssignment;

  it('is assigned by a team lead with a mentor, not by a caseworker', async () => {
    const overview = (await call(clara, 'GET', '/api/onboarding')).json() as TOnboardingOverview;
    expect(overview.mayAssign).toBe(true);
    const pathId = overview.paths[0]?.id;
    const refused = await call(anna, 'POST', '/api/onboarding/assignments', {
      pathId,
      userId: o.nora.id,
      mentorId: o.anna.id,
    });
    expect(refused.statusCode).toBe(403);
    const self = await call(clara, 'POST', '/api/onboarding/assignments', {
      pathId,
      userId: o.nora.id,
      mentorId: o.nora.id,
    });
    expect(self.statusCode).toBe(400);
    const res = await call(clara, 'POST', '/api/onboarding/assignments', {
      pathId,
      userId: o.nora.id,
      mentorId: o.anna.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    assignment = res.json();
    expect(assignment).toMatchObject({ percent: 0, currentWeek: 1, behind: 0, mentor: { id: o.anna.id } });
    const twice = await call(clara, 'POST', '/api/onboarding/assignments', {
      pathId,
      userId: o.nora.id,
      mentorId: null,
    });
    expect(twice.statusCode).toBe(409);
  });

  it('lets the new colleague tick steps; mentor and team lead see the progress, others do not', async () => {
    const steps = assignment.path.steps;
    let mine = (await call(nora, 'GET', '/api/onboarding')).json() as TOnboardingOverview;
    expect(mine.mine.map((a) => a.id)).toEqual([assignment.id]);
    for (const step of steps.slice(0, 2)) {
      const res = await call(nora, 'PUT', `/api/onboarding/assignments/${assignment.id}/steps/${step.id}`, {
        done: true,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    mine = (await call(nora, 'GET', '/api/onboarding')).json() as TOnboardingOverview;
    const expected = Math.round(200 / steps.length);
    expect(mine.mine[0]?.percent).toBe(expected);

    const lead = (await call(clara, 'GET', '/api/onboarding')).json() as TOnboardingOverview;
    expect(lead.others.map((a) => [a.person.id, a.percent])).toEqual([[o.nora.id, expected]]);
    const mentor = (await call(anna, 'GET', '/api/onboarding')).json() as TOnboardingOverview;
    expect(mentor.others.map((a) => a.person.id)).toEqual([o.nora.id]);
    expect(await auditCount('onboarding.progress_read')).toBeGreaterThanOrEqual(2);

    const benView = (await call(ben, 'GET', '/api/onboarding')).json() as TOnboardingOverview;
    expect(benView.others).toEqual([]);
    expect((await call(ben, 'GET', `/api/onboarding/assignments/${assignment.id}`)).statusCode).toBe(404);
    expect((await call(dora, 'GET', `/api/onboarding/assignments/${assignment.id}`)).statusCode).toBe(404);
    const tickByMentor = await call(
      anna,
      'PUT',
      `/api/onboarding/assignments/${assignment.id}/steps/${steps[2]?.id}`,
      { done: true },
    );
    expect(tickByMentor.statusCode).toBe(403);

    const undo = await call(
      nora,
      'PUT',
      `/api/onboarding/assignments/${assignment.id}/steps/${steps[0]?.id}`,
      { done: false },
    );
    expect((undo.json() as TOnboardingAssignment).done.map((d) => d.stepId)).toEqual([steps[1]?.id]);
    const wrongStep = await call(
      nora,
      'PUT',
      `/api/onboarding/assignments/${assignment.id}/steps/${assignment.id}`,
      { done: true },
    );
    expect(wrongStep.statusCode).toBe(404);
    const badBody = await call(
      nora,
      'PUT',
      `/api/onboarding/assignments/${assignment.id}/steps/${steps[0]?.id}`,
      { done: 'ja' },
    );
    expect(badBody.statusCode).toBe(400);
  });

  it('lets a team lead write and change a path; kept steps keep their ticks, removed ones go', async () => {
    const articles = (await call(clara, 'GET', '/api/knowledge/articles')).json() as TArticleSummary[];
    const input = {
      title: 'Neu in der Wirtschaftlichen Jugendhilfe',
      audience: 'Neue Sachbearbeitung WiJu',
      weeks: 4,
      steps: [
        { week: 1, kind: 'article', title: 'Artikel lesen', articleId: articles[0]?.id },
        { week: 1, kind: 'law', title: 'Kostenbeteiligung', lawRef: '§ 94 Abs. 6 SGB VIII' },
        { week: 2, kind: 'task', title: 'Einen Bescheid mit der Mentorin schreiben' },
      ],
    };
    expect((await call(anna, 'POST', '/api/onboarding/paths', input)).statusCode).toBe(403);
    const bad = await call(clara, 'POST', '/api/onboarding/paths', {
      ...input,
      steps: [
        { week: 5, kind: 'law', title: 'Zu spät', lawRef: '§ 8a Abs. 9 SGB VIII' },
        { week: 1, kind: 'law', title: 'Falsch', lawRef: '§ 8a Abs. 9 SGB VIII' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(['steps.0.week']);
    const unresolved = await call(clara, 'POST', '/api/onboarding/paths', {
      ...input,
      steps: [{ week: 1, kind: 'law', title: 'Falsch', lawRef: '§ 8a Abs. 9 SGB VIII' }],
    });
    expect(unresolved.statusCode).toBe(400);
    expect(unresolved.json().fields['steps.0.lawRef']).toContain('§ 8a Abs. 9');

    const created = await call(clara, 'POST', '/api/onboarding/paths', input);
    expect(created.statusCode, created.body).toBe(201);
    const path = created.json() as TOnboardingPath;
    expect(path.steps.map((st) => st.kind)).toEqual(['article', 'law', 'task']);
    const assigned = (
      await call(clara, 'POST', '/api/onboarding/assignments', {
        pathId: path.id,
        userId: o.ben.id,
        mentorId: null,
      })
    ).json() as TOnboardingAssignment;
    const [first, second, third] = path.steps;
    for (const step of [first, third])
      await call(ben, 'PUT', `/api/onboarding/assignments/${assigned.id}/steps/${step?.id}`, { done: true });

    const changed = await call(clara, 'PUT', `/api/onboarding/paths/${path.id}`, {
      ...input,
      steps: [
        { id: second?.id, week: 1, kind: 'law', title: 'Kostenbeteiligung', lawRef: '§ 94 SGB VIII' },
        { id: first?.id, week: 2, kind: 'article', title: 'Artikel lesen', articleId: articles[0]?.id },
        { week: 3, kind: 'meeting', title: 'Gespräch mit der Teamleitung' },
      ],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const after = (
      await call(ben, 'GET', `/api/onboarding/assignments/${assigned.id}`)
    ).json() as TOnboardingAssignment;
    expect(after.path.steps.map((st) => st.title)).toEqual([
      'Kostenbeteiligung',
      'Artikel lesen',
      'Gespräch mit der Teamleitung',
    ]);
    expect(after.done.map((d) => d.stepId)).toEqual([first?.id]);
    const foreignStep = await call(clara, 'PUT', `/api/onboarding/paths/${path.id}`, {
      ...input,
      steps: [{ id: assignment.path.steps[0]?.id, week: 1, kind: 'task', title: 'Fremder Schritt' }],
    });
    expect(foreignStep.statusCode).toBe(400);
  });
});
