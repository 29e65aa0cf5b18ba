import { randomUUID } from 'node:crypto';
import type { TCasePlacements, TInquiryInput, TInquiryProfile } from '@lotse/shared';
import { addDays, differenceInYears, parseISO } from 'date-fns';
import type { KeyRing } from '../../platform/crypto.js';
import { badRequest, HttpError } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { authorizeCase, canOnCase, caseMembers } from '../cases/index.js';
import { facilitiesServingOffice } from '../providers/index.js';
import { officeToday } from '../tenancy/index.js';
import { mailFacility, newInquiryMail } from './mails.js';
import { casePlacementsView, needsContext } from './present.js';

const MAX_ANSWER_DAYS = 14;

/**
 * A caseworker asks several facilities at once for a place, with an anonymised profile: the child's
 * age and gender from the file, help type, needs and languages — no name, no address. Each facility
 * is told by mail that an inquiry waits in the portal.
 */
export async function createInquiry(
  scope: ActorScope,
  keys: KeyRing,
  caseId: string,
  input: TInquiryInput,
): Promise<TCasePlacements> {
  const { tx, actor, tenantId } = scope;
  requireOfficeAction(actor, 'search_placements');
  await authorizeCase(tx, actor, caseId, 'update');
  const person = (await caseMembers(scope, caseId)).find((m) => m.personId === input.personId);
  if (!person)
    throw badRequest('Die Person gehört nicht zu diesem Fall.', { personId: 'Nicht in diesem Fall' });
  if (!person.birthDate) {
    throw badRequest(
      'Für die Anfrage braucht Lotse das Geburtsdatum des Kindes. Bitte tragen Sie es zuerst ein.',
      {
        personId: 'Geburtsdatum fehlt',
      },
    );
  }
  const today = officeToday();
  const age = differenceInYears(parseISO(today), parseISO(person.birthDate));
  if (age < 0 || age > 27) throw badRequest('Das Alter der Person passt nicht zur Jugendhilfe (0–27 Jahre).');
  const latest = officeToday(addDays(parseISO(today), MAX_ANSWER_DAYS));
  if (input.answerBy < today || input.answerBy > latest) {
    throw badRequest(`Die Antwortfrist liegt zwischen heute und ${MAX_ANSWER_DAYS} Tagen.`, {
      answerBy: 'Frist außerhalb des Zeitraums',
    });
  }
  const wanted = [...new Set(input.facilityIds)];
  const facilities = await facilitiesServingOffice(tx, wanted);
  if (facilities.length !== wanted.length) {
    throw badRequest('Mindestens eine gewählte Einrichtung arbeitet nicht für dieses Jugendamt.', {
      facilityIds: 'Unbekannte Einrichtung',
    });
  }

  const id = randomUUID();
  const profile: Omit<TInquiryProfile, 'needs'> = {
    age,
    gender: (['female', 'male', 'diverse'].includes(person.gender)
      ? person.gender
      : 'unspecified') as TInquiryProfile['gender'],
    helpType: input.helpType,
    specialisations: input.specialisations,
    languages: input.languages,
    startBy: input.startBy,
  };
  await tx
    .insertInto('placement_inquiries')
    .values({
      tenant_id: tenantId,
      id,
      case_id: caseId,
      person_id: person.personId,
      profile: JSON.stringify(profile),
      needs_enc: input.needs ? await scope.sealed.seal(input.needs, needsContext(id)) : null,
      answer_by: input.answerBy,
      created_by: actor.userId,
    })
    .execute();
  await tx
    .insertInto('placement_inquiry_recipients')
    .values(
      facilities.map((f) => ({
        tenant_id: tenantId,
        id: randomUUID(),
        inquiry_id: id,
        provider_id: f.providerId,
        facility_id: f.id,
      })),
    )
    .execute();
  const office = await officeName(scope);
  for (const f of facilities) {
    await mailFacility(tx, keys, tenantId, f, (to) => newInquiryMail(to, f.name, office, input.answerBy));
  }
  await scope.audit({
    action: 'placement.inquiry_create',
    resourceType: 'placement_inquiry',
    resourceId: id,
    caseId,
    details: { facilities: facilities.length },
  });
  return casePlacementsView(scope, caseId);
}

/** The office's name as providers read it in mails and in the portal. */
export async function officeName(scope: { tx: ActorScope['tx'] }): Promise<string> {
  const row = await scope.tx.selectFrom('tenants').select('name').executeTakeFirst();
  return row?.name ?? 'Das Jugendamt';
}

/** The case's inquiries and placements (audited read of the case). */
export async function casePlacements(scope: ActorScope, caseId: string): Promise<TCasePlacements> {
  await authorizeCase(scope.tx, scope.actor, caseId, 'read');
  const view = await casePlacementsView(scope, caseId);
  await scope.audit({ action: 'placement.inquiry_list', resourceType: 'case', resourceId: caseId, caseId });
  return view;
}

/** Loads an inquiry the actor may work on, with whether they may change its case. */
export async function inquiryForStaff(scope: ActorScope, inquiryId: string) {
  const inquiry = await scope.tx
    .selectFrom('placement_inquiries')
    .select(['id', 'case_id', 'status', 'profile', 'answer_by'])
    .where('id', '=', inquiryId)
    .executeTakeFirst();
  if (!inquiry) throw new NotVisibleError('placement_inquiry', inquiryId, 'Anfrage');
  const facts = await authorizeCase(scope.tx, scope.actor, inquiry.case_id, 'read');
  if (!canOnCase(scope.actor, 'update', facts)) {
    throw new HttpError(403, 'forbidden', 'Diese Anfrage darf nur ändern, wer den Fall bearbeiten darf.');
  }
  return inquiry;
}
