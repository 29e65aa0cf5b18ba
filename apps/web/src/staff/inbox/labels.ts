import type { TInboxItem, TIntakeStatus, TMeetingStatus, TWriterRole } from '@lotse/shared';
import type { Tone } from '../../ui/index.ts';
import { formatDateTime, languageName } from '../format.ts';

export const writerRoleLabels: Record<TWriterRole, string> = {
  child: 'Kind',
  young_person: 'Jugendliche*r',
  parent: 'Elternteil',
  professional: 'Fachkraft',
  other: 'Andere Person',
};

export const intakeStatusLabels: Record<TIntakeStatus, string> = {
  new: 'Neu',
  claimed: 'In Bearbeitung',
  case_opened: 'Fall angelegt',
  closed: 'Erledigt',
};

export function intakeStatusTone(status: TIntakeStatus): Tone {
  switch (status) {
    case 'new':
      return 'accent';
    case 'claimed':
      return 'info';
    case 'case_opened':
      return 'success';
    case 'closed':
      return 'neutral';
  }
}

export { dangerSignalLabel, isPossibleSignal } from '@lotse/shared';

export const meetingStatusLabels: Record<TMeetingStatus, string> = {
  proposed: 'Vorgeschlagen',
  scheduled: 'Vereinbart',
  cancelled: 'Abgesagt',
};

export function meetingStatusTone(status: TMeetingStatus): Tone {
  switch (status) {
    case 'proposed':
      return 'warning';
    case 'scheduled':
      return 'success';
    case 'cancelled':
      return 'neutral';
  }
}

/** How long a request has been waiting: "seit 5 Min.", "seit 2 Std.", "seit 3 Tagen". */
export function waitingText(ageMinutes: number): string {
  if (ageMinutes < 1) return 'seit weniger als 1 Min.';
  if (ageMinutes < 60) return `seit ${ageMinutes} Min.`;
  const hours = Math.floor(ageMinutes / 60);
  if (hours < 24) return `seit ${hours} Std.`;
  const days = Math.floor(hours / 24);
  return days === 1 ? 'seit 1 Tag' : `seit ${days} Tagen`;
}

/** Who wrote, e.g. "Elternteil" or "Kind, anonym". */
export function writerText(item: Pick<TInboxItem, 'writerRole' | 'anonymous'>): string {
  const parts: string[] = [writerRoleLabels[item.writerRole]];
  if (item.anonymous) parts.push('anonym');
  return parts.join(', ');
}

/** Age of the child the request is about (the writer's own age when a child or young person writes). */
export function ageText(age: number | null): string | null {
  if (age === null) return null;
  return age === 1 ? '1 Jahr' : `${age} Jahre`;
}

export function receivedText(item: Pick<TInboxItem, 'createdAt' | 'ageMinutes'>): string {
  return `${formatDateTime(item.createdAt)} (${waitingText(item.ageMinutes)})`;
}

/** The request's language when it is not German, for the interpreter question. */
export function foreignLanguage(code: string): string | null {
  if (code === 'de' || code.startsWith('de-')) return null;
  return languageName(code);
}
