import { ZHelpType, ZOfferGender, ZOfferLanguage, ZOfferSetting, ZSpecialisation } from '@lotse/shared';
import { z } from 'zod';
import type { Tx } from '../../db/connection.js';

// The region's providers as an office (or the state's provider register) hands them over: a JSON
// file with organisations, facilities and offers, imported by `npm run providers:import`. Ids keep
// an import repeatable: a second run updates what it created before and adds what is new.

const ZOfferImport = z.object({
  id: z.uuid(),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(''),
  helpTypes: z.array(ZHelpType).min(1).max(10),
  setting: ZOfferSetting,
  ageMin: z.number().int().min(0).max(27),
  ageMax: z.number().int().min(0).max(27),
  genders: z.array(ZOfferGender).default([]),
  specialisations: z.array(ZSpecialisation).default([]),
  languages: z.array(ZOfferLanguage).default(['de']),
  feeAgreementRef: z.string().max(100).nullable().default(null),
});

const ZFacilityImport = z.object({
  id: z.uuid(),
  name: z.string().trim().min(1).max(200),
  street: z.string().max(200).nullable().default(null),
  postcode: z.string().regex(/^[0-9]{5}$/),
  city: z.string().trim().min(1).max(100),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  serviceArea: z.string().max(300).nullable().default(null),
  phone: z.string().max(40).nullable().default(null),
  email: z.email().nullable().default(null),
  capacity: z.number().int().min(0).max(10000),
  offers: z.array(ZOfferImport).min(1),
});

export const ZProviderImport = z.object({
  /** The offices (slugs) these providers serve. */
  offices: z.array(z.string().min(1)).min(1),
  postcodes: z
    .array(
      z.object({
        postcode: z.string().regex(/^[0-9]{5}$/),
        place: z.string().min(1),
        latitude: z.number().min(-90).max(90),
        longitude: z.number().min(-180).max(180),
      }),
    )
    .default([]),
  providers: z
    .array(
      z.object({
        id: z.uuid(),
        name: z.string().trim().min(1).max(200),
        legalForm: z.string().max(50).nullable().default(null),
        email: z.email().nullable().default(null),
        phone: z.string().max(40).nullable().default(null),
        website: z.url().nullable().default(null),
        facilities: z.array(ZFacilityImport).min(1),
      }),
    )
    .min(1),
});
export type TProviderImport = z.infer<typeof ZProviderImport>;

/**
 * Writes the file's providers, facilities, offers and postcode centres (as the schema owner, in the
 * caller's transaction) and links them to the named offices. Free places stay as providers confirmed
 * them; a new facility starts with none, unconfirmed.
 */
export async function importProviders(tx: Tx, data: TProviderImport) {
  const tenants = await tx
    .selectFrom('tenants')
    .select(['id', 'slug'])
    .where('slug', 'in', data.offices)
    .execute();
  const missing = data.offices.filter((slug) => !tenants.some((t) => t.slug === slug));
  if (missing.length > 0) throw new Error(`Unbekannte Ämter: ${missing.join(', ')}`);
  if (data.postcodes.length > 0) {
    await tx
      .insertInto('postcode_locations')
      .values(data.postcodes)
      .onConflict((oc) =>
        oc.column('postcode').doUpdateSet((eb) => ({
          place: eb.ref('excluded.place'),
          latitude: eb.ref('excluded.latitude'),
          longitude: eb.ref('excluded.longitude'),
        })),
      )
      .execute();
  }
  let facilities = 0;
  let offers = 0;
  for (const p of data.providers) {
    const provider = {
      name: p.name,
      legal_form: p.legalForm,
      email: p.email,
      phone: p.phone,
      website: p.website,
    };
    await tx
      .insertInto('providers')
      .values({ id: p.id, ...provider })
      .onConflict((oc) => oc.column('id').doUpdateSet(provider))
      .execute();
    for (const f of p.facilities) {
      if (f.offers.some((o) => o.ageMin > o.ageMax))
        throw new Error(`${f.name}: Mindestalter über Höchstalter`);
      const facility = {
        provider_id: p.id,
        name: f.name,
        street: f.street,
        postcode: f.postcode,
        city: f.city,
        latitude: f.latitude,
        longitude: f.longitude,
        service_area: f.serviceArea,
        phone: f.phone,
        email: f.email,
        capacity: f.capacity,
      };
      await tx
        .insertInto('provider_facilities')
        .values({ id: f.id, ...facility })
        .onConflict((oc) => oc.column('id').doUpdateSet(facility))
        .execute();
      facilities += 1;
      for (const o of f.offers) {
        const offer = {
          facility_id: f.id,
          provider_id: p.id,
          title: o.title,
          description: o.description,
          help_types: o.helpTypes,
          setting: o.setting,
          age_min: o.ageMin,
          age_max: o.ageMax,
          genders: o.genders,
          specialisations: o.specialisations,
          languages: o.languages,
          fee_agreement_ref: o.feeAgreementRef,
        };
        await tx
          .insertInto('provider_offers')
          .values({ id: o.id, ...offer })
          .onConflict((oc) => oc.column('id').doUpdateSet(offer))
          .execute();
        offers += 1;
      }
    }
    for (const t of tenants) {
      await tx
        .insertInto('provider_offices')
        .values({ tenant_id: t.id, provider_id: p.id })
        .onConflict((oc) => oc.columns(['tenant_id', 'provider_id']).doNothing())
        .execute();
    }
  }
  return { providers: data.providers.length, facilities, offers, offices: tenants.length };
}

/** Links an office's user account (role provider_staff) to its provider, as admin or staff. */
export async function linkProviderStaffAccount(
  tx: Tx,
  user: { tenantId: string; userId: string; username: string; roles: string[] },
  providerId: string,
  role: 'admin' | 'staff',
) {
  if (!user.roles.includes('provider_staff'))
    throw new Error(`${user.username} hat nicht die Rolle provider_staff`);
  const serves = await tx
    .selectFrom('provider_offices')
    .select('provider_id')
    .where('tenant_id', '=', user.tenantId)
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
  if (!serves) throw new Error('Dieser Träger arbeitet nicht für das Amt des Kontos.');
  await tx
    .insertInto('provider_staff')
    .values({ tenant_id: user.tenantId, user_id: user.userId, provider_id: providerId, provider_role: role })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'user_id']).doUpdateSet({ provider_id: providerId, provider_role: role }),
    )
    .execute();
}
