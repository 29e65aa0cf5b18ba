// German wording for the audit codes the server writes. Codes not listed here are shown as they are.
// (Better kept next to the audit event enum in @lotse/shared once the server exports one.)

const actionLabels: Record<string, string> = {
  'auth.login': 'Anmeldung',
  'auth.login_failed': 'Anmeldung fehlgeschlagen',
  'auth.logout': 'Abmeldung',
  'auth.mfa_failed': 'Zweiter Faktor falsch',
  'auth.throttled': 'Anmeldung gebremst',
  'audit.read': 'Protokoll eingesehen',
  'myday.read': '„Mein Tag“ abgerufen',
  'case.list': 'Fallliste abgerufen',
  'case.read': 'Fall gelesen',
  'case.create': 'Fall angelegt',
  'case.update': 'Fall geändert',
  'case.denied': 'Zugriff auf Fall verweigert',
  'person.add': 'Person hinzugefügt',
  'person.update': 'Person geändert',
  'relation.add': 'Beziehung hinzugefügt',
  'household.add': 'Haushalt angelegt',
  'entry.list': 'Verlauf gelesen',
  'entry.create': 'Eintrag angelegt',
  'entry.disclose': 'Anvertrauten Eintrag offengelegt',
  'document.list': 'Dokumentliste abgerufen',
  'document.upload': 'Dokument hochgeladen',
  'document.download': 'Dokument heruntergeladen',
  'task.create': 'Aufgabe angelegt',
  'task.update': 'Aufgabe geändert',
};

const resourceLabels: Record<string, string> = {
  audit: 'Protokoll',
  case: 'Fall',
  document: 'Dokument',
  entry: 'Eintrag',
  person: 'Person',
  relation: 'Beziehung',
  session: 'Sitzung',
  task: 'Aufgabe',
};

export function auditActionLabel(code: string): string {
  return actionLabels[code] ?? code;
}

export function auditResourceLabel(code: string): string {
  return resourceLabels[code] ?? code;
}
