import type { MailMessage } from '../../platform/mail/mailer.js';

/** Notifications carry no content, only that there is something new. */
export function newMessageMail(to: string): MailMessage {
  return {
    to,
    subject: 'Sie haben eine neue Nachricht',
    text: 'Sie haben eine neue Nachricht vom Jugendamt. Bitte melden Sie sich mit Ihrem Code und Ihrer PIN an, um sie zu lesen.\n',
  };
}
