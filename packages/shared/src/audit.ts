// Audit contract: the audit log query, events and list, and every audit action composed from each domain's list.
import { z } from 'zod';
import { authAuditActions } from './auth.js';
import {
  caseAuditActions,
  documentAuditActions,
  entryAuditActions,
  myDayAuditActions,
  taskAuditActions,
} from './cases.js';
import { ZId, ZUserRefSchema } from './common.js';
import { helpPlanAuditActions } from './helpplan.js';
import { hintAuditActions } from './hints.js';
import {
  conversationAuditActions,
  familyAuditActions,
  intakeAuditActions,
  messageAuditActions,
  settingsAuditActions,
} from './intake.js';
import { meetingAuditActions } from './meetings.js';
import { householdAuditActions, personAuditActions, relationAuditActions } from './people.js';
import { perspectivesAuditActions } from './perspectives.js';
import { protectionAuditActions } from './protection.js';
import { workflowAuditActions } from './workflow.js';

/* ---------- audit ---------- */
export const auditAuditActions = ['audit.read'] as const;

export const ZAuditQuerySchema = z.object({
  caseId: ZId.optional(),
  actorId: ZId.optional(),
  action: z.string().max(60).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const ZAuditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: ZUserRefSchema.nullable(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  caseId: ZId.nullable(),
  outcome: z.enum(['allowed', 'denied', 'failed']),
  sealed: z.boolean(),
});
export type TAuditEvent = z.infer<typeof ZAuditEventSchema>;
export const ZAuditListResponseSchema = z.object({
  items: z.array(ZAuditEventSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** Every kind of audited event. Reads of personal data are audited like writes. */
// Each domain declares its actions next to its contract; a new module appends its list here.
export const ZAuditAction = z.enum([
  ...authAuditActions,
  ...caseAuditActions,
  ...personAuditActions,
  ...householdAuditActions,
  ...relationAuditActions,
  ...entryAuditActions,
  ...documentAuditActions,
  ...taskAuditActions,
  ...myDayAuditActions,
  ...auditAuditActions,
  ...intakeAuditActions,
  ...familyAuditActions,
  ...messageAuditActions,
  ...conversationAuditActions,
  ...meetingAuditActions,
  ...settingsAuditActions,
  ...helpPlanAuditActions,
  ...hintAuditActions,
  ...protectionAuditActions,
  ...perspectivesAuditActions,
  ...workflowAuditActions,
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
  'helpplan.list': 'Hilfepläne abgerufen',
  'hint.list': 'Hinweise zum Fall abgerufen',
  'hint.dismiss': 'Hinweis zum Fall mit Begründung zurückgestellt',
  'hint.restore': 'Zurückgestellten Hinweis wieder aufgenommen',
  'workflow.case_process': 'Verlauf des Falls (Prozesskarte) abgerufen',
  'workflow.team_overview': 'Teamübersicht (Fristen, offene Arbeit) abgerufen',
  'helpplan.read': 'Hilfeplan geöffnet',
  'helpplan.create': 'Hilfeplan angelegt',
  'helpplan.update': 'Hilfeplan-Entwurf geändert',
  'helpplan.finalize': 'Hilfeplan festgeschrieben',
  'helpplan.review': 'Hilfeplan fortgeschrieben (neue Fassung)',
  'meeting.list': 'Termine abgerufen',
  'meeting.read': 'Videotermin geöffnet',
  'meeting.choose': 'Termin gewählt',
  'meeting.guest_invite': 'Gast zum Videotermin eingeladen',
  'meeting.guest_join': 'Gast-Link eingelöst',
  'meeting.join': 'Videoraum betreten',
  'meeting.admit': 'Teilnahme am Video zugelassen',
  'settings.update': 'Einstellung der Verwaltung geändert',
  'protection.list': 'Kinderschutzverfahren abgerufen',
  'protection.read': 'Kinderschutzverfahren geöffnet',
  'protection.report': 'Meldung nach § 8a erfasst (Verfahren eröffnet)',
  'protection.checklist': 'Kinderschutz-Checkliste geändert',
  'protection.participants': 'Beteiligte Fachkräfte (§ 8a) geändert',
  'protection.assess': 'Gefährdungseinschätzung erfasst',
  'protection.propose': 'Ergebnis der Gefährdungseinschätzung vorgeschlagen',
  'protection.sign_off': 'Ergebnis der Gefährdungseinschätzung freigegeben (abgeschlossen)',
  'protection.survey_read': 'Statistikangaben (§ 8a) abgerufen',
  'protection.survey_update': 'Statistikangaben (§ 8a) geändert',
  'protection.catalogue_list': 'Einschätzungskataloge abgerufen',
  'protection.catalogue_read': 'Einschätzungskatalog geöffnet',
  'protection.catalogue_import': 'Einschätzungskatalog importiert',
  'perspectives.read': 'Sichtweisen zum Fall abgerufen',
  'perspectives.create_round': 'Bewertungsrunde (Sichtweisen) angelegt',
  'perspectives.rate': 'Sichtweise in einer Bewertungsrunde eingetragen',
  'perspectives.ecomap_read': 'Ökokarte abgerufen',
  'perspectives.ecomap_update': 'Ökokarte geändert',
};

export const ZAuditResourceType = z.enum([
  'session',
  'help_plan',
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
  'protection_procedure',
  'protection_catalogue',
  'perspective_round',
  'ecomap',
]);
export type TAuditResourceType = z.infer<typeof ZAuditResourceType>;

export const auditResourceLabels: Record<TAuditResourceType, string> = {
  session: 'Sitzung',
  help_plan: 'Hilfeplan',
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
  protection_procedure: 'Kinderschutzverfahren (§ 8a)',
  protection_catalogue: 'Einschätzungskatalog',
  perspective_round: 'Bewertungsrunde',
  ecomap: 'Ökokarte',
};
