import { z } from 'zod';
import type { SealedText } from '../../platform/sealed-text.js';

/** What identifies and reaches a person: sealed as one record per person (persons.personal_enc). */
const ZPersonalData = z.object({
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  street: z.string().nullable(),
  houseNumber: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
});
export type PersonalData = z.infer<typeof ZPersonalData>;

export const personalContext = (personId: string) => `person:${personId}`;

const EMPTY: PersonalData = {
  firstName: '',
  lastName: '',
  phone: null,
  email: null,
  street: null,
  houseNumber: null,
  postcode: null,
  city: null,
};

export function sealPersonal(sealed: SealedText, personId: string, data: PersonalData): Promise<Buffer> {
  return sealed.seal(JSON.stringify(ZPersonalData.parse(data)), personalContext(personId));
}

/** Opens a person's sealed record; also takes bytea as JSON renders it. A missing record reads as empty. */
export async function openPersonal(
  sealed: SealedText,
  personId: string,
  personalEnc: Uint8Array | string | null | undefined,
): Promise<PersonalData> {
  if (personalEnc === null || personalEnc === undefined) return EMPTY;
  return ZPersonalData.parse(JSON.parse(await sealed.open(personalEnc, personalContext(personId))));
}
