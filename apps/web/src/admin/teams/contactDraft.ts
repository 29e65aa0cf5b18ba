import { type TAdminTeam, type TTeamContactEdit, ZTeamContactEditSchema } from '@lotse/shared';
import german from 'zod/v4/locales/de.js';
import { weekdayLabel } from '../labels.ts';

export interface HoursRow {
  key: string;
  weekday: number;
  opens: string;
  closes: string;
}

/** The form's values: plain strings, blank for "not given". */
export interface ContactDraft {
  phone: string;
  email: string;
  address: string;
  hours: string;
  weeklyHours: HoursRow[];
}

let nextKey = 0;
export function newHoursKey(): string {
  nextKey += 1;
  return `slot-${nextKey}`;
}

export function toDraft(team: TAdminTeam): ContactDraft {
  return {
    phone: team.phone ?? '',
    email: team.email ?? '',
    address: team.address ?? '',
    hours: team.hours ?? '',
    weeklyHours: team.weeklyHours.map((h) => ({ key: newHoursKey(), ...h })),
  };
}

export function toEdit(draft: ContactDraft): TTeamContactEdit {
  const blankToNull = (v: string) => (v.trim() ? v.trim() : null);
  return {
    phone: blankToNull(draft.phone),
    email: blankToNull(draft.email),
    address: blankToNull(draft.address),
    hours: blankToNull(draft.hours),
    weeklyHours: draft.weeklyHours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
  };
}

/** Field errors keyed like the server's: "email", "weeklyHours.2.closes", "weeklyHours". */
export type ContactErrors = Record<string, string>;

/** The shared contract (German messages) plus overlapping time slots, which the server accepts silently. */
export function checkContact(draft: ContactDraft): { edit: TTeamContactEdit | null; errors: ContactErrors } {
  const edit = toEdit(draft);
  const errors: ContactErrors = {};
  const parsed = ZTeamContactEditSchema.safeParse(edit, { error: german().localeError });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join('.') || '_';
      errors[key] ??= issue.message;
    }
  }
  edit.weeklyHours.forEach((slot, i) => {
    if (!slot.opens) errors[`weeklyHours.${i}.opens`] ??= 'Bitte eine Uhrzeit angeben.';
    if (!slot.closes) errors[`weeklyHours.${i}.closes`] ??= 'Bitte eine Uhrzeit angeben.';
    const overlapping = edit.weeklyHours.findIndex(
      (other, j) =>
        j < i && other.weekday === slot.weekday && other.opens < slot.closes && slot.opens < other.closes,
    );
    if (overlapping >= 0 && slot.opens && slot.closes) {
      errors[`weeklyHours.${i}.opens`] ??=
        `Überschneidet sich mit Zeitfenster ${overlapping + 1} am ${weekdayLabel(slot.weekday)}.`;
    }
  });
  return { edit: Object.keys(errors).length ? null : edit, errors };
}
