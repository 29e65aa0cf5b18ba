import { type TOfficeAction, ZOfficeAction } from '@lotse/shared';
import { type Actor, hasRole } from './actor.js';
import { HttpError } from './errors.js';

/**
 * The shape every policy in Lotse has: may `actor` do `action` on `resource`? (The subject is a staff
 * member; for meetings it is whoever is calling — staff, family or guest.) Each module declares
 * its own (`canOnCase`, `canOnRequest`, …) in its `policy.ts`; records the UI acts on carry the
 * result as `allowedActions`, so the web app never re-implements a rule.
 */
export type Policy<TAction extends string, TResource, TSubject = Actor> = (
  actor: TSubject,
  action: TAction,
  resource: TResource,
) => boolean;

/** The actions of `all` that the policy allows on this resource, in their declared order. */
export function allowedActionsOf<TAction extends string, TResource, TSubject = Actor>(
  policy: Policy<TAction, TResource, TSubject>,
  all: readonly TAction[],
  actor: TSubject,
  resource: TResource,
): TAction[] {
  return all.filter((action) => policy(actor, action, resource));
}

/** The office itself as a resource: settings, the audit trail, the team inbox, its cases, planning. */
export interface Office {
  tenantId: string;
}

/** Every office-wide action, in the contract's order. */
export const officeActions: readonly TOfficeAction[] = ZOfficeAction.options;

/**
 * Office-wide permissions, by role (per-record rules live in the modules' policies). The web app
 * shows a page, a navigation entry or a start page only for what this allows.
 */
export const canInOffice: Policy<TOfficeAction, Office> = (actor, action, office) => {
  if (actor.tenantId !== office.tenantId) return false;
  switch (action) {
    case 'administer':
      return hasRole(actor, 'admin');
    case 'read_audit':
      // The trail holds references, no content, and is the data protection officer's.
      return hasRole(actor, 'dpo');
    case 'work_on_requests':
      return (hasRole(actor, 'caseworker') || hasRole(actor, 'team_lead')) && actor.memberTeamIds.length > 0;
    case 'work_on_cases':
      // Whoever the case policy can give a reason to see a case (cases/policy.ts `accessReason`):
      // a caseworker (assigned, deputy or in the team) or the lead of a team.
      return hasRole(actor, 'caseworker') || (hasRole(actor, 'team_lead') && actor.leadTeamIds.length > 0);
    case 'create_cases':
      // A case is opened in one of the actor's own teams (cases/create-case.ts).
      return (hasRole(actor, 'caseworker') || hasRole(actor, 'team_lead')) && actor.memberTeamIds.length > 0;
    case 'lead_team':
      // The team lead's overview of deadlines and open work (workflow/team-overview.ts).
      return hasRole(actor, 'team_lead') && actor.leadTeamIds.length > 0;
    case 'plan':
      // Anonymised figures and the official statistics: youth welfare planning and office management.
      return hasRole(actor, 'planner') || hasRole(actor, 'management');
    case 'handle_complaints':
      // § 9a: complaints go to a role apart from case work (complaints/policy.ts keeps the handler
      // away from complaints about themselves).
      return hasRole(actor, 'complaints_office');
    case 'work_as_provider':
      // The provider portal; which provider is the account's link in providers/provider_staff.
      return hasRole(actor, 'provider_staff');
    case 'search_placements':
      // Free places and offers are no personal data, but the search is case work (as work_on_cases).
      return hasRole(actor, 'caseworker') || (hasRole(actor, 'team_lead') && actor.leadTeamIds.length > 0);
    case 'use_knowledge':
      // The office's knowledge base and staff Q&A: everyone working in the office, not provider staff.
      return actor.roles.some((role) => role !== 'provider_staff');
    case 'manage_onboarding':
      // Putting new colleagues on an onboarding path and writing paths: team leads and administrators.
      return (hasRole(actor, 'team_lead') && actor.leadTeamIds.length > 0) || hasRole(actor, 'admin');
    case 'publish_cooperation':
      // Speaking for the office to other offices (publishing, withdrawing, signed template packages):
      // team leads and administrators.
      return (hasRole(actor, 'team_lead') && actor.leadTeamIds.length > 0) || hasRole(actor, 'admin');
    case 'handle_data_subject_rights':
      // Art. 15 exports, recorded requests, retention: the data protection officer's (Art. 38, 39 DSGVO).
      return hasRole(actor, 'dpo');
  }
};

const refusals: Record<TOfficeAction, string> = {
  administer: 'Diese Einstellungen ändern nur Administrator*innen.',
  read_audit: 'Das Protokoll sehen nur Datenschutzbeauftragte.',
  work_on_requests: 'Anfragen bearbeiten nur Fachkräfte und Teamleitungen eines Teams.',
  work_on_cases: 'Fallakten sehen nur Fachkräfte und Teamleitungen, die an den Fällen arbeiten.',
  create_cases: 'Fälle legen nur Fachkräfte und Teamleitungen in ihrem eigenen Team an.',
  lead_team: 'Die Teamübersicht sehen nur Teamleitungen.',
  handle_complaints: 'Beschwerden bearbeitet nur die Beschwerdestelle.',
  plan: 'Planungszahlen sehen nur die Jugendhilfeplanung und die Amtsleitung.',
  work_as_provider: 'Das Trägerportal nutzen nur Mitarbeitende freier Träger.',
  search_placements: 'Plätze suchen nur Fachkräfte und Teamleitungen.',
  use_knowledge: 'Die Wissensdatenbank nutzen nur Mitarbeitende des Amtes.',
  manage_onboarding:
    'Einarbeitungspläne schreiben und zuweisen können nur Teamleitungen und Administrator*innen.',
  publish_cooperation:
    'Für andere Ämter veröffentlichen und Vorlagenpakete austauschen dürfen nur Teamleitungen und Administrator*innen.',
  handle_data_subject_rights: 'Auskünfte und Anträge nach der DSGVO bearbeiten nur Datenschutzbeauftragte.',
};

/** Throws a clear 403 unless the actor may do `action` in their office. */
export function requireOfficeAction(actor: Actor, action: TOfficeAction): void {
  if (!canInOffice(actor, action, { tenantId: actor.tenantId })) {
    throw new HttpError(403, 'forbidden', refusals[action]);
  }
}
