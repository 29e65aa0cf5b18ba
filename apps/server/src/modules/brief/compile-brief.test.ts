import { randomUUID } from 'node:crypto';
import type { TCaseDetail, TCasePerson, THelpPlanVersion } from '@lotse/shared';
import { describe, expect, it } from 'vitest';
import type { ProtectionFact } from '../protection/index.js';
import { compileBrief } from './compile-brief.js';
import type { BriefFacts } from './facts.js';
import { pseudonymise, pseudonymTable, restore } from './pseudonymise.js';

const caseId = randomUUID();
const anna = { id: randomUUID(), displayName: 'Anna Albers' };

function person(role: TCasePerson['role'], firstName: string, extra: Partial<TCasePerson> = {}): TCasePerson {
  return {
    id: randomUUID(),
    role,
    firstName,
    lastName: 'Schneider',
    birthDate: null,
    birthDateApproximate: false,
    gender: 'unspecified',
    languages: ['de'],
    phone: null,
    email: null,
    street: null,
    houseNumber: null,
    postcode: null,
    city: null,
    socialArea: null,
    ...extra,
  };
}

const lena = person('child', 'Lena', {
  birthDate: '2018-03-03',
  street: 'Birkenstraße',
  houseNumber: '14',
  postcode: '12103',
  city: 'Musterstadt',
});
const sandra = person('parent', 'Sandra', { phone: '0151 0000 1001', languages: ['ar'] });

function detail(overrides: Partial<TCaseDetail> = {}): TCaseDetail {
  return {
    id: caseId,
    reference: 'ASD-2026-0001',
    title: 'Lena Schneider – SPFH in Vorbereitung',
    status: 'planning',
    helpType: 'p31_spfh',
    team: { id: randomUUID(), name: 'ASD Nord' },
    caseworker: anna,
    children: [],
    socialArea: null,
    openedAt: '2026-01-20T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    allowedActions: ['read'],
    closedAt: null,
    origin: null,
    deputies: [{ id: randomUUID(), displayName: 'Jonas Nord' }],
    persons: [sandra, lena],
    relations: [{ id: randomUUID(), fromPersonId: sandra.id, toPersonId: lena.id, kind: 'parent' }],
    households: [],
    tasks: [
      {
        id: randomUUID(),
        caseId,
        caseReference: 'ASD-2026-0001',
        title: 'Schulbericht anfordern',
        dueOn: '2026-03-01',
        assignee: anna,
        doneAt: null,
        overdue: true,
      },
    ],
    ...overrides,
  };
}

const version: THelpPlanVersion = {
  version: 2,
  status: 'final',
  createdBy: anna,
  createdAt: '2026-02-01T10:00:00.000Z',
  finalizedBy: anna,
  finalizedAt: '2026-02-02T10:00:00.000Z',
  content: {
    participants: [],
    notInvolved: [],
    interpreter: null,
    needs: ['Tagesstruktur'],
    help: {
      type: 'p31_spfh',
      provider: 'Familienzentrum Regenbogen e. V.',
      hoursPerWeek: 6,
      startsOn: '2026-02-15',
      endsOn: null,
      statisticsCode: null,
      endReason: null,
    },
    goals: [
      {
        id: randomUUID(),
        title: 'Lena frühstückt vor der Schule',
        indicators: ['5 von 5 Tagen'],
        familySummary: '',
        progress: 4,
      },
    ],
    agreements: [
      {
        id: randomUUID(),
        text: 'Wochenplan gemeinsam erstellen',
        familySummary: '',
        owner: { kind: 'family', name: 'Frau Schneider' },
        status: 'open',
        dueOn: '2026-03-20',
      },
    ],
    reviewOn: '2026-08-15',
  },
};

const procedure: ProtectionFact = {
  procedureId: randomUUID(),
  caseId,
  status: 'closed',
  receivedAt: '2026-02-10T08:00:00.000Z',
  firstContactDueAt: '2026-02-11T08:00:00.000Z',
  firstContactAt: '2026-02-10T15:00:00.000Z',
  result: 'help_needed',
  followUpOn: null,
  protectiveFactorsRated: 3,
  riskFactorsRated: 2,
  openTaskDueDates: [],
};

function facts(overrides: Partial<BriefFacts> = {}): BriefFacts {
  return {
    case: detail(),
    entries: [
      {
        id: randomUUID(),
        kind: 'contact',
        occurredAt: '2026-03-03T10:00:00.000Z',
        title: 'Hausbesuch bei Familie Schneider',
        author: anna,
      },
      {
        id: randomUUID(),
        kind: 'decision',
        occurredAt: '2026-02-20T10:00:00.000Z',
        title: 'Kollegiale Beratung: SPFH empfohlen',
        author: anna,
      },
    ],
    entriesTotal: 2,
    plans: [{ planId: randomUUID(), version }],
    procedures: [procedure],
    today: '2026-03-10',
    ...overrides,
  };
}

const textOf = (brief: ReturnType<typeof compileBrief>, key: string) =>
  brief.sections.find((s) => s.key === key)?.sentences.map((s) => s.text) ?? [];

