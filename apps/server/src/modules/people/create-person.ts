import { randomUUID } from 'node:crypto';
import type { ZPersonInputSchema } from '@lotse/shared';
import type { z } from 'zod';
import type { Tx } from '../../db/connection.js';
import { resolveSocialArea } from '../tenancy/index.js';

export type PersonInput = z.output<typeof ZPersonInputSchema>;

/** Records a person of the office; the address decides the social area. Returns the new id. */
export async function createPerson(tx: Tx, tenantId: string, input: PersonInput): Promise<string> {
  const id = randomUUID();
  const socialAreaId = await resolveSocialArea(tx, input);
  await tx
    .insertInto('persons')
    .values({
      tenant_id: tenantId,
      id,
      first_name: input.firstName,
      last_name: input.lastName,
      birth_date: input.birthDate ?? null,
      birth_date_approximate: Boolean(input.birthDate && input.birthDateApproximate),
      gender: input.gender,
      languages: input.languages,
      phone: input.phone ?? null,
      email: input.email ?? null,
      street: input.street ?? null,
      house_number: input.houseNumber ?? null,
      postcode: input.postcode ?? null,
      city: input.city ?? null,
      social_area_id: socialAreaId,
    })
    .execute();
  return id;
}
