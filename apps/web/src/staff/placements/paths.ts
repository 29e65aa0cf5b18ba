/** Where the placement search (Platzsuche) lives in the cockpit. */
export const PLACEMENTS_PATH = '/fachkraft/plaetze';