describe('compileBrief', () => {
  it('writes plain German sentences from the fields, each with one source', () => {
    const brief = compileBrief(facts(), 'handover', new Date('2026-03-10T12:00:00Z'));
    expect(brief.title).toBe('Übergabe');
    expect(textOf(brief, 'persons')).toEqual([
      'Lena Schneider (geboren am 3. März 2018, 8 Jahre) ist das Kind, um das es in diesem Fall geht.',
      'Lena Schneider wohnt in Birkenstraße 14, 12103 Musterstadt.',
      'Sandra Schneider ist Elternteil.',
      'Sandra Schneider ist telefonisch unter 0151 0000 1001 erreichbar.',
      'Sandra Schneider spricht Arabisch; Deutsch ist nicht angegeben.',
      'Sandra Schneider ist Elternteil von Lena Schneider.',
      'Die Fallführung liegt bei Anna Albers (Team ASD Nord), die Vertretung bei Jonas Nord.',
    ]);
    expect(textOf(brief, 'contacts')).toEqual([
      'Am 3. März 2026 dokumentierte Anna Albers einen Kontakt: „Hausbesuch bei Familie Schneider“.',
    ]);
    expect(textOf(brief, 'helpplan')).toContain(
      'Ziel „Lena frühstückt vor der Schule“: Fortschritt 4 von 10 bei der letzten Überprüfung.',
    );
    expect(textOf(brief, 'protection')).toContain(
      'Ergebnis der Gefährdungseinschätzung: Keine Kindeswohlgefährdung, aber Hilfebedarf.',
    );
    expect(textOf(brief, 'deadlines')).toEqual([
      'Die Aufgabe „Schulbericht anfordern“ (zuständig: Anna Albers) war am 1. März 2026 fällig und ist überfällig.',
      'Die Überprüfung des Hilfeplans ist am 15. August 2026 fällig.',
    ]);
    const course = textOf(brief, 'course');
    expect(course[0]).toBe('Der Fall wurde am 20. Januar 2026 eröffnet.');
    expect(course).toContain(
      'Seit dem 15. Februar 2026 läuft die Hilfe „§ 31 Sozialpädagogische Familienhilfe (SPFH)“ beim Träger Familienzentrum Regenbogen e. V. mit 6 Stunden pro Woche.',
    );
    const contact = brief.sections.find((s) => s.key === 'contacts')?.sentences[0];
    expect(contact?.source).toEqual({
      kind: 'entry',
      id: expect.any(String),
      label: 'Kontakt vom 3. März 2026',
      href: `/fachkraft/faelle/${caseId}#eintrag-${contact?.source.id}`,
    });
    for (const s of brief.sections.flatMap((x) => x.sentences)) {
      expect(s.text).toMatch(/[.!?]$/);
      expect(s.source.href.startsWith(`/fachkraft/faelle/${caseId}`)).toBe(true);
    }
  });

  it('keeps every section and says in one sentence, with the case as source, when there is nothing', () => {
    const brief = compileBrief(
      facts({ entries: [], entriesTotal: 0, plans: [], procedures: [], case: detail({ tasks: [] }) }),
      'court',
      new Date(),
    );
    expect(brief.sections).toHaveLength(6);
    for (const key of ['helpplan', 'protection', 'deadlines', 'contacts']) {
      const sentences = brief.sections.find((s) => s.key === key)?.sentences ?? [];
      expect(sentences, key).toHaveLength(1);
      expect(sentences[0]?.source.kind, key).toBe('case');
    }
  });

  it('orders and stresses by purpose', () => {
    const f = facts();
    const handover = compileBrief(f, 'handover', new Date());
    const court = compileBrief(f, 'court', new Date());
    const meeting = compileBrief(f, 'helpplan_meeting', new Date());
    expect(handover.sections.map((s) => s.key)).toEqual([
      'persons',
      'deadlines',
      'protection',
      'helpplan',
      'course',
      'contacts',
    ]);
    expect(court.title).toBe('Entwurf Bericht an das Familiengericht');
    expect(court.notes.join(' ')).toContain('Familiengericht');
    expect(JSON.stringify(court)).not.toContain('0151 0000 1001');
    expect(meeting.sections[0]?.key).toBe('helpplan');
    expect(textOf(meeting, 'helpplan').join(' ')).toContain('5 von 5 Tagen');
    expect(textOf(handover, 'helpplan').join(' ')).not.toContain('5 von 5 Tagen');
  });

  it('counts the entries it does not tell', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      id: randomUUID(),
      kind: 'note' as const,
      occurredAt: `2026-02-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`,
      title: `Notiz ${i}`,
      author: anna,
    }));
    const brief = compileBrief(facts({ entries: many, entriesTotal: 45 }), 'handover', new Date());
    expect(textOf(brief, 'course')).toContain('37 weitere Einträge stehen im Verlauf der Akte.');
  });
});

describe('pseudonymisation', () => {
  it('replaces names, birth dates, addresses and contact data, and restores them', () => {
    const f = facts();
    const table = pseudonymTable(f);
    const brief = compileBrief(f, 'handover', new Date());
    const sent = brief.sections.flatMap((s) => s.sentences.map((x) => pseudonymise(x.text, table)));
    const all = sent.join('\n');
    for (const real of [
      'Lena',
      'Sandra',
      'Schneider',
      'Birkenstraße',
      '12103',
      'Musterstadt',
      '0151 0000 1001',
      '3. März 2018',
      'Anna Albers',
    ])
      expect(all, real).not.toContain(real);
    expect(sent[0]).toBe(
      '[Person B] (geboren am [Geburtsdatum B], 8 Jahre) ist das Kind, um das es in diesem Fall geht.',
    );
    expect(all).toContain('„Hausbesuch bei Familie [Nachname 1]“');
    const original = brief.sections.flatMap((s) => s.sentences.map((x) => x.text));
    expect(sent.map((x) => restore(x, table))).toEqual(original);
  });

  it('catches e-mail addresses and phone numbers by their shape, and a genitive', () => {
    const table = pseudonymTable(facts());
    const text = pseudonymise('Lenas Lehrerin: lehrerin@schule.example, Tel. 030 1234 5678.', table);
    expect(text).toBe('[Vorname B]s Lehrerin: [E-Mail 1], Tel. [Telefon 2].');
    expect(restore(text, table)).toBe('Lenas Lehrerin: lehrerin@schule.example, Tel. 030 1234 5678.');
  });
});
