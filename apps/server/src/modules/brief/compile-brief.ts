import {
  briefPurposeLabels,
  briefSectionTitles,
  type TBriefPurpose,
  type TBriefSectionKey,
  type TCaseBrief,
} from '@lotse/shared';
import { longDay, type SectionWriter, type Sources, sourcesOf } from './brief-text.js';
import { type BriefEmphasis, type BriefFacts, emphasisOf } from './facts.js';
import { contactsSection, courseSection, personsSection } from './sections-case.js';
import { deadlinesSection, helpPlanSection, protectionSection } from './sections-plans.js';

export type { BriefFacts } from './facts.js';

const builders: Record<
  TBriefSectionKey,
  (facts: BriefFacts, src: Sources, emphasis: BriefEmphasis) => SectionWriter
> = {
  persons: personsSection,
  course: courseSection,
  helpplan: helpPlanSection,
  protection: protectionSection,
  deadlines: deadlinesSection,
  contacts: contactsSection,
};

/** The footer: how the brief came about and what it leaves out on purpose. */
function notesFor(purpose: TBriefPurpose, facts: BriefFacts): string[] {
  return [
    `Erstellt am ${longDay(facts.today)} aus den strukturierten Daten der Akte ${facts.case.reference}. Jeder Satz verweist auf den Eintrag, aus dem er stammt.`,
    'Anvertraute Einträge (§ 65 SGB VIII) sind nicht enthalten.',
    ...(purpose === 'court'
      ? [
          'Entwurf: Vor einer Weitergabe an das Familiengericht fachlich prüfen, ergänzen und die Befugnis zur Übermittlung klären.',
        ]
      : []),
  ];
}

/**
 * Builds the brief from the facts of a case: every section of the purpose in its order, each
 * sentence plain German from structured fields with exactly one source. Pure: no database, no clock
 * but `facts.today` and `generatedAt`. A section without facts says so in one sentence.
 */
export function compileBrief(
  facts: BriefFacts,
  purpose: TBriefPurpose,
  generatedAt: Date,
): Omit<TCaseBrief, 'aiAvailable'> {
  const emphasis = emphasisOf[purpose];
  const src = sourcesOf(facts.case.id, facts.case.reference);
  return {
    caseId: facts.case.id,
    reference: facts.case.reference,
    caseTitle: facts.case.title,
    purpose,
    title: briefPurposeLabels[purpose],
    generatedAt: generatedAt.toISOString(),
    sections: emphasis.order.map((key) => ({
      key,
      title: briefSectionTitles[key],
      sentences: builders[key](facts, src, emphasis).sentences,
    })),
    notes: notesFor(purpose, facts),
    machineWritten: false,
  };
}
