import type { SealedChecklist } from './sealed.js';

/**
 * What must still happen before a result can be proposed, as German sentences for the UI and the
 * 409 answer: § 8a Abs. 1 asks for several professionals, the family's and the child's involvement
 * (or a reason why not), and — after a provider's report — the expert's consultation.
 */
export function missingForResult(p: {
  participantCount: number;
  assessmentCount: number;
  checklist: SealedChecklist;
  firstContactAt: Date | null;
}): string[] {
  const missing: string[] = [];
  if (p.participantCount < 2)
    missing.push('Mindestens zwei Fachkräfte müssen an der Gefährdungseinschätzung beteiligt sein.');
  if (p.firstContactAt === null) missing.push('Den Zeitpunkt des ersten Kontakts eintragen.');
  if (p.checklist.joint_assessment.state !== 'done')
    missing.push('Die gemeinsame Einschätzung mehrerer Fachkräfte als erledigt eintragen.');
  if (p.checklist.family_involved.state === 'open')
    missing.push(
      'Festhalten, ob die Erziehungsberechtigten und das Kind einbezogen wurden – oder warum nicht.',
    );
  if (p.checklist.child_seen.state === 'open')
    missing.push('Festhalten, ob ein unmittelbarer Eindruck vom Kind gewonnen wurde – oder warum nicht.');
  if (p.checklist.expert_consulted.state === 'open')
    missing.push('Festhalten, ob eine insoweit erfahrene Fachkraft hinzugezogen wurde.');
  if (p.assessmentCount === 0) missing.push('Mindestens eine Einschätzung mit dem Faktorenkatalog erfassen.');
  return missing;
}
