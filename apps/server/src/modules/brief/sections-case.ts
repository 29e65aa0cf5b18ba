import {
  caseStatusLabels,
  helpEndReasonLabels,
  helpTypeLabels,
  type TCasePerson,
  type TCasePersonRole,
  type TRelationKind,
} from '@lotse/shared';
import type { SharedEntryFact } from '../cases/index.js';
import {
  ageOn,
  ageText,
  fullName,
  joinAnd,
  languageName,
  longDay,
  officeDay,
  quoted,
  SectionWriter,
  type Sources,
} from './brief-text.js';
import type { BriefEmphasis, BriefFacts } from './facts.js';

// The sections about the people and the course of the case: persons and relations, the course of
// help, the latest contacts.

const ROLE_ORDER: TCasePersonRole[] = ['child', 'parent', 'guardian', 'relative', 'other'];
const GERMAN = /^(de|deu|ger|deutsch|german)\b/i;

function born(p: TCasePerson, today: string): string {
  if (!p.birthDate) return '';
  if (p.birthDateApproximate) return ` (geboren etwa ${p.birthDate.slice(0, 4)})`;
  return ` (geboren am ${longDay(p.birthDate)}, ${ageText(ageOn(p.birthDate, today))})`;
}

function roleSentence(p: TCasePerson, today: string, children: number): string {
  const who = `${fullName(p)}${born(p, today)}`;
  switch (p.role) {
    case 'child':
      return children > 1
        ? `${who} ist eines der Kinder, um die es in diesem Fall geht.`
        : `${who} ist das Kind, um das es in diesem Fall geht.`;
    case 'parent':
      return `${who} ist Elternteil.`;
    case 'guardian':
      return `${who} ist personensorgeberechtigt oder Vormund.`;
    case 'relative':
      return `${who} gehört als Angehörige oder Angehöriger zur Familie.`;
    case 'other':
      return `${who} ist eine weitere beteiligte Person.`;
  }
}

function address(p: TCasePerson): string | null {
  const street = [p.street, p.houseNumber].filter(Boolean).join(' ');
  const city = [p.postcode, p.city].filter(Boolean).join(' ');
  const text = [street, city].filter(Boolean).join(', ');
  return text || null;
}

function relationSentence(kind: TRelationKind, from: string, to: string): string {
  switch (kind) {
    case 'parent':
      return `${from} ist Elternteil von ${to}.`;
    case 'step_parent':
      return `${from} ist Stiefelternteil von ${to}.`;
    case 'guardian':
      return `${from} ist Vormund von ${to}.`;
    case 'foster_parent':
      return `${from} ist Pflegeelternteil von ${to}.`;
    case 'sibling':
      return `${from} und ${to} sind Geschwister.`;
    case 'partner':
      return `${from} und ${to} sind ein Paar.`;
  }
}

/** Personen und Beziehungen: who belongs to the case, how they are related, who lives with whom, who works on it. */
export function personsSection(facts: BriefFacts, src: Sources, emphasis: BriefEmphasis): SectionWriter {
  const w = new SectionWriter('persons');
  const c = facts.case;
  const persons = [...c.persons].sort(
    (a, b) =>
      ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
      (a.birthDate ?? '9999').localeCompare(b.birthDate ?? '9999'),
  );
  const children = persons.filter((p) => p.role === 'child').length;
  for (const p of persons) {
    w.add(roleSentence(p, facts.today, children), src.person(p));
    const where = address(p);
    if (where) w.add(`${fullName(p)} wohnt in ${where}.`, src.person(p));
    if (emphasis.contactData && (p.phone || p.email)) {
      const ways = [
        ...(p.phone ? [`telefonisch unter ${p.phone}`] : []),
        ...(p.email ? [`per E-Mail unter ${p.email}`] : []),
      ];
      w.add(`${fullName(p)} ist ${joinAnd(ways)} erreichbar.`, src.person(p));
    }
    const languages = p.languages.filter((l) => l.trim());
    if (languages.length > 0 && !languages.some((l) => GERMAN.test(l.trim()))) {
      w.add(
        `${fullName(p)} spricht ${joinAnd(languages.map(languageName))}; Deutsch ist nicht angegeben.`,
        src.person(p),
      );
    }
  }
  const byId = new Map(c.persons.map((p) => [p.id, p]));
  for (const r of c.relations) {
    const from = byId.get(r.fromPersonId);
    const to = byId.get(r.toPersonId);
    if (from && to)
      w.add(relationSentence(r.kind, fullName(from), fullName(to)), src.relation(r.id, r.fromPersonId));
  }
  for (const h of c.households) {
    const members = persons.filter((p) => h.personIds.includes(p.id)).map(fullName);
    if (members.length === 0) continue;
    const verb = members.length === 1 ? 'lebt' : 'leben';
    w.add(`Im Haushalt ${quoted(h.label)} ${verb} ${joinAnd(members)}.`, src.household(h.id, h.label));
  }
  const deputies = c.deputies.map((d) => d.displayName);
  w.add(
    c.caseworker
      ? `Die Fallführung liegt bei ${c.caseworker.displayName} (Team ${c.team.name})${
          deputies.length ? `, die Vertretung bei ${joinAnd(deputies)}` : ''
        }.`
      : `Der Fall ist im Team ${c.team.name} noch keiner Fachkraft zugeordnet.`,
    src.case(),
  );
  return w;
}

