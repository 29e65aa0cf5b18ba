import type { TCasePersonRole } from '@lotse/shared';

/** Roles of a case that are the family; relatives and others are third parties to the family app. */
export const FAMILY_ROLES: readonly TCasePersonRole[] = ['child', 'parent', 'guardian'];

export const isFamilyRole = (role: string): role is TCasePersonRole =>
  (FAMILY_ROLES as readonly string[]).includes(role);

/** An entry or document as the release rule sees it. */
export interface ReleasableItem {
  /** set for an entry entrusted to one staff member (§ 65 SGB VIII), or a document one refers to */
  entrustedTo: string | null;
  /** null: not released; personIds null: to every person of the case with an account */
  release: { personIds: readonly string[] | null } | null;
}

/**
 * Whether a person of the case sees an item in the family app: only what staff released — to all
 * or to this person — and never what was entrusted to a staff member (§ 65), released or not.
 */
export function familyMaySee(item: ReleasableItem, personId: string): boolean {
  if (item.entrustedTo !== null) return false;
  if (!item.release) return false;
  return item.release.personIds === null || item.release.personIds.includes(personId);
}
