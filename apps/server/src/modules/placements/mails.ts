import { germanDate } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import type { KeyRing } from '../../platform/crypto.js';
import { enqueueJob } from '../../platform/jobs.js';
import { MAIL_JOB, type MailMessage } from '../../platform/mail/mailer.js';
import type { FacilityRef } from '../providers/index.js';

// Mails to providers carry no personal data: they say that something waits in the portal.

const portal = 'Bitte sehen Sie im Trägerportal von Lotse nach (Bereich „Anfragen“).';

export function newInquiryMail(to: string, facility: string, office: string, answerBy: string): MailMessage {
  return {
    to,
    subject: `Neue Platzanfrage für ${facility}`,
    text: `${office} fragt einen Platz in „${facility}“ an. Bitte antworten Sie bis ${germanDate(answerBy)}.\n\n${portal}`,
  };
}

export function withdrawnMail(
  to: string,
  facility: string,
  office: string,
  placedElsewhere: boolean,
): MailMessage {
  return {
    to,
    subject: `Platzanfrage zurückgezogen: ${facility}`,
    text: `${office} hat die Platzanfrage für „${facility}“ zurückgezogen${
      placedElsewhere ? ', weil ein anderer Platz belegt wurde' : ''
    }. Ein für diese Anfrage gehaltener Platz ist wieder frei.\n\n${portal}`,
  };
}

export function confirmedMail(to: string, facility: string, office: string): MailMessage {
  return {
    to,
    subject: `Platz bestätigt: ${facility}`,
    text: `${office} hat Ihr Platzangebot für „${facility}“ bestätigt. Die Hilfe kann beginnen.\n\n${portal}`,
  };
}

/** Queues a mail to the facility (or its provider) in the same transaction: sent after commit by the job worker. */
export async function mailFacility(
  tx: Tx,
  keys: KeyRing,
  tenantId: string,
  facility: Pick<FacilityRef, 'email' | 'providerEmail'>,
  message: (to: string) => MailMessage,
): Promise<void> {
  const to = facility.email ?? facility.providerEmail;
  if (to) await enqueueJob(tx, keys, tenantId, MAIL_JOB, message(to));
}
