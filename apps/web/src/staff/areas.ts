import type { TMe } from '@lotse/shared';
import { PLANNING_PATH, startsOnPlanning } from '../planning/landing.ts';
import { PROVIDER_PATH, startsOnProviderPortal } from '../provider/landing.ts';
import { COOPERATION_PATH } from './cooperation/paths.ts';
import { KNOWLEDGE_PATH } from './knowledge/paths.ts';
import { PLACEMENTS_PATH } from './placements/paths.ts';
import { PRIVACY_PATH } from './privacy/paths.ts';
import { mayInOffice } from './session.tsx';

/** A part of Lotse a staff member may use, as the start page and "Keine Berechtigung" list it. */
export interface StaffArea {
  key: string;
  title: string;
  /** Where it is; null for areas that are announced but not there yet. */
  to: string | null;
  text: string;
}

/**
 * The areas the signed-in user may use, from the office-wide actions the server sent in `/api/me`
 * (never from roles). "Mein Konto" is open to everyone and always last.
 */
export function areasOf(me: TMe): StaffArea[] {
  const areas: StaffArea[] = [];
  if (mayInOffice(me, 'work_on_cases')) {
    areas.push({
      key: 'day',
      title: 'Mein Tag',
      to: '/fachkraft',
      text: 'Ihre Fälle, fällige Aufgaben und die letzten Aktivitäten in Ihren Fällen.',
    });
  }
  if (mayInOffice(me, 'work_on_requests')) {
    areas.push({
      key: 'inbox',
      title: 'Posteingang',
      to: '/fachkraft/posteingang',
      text: 'Anfragen aus der Familien-App an Ihre Teams.',
    });
  }
  if (mayInOffice(me, 'work_on_cases')) {
    areas.push({
      key: 'cases',
      title: 'Fälle',
      to: '/fachkraft/faelle',
      text: 'Alle Fälle, auf die Sie Zugriff haben.',
    });
  }
  if (mayInOffice(me, 'search_placements')) {
    areas.push({
      key: 'placements',
      title: 'Plätze suchen',
      to: PLACEMENTS_PATH,
      text: 'Freie Plätze bei freien Trägern: nach Passung sortiert, mit Begründung und live aktualisiert, wenn ein Träger seine Zahlen bestätigt.',
    });
  }
  if (mayInOffice(me, 'lead_team')) {
    areas.push({
      key: 'team',
      title: 'Teamübersicht',
      to: '/fachkraft/team',
      text: 'Überfällige Überprüfungen, Fristen im Kinderschutz und Arbeit, die noch niemand übernommen hat – für Ihre Teams.',
    });
  }
  if (mayInOffice(me, 'use_knowledge')) {
    areas.push({
      key: 'knowledge',
      title: 'Wissen',
      to: KNOWLEDGE_PATH,
      text: 'Arbeitshilfen und Fragen aus dem Amt zusammen mit SGB VIII, SGB I, SGB X und KKG durchsuchen; die eigene Einarbeitung Woche für Woche.',
    });
    areas.push({
      key: 'cooperation',
      title: 'Kooperation',
      to: COOPERATION_PATH,
      text: 'Vorlagen, Checklisten und Fachartikel anderer Jugendämter übernehmen, eigene teilen und die Fachstellen der Region finden.',
    });
  }
  if (mayInOffice(me, 'handle_data_subject_rights')) {
    areas.push({
      key: 'privacy',
      title: 'Rechte betroffener Personen',
      to: PRIVACY_PATH,
      text: 'Auskunft nach Art. 15 DSGVO erstellen – mit allen gespeicherten Daten und allen Empfängern, als PDF und JSON –, Anträge auf Berichtigung, Löschung, Einschränkung oder Widerspruch erfassen und fristgerecht entscheiden; Aufbewahrungsfristen, Löschsperren und Löschläufe steuern.',
    });
  }
  if (mayInOffice(me, 'read_audit')) {
    areas.push({
      key: 'audit',
      title: 'Zugriffsprotokoll',
      to: '/fachkraft/protokoll',
      text: 'Wer hat wann auf welche Daten zugegriffen? Jede Anmeldung und jeder Lese- und Schreibzugriff auf personenbezogene Daten steht unveränderbar im Protokoll, filterbar nach Fall und Person.',
    });
  }
  if (mayInOffice(me, 'handle_complaints')) {
    areas.push({
      key: 'complaints',
      title: 'Beschwerden',
      to: '/fachkraft/beschwerden',
      text: 'Beschwerden aus der Familien-App (§ 9a SGB VIII): übernehmen, fristgerecht beantworten und bei Bedarf mit der Fachkraft teilen.',
    });
  }
  if (mayInOffice(me, 'work_as_provider')) {
    areas.push({
      key: 'provider',
      title: 'Trägerportal',
      to: PROVIDER_PATH,
      text: 'Die freien Plätze Ihrer Einrichtungen bestätigen, damit die Jugendämter sie bei der Platzsuche sehen.',
    });
  }
  if (mayInOffice(me, 'administer')) {
    areas.push({
      key: 'admin',
      title: 'Verwaltung',
      to: '/admin',
      text: 'Eingangsassistent, Zuständigkeiten, Texte der Familien-App und Sprechzeiten der Teams einstellen.',
    });
  }
  if (mayInOffice(me, 'plan')) {
    areas.push({
      key: 'planning',
      title: 'Planung',
      to: PLANNING_PATH,
      text: 'Kennzahlen für die Jugendhilfeplanung nach Sozialraum, Hilfeart, Alter und Zeitraum – ohne Angaben zu einzelnen Familien –, eine Karte der Sozialräume und die Prüfung der amtlichen Statistik.',
    });
  }
  areas.push({
    key: 'account',
    title: 'Mein Konto',
    to: '/fachkraft/konto',
    text: 'Ihre Angaben, Rollen und Teams; die Zwei-Faktor-Anmeldung einrichten.',
  });
  return areas;
}

/** Where the user's start page is and what it is called (the cockpit's home for every role). */
export function homeOf(me: TMe): { to: string; label: string } {
  if (mayInOffice(me, 'work_on_cases')) return { to: '/fachkraft', label: 'Mein Tag' };
  // The complaint office starts at its list (StaffApp sends /fachkraft there).
  if (mayInOffice(me, 'handle_complaints')) return { to: '/fachkraft/beschwerden', label: 'Beschwerden' };
  // Provider staff start in the provider portal (StaffApp sends /fachkraft there).
  if (startsOnProviderPortal(me)) return { to: PROVIDER_PATH, label: 'Trägerportal' };
  // Planning and office management start on the planning dashboard (StaffApp sends /fachkraft there).
  if (startsOnPlanning(me)) return { to: PLANNING_PATH, label: 'Planung' };
  return { to: '/fachkraft', label: 'Übersicht' };
}
