import { badRequest } from '../../platform/errors.js';
import { officeToday } from '../tenancy/index.js';

/** The calendar day (YYYY-MM-DD) of a point in time in the offices' time zone. */
export function dayOf(at: Date | string): string {
  return officeToday(new Date(at));
}

/** Today in the offices' time zone. */
export const today = () => officeToday();

/** A date column as 'YYYY-MM-DD' whichever way the driver gave it. */
export function isoDay(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** Clock skew allowed for "not in the future" (the browser's clock may run ahead a little). */
const SKEW_MS = 5 * 60 * 1000;

/** Collects date problems of one input, answered together as one 400. */
export class DateChecks {
  private readonly fields: Record<string, string> = {};

  /** A day between the report's day and today (something that has happened). */
  past(field: string, day: string | null | undefined, reportDay: string, what: string) {
    if (!day) return;
    if (day < reportDay) this.fields[field] ??= `${what} liegt vor dem Eingang der Meldung`;
    else if (day > today()) this.fields[field] ??= `${what} liegt in der Zukunft`;
  }

  /** A point in time after the report and not in the future. */
  pastTime(field: string, at: string | null | undefined, receivedAt: Date, what: string) {
    if (!at) return;
    const t = new Date(at).getTime();
    if (t < receivedAt.getTime()) this.fields[field] ??= `${what} liegt vor dem Eingang der Meldung`;
    else if (t > Date.now() + SKEW_MS) this.fields[field] ??= `${what} liegt in der Zukunft`;
  }

  /** A day that is still to come (or today), and after the report. */
  upcoming(field: string, day: string | null | undefined, reportDay: string, what: string) {
    if (!day) return;
    if (day < reportDay) this.fields[field] ??= `${what} liegt vor dem Eingang der Meldung`;
    else if (day < today()) this.fields[field] ??= `${what} liegt in der Vergangenheit`;
  }

  add(field: string, message: string) {
    this.fields[field] ??= message;
  }

  /** Throws one 400 naming every problem, if there are any. */
  throwIfAny() {
    const entries = Object.entries(this.fields);
    if (entries.length === 0) return;
    throw badRequest(`Eingabe ungültig: ${entries.map(([k, m]) => `${k}: ${m}`).join('; ')}`, this.fields);
  }
}
