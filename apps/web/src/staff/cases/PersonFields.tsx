import {
  casePersonRoleLabels,
  genderLabels,
  type TCasePerson,
  type TCasePersonRole,
  type TGender,
  type TPersonInput,
  type TUpdatePersonRequest,
  ZCasePersonRole,
  ZGender,
} from '@lotse/shared';
import { Select, TextField } from '../../ui/index.ts';

export interface PersonDraft {
  role: TCasePersonRole;
  firstName: string;
  lastName: string;
  birthDate: string;
  gender: TGender;
  /** Language codes as typed, e.g. "de, tr". */
  languages: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  phone: string;
  email: string;
}

export function emptyPerson(role: TCasePersonRole = 'child'): PersonDraft {
  return {
    role,
    firstName: '',
    lastName: '',
    birthDate: '',
    gender: 'unspecified',
    languages: '',
    street: '',
    houseNumber: '',
    postcode: '',
    city: '',
    phone: '',
    email: '',
  };
}

/** The form state of a person already in the case (for editing). */
export function draftOf(p: TCasePerson): PersonDraft {
  return {
    role: p.role,
    firstName: p.firstName,
    lastName: p.lastName,
    birthDate: p.birthDate ?? '',
    gender: p.gender,
    languages: p.languages.join(', '),
    street: p.street ?? '',
    houseNumber: p.houseNumber ?? '',
    postcode: p.postcode ?? '',
    city: p.city ?? '',
    phone: p.phone ?? '',
    email: p.email ?? '',
  };
}

/** "de, TR;ar" → ["de", "tr", "ar"]. */
function parseLanguages(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
}

/** Empty optional fields are left out rather than sent as empty strings. */
export function toPersonInput(d: PersonDraft): TPersonInput {
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  return {
    firstName: d.firstName.trim(),
    lastName: d.lastName.trim(),
    birthDate: opt(d.birthDate),
    gender: d.gender,
    languages: parseLanguages(d.languages),
    street: opt(d.street),
    houseNumber: opt(d.houseNumber),
    postcode: opt(d.postcode),
    city: opt(d.city),
    phone: opt(d.phone),
    email: opt(d.email),
  };
}

const optionalKeys = ['birthDate', 'street', 'houseNumber', 'postcode', 'city', 'phone', 'email'] as const;

/**
 * Only what the user changed, for PATCH: an emptied optional field is sent as null (cleared),
 * untouched fields are left out so a concurrent edit of another field is not overwritten.
 */
export function personChanges(before: TCasePerson, d: PersonDraft): TUpdatePersonRequest {
  const changes: TUpdatePersonRequest = {};
  if (d.role !== before.role) changes.role = d.role;
  if (d.firstName.trim() !== before.firstName) changes.firstName = d.firstName.trim();
  if (d.lastName.trim() !== before.lastName) changes.lastName = d.lastName.trim();
  if (d.gender !== before.gender) changes.gender = d.gender;
  const languages = parseLanguages(d.languages);
  if (languages.join(',') !== before.languages.join(',')) changes.languages = languages;
  for (const key of optionalKeys) {
    const value = d[key].trim() || null;
    if (value !== before[key]) changes[key] = value;
  }
  return changes;
}

const roleOptions = ZCasePersonRole.options.map((r) => ({ value: r, label: casePersonRoleLabels[r] }));
const genderOptions = ZGender.options.map((g) => ({ value: g, label: genderLabels[g] }));

/**
 * Form fields of one person with its role in the case. `errors` is keyed like the API's field
 * paths below `prefix` (e.g. prefix "persons.0." → "persons.0.person.firstName"); with `flat`
 * the person's fields are not nested under "person." (as in the update request).
 */
export function PersonFields(props: {
  value: PersonDraft;
  onChange: (next: PersonDraft) => void;
  errors: Record<string, string>;
  prefix?: string;
  flat?: boolean;
  /** Called with the error key of an edited field, so its (now stale) message can go. */
  onEdited?: (errorKey: string) => void;
}) {
  const { value, onChange } = props;
  const errorKey = (key: keyof PersonDraft) =>
    `${props.prefix ?? ''}${key === 'role' || props.flat ? key : `person.${key}`}`;
  // Nested issues (e.g. "languages.1") are shown at their field.
  const err = (key: keyof PersonDraft) =>
    props.errors[errorKey(key)] ??
    Object.entries(props.errors).find(([k]) => k.startsWith(`${errorKey(key)}.`))?.[1];
  const set = <K extends keyof PersonDraft>(key: K, v: PersonDraft[K]) => {
    props.onEdited?.(errorKey(key));
    onChange({ ...value, [key]: v });
  };
  const text = (key: Exclude<keyof PersonDraft, 'role' | 'gender'>) => ({
    value: value[key],
    error: err(key),
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
  });

  return (
    <div className="form-grid form-grid-3">
      <Select
        label="Rolle im Fall"
        options={roleOptions}
        value={value.role}
        error={err('role')}
        onChange={(e) => set('role', ZCasePersonRole.parse(e.target.value))}
      />
      <TextField label="Vorname" required autoComplete="off" {...text('firstName')} />
      <TextField label="Nachname" required autoComplete="off" {...text('lastName')} />
      <TextField label="Geburtsdatum" optional type="date" lang="de" {...text('birthDate')} />
      <Select
        label="Geschlecht"
        options={genderOptions}
        value={value.gender}
        error={err('gender')}
        onChange={(e) => set('gender', ZGender.parse(e.target.value))}
      />
      <TextField
        label="Sprachen"
        optional
        hint="Kürzel, z. B. „de, tr“"
        hintBelow
        autoComplete="off"
        spellCheck={false}
        {...text('languages')}
      />
      <TextField label="Straße" optional autoComplete="off" {...text('street')} />
      <TextField label="Hausnummer" optional autoComplete="off" {...text('houseNumber')} />
      <TextField
        label="Postleitzahl"
        optional
        inputMode="numeric"
        maxLength={5}
        autoComplete="off"
        {...text('postcode')}
      />
      <TextField label="Ort" optional autoComplete="off" {...text('city')} />
      <TextField label="Telefon" optional type="tel" autoComplete="off" {...text('phone')} />
      <TextField
        label="E-Mail"
        optional
        type="email"
        autoComplete="off"
        spellCheck={false}
        {...text('email')}
      />
    </div>
  );
}
