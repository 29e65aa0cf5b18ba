import type { Tx } from '../../db/connection.js';

/** A facility as other modules need it: who runs it, where, whom to tell. */
export interface FacilityRef {
  id: string;
  name: string;
  city: string;
  email: string | null;
  providerId: string;
  providerName: string;
  providerEmail: string | null;
}

/**
 * The facilities among `ids` whose provider serves this office (provider_offices is bound to the
 * office by row-level security); others are missing from the answer.
 */
export async function facilitiesServingOffice(tx: Tx, ids: readonly string[]): Promise<FacilityRef[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .selectFrom('provider_facilities as f')
    .innerJoin('providers as p', 'p.id', 'f.provider_id')
    .innerJoin('provider_offices as po', 'po.provider_id', 'f.provider_id')
    .select([
      'f.id',
      'f.name',
      'f.city',
      'f.email',
      'p.id as provider_id',
      'p.name as provider_name',
      'p.email as provider_email',
    ])
    .where('f.id', 'in', [...ids])
    .execute();
  return rows.map(toRef);
}

/** Facilities by id, whichever office they serve (global data; unknown ids are missing). */
export async function facilityRefs(tx: Tx, ids: readonly string[]): Promise<Map<string, FacilityRef>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('provider_facilities as f')
    .innerJoin('providers as p', 'p.id', 'f.provider_id')
    .select([
      'f.id',
      'f.name',
      'f.city',
      'f.email',
      'p.id as provider_id',
      'p.name as provider_name',
      'p.email as provider_email',
    ])
    .where('f.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, toRef(r)]));
}

const toRef = (r: {
  id: string;
  name: string;
  city: string;
  email: string | null;
  provider_id: string;
  provider_name: string;
  provider_email: string | null;
}): FacilityRef => ({
  id: r.id,
  name: r.name,
  city: r.city,
  email: r.email,
  providerId: r.provider_id,
  providerName: r.provider_name,
  providerEmail: r.provider_email,
});

/** Names of providers by id (global data; unknown ids are missing). */
export async function providerNames(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('providers')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Whether a provider serves this office (it may then receive shares and inquiries). */
export async function providerServesOffice(tx: Tx, providerId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('provider_offices')
    .select('provider_id')
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
  return row !== undefined;
}