function entrySentence(e: SharedEntryFact): string {
  const on = `Am ${longDay(e.occurredAt)}`;
  switch (e.kind) {
    case 'note':
      return `${on} notierte ${e.author.displayName}: ${quoted(e.title)}.`;
    case 'contact':
      return `${on} dokumentierte ${e.author.displayName} einen Kontakt: ${quoted(e.title)}.`;
    case 'decision':
      return `${on} hielt ${e.author.displayName} eine Entscheidung fest: ${quoted(e.title)}.`;
    case 'status_change':
      return `${on} änderte sich der Stand des Falls: ${quoted(e.title)}.`;
    case 'document':
      return `${on} wurde das Dokument ${quoted(e.title)} abgelegt.`;
  }
}

function helpSentence(content: BriefFacts['plans'][number]['version']['content'], today: string): string {
  const help = content.help;
  const what = `die Hilfe ${quoted(helpTypeLabels[help.type])}${help.provider ? ` beim Träger ${help.provider}` : ''}${
    help.hoursPerWeek !== null ? ` mit ${String(help.hoursPerWeek).replace('.', ',')} Stunden pro Woche` : ''
  }`;
  if (help.endsOn && help.endsOn < today) {
    const why = help.endReason ? ` (${helpEndReasonLabels[help.endReason]})` : '';
    return `Vom ${longDay(help.startsOn)} bis zum ${longDay(help.endsOn)} lief ${what}${why}.`;
  }
  const until = help.endsOn ? `, geplant bis zum ${longDay(help.endsOn)}` : '';
  return help.startsOn > today
    ? `Ab dem ${longDay(help.startsOn)} ist ${what} geplant${until}.`
    : `Seit dem ${longDay(help.startsOn)} läuft ${what}${until}.`;
}

/** Verlauf der Hilfe: opening, helps, the newest decisions, notes and status changes, where the case stands. */
export function courseSection(facts: BriefFacts, src: Sources, emphasis: BriefEmphasis): SectionWriter {
  const w = new SectionWriter('course');
  const c = facts.case;
  const told = facts.entries.filter((e) => e.kind !== 'contact').slice(0, emphasis.courseEntries);
  type Dated = { day: string; add: () => void };
  const events: Dated[] = [
    {
      day: officeDay(c.openedAt),
      add: () =>
        w.add(
          `Der Fall wurde am ${longDay(c.openedAt)} eröffnet${c.origin ? ', ausgehend von einer Anfrage über die Familien-App' : ''}.`,
          src.case(),
        ),
    },
    ...facts.plans.map(({ planId, version }) => ({
      day: version.content.help.startsOn,
      add: () => w.add(helpSentence(version.content, facts.today), src.helpPlan(planId, version.version)),
    })),
    ...told.map((e) => ({ day: officeDay(e.occurredAt), add: () => w.add(entrySentence(e), src.entry(e)) })),
  ];
  // Oldest first, as a course is told; the sort is stable, so entries of one day keep their order.
  for (const event of events.sort((a, b) => a.day.localeCompare(b.day))) event.add();
  // Entries told nowhere in the brief (the contacts section tells the newest contacts).
  const contactsTold = Math.min(facts.entries.filter((e) => e.kind === 'contact').length, emphasis.contacts);
  const untold = facts.entriesTotal - told.length - contactsTold;
  if (untold > 0) {
    w.add(
      untold === 1
        ? 'Ein weiterer Eintrag steht im Verlauf der Akte.'
        : `${untold} weitere Einträge stehen im Verlauf der Akte.`,
      src.case('?tab=verlauf'),
    );
  }
  w.add(
    c.status === 'closed' && c.closedAt
      ? `Der Fall wurde am ${longDay(c.closedAt)} abgeschlossen.`
      : `Der Fall steht zurzeit in der Phase ${quoted(caseStatusLabels[c.status])}${
          c.helpType ? `, Hilfeart ${quoted(helpTypeLabels[c.helpType])}` : ''
        }.`,
    src.case(),
  );
  return w;
}

/** Letzte Kontakte: the newest documented contacts. */
export function contactsSection(facts: BriefFacts, src: Sources, emphasis: BriefEmphasis): SectionWriter {
  const w = new SectionWriter('contacts');
  const contacts = facts.entries.filter((e) => e.kind === 'contact').slice(0, emphasis.contacts);
  for (const e of contacts) w.add(entrySentence(e), src.entry(e));
  if (contacts.length === 0)
    w.add('Im Verlauf ist noch kein Kontakt dokumentiert.', src.case('?tab=verlauf'));
  return w;
}
