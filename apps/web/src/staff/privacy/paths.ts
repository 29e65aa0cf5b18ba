export const PRIVACY_PATH = '/fachkraft/datenschutz';
/** Retention periods, legal holds, dry runs and erasure runs. */
export const RETENTION_PATH = `${PRIVACY_PATH}/aufbewahrung`;

export function privacyPersonHref(personId: string): string {
  return `${PRIVACY_PATH}/personen/${encodeURIComponent(personId)}`;
}

/**
 * What a link from the search hands to the person page (router state): the name to show before an
 * export exists (the export is audited, so the page does not fetch it by itself) and the way back.
 */
export interface PersonLinkState {
  person: { name: string; birthDate: string | null };
  /** the search's query string ("?q=…"), for "Zurück zur Suche" */
  search: string;
}

export function personLinkStateOf(state: unknown): PersonLinkState | null {
  if (!state || typeof state !== 'object' || !('person' in state)) return null;
  const { person, search } = state as Partial<PersonLinkState>;
  if (!person || typeof person.name !== 'string') return null;
  return {
    person: { name: person.name, birthDate: typeof person.birthDate === 'string' ? person.birthDate : null },
    search: typeof search === 'string' ? search : '',
  };
}
