import { TZDate } from '@date-fns/tz';
import { FRESHNESS_WEEK_DAYS } from '@lotse/shared';
import { addDays } from 'date-fns';
import { z } from 'zod';
import type { Tx } from '../../db/connection.js';
import type { AppContext } from '../../platform/context.js';
import type { KeyRing } from '../../platform/crypto.js';
import { enqueueJob, type JobHandler } from '../../platform/jobs.js';
import { MAIL_JOB } from '../../platform/mail/mailer.js';
import { OFFICE_TIME_ZONE } from '../tenancy/index.js';

export const CONFIRM_REMINDER_JOB = 'providers.confirm_reminder';

const ZPayload = z.object({ facilityId: z.uuid(), confirmedAt: z.iso.datetime({ offset: true }) });

/** 07:00 office time on the day the numbers become stale (a week after the confirmation). */
export function reminderRunAt(confirmedAt: Date): Date {
  const due = addDays(new TZDate(confirmedAt.getTime(), OFFICE_TIME_ZONE), FRESHNESS_WEEK_DAYS);
  return new Date(
    new TZDate(due.getFullYear(), due.getMonth(), due.getDate(), 7, 0, 0, OFFICE_TIME_ZONE).getTime(),
  );
}

/** Queues the reminder for a confirmation (in its transaction); a later confirmation makes it moot. */
export async function scheduleConfirmReminder(
  tx: Tx,
  keys: KeyRing,
  tenantId: string,
  facilityId: string,
  confirmedAt: Date,
) {
  await enqueueJob(
    tx,
    keys,
    tenantId,
    CONFIRM_REMINDER_JOB,
    { facilityId, confirmedAt: confirmedAt.toISOString() },
    reminderRunAt(confirmedAt),
  );
}

/**
 * The job: if nobody confirmed the facility's numbers since, the facility (or its provider) gets a
 * mail asking to confirm them — caseworkers see them as stale from now on.
 */
export function confirmReminderHandler(ctx: Pick<AppContext, 'keys'>): JobHandler {
  return async (tx, tenantId, raw) => {
    const payload = ZPayload.parse(raw);
    const facility = await tx
      .selectFrom('provider_facilities as f')
      .innerJoin('providers as p', 'p.id', 'f.provider_id')
      .select(['f.name', 'f.email', 'f.confirmed_at', 'p.email as provider_email'])
      .where('f.id', '=', payload.facilityId)
      .executeTakeFirst();
    if (!facility?.confirmed_at) return;
    if (new Date(facility.confirmed_at).getTime() !== Date.parse(payload.confirmedAt)) return;
    const to = facility.email ?? facility.provider_email;
    if (!to) return;
    await enqueueJob(tx, ctx.keys, tenantId, MAIL_JOB, {
      to,
      subject: `Bitte freie Plätze bestätigen: ${facility.name}`,
      text: `Die Zahl der freien Plätze von „${facility.name}“ wurde seit einer Woche nicht bestätigt. Jugendämter sehen sie jetzt als veraltet.\n\nBitte bestätigen Sie sie im Trägerportal von Lotse (Bereich „Plätze“) – zwei Klicks genügen.`,
    });
  };
}
