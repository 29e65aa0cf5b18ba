import { describe, expect, it } from 'vitest';
import { type THelpPlanContent, ZHelpPlanContentSchema } from './helpplan.js';
import { diffHelpPlanContent } from './helpplan-diff.js';

const GOAL = '00000000-0000-4000-8000-0000000000a1';
const AGREEMENT = '00000000-0000-4000-8000-0000000000b1';

function plan(overrides: Partial<THelpPlanContent> = {}): THelpPlanContent {
  return ZHelpPlanContentSchema.parse({
    participants: [
      { role: 'child', name: 'Lena Schneider', view: 'Ich will zum Turnen.' },
      { role: 'parent', name: 'Sabine Schneider', view: 'Die Morgen sind schwer.' },
    ],
    needs: ['Struktur im Tagesablauf'],
    help: {
      type: 'p31_spfh',
      provider: 'Familienhilfe Nord e. V.',
      hoursPerWeek: 6,
      startsOn: '2026-01-15',
      endsOn: null,
    },
    goals: [
      {
        id: GOAL,
        title: 'Lena kommt pünktlich in die Schule',
        indicators: ['an 4 von 5 Tagen pünktlich'],
        familySummary: 'Lena ist pünktlich.',
        progress: null,
      },
    ],
    agreements: [
      {
        id: AGREEMENT,
        text: 'Wochenplan erstellen',
        owner: { kind: 'provider', name: 'Familienhilfe Nord e. V.' },
        status: 'open',
        dueOn: '2026-02-01',
      },
    ],
    reviewOn: '2026-07-15',
    ...overrides,
  });
}

