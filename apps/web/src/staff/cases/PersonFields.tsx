import {
  casePersonRoleLabels,
  genderLabels,
  type TCasePersonRole,
  type TGender,
  type TPersonInput,
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
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
}

export function emptyPerson(role: TCasePersonRole = 'child'): PersonDraft {
  return {
    role,
    firstName: '',
    lastName: '',
    birthDate: '',
    gender: 'unspecified',
    street: '',
    houseNumber: '',
    postcode: '',
    city: '',
  };
}

/** Empty optional fields are left out rather than sent as empty strings. */
export function toPersonInput(d: PersonDraft): TPersonInput {
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  return {
    firstName: d.firstName.trim(),
    lastName: d.lastName.trim(),
    birthDate: opt(d.birthDate),
    gender: d.gender,
    street: opt(d.street),
    houseNumber: opt(d.houseNumber),
    postcode: opt(d.postcode),
    city: opt(d.city),
  };
}

const roleOptions = ZCasePersonRole.options.map((r) => ({ value: r, label: casePersonRoleLabels[r] }));
const genderOptions = ZGender.options.map((g) => ({ value: g, label: genderLabels[g] }));

/**
 * Form fields of one person with its role in the case. `errors` is keyed like the API's field
 * paths below `prefix` (e.g. prefix "persons.0." → "persons.0.person.firstName").
 */
export function PersonFields(props: {
  value: PersonDraft;
  onChange: (next: PersonDraft) => void;
  errors: Record<string, string>;
  prefix?: string;
  /** Called with the error key of an edited field, so its (now stale) message can go. */
  onEdited?: (errorKey: string) => void;
}) {
  const { value, onChange } = props;
  const errorKey = (key: keyof PersonDraft) =>
    `${props.prefix ?? ''}${key === 'role' ? 'role' : `person.${key}`}`;
  const err = (field: string) => props.errors[`${props.prefix ?? ''}${field}`];
  const set = <K extends keyof PersonDraft>(key: K, v: PersonDraft[K]) => {
    props.onEdited?.(errorKey(key));
    onChange({ ...value, [key]: v });
  };

  return (
    <div className="form-grid form-grid-3">
      <Select
        label="Rolle im Fall"
        options={roleOptions}
        value={value.role}
        error={err('role')}
        onChange={(e) => set('role', ZCasePersonRole.parse(e.target.value))}
      />
      <TextField
        label="Vorname"
        required
        autoComplete="off"
        value={value.firstName}
        error={err('person.firstName')}
        onChange={(e) => set('firstName', e.target.value)}
      />
      <TextField
        label="Nachname"
        required
        autoComplete="off"
        value={value.lastName}
        error={err('person.lastName')}
        onChange={(e) => set('lastName', e.target.value)}
      />
      <TextField
        label="Geburtsdatum"
        optional
        type="date"
        value={value.birthDate}
        error={err('person.birthDate')}
        onChange={(e) => set('birthDate', e.target.value)}
      />
      <Select
        label="Geschlecht"
        options={genderOptions}
        value={value.gender}
        error={err('person.gender')}
        onChange={(e) => set('gender', ZGender.parse(e.target.value))}
      />
      <span className="form-grid-gap" aria-hidden="true" />
      <TextField
        label="Straße"
        optional
        autoComplete="off"
        value={value.street}
        error={err('person.street')}
        onChange={(e) => set('street', e.target.value)}
      />
      <TextField
        label="Hausnummer"
        optional
        autoComplete="off"
        value={value.houseNumber}
        error={err('person.houseNumber')}
        onChange={(e) => set('houseNumber', e.target.value)}
      />
      <TextField
        label="Postleitzahl"
        optional
        inputMode="numeric"
        maxLength={5}
        autoComplete="off"
        value={value.postcode}
        error={err('person.postcode')}
        onChange={(e) => set('postcode', e.target.value)}
      />
      <TextField
        label="Ort"
        optional
        autoComplete="off"
        value={value.city}
        error={err('person.city')}
        onChange={(e) => set('city', e.target.value)}
      />
    </div>
  );
}
