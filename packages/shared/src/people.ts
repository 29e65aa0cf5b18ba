// People contract: persons of a case, their relations and households.
import { z } from 'zod';
import { ZId, ZIsoDate, ZShortText } from './common.js';
import { ZCasePersonRole, ZGender, ZRelationKind } from './enums.js';
import { limits } from './limits.js';

/* ---------- persons ---------- */
export const personAuditActions = ['person.add', 'person.update'] as const;

const ZLanguages = z.array(z.string().trim().min(2).max(40)).max(10);
const ZPersonFieldsSchema = z.object({
  firstName: ZShortText,
  lastName: ZShortText,
  birthDate: ZIsoDate.nullish(),
  /** The birth date is only a year worked out from an age (e.g. from the intake), not known exactly. */
  birthDateApproximate: z.boolean().optional(),
  gender: ZGender,
  languages: ZLanguages,
  phone: z.string().trim().max(50).nullish(),
  email: z.email({ message: 'Ungültige E-Mail-Adresse' }).max(200).nullish(),
  street: z.string().trim().max(200).nullish(),
  houseNumber: z.string().trim().max(20).nullish(),
  postcode: z
    .string()
    .regex(/^\d{5}$/, 'Postleitzahl mit 5 Ziffern erwartet')
    .nullish(),
  city: z.string().trim().max(100).nullish(),
});
export const ZPersonInputSchema = ZPersonFieldsSchema.extend({
  gender: ZGender.default('unspecified'),
  languages: ZLanguages.default([]),
});
export type TPersonInput = z.input<typeof ZPersonInputSchema>;

export const ZPersonSchema = z.object({
  id: ZId,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().nullable(),
  birthDateApproximate: z.boolean(),
  gender: ZGender,
  languages: z.array(z.string()),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  street: z.string().nullable(),
  houseNumber: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  socialArea: z.object({ id: ZId, name: z.string() }).nullable(),
});
export type TPerson = z.infer<typeof ZPersonSchema>;

export const ZCasePersonSchema = ZPersonSchema.extend({ role: ZCasePersonRole });
export type TCasePerson = z.infer<typeof ZCasePersonSchema>;

export const ZRelationSchema = z.object({
  id: ZId,
  fromPersonId: ZId,
  toPersonId: ZId,
  kind: ZRelationKind,
});
export type TRelation = z.infer<typeof ZRelationSchema>;

export const ZAddCasePersonRequestSchema = z.object({
  role: ZCasePersonRole,
  person: ZPersonInputSchema,
});
export const ZUpdatePersonRequestSchema = ZPersonFieldsSchema.partial()
  .extend({ role: ZCasePersonRole.optional() })
  .refine((v) => Object.keys(v).length > 0, { message: 'Keine Änderung angegeben' });
export type TUpdatePersonRequest = z.input<typeof ZUpdatePersonRequestSchema>;

export const householdAuditActions = [
  'household.add',
  'household.update', // renamed, or members added or removed (ids in details)
  'household.delete', // an empty household was deleted
] as const;

/** A household: persons of the case who live together (Haushalt). */
export const ZHouseholdSchema = z.object({ id: ZId, label: z.string(), personIds: z.array(ZId) });
export type THousehold = z.infer<typeof ZHouseholdSchema>;
const ZHouseholdLabel = z.string().trim().min(1, 'Bezeichnung fehlt').max(limits.shortText, 'Zu lang');
const ZHouseholdPersonIds = z.array(ZId).max(limits.personsPerCase, 'Zu viele Personen');
export const ZCreateHouseholdRequestSchema = z.object({
  label: ZHouseholdLabel,
  personIds: ZHouseholdPersonIds.min(1, 'Mindestens eine Person'),
});
/** Rename a household and/or set who lives in it; an empty household can then be deleted. */
export const ZUpdateHouseholdRequestSchema = z
  .object({ label: ZHouseholdLabel.optional(), personIds: ZHouseholdPersonIds.optional() })
  .refine((v) => v.label !== undefined || v.personIds !== undefined, {
    message: 'Keine Änderung angegeben',
  });
export type TUpdateHouseholdRequest = z.input<typeof ZUpdateHouseholdRequestSchema>;

export const relationAuditActions = ['relation.add'] as const;

export const ZAddRelationRequestSchema = z
  .object({ fromPersonId: ZId, toPersonId: ZId, kind: ZRelationKind })
  .refine((r) => r.fromPersonId !== r.toPersonId, {
    message: 'Eine Person kann nicht mit sich selbst verbunden werden',
    path: ['toPersonId'],
  });
