// Help lines of the family app: the keys and the nationwide numbers. No zod here, so the family
// app's first page can import it without the contract schemas (package export "./help-lines").

export const helpLineKeys = [
  'police',
  'fire',
  'kids',
  'parents',
  'women',
  'crisis',
  'crisis_alt',
  'abuse',
] as const;

export type THelpLineKey = (typeof helpLineKeys)[number];

/** The nationwide numbers Lotse ships; an office may change or switch off each. */
export const defaultHelpLines: Record<THelpLineKey, string> = {
  police: '110',
  fire: '112',
  kids: '116 111',
  parents: '0800 111 0 550',
  women: '116 016',
  crisis: '0800 111 0 111',
  crisis_alt: '0800 111 0 222',
  abuse: '0800 22 55 530',
};
