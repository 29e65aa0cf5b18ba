import type { TUpdatePersonRequest } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import { resolveSocialArea } from '../tenancy/index.js';

/** Changes a person's data; a changed address decides the social area anew. */
export async function updatePerson(tx: Tx, personId: string, input: Omit<TUpdatePersonRequest, 'role'>) {
  const current = await tx
    .selectFrom('persons')
    .select(['postcode', 'street', 'house_number'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  const addressChanged =
    input.postcode !== undefined || input.street !== undefined || input.houseNumber !== undefined;
  const socialAreaId = addressChanged
    ? await resolveSocialArea(tx, {
        postcode: input.postcode === undefined ? current.postcode : input.postcode,
        street: input.street === undefined ? current.street : input.street,
        houseNumber: input.houseNumber === undefined ? current.house_number : input.houseNumber,
      })
    : undefined;
  await tx
    .updateTable('persons')
    .set({
      ...(input.firstName !== undefined && { first_name: input.firstName }),
      ...(input.lastName !== undefined && { last_name: input.lastName }),
      ...(input.birthDate !== undefined && { birth_date: input.birthDate }),
      // A date typed in is exact unless the form says otherwise.
      ...((input.birthDate !== undefined || input.birthDateApproximate !== undefined) && {
        birth_date_approximate: input.birthDateApproximate ?? false,
      }),
      ...(input.gender !== undefined && { gender: input.gender }),
      ...(input.languages !== undefined && { languages: input.languages }),
      ...(input.phone !== undefined && { phone: input.phone }),
      ...(input.email !== undefined && { email: input.email }),
      ...(input.street !== undefined && { street: input.street }),
      ...(input.houseNumber !== undefined && { house_number: input.houseNumber }),
      ...(input.postcode !== undefined && { postcode: input.postcode }),
      ...(input.city !== undefined && { city: input.city }),
      ...(socialAreaId !== undefined && { social_area_id: socialAreaId }),
    })
    .where('id', '=', personId)
    .execute();
}
