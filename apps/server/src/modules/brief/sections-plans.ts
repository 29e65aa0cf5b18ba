import {
  helpTypeLabels,
  protectionResultLabels,
  protectionStatusLabels,
  type TAgreement,
  type TBriefSource,
} from '@lotse/shared';
import { longDay, officeDay, quoted, SectionWriter, type Sources } from './brief-text.js';
import type { BriefEmphasis, BriefFacts } from './facts.js';

// The sections about plans and deadlines: help plan goals and progress, child protection (§ 8a),
// open tasks and deadlines.

const agreementState = (a: TAgreement): string =>
  a.status === 'open' ? 'ist noch offen' : a.status === 'in_progress' ? 'ist in Arbeit' : 'ist erledigt';

/** Hilfeplan: Ziele und Fortschritt — per plan its newest version, goals with progress, agreements. */
export function helpPlanSection(facts: BriefFacts, src: Sources, emphasis: BriefEmphasis): SectionWriter {
  const w = new SectionWriter('helpplan');
  if (facts.plans.length === 0) {
    w.add('Für diesen Fall gibt es noch keinen Hilfeplan.', src.case());
    return w;
  }
  for (const { planId, version } of facts.plans) {
    const source = src.helpPlan(planId, version.version);
    const content = version.content;
    const state =
      version.status === 'final' && version.finalizedAt
        ? `am ${longDay(version.finalizedAt)} festgeschrieben`
        : 'ein Entwurf, noch nicht festgeschrieben';
    w.add(
      `Der Hilfeplan zur Hilfe ${quoted(helpTypeLabels[content.help.type])} liegt in Fassung ${version.version} vor; sie ist ${state}.`,
      source,
    );
    if (emphasis.planDetail && content.needs.length > 0)
      w.add(`Festgehaltener Bedarf: ${content.needs.join('; ')}.`, source);
    if (content.goals.length === 0) w.add('Der Hilfeplan nennt noch keine Ziele.', source);
    for (const goal of content.goals) {
      w.add(
        goal.progress === null
          ? `Ziel ${quoted(goal.title)}: Der Fortschritt ist noch nicht bewertet.`
          : `Ziel ${quoted(goal.title)}: Fortschritt ${goal.progress} von 10 bei der letzten Überprüfung.`,
        source,
      );
      if (emphasis.planDetail && goal.indicators.length > 0)
        w.add(
          `Woran das Erreichen von ${quoted(goal.title)} zu erkennen ist: ${goal.indicators.join('; ')}.`,
          source,
        );
    }
    const agreements = emphasis.planDetail
      ? content.agreements
      : content.agreements.filter((a) => a.status !== 'done');
    for (const a of agreements) {
      const due =
        a.dueOn && a.status !== 'done'
          ? `; sie ${a.dueOn < facts.today ? 'war' : 'ist'} am ${longDay(a.dueOn)} fällig`
          : '';
      w.add(`Die Vereinbarung ${quoted(a.text)} (${a.owner.name}) ${agreementState(a)}${due}.`, source);
    }
  }
  return w;
}

/** Kinderschutz (§ 8a): each procedure's report, first contact, result and follow-up. */
export function protectionSection(facts: BriefFacts, src: Sources): SectionWriter {
  const w = new SectionWriter('protection');
  if (facts.procedures.length === 0) {
    w.add(
      'Zu diesem Fall gibt es kein Verfahren zur Gefährdungseinschätzung nach § 8a SGB VIII.',
      src.case(),
    );
    return w;
  }
  for (const p of facts.procedures) {
    const source = src.procedure(p.procedureId, p.receivedAt);
    w.add(
      `Am ${longDay(p.receivedAt)} ging eine Meldung nach § 8a SGB VIII ein; Stand des Verfahrens: ${protectionStatusLabels[p.status]}.`,
      source,
    );
    w.add(
      p.firstContactAt
        ? `Der erste Kontakt fand am ${longDay(p.firstContactAt)} statt.`
        : `Der erste Kontakt ist noch nicht dokumentiert; er ${
            officeDay(p.firstContactDueAt) < facts.today ? 'war' : 'ist'
          } bis zum ${longDay(p.firstContactDueAt)} fällig.`,
      source,
    );
    if (p.result) {
      w.add(
        p.status === 'closed'
          ? `Ergebnis der Gefährdungseinschätzung: ${protectionResultLabels[p.result]}.`
          : `Vorgeschlagenes Ergebnis, noch ohne zweite Freigabe: ${protectionResultLabels[p.result]}.`,
        source,
      );
    }
    if (p.followUpOn)
      w.add(`Eine erneute Einschätzung ist für den ${longDay(p.followUpOn)} vorgesehen.`, source);
  }
  return w;
}

/** Offene Aufgaben und Fristen: open tasks, reviews, § 8a deadlines and agreements due — by date. */
export function deadlinesSection(facts: BriefFacts, src: Sources): SectionWriter {
  const w = new SectionWriter('deadlines');
  const today = facts.today;
  // "ist am 3. März 2026 fällig", or once that day has passed "war am … fällig und ist überfällig".
  const due = (day: string, on = 'am') =>
    day < today ? `war ${on} ${longDay(day)} fällig und ist überfällig` : `ist ${on} ${longDay(day)} fällig`;
  const dated: { day: string; text: string; source: TBriefSource }[] = [];
  for (const t of facts.case.tasks) {
    if (t.doneAt !== null) continue;
    const who = t.assignee ? ` (zuständig: ${t.assignee.displayName})` : '';
    dated.push({
      day: t.dueOn,
      text: `Die Aufgabe ${quoted(t.title)}${who} ${due(t.dueOn)}.`,
      source: src.task(t),
    });
  }
  for (const { planId, version } of facts.plans) {
    const content = version.content;
    const ended = content.help.endsOn !== null && content.help.endsOn < today;
    if (content.reviewOn && !ended) {
      dated.push({
        day: content.reviewOn,
        text: `Die Überprüfung des Hilfeplans ${due(content.reviewOn)}.`,
        source: src.helpPlan(planId, version.version),
      });
    }
  }
  for (const p of facts.procedures) {
    if (p.status === 'closed' && !p.followUpOn && p.openTaskDueDates.length === 0) continue;
    const source = src.procedure(p.procedureId, p.receivedAt);
    if (!p.firstContactAt) {
      const firstContactDue = officeDay(p.firstContactDueAt);
      dated.push({
        day: firstContactDue,
        text: `Der erste Kontakt nach der Meldung (§ 8a) ${due(firstContactDue, 'bis zum')}.`,
        source,
      });
    }
    if (p.followUpOn && p.followUpOn >= today) {
      dated.push({
        day: p.followUpOn,
        text: `Die erneute Einschätzung (§ 8a) ist für den ${longDay(p.followUpOn)} vorgesehen.`,
        source,
      });
    }
    const next = p.openTaskDueDates[0];
    if (next) {
      const count = p.openTaskDueDates.length;
      dated.push({
        day: next,
        text: `Im Schutzplan ${count === 1 ? 'ist eine Aufgabe' : `sind ${count} Aufgaben`} offen; die nächste ${due(next)}.`,
        source,
      });
    }
  }
  for (const item of dated.sort((a, b) => a.day.localeCompare(b.day))) w.add(item.text, item.source);
  if (w.sentences.length === 0)
    w.add('Zurzeit gibt es keine offenen Aufgaben und Fristen.', src.case('?tab=aufgaben'));
  return w;
}
