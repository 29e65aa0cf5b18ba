import { z } from 'zod';

/** Staff roles. A user may hold several. */
export const ZRole = z.enum([
  'caseworker',
  'team_lead',
  'dpo',
  'provider_staff',
  'planner',
  'complaints_office',
  'management',
  'admin',
]);
export type TRole = z.infer<typeof ZRole>;

export const roleLabels: Record<TRole, string> = {
  caseworker: 'Fachkraft',
  team_lead: 'Teamleitung',
  dpo: 'Datenschutzbeauftragte*r',
  provider_staff: 'Mitarbeiter*in freier Träger',
  planner: 'Jugendhilfeplanung',
  complaints_office: 'Beschwerdestelle',
  management: 'Amtsleitung',
  admin: 'Administration',
};

/** Case status lifecycle: Anfrage → Klärung → Hilfeplanung → Hilfe läuft → Überprüfung → Abgeschlossen. */
export const caseStatuses = ['inquiry', 'clarification', 'planning', 'running', 'review', 'closed'] as const;
export const ZCaseStatus = z.enum(caseStatuses);
export type TCaseStatus = z.infer<typeof ZCaseStatus>;

export const caseStatusLabels: Record<TCaseStatus, string> = {
  inquiry: 'Anfrage',
  clarification: 'Klärung',
  planning: 'Hilfeplanung',
  running: 'Hilfe läuft',
  review: 'Überprüfung',
  closed: 'Abgeschlossen',
};

/** Which status may follow which. Review may continue the help, re-plan it or end it. */
export function allowedNextStatuses(status: TCaseStatus): TCaseStatus[] {
  switch (status) {
    case 'inquiry':
      return ['clarification', 'closed'];
    case 'clarification':
      return ['planning', 'closed'];
    case 'planning':
      return ['running', 'clarification', 'closed'];
    case 'running':
      return ['review', 'closed'];
    case 'review':
      return ['running', 'planning', 'closed'];
    case 'closed':
      return ['clarification'];
  }
}

/** Help types (Hilfearten) by their legal basis in SGB VIII. */
export const helpTypes = [
  'p16_family_education',
  'p17_separation_counselling',
  'p18_custody_counselling',
  'p19_parent_child_home',
  'p20_emergency_care',
  'p27_flexible',
  'p28_educational_counselling',
  'p29_social_group_work',
  'p30_educational_assistant',
  'p31_spfh',
  'p32_day_group',
  'p33_foster_care',
  'p34_residential_care',
  'p35_intensive_individual',
  'p35a_integration_help',
  'p41_young_adults',
  'p42_emergency_custody',
  'p42a_uma_custody',
  'p8a_child_protection',
  'counselling',
] as const;
export const ZHelpType = z.enum(helpTypes);
export type THelpType = z.infer<typeof ZHelpType>;

export const helpTypeLabels: Record<THelpType, string> = {
  p16_family_education: '§ 16 Allgemeine Förderung der Erziehung in der Familie',
  p17_separation_counselling: '§ 17 Beratung bei Partnerschaft, Trennung und Scheidung',
  p18_custody_counselling: '§ 18 Beratung bei Personensorge und Umgang',
  p19_parent_child_home: '§ 19 Gemeinsame Wohnform für Mütter/Väter und Kinder',
  p20_emergency_care: '§ 20 Betreuung in Notsituationen',
  p27_flexible: '§ 27 Hilfe zur Erziehung (flexibel)',
  p28_educational_counselling: '§ 28 Erziehungsberatung',
  p29_social_group_work: '§ 29 Soziale Gruppenarbeit',
  p30_educational_assistant: '§ 30 Erziehungsbeistand',
  p31_spfh: '§ 31 Sozialpädagogische Familienhilfe (SPFH)',
  p32_day_group: '§ 32 Erziehung in einer Tagesgruppe',
  p33_foster_care: '§ 33 Vollzeitpflege',
  p34_residential_care: '§ 34 Heimerziehung, betreutes Wohnen',
  p35_intensive_individual: '§ 35 Intensive sozialpädagogische Einzelbetreuung',
  p35a_integration_help: '§ 35a Eingliederungshilfe',
  p41_young_adults: '§ 41 Hilfe für junge Volljährige',
  p42_emergency_custody: '§ 42 Inobhutnahme',
  p42a_uma_custody: '§ 42a Vorläufige Inobhutnahme (UMA)',
  p8a_child_protection: '§ 8a Schutzauftrag bei Kindeswohlgefährdung',
  counselling: 'Beratung (ohne Leistungsbescheid)',
};

