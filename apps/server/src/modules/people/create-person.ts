import { randomUUID } from 'node:crypto';
import type { ZPersonInputSchema } from '@lotse/shared';
import type { z } from 'zod';
import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { resolveSocialArea } from '../tenancy/index.js';
import { sealPersonal } from './personal-data.js';

export type PersonInput = z.output<typeof ZPersonInputSchema>;

/**
 * Records a person of the office; the address decides the social area. Name, contact data and
 * address are stored sealed (personal-data.ts). Returns the new id.
 */
export async function createPerson(
  { tx, sealed }: { tx: Tx; sealed: SealedText },
  tenantId: string,
  input: PersonInput,
): Promise<string> {
  const id = randomUUID();
  const socialAreaId = await resolveSocialArea(tx, input);
  await tx
    .insertInto('persons')
    .values({
      tenant_id: tenantId,
      id,
      personal_enc: await sealPersonal(sealed, id, {
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone ?? null,
        email: input.email ?? null,
        street: input.street ?? null,
        houseNumber: input.houseNumber ?? null,
        postcode: input.postcode ?? null,
        city: input.city ?? null,
      }),
      birth_date: input.birthDate ?? null,
      birth_date_approximate: Boolean(input.birthDate && input.birthDateApproximate),
      gender: input.gender,
      languages: input.languages,
      social_area_id: socialAreaId,
    })
    .execute();
  return id;
}