describe('diffHelpPlanContent', () => {
  it('finds nothing between equal versions', () => {
    expect(diffHelpPlanContent(plan(), plan())).toEqual([]);
  });

  it('names changed help data and dates with German labels and formatted values', () => {
    const older = plan();
    const newer = plan({
      help: { ...older.help, type: 'p32_day_group', hoursPerWeek: 7.5, provider: null, endsOn: '2026-12-31' },
      reviewOn: '2026-10-01',
    });
    expect(diffHelpPlanContent(older, newer)).toEqual([
      {
        kind: 'changed',
        area: 'help',
        label: 'Hilfeart',
        before: '§ 31 Sozialpädagogische Familienhilfe (SPFH)',
        after: expect.stringContaining('§ 32'),
      },
      {
        kind: 'changed',
        area: 'help',
        label: 'Leistungserbringer',
        before: 'Familienhilfe Nord e. V.',
        after: '–',
      },
      {
        kind: 'changed',
        area: 'help',
        label: 'Stunden pro Woche',
        before: '6 Stunden',
        after: '7,5 Stunden',
      },
      { kind: 'changed', area: 'dates', label: 'Ende', before: '–', after: '31.12.2026' },
      {
        kind: 'changed',
        area: 'dates',
        label: 'Nächste Überprüfung',
        before: '15.07.2026',
        after: '01.10.2026',
      },
    ]);
  });

  it('rates progress and moves agreements on the board', () => {
    const older = plan();
    const newer = plan({
      goals: older.goals.map((g) => ({ ...g, progress: 7 })),
      agreements: older.agreements.map((a) => ({ ...a, status: 'done' as const })),
    });
    expect(diffHelpPlanContent(older, newer)).toEqual([
      {
        kind: 'changed',
        area: 'goals',
        label: 'Ziel „Lena kommt pünktlich in die Schule“: Fortschritt',
        before: 'nicht bewertet',
        after: '7 von 10',
      },
      {
        kind: 'changed',
        area: 'agreements',
        label: 'Vereinbarung „Wochenplan erstellen“: Stand',
        before: 'offen',
        after: 'erledigt',
      },
    ]);
  });

  it('lists added and removed goals, agreements, needs and participants', () => {
    const older = plan();
    const newer = plan({
      participants: [{ role: 'child', name: 'Lena Schneider', view: 'Ich will zum Turnen.' }],
      needs: ['Struktur im Tagesablauf', 'Entlastung der Mutter'],
      goals: [
        {
          id: '00000000-0000-4000-8000-0000000000a2',
          title: 'Lena geht zum Turnen',
          indicators: [],
          familySummary: '',
          progress: null,
        },
      ],
      agreements: [
        ...older.agreements,
        {
          id: '00000000-0000-4000-8000-0000000000b2',
          text: 'Termin bei der Beratung',
          familySummary: '',
          owner: { kind: 'staff', name: 'Anna Albers' },
          status: 'open',
          dueOn: null,
        },
      ],
    });
    const changes = diffHelpPlanContent(older, newer);
    expect(changes).toContainEqual({
      kind: 'removed',
      area: 'participants',
      label: 'Beteiligte Person',
      before: 'Sabine Schneider (Elternteil)',
      after: null,
    });
    expect(changes).toContainEqual({
      kind: 'added',
      area: 'needs',
      label: 'Bedarf',
      before: null,
      after: 'Entlastung der Mutter',
    });
    expect(changes).toContainEqual({
      kind: 'added',
      area: 'goals',
      label: 'Ziel',
      before: null,
      after: 'Lena geht zum Turnen',
    });
    expect(changes).toContainEqual({
      kind: 'removed',
      area: 'goals',
      label: 'Ziel',
      before: 'Lena kommt pünktlich in die Schule',
      after: null,
    });
    expect(changes).toContainEqual({
      kind: 'added',
      area: 'agreements',
      label: 'Vereinbarung',
      before: null,
      after: 'Termin bei der Beratung',
    });
    expect(changes).toHaveLength(5);
  });

  it('names who does not take part and why, the interpreter and why the help ended', () => {
    const older = plan({
      notInvolved: [{ role: 'parent', name: 'Markus Schneider', reason: 'nicht erreichbar' }],
    });
    const newer = plan({
      notInvolved: [{ role: 'parent', name: 'Markus Schneider', reason: 'lehnt die Teilnahme ab' }],
      interpreter: 'Frau Haddad, Arabisch',
      help: { ...older.help, endsOn: '2026-06-30', endReason: 'as_planned' },
    });
    expect(diffHelpPlanContent(older, newer)).toEqual([
      {
        kind: 'changed',
        area: 'help',
        label: 'Grund der Beendigung',
        before: '–',
        after: 'Beendigung gemäß Hilfeplan',
      },
      { kind: 'changed', area: 'dates', label: 'Ende', before: '–', after: '30.06.2026' },
      {
        kind: 'changed',
        area: 'participants',
        label: 'Dolmetschung',
        before: '–',
        after: 'Frau Haddad, Arabisch',
      },
      {
        kind: 'changed',
        area: 'participants',
        label: 'Warum Markus Schneider nicht beteiligt ist',
        before: 'nicht erreichbar',
        after: 'lehnt die Teilnahme ab',
      },
    ]);
    expect(diffHelpPlanContent(newer, plan())).toContainEqual({
      kind: 'removed',
      area: 'participants',
      label: 'Nicht beteiligt',
      before: 'Markus Schneider (Elternteil): lehnt die Teilnahme ab',
      after: null,
    });
  });

  it("compares participants' views, goal details and agreement owners field by field", () => {
    const older = plan();
    const newer = plan({
      participants: older.participants.map((p) =>
        p.role === 'child' ? { ...p, view: 'Morgens klappt es besser.' } : p,
      ),
      goals: older.goals.map((g) => ({
        ...g,
        title: 'Lena kommt pünktlich und ausgeschlafen in die Schule',
        indicators: [...g.indicators, 'keine Fehltage'],
      })),
      agreements: older.agreements.map((a) => ({
        ...a,
        owner: { kind: 'family' as const, name: 'Sabine Schneider' },
        dueOn: null,
      })),
    });
    const changes = diffHelpPlanContent(older, newer);
    expect(changes.map((c) => c.label)).toEqual([
      'Sicht von Lena Schneider',
      'Ziel „Lena kommt pünktlich und ausgeschlafen in die Schule“: Titel',
      'Ziel „Lena kommt pünktlich und ausgeschlafen in die Schule“: Woran wir es merken',
      'Vereinbarung „Wochenplan erstellen“: Zuständig',
      'Vereinbarung „Wochenplan erstellen“: Fällig am',
    ]);
    expect(changes[0]).toMatchObject({ before: 'Ich will zum Turnen.', after: 'Morgens klappt es besser.' });
    expect(changes[2]).toMatchObject({
      before: 'an 4 von 5 Tagen pünktlich',
      after: 'an 4 von 5 Tagen pünktlich; keine Fehltage',
    });
    expect(changes[3]).toMatchObject({
      before: 'Familienhilfe Nord e. V. (Träger)',
      after: 'Sabine Schneider (Familie)',
    });
    expect(changes[4]).toMatchObject({ before: '01.02.2026', after: '–' });
  });
});