export const ZGender = z.enum(['female', 'male', 'diverse', 'unspecified']);
export type TGender = z.infer<typeof ZGender>;
export const genderLabels: Record<TGender, string> = {
  female: 'weiblich',
  male: 'männlich',
  diverse: 'divers',
  unspecified: 'keine Angabe',
};

/** Relation kinds, read as "from is <kind> of to" (e.g. from is parent of to). */
export const ZRelationKind = z.enum([
  'parent',
  'step_parent',
  'guardian',
  'foster_parent',
  'sibling',
  'partner',
]);
export type TRelationKind = z.infer<typeof ZRelationKind>;
export const relationKindLabels: Record<TRelationKind, string> = {
  parent: 'Elternteil',
  step_parent: 'Stiefelternteil',
  guardian: 'Vormund',
  foster_parent: 'Pflegeelternteil',
  sibling: 'Geschwister',
  partner: 'Partner*in',
};

/** Role of a person within a case. */
export const ZCasePersonRole = z.enum(['child', 'parent', 'guardian', 'relative', 'other']);
export type TCasePersonRole = z.infer<typeof ZCasePersonRole>;
export const casePersonRoleLabels: Record<TCasePersonRole, string> = {
  child: 'Betroffenes Kind / junger Mensch',
  parent: 'Elternteil',
  guardian: 'Personensorgeberechtigte*r / Vormund',
  relative: 'Angehörige*r',
  other: 'Weitere Person',
};

export const ZEntryKind = z.enum(['note', 'contact', 'document', 'decision', 'status_change']);
export type TEntryKind = z.infer<typeof ZEntryKind>;
export const entryKindLabels: Record<TEntryKind, string> = {
  note: 'Vermerk',
  contact: 'Kontakt',
  document: 'Dokument',
  decision: 'Entscheidung',
  status_change: 'Statuswechsel',
};

/** Legal ground that widens access to an entrusted entry (§ 65 SGB VIII). */
export const ZDisclosureGround = z.enum([
  'consent',
  'p65_1_2_court',
  'p65_1_3_successor',
  'p65_1_4_risk_assessment',
  'p65_1_5_criminal',
]);
export type TDisclosureGround = z.infer<typeof ZDisclosureGround>;
export const disclosureGroundLabels: Record<TDisclosureGround, string> = {
  consent: 'Einwilligung der anvertrauenden Person (§ 65 Abs. 1 Nr. 1)',
  p65_1_2_court: 'Anrufung des Familiengerichts (§ 65 Abs. 1 Nr. 2)',
  p65_1_3_successor: 'Zuständigkeitswechsel (§ 65 Abs. 1 Nr. 3)',
  p65_1_4_risk_assessment: 'Gefährdungseinschätzung (§ 65 Abs. 1 Nr. 4)',
  p65_1_5_criminal: 'Strafrechtlicher Tatbestand (§ 65 Abs. 1 Nr. 5 i. V. m. § 203 StGB)',
};

export const ZCaseAction = z.enum([
  'read',
  'update',
  'change_status',
  'assign',
  'add_entry',
  'add_document',
  'manage_persons',
  'manage_tasks',
]);
export type TCaseAction = z.infer<typeof ZCaseAction>;
