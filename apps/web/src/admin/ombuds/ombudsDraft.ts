import { type TOmbudsOffice, ZOmbudsOfficeSchema } from '@lotse/shared';
import german from 'zod/v4/locales/de.js';

/** The form's values: plain strings, blank for "not given". */
export type OmbudsDraft = Record<keyof TOmbudsOffice, string>;

export function toDraft(office: TOmbudsOffice | null): OmbudsDraft {
  return {
    name: office?.name ?? '',
    phone: office?.phone ?? '',
    email: office?.email ?? '',
    website: office?.website ?? '',
    address: office?.address ?? '',
    hours: office?.hours ?? '',
  };
}

const blankToNull = (value: string) => (value.trim() ? value.trim() : null);

function toOffice(draft: OmbudsDraft): TOmbudsOffice {
  return {
    name: draft.name.trim(),
    phone: blankToNull(draft.phone),
    email: blankToNull(draft.email),
    website: blankToNull(draft.website),
    address: blankToNull(draft.address),
    hours: blankToNull(draft.hours),
  };
}

/** Field errors keyed like the server's ("website"); "_" for the form as a whole. */
export type OmbudsErrors = Record<string, string>;

/** Checks the draft with the shared contract (the same German messages the server sends). */
export function checkOmbudsDraft(draft: OmbudsDraft): { office: TOmbudsOffice | null; errors: OmbudsErrors } {
  const office = toOffice(draft);
  const parsed = ZOmbudsOfficeSchema.safeParse(office, { error: german().localeError });
  if (parsed.success) return { office: parsed.data, errors: {} };
  const errors: OmbudsErrors = {};
  for (const issue of parsed.error.issues) {
    errors[issue.path.map(String).join('.') || '_'] ??= issue.message;
  }
  return { office: null, errors };
}
