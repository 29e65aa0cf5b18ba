import type { TOfferUpdate, TProviderFacility } from '@lotse/shared';
import { HttpError } from '../../platform/errors.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { ownFacility } from './own-facilities.js';

/** A provider admin changes one of its offers; every office it serves sees the change at once. */
export async function editOffer(
  scope: ActorScope,
  offerId: string,
  input: TOfferUpdate,
): Promise<TProviderFacility> {
  const offer = await scope.tx
    .selectFrom('provider_offers')
    .select(['id', 'facility_id'])
    .where('id', '=', offerId)
    .executeTakeFirst();
  if (!offer) throw new NotVisibleError('offer', offerId, 'Angebot');
  const { facility } = await ownFacility(scope, offer.facility_id).catch(() => {
    throw new NotVisibleError('offer', offerId, 'Angebot');
  });
  if (!facility.allowedActions.includes('edit_offers')) {
    throw new HttpError(403, 'forbidden', 'Angebote ändern nur Administrator*innen Ihres Trägers.');
  }
  await scope.tx
    .updateTable('provider_offers')
    .set({
      title: input.title,
      description: input.description,
      help_types: input.helpTypes,
      age_min: input.ageMin,
      age_max: input.ageMax,
      genders: input.genders,
      specialisations: input.specialisations,
      languages: input.languages,
      active: input.active,
      updated_at: new Date(),
    })
    .where('id', '=', offerId)
    .execute();
  await scope.audit({ action: 'provider.offer_update', resourceType: 'offer', resourceId: offerId });
  const { facility: updated } = await ownFacility(scope, offer.facility_id);
  return updated;
}
