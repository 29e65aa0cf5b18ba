import { z } from 'zod';

/** Every kind of audited event. Reads of personal data are audited like writes. */
export const ZAuditAction = z.enum([
  'auth.login', // password accepted (session created, maybe waiting for the second factor)
  'auth.login_failed', // unknown name or wrong password (same answer to the caller)
  'auth.throttled', // too many failures for this name or address
  'auth.mfa', // second factor accepted
  'auth.mfa_failed', // wrong second-factor code
  'auth.mfa_enabled', // a user enrolled TOTP
  'auth.logout',
  'case.list', // a list of cases was shown (ids in details)
  'case.read',
  'case.create',
  'case.update',
  'case.denied', // a case that does not exist or may not be seen was asked for
  'person.add',
  'person.update',
  'household.add',
  'household.update', // renamed, or members added or removed (ids in details)
  'household.delete', // an empty household was deleted
  'relation.add',
  'entry.list',
  'entry.create',
  'entry.disclose', // an entrusted entry (§ 65) was opened to others on a recorded ground
  'entry.disclosure_revoke', // such a disclosure was taken back (the record stays, marked revoked)
  'document.list',
  'document.upload',
  'document.download',
  'task.create',
  'task.update',
  'task.list',
  'myday.read',
  'audit.read',
  'intake.create', // a family sent a request (no actor: the family is not signed in)
  'intake.list',
  'intake.read',
  'intake.claim',
  'intake.assign',
  'intake.open_case', // a case was opened from the request, persons prefilled
  'family.login', // a family came back with code and PIN
  'family.login_failed',
  'family.read', // a family looked at its request
  'message.list',
  'message.send',
  'message.attachment', // a file sent in the messenger was downloaded
  'conversation.close',
  'meeting.propose', // staff proposed appointment slots to a family
  'meeting.list',
  'meeting.read', // the video page of a meeting was opened
  'meeting.choose', // the family picked a slot
  'meeting.guest_invite', // a one-time guest link (e.g. for an interpreter) was created
  'meeting.guest_join', // a guest link was redeemed
  'meeting.join', // someone entered the video room (staff directly, others from the lobby)
  'meeting.admit', // staff let someone in from the lobby
  'settings.update', // the office administration changed intake flow, routing, texts or team contacts
]);
export type TAuditAction = z.infer<typeof ZAuditAction>;

export const auditActionLabels: Record<TAuditAction, string> = {
  'auth.login': 'Anmeldung',
  'auth.login_failed': 'Anmeldung fehlgeschlagen',
  'auth.throttled': 'Anmeldung gesperrt (zu viele Versuche)',
  'auth.mfa': 'Zweiter Faktor bestätigt',
  'auth.mfa_failed': 'Zweiter Faktor falsch',
  'auth.mfa_enabled': 'Zweiter Faktor eingerichtet',
  'auth.logout': 'Abmeldung',
  'case.list': 'Fallliste abgerufen',
  'case.read': 'Fall gelesen',
  'case.create': 'Fall angelegt',
  'case.update': 'Fall geändert',
  'case.denied': 'Zugriff auf Fall verweigert',
  'person.add': 'Person hinzugefügt',
  'person.update': 'Person geändert',
  'household.add': 'Haushalt angelegt',
  'household.update': 'Haushalt geändert',
  'household.delete': 'Haushalt gelöscht',
  'relation.add': 'Beziehung hinzugefügt',
  'entry.list': 'Verlauf gelesen',
  'entry.create': 'Eintrag angelegt',
  'entry.disclose': 'Anvertrauten Eintrag offengelegt',
  'entry.disclosure_revoke': 'Weitergabe eines anvertrauten Eintrags zurückgenommen',
  'document.list': 'Dokumentliste abgerufen',
  'document.upload': 'Dokument hochgeladen',
  'document.download': 'Dokument heruntergeladen',
  'task.create': 'Aufgabe angelegt',
  'task.update': 'Aufgabe geändert',
  'task.list': 'Aufgaben abgerufen',
  'myday.read': '„Mein Tag“ abgerufen',
  'audit.read': 'Protokoll eingesehen',
  'intake.create': 'Anfrage eingegangen',
  'intake.list': 'Posteingang abgerufen',
  'intake.read': 'Anfrage gelesen',
  'intake.claim': 'Anfrage übernommen',
  'intake.assign': 'Anfrage zugewiesen',
  'intake.open_case': 'Fall aus Anfrage eröffnet',
  'family.login': 'Familie hat sich mit Code angemeldet',
  'family.login_failed': 'Anmeldung mit Code fehlgeschlagen',
  'family.read': 'Familie hat ihre Anfrage angesehen',
  'message.list': 'Nachrichten gelesen',
  'message.send': 'Nachricht gesendet',
  'message.attachment': 'Anhang einer Nachricht geöffnet',
  'conversation.close': 'Unterhaltung beendet',
  'meeting.propose': 'Termine vorgeschlagen',
  'meeting.list': 'Termine abgerufen',
  'meeting.read': 'Videotermin geöffnet',
  'meeting.choose': 'Termin gewählt',
  'meeting.guest_invite': 'Gast zum Videotermin eingeladen',
  'meeting.guest_join': 'Gast-Link eingelöst',
  'meeting.join': 'Videoraum betreten',
  'meeting.admit': 'Teilnahme am Video zugelassen',
  'settings.update': 'Einstellung der Verwaltung geändert',
};

export const ZAuditResourceType = z.enum([
  'session',
  'case',
  'person',
  'household',
  'relation',
  'entry',
  'document',
  'task',
  'audit',
  'user',
  'intake',
  'conversation',
  'message',
  'meeting',
  'settings',
]);
export type TAuditResourceType = z.infer<typeof ZAuditResourceType>;

export const auditResourceLabels: Record<TAuditResourceType, string> = {
  session: 'Sitzung',
  case: 'Fall',
  person: 'Person',
  household: 'Haushalt',
  relation: 'Beziehung',
  entry: 'Eintrag',
  document: 'Dokument',
  task: 'Aufgabe',
  audit: 'Protokoll',
  user: 'Benutzerkonto',
  intake: 'Anfrage',
  conversation: 'Unterhaltung',
  message: 'Nachricht',
  meeting: 'Termin',
  settings: 'Einstellung',
};
