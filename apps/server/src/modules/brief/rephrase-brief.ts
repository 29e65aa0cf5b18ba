import type { TBriefPurpose, TCaseBrief } from '@lotse/shared';
import type { AiConfig } from '../../config.js';
import { HttpError } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { requestRephrasing } from './ai-client.js';
import { compileBrief } from './compile-brief.js';
import { type PseudonymTable, pseudonymise, pseudonymTable, restore } from './pseudonymise.js';
import { briefFacts } from './read-brief.js';

/** Runs work in the caller's scope (a transaction of the signed-in staff member). */
type InScope = <T>(work: (scope: ActorScope) => Promise<T>) => Promise<T>;

/**
 * The brief rephrased by the office's own AI service (AI_URL): the sentences leave pseudonymised, the
 * answer is checked, the real values are put back here, and each rephrased sentence is marked
 * machine-written and keeps its source. Nothing is stored. 503 without a service; 502/504 when it
 * fails. The sending is audited (without content) in its own transaction, before anything leaves —
 * so the audit trail holds it whether or not the service answers, and no transaction waits on it.
 */
export async function rephraseBrief(
  ai: AiConfig | undefined,
  inScope: InScope,
  caseId: string,
  purpose: TBriefPurpose,
): Promise<TCaseBrief> {
  if (!ai) {
    throw new HttpError(
      503,
      'ai_unavailable',
      'Umformulieren ist nicht eingerichtet: Das Amt betreibt keinen KI-Dienst (AI_URL). Der Kurzbericht funktioniert ohne KI.',
    );
  }
  const { brief, table } = await inScope(async (scope) => {
    const facts = await briefFacts(scope, caseId);
    const compiled = compileBrief(facts, purpose, new Date());
    await scope.audit({
      action: 'case.brief_rephrased',
      resourceType: 'case',
      resourceId: caseId,
      caseId,
      details: {
        purpose,
        sentences: compiled.sections.reduce((n, s) => n + s.sentences.length, 0),
        service: new URL(ai.url).host,
      },
    });
    return { brief: compiled, table: pseudonymTable(facts) };
  });
  const outgoing = brief.sections.flatMap((section) =>
    section.sentences.map((s) => ({ id: s.id, section: section.title, text: pseudonymise(s.text, table) })),
  );
  const answer = await requestRephrasing(ai, brief.title, outgoing);
  return { ...withRephrasings(brief, answer, table), aiAvailable: true };
}

/** The brief with each answered sentence replaced (real values restored) and marked machine-written. */
function withRephrasings(
  brief: Omit<TCaseBrief, 'aiAvailable'>,
  answer: { id: string; text: string }[],
  table: PseudonymTable,
): Omit<TCaseBrief, 'aiAvailable'> {
  const byId = new Map(answer.map((a) => [a.id, a.text]));
  const sections = brief.sections.map((section) => ({
    ...section,
    sentences: section.sentences.map((s) => {
      const text = byId.get(s.id);
      return text === undefined ? s : { ...s, text: restore(text, table), machineWritten: true };
    }),
  }));
  const machineWritten = sections.some((s) => s.sentences.some((x) => x.machineWritten));
  if (!machineWritten) {
    throw new HttpError(
      502,
      'ai_bad_answer',
      'Der KI-Dienst hat keinen der Sätze umformuliert. Der Kurzbericht ohne KI bleibt unverändert nutzbar.',
    );
  }
  return {
    ...brief,
    sections,
    machineWritten,
    notes: [
      ...brief.notes,
      'Sätze mit dem Vermerk „maschinell formuliert“ hat der KI-Dienst des Amts umformuliert; Namen, Geburtsdaten, Adressen und Kontaktdaten wurden vorher durch Platzhalter ersetzt. Bitte vor jeder Verwendung prüfen.',
    ],
  };
}
