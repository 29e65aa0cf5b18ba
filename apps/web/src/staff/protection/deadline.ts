import {
  firstContactOffsetHours,
  type TProtectionProcedureSummary,
  type TProtectionStatus,
  type TProtectionUrgency,
} from '@lotse/shared';
import type { Tone } from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';

/** The deadline for the first contact as the server computes it: received + offset of the urgency. */
export function firstContactDue(receivedAt: Date, urgency: TProtectionUrgency): Date {
  return new Date(receivedAt.getTime() + firstContactOffsetHours[urgency] * 3_600_000);
}

export type DeadlineState = 'met' | 'late_met' | 'open' | 'overdue';

/** Where the first contact stands: made (in time or late), still open, or overdue. */
export function deadlineState(
  p: Pick<TProtectionProcedureSummary, 'firstContactDueAt' | 'firstContactAt'>,
  now = Date.now(),
): DeadlineState {
  const due = new Date(p.firstContactDueAt).getTime();
  if (p.firstContactAt) return new Date(p.firstContactAt).getTime() <= due ? 'met' : 'late_met';
  return now > due ? 'overdue' : 'open';
}

export function deadlineTone(state: DeadlineState): 'success' | 'warning' | 'info' | 'danger' {
  switch (state) {
    case 'met':
      return 'success';
    case 'late_met':
      return 'warning';
    case 'open':
      return 'info';
    case 'overdue':
      return 'danger';
  }
}

/** "in 3 Std. 20 Min." / "seit 2 Tagen" — how far away a moment is, in words. */
export function distanceInWords(target: Date, now = Date.now()): string {
  const minutes = Math.round(Math.abs(target.getTime() - now) / 60_000);
  let amount: string;
  if (minutes < 60) amount = `${minutes} Min.`;
  else if (minutes < 48 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    amount = m ? `${h} Std. ${m} Min.` : `${h} Std.`;
  } else amount = `${Math.floor(minutes / (24 * 60))} Tagen`;
  return target.getTime() >= now ? `in ${amount}` : `seit ${amount}`;
}

/** One sentence on the first contact for badges and banners. */
export function deadlineText(
  p: Pick<TProtectionProcedureSummary, 'firstContactDueAt' | 'firstContactAt'>,
): string {
  const due = formatDateTime(p.firstContactDueAt);
  switch (deadlineState(p)) {
    case 'met':
      return `Erster Kontakt am ${formatDateTime(p.firstContactAt)} (Frist ${due} eingehalten)`;
    case 'late_met':
      return `Erster Kontakt am ${formatDateTime(p.firstContactAt)} – nach der Frist (${due})`;
    case 'open':
      return `Erster Kontakt bis ${due} (${distanceInWords(new Date(p.firstContactDueAt))})`;
    case 'overdue':
      return `Erster Kontakt überfällig: Frist war ${due} (${distanceInWords(new Date(p.firstContactDueAt))})`;
  }
}

export function statusTone(status: TProtectionStatus): Tone {
  switch (status) {
    case 'open':
      return 'warning';
    case 'awaiting_sign_off':
      return 'accent';
    case 'closed':
      return 'neutral';
  }
}
