import type { Actor } from '../../platform/actor.js';
import { canInOffice, type Policy } from '../../platform/policy.js';

/** A provider staff account's link to its organisation (provider_staff). */
export interface ProviderLink {
  tenantId: string;
  userId: string;
  providerId: string;
  role: 'admin' | 'staff';
}

export type FacilityAction = 'update_availability' | 'edit_offers';
export const facilityActions: readonly FacilityAction[] = ['update_availability', 'edit_offers'];

/**
 * Provider staff keep their own organisation's facilities current; only its provider admins edit
 * the offers. Nobody else writes provider data (offices read it).
 */
export const canOnFacility: Policy<
  FacilityAction,
  { providerId: string },
  { actor: Actor; link: ProviderLink | null }
> = ({ actor, link }, action, facility) => {
  if (!link || !canInOffice(actor, 'work_as_provider', { tenantId: link.tenantId })) return false;
  if (link.userId !== actor.userId || link.providerId !== facility.providerId) return false;
  return action === 'update_availability' || link.role === 'admin';
};

export const allowedFacilityActions = (
  actor: Actor,
  link: ProviderLink | null,
  facility: { providerId: string },
) => facilityActions.filter((action) => canOnFacility({ actor, link }, action, facility));
