import type { TUpdatePersonRequest } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { resolveSocialArea } from '../tenancy/index.js';
import { openPersonal, sealPersonal } from './personal-data.js';

/** Changes a person's data; a changed address decides the social area anew. */
export async function updatePerson(
  { tx, sealed }: { tx: Tx; sealed: SealedText },
  personId: string,
  input: Omit<TUpdatePersonRequest, 'role'>,
) {
  const row = await tx
    .selectFrom('persons')
    .select('personal_enc')
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  const current = await openPersonal(sealed, personId, row.personal_enc);
  const next = {
    firstName: input.firstName ?? current.firstName,
    lastName: input.lastName ?? current.lastName,
    phone: input.phone === undefined ? current.phone : input.phone,
    email: input.email === undefined ? current.email : input.email,
    street: input.street === undefined ? current.street : input.street,
    houseNumber: input.houseNumber === undefined ? current.houseNumber : input.houseNumber,
    postcode: input.postcode === undefined ? current.postcode : input.postcode,
    city: input.city === undefined ? current.city : input.city,
  };
  const addressChanged =
    input.postcode !== undefined || input.street !== undefined || input.houseNumber !== undefined;
  const socialAreaId = addressChanged ? await resolveSocialArea(tx, next) : undefined;
  await tx
    .updateTable('persons')
    .set({
      personal_enc: await sealPersonal(sealed, personId, next),
      ...(input.birthDate !== undefined && { birth_date: input.birthDate }),
      // A date typed in is exact unless the form says otherwise.
      ...((input.birthDate !== undefined || input.birthDateApproximate !== undefined) && {
        birth_date_approximate: input.birthDateApproximate ?? false,
      }),
      ...(input.gender !== undefined && { gender: input.gender }),
      ...(input.languages !== undefined && { languages: input.languages }),
      ...(socialAreaId !== undefined && { social_area_id: socialAreaId }),
    })
    .where('id', '=', personId)
    .execute();
}
