import type { Tx } from '../../db/connection.js';
import type { KeyRing } from '../../platform/crypto.js';
import { enqueueJob } from '../../platform/jobs.js';
import { MAIL_JOB, type MailMessage } from '../../platform/mail/mailer.js';

const HOUR = 3600_000;
/** Reminders go out this long before the appointment. */
export const reminderOffsets = [24 * HOUR, HOUR];

const dateFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  minute: '2-digit',
});

/** The reminder says only when: no title, no names, no link (the link is in the app after sign-in). */
export function reminderMail(to: string, startsAt: Date): MailMessage {
  const day = dateFormat.format(startsAt);
  const time = timeFormat.format(startsAt);
  return {
    to,
    subject: 'Erinnerung an Ihren Termin',
    text:
      `Erinnerung: Ihr Termin am ${day} um ${time} Uhr.\n\n` +
      'Den Link zum Videogespräch finden Sie in der App, wenn Sie sich mit Ihrem Code und Ihrer PIN anmelden.\n',
  };
}

/** Queues the reminders (24 h and 1 h before) that still lie in the future. */
export async function scheduleReminders(
  tx: Tx,
  keys: KeyRing,
  tenantId: string,
  to: string,
  startsAt: Date,
  now = new Date(),
): Promise<Date[]> {
  const due = reminderOffsets
    .map((offset) => new Date(startsAt.getTime() - offset))
    .filter((at) => at.getTime() > now.getTime());
  for (const runAt of due) await enqueueJob(tx, keys, tenantId, MAIL_JOB, reminderMail(to, startsAt), runAt);
  return due;
}
