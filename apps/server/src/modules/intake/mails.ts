import type { TTeamContact } from '@lotse/shared';
import type { MailMessage } from '../../platform/mail/mailer.js';

/** The contacts mail after a request: whom to reach. It never contains the concern, code or PIN. */
export function contactsMail(to: string, team: TTeamContact, language: string): MailMessage {
  const lines = [
    team.name,
    team.address,
    team.phone && `Telefon: ${team.phone}`,
    team.email && `E-Mail: ${team.email}`,
    team.hours && `Sprechzeiten: ${team.hours}`,
  ]
    .filter(Boolean)
    .join('\n');
  const english = language === 'en';
  return {
    to,
    subject: english ? 'Your contacts at the youth office' : 'Ihre Ansprechpartner im Jugendamt',
    text: english
      ? `Thank you for your request. This team is responsible for you:\n\n${lines}\n\nIn an emergency call 110 (police) or 112. Children and young people: 116 111. Parents: 0800 111 0 550.\n`
      : `Danke für Ihre Anfrage. Für Sie ist dieses Team zuständig:\n\n${lines}\n\nIm Notfall: 110 (Polizei) oder 112. Für Kinder und Jugendliche: Nummer gegen Kummer 116 111. Für Eltern: Elterntelefon 0800 111 0 550.\n`,
  };
}
