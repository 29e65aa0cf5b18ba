import {
  placementChannelPrefix,
  type TAvailabilityInput,
  type TProviderFacilities,
  type TProviderFacility,
} from '@lotse/shared';
import { sql } from 'kysely';
import type { KeyRing } from '../../platform/crypto.js';
import { badRequest } from '../../platform/errors.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { scheduleConfirmReminder } from './confirm-reminders.js';
import { allowedFacilityActions, type ProviderLink } from './policy.js';
import { presentAvailability, presentOffer } from './present.js';
import { providerLinkOf } from './provider-link.js';

/** Every office's placement search listens here; events carry a facility id, no personal data. */
export const AVAILABILITY_CHANNEL = `${placementChannelPrefix}availability`;

const facilityColumns = [
  'f.id',
  'f.provider_id',
  'f.name',
  'f.street',
  'f.postcode',
  'f.city',
  'f.service_area',
  'f.phone',
  'f.email',
  'f.capacity',
  'f.free_places',
  'f.reserved_places',
  'f.confirmed_at',
] as const;

async function facilitiesOf(
  scope: ActorScope,
  link: ProviderLink,
  facilityId?: string,
): Promise<TProviderFacility[]> {
  let query = scope.tx
    .selectFrom('provider_facilities as f')
    .select(facilityColumns)
    .where('f.provider_id', '=', link.providerId)
    .orderBy('f.name');
  if (facilityId) query = query.where('f.id', '=', facilityId);
  const facilities = await query.execute();
  if (facilities.length === 0) return [];
  const offers = await scope.tx
    .selectFrom('provider_offers')
    .selectAll()
    .where(
      'facility_id',
      'in',
      facilities.map((f) => f.id),
    )
    .orderBy('title')
    .execute();
  const now = new Date();
  return facilities.map((f) => ({
    id: f.id,
    name: f.name,
    street: f.street,
    postcode: f.postcode,
    city: f.city,
    serviceArea: f.service_area,
    phone: f.phone,
    email: f.email,
    availability: presentAvailability(f, now),
    offers: offers.filter((o) => o.facility_id === f.id).map(presentOffer),
    allowedActions: allowedFacilityActions(scope.actor, link, { providerId: f.provider_id }),
  }));
}

/** The portal's start: the provider staff member's own facilities with their free places and offers. */
export async function listOwnFacilities(scope: ActorScope): Promise<TProviderFacilities> {
  const link = await providerLinkOf(scope);
  const items = await facilitiesOf(scope, link);
  return {
    provider: { id: link.providerId, name: link.providerName, role: link.role },
    items,
    staleCount: items.filter(
      (f) => f.availability.freshness === 'stale' || f.availability.freshness === 'never',
    ).length,
  };
}

/** One of the own facilities; another provider's (or an unknown id) is "not found". */
export async function ownFacility(scope: ActorScope, facilityId: string) {
  const link = await providerLinkOf(scope);
  const [facility] = await facilitiesOf(scope, link, facilityId);
  if (!facility) throw new NotVisibleError('facility', facilityId, 'Einrichtung');
  return { link, facility };
}

/**
 * Provider staff confirm free and reserved places. Every confirmation is kept (history for
 * planning), and every office's open search hears of it at once.
 */
export async function updateAvailability(
  scope: ActorScope,
  keys: KeyRing,
  facilityId: string,
  input: TAvailabilityInput,
): Promise<TProviderFacility> {
  const { link, facility } = await ownFacility(scope, facilityId);
  if (!facility.allowedActions.includes('update_availability')) {
    throw new NotVisibleError('facility', facilityId, 'Einrichtung');
  }
  const { capacity } = facility.availability;
  if (input.free + input.reserved > capacity) {
    throw badRequest(
      `Freie und reservierte Plätze zusammen (${input.free + input.reserved}) sind mehr als die ${capacity} Plätze der Einrichtung.`,
      {
        free: `Höchstens ${capacity - input.reserved} bei ${input.reserved} ${input.reserved === 1 ? 'reserviertem Platz' : 'reservierten Plätzen'}.`,
      },
    );
  }
  const confirmedAt = new Date();
  await scope.tx
    .updateTable('provider_facilities')
    .set({ free_places: input.free, reserved_places: input.reserved, confirmed_at: confirmedAt })
    .where('id', '=', facilityId)
    .where('provider_id', '=', link.providerId)
    .execute();
  await scope.tx
    .insertInto('facility_availability_log')
    .values({
      facility_id: facilityId,
      free_places: input.free,
      reserved_places: input.reserved,
      recorded_at: confirmedAt,
      recorded_in_tenant: scope.tenantId,
      recorded_by: scope.actor.userId,
    })
    .execute();
  await scope.audit({
    action: 'provider.availability_update',
    resourceType: 'facility',
    resourceId: facilityId,
    details: { free: input.free, reserved: input.reserved },
  });
  await scheduleConfirmReminder(scope.tx, keys, scope.tenantId, facilityId, confirmedAt);
  scope.publish(AVAILABILITY_CHANNEL, { type: 'availability', facilityId });
  return {
    ...facility,
    availability: presentAvailability(
      { capacity, free_places: input.free, reserved_places: input.reserved, confirmed_at: confirmedAt },
      confirmedAt,
    ),
  };
}

/** The confirmations of the last `days` days, oldest first. */
export async function availabilityHistory(scope: ActorScope, facilityId: string, days = 90) {
  await ownFacility(scope, facilityId);
  const rows = await scope.tx
    .selectFrom('facility_availability_log')
    .select(['recorded_at', 'free_places', 'reserved_places'])
    .where('facility_id', '=', facilityId)
    .where('recorded_at', '>=', sql<Date>`now() - make_interval(days => ${days})`)
    .orderBy('recorded_at')
    .limit(1000)
    .execute();
  return {
    items: rows.map((r) => ({
      at: new Date(r.recorded_at).toISOString(),
      free: r.free_places,
      reserved: r.reserved_places,
    })),
  };
}
