import { randomUUID } from 'node:crypto';
import type { TCaseOfferChoices, TFamilyOffers, TFamilyWishInput } from '@lotse/shared';
import { badRequest } from '../../platform/errors.js';
import type { ActorScope, FamilyScope, Scope } from '../../platform/scope.js';
import { authorizeCase, caseMembers } from '../cases/index.js';
import { familyAccountOf } from '../family/index.js';
import { officeOffersByIds } from '../providers/index.js';

export const wishContext = (wishId: string) => `offer-wish:${wishId}`;

async function releasedOffers(scope: Scope, caseId: string) {
  const rows = await scope.tx
    .selectFrom('offer_choices')
    .select(['offer_id', 'released_at'])
    .where('case_id', '=', caseId)
    .orderBy('released_at')
    .execute();
  const offers = await officeOffersByIds(
    scope.tx,
    rows.map((r) => r.offer_id),
  );
  return rows.flatMap((r) => {
    const offer = offers.find((o) => o.id === r.offer_id);
    return offer ? [{ ...offer, releasedAt: new Date(r.released_at).toISOString() }] : [];
  });
}

async function choicesView(scope: ActorScope, caseId: string): Promise<TCaseOfferChoices> {
  const offers = await releasedOffers(scope, caseId);
  const members = await caseMembers(scope, caseId);
  const rows = await scope.tx
    .selectFrom('offer_wishes')
    .select(['id', 'person_id', 'offer_id', 'note_enc', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
  const wishes = [];
  for (const w of rows) {
    const person = members.find((m) => m.personId === w.person_id);
    wishes.push({
      personName: person ? `${person.firstName} ${person.lastName}`.trim() : '',
      offerId: w.offer_id,
      offerTitle: offers.find((o) => o.id === w.offer_id)?.title ?? null,
      note: w.note_enc ? await scope.sealed.open(w.note_enc, wishContext(w.id)) : '',
      at: new Date(w.created_at).toISOString(),
    });
  }
  return { offers, wishes };
}

/** What the family may choose from in a case, and what they wished (audited read). */
export async function caseOfferChoices(scope: ActorScope, caseId: string): Promise<TCaseOfferChoices> {
  await authorizeCase(scope.tx, scope.actor, caseId, 'read');
  const view = await choicesView(scope, caseId);
  await scope.audit({ action: 'choice.list', resourceType: 'case', resourceId: caseId, caseId });
  return view;
}

/** § 5: the caseworker puts suitable offers before the family, who can then say which they want. */
export async function releaseOffers(
  scope: ActorScope,
  caseId: string,
  offerIds: string[],
): Promise<TCaseOfferChoices> {
  await authorizeCase(scope.tx, scope.actor, caseId, 'update');
  const wanted = [...new Set(offerIds)];
  const offers = await officeOffersByIds(scope.tx, wanted);
  if (offers.length !== wanted.length) {
    throw badRequest(
      'Mindestens ein Angebot gibt es nicht oder sein Träger arbeitet nicht für dieses Jugendamt.',
      {
        offerIds: 'Unbekanntes Angebot',
      },
    );
  }
  await scope.tx
    .insertInto('offer_choices')
    .values(
      wanted.map((offerId) => ({
        tenant_id: scope.tenantId,
        id: randomUUID(),
        case_id: caseId,
        offer_id: offerId,
        released_by: scope.actor.userId,
      })),
    )
    .onConflict((oc) => oc.columns(['tenant_id', 'case_id', 'offer_id']).doNothing())
    .execute();
  await scope.audit({
    action: 'choice.release',
    resourceType: 'case',
    resourceId: caseId,
    caseId,
    details: { offers: wanted.length },
  });
  return choicesView(scope, caseId);
}

async function familyView(scope: FamilyScope, caseId: string, personId: string): Promise<TFamilyOffers> {
  const offers = (await releasedOffers(scope, caseId)).map(({ releasedAt: _, ...offer }) => offer);
  const wish = await scope.tx
    .selectFrom('offer_wishes')
    .select(['id', 'offer_id', 'note_enc', 'created_at'])
    .where('case_id', '=', caseId)
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return {
    offers,
    myWish: wish
      ? {
          offerId: wish.offer_id,
          note: wish.note_enc ? await scope.sealed.open(wish.note_enc, wishContext(wish.id)) : '',
          at: new Date(wish.created_at).toISOString(),
        }
      : null,
  };
}

/** The offers the office put before the signed-in person, and their latest wish. */
export async function familyOffers(scope: FamilyScope): Promise<TFamilyOffers> {
  const account = await familyAccountOf(scope);
  const view = await familyView(scope, account.caseId, account.personId);
  await scope.audit({
    action: 'choice.family_list',
    resourceType: 'case',
    resourceId: account.caseId,
    caseId: account.caseId,
    details: { accountId: account.id },
  });
  return view;
}

/** The person says which offer they want (or that none fits), with a note; recorded in the case. */
export async function recordWish(scope: FamilyScope, input: TFamilyWishInput): Promise<TFamilyOffers> {
  const account = await familyAccountOf(scope);
  const offered = await releasedOffers(scope, account.caseId);
  if (input.offerId !== null && !offered.some((o) => o.id === input.offerId)) {
    throw badRequest('Dieses Angebot steht nicht zur Wahl.', { offerId: 'Nicht zur Wahl' });
  }
  if (offered.length === 0) throw badRequest('Das Jugendamt hat Ihnen noch keine Angebote zur Wahl gegeben.');
  const id = randomUUID();
  await scope.tx
    .insertInto('offer_wishes')
    .values({
      tenant_id: scope.tenantId,
      id,
      case_id: account.caseId,
      person_id: account.personId,
      offer_id: input.offerId,
      note_enc: input.note ? await scope.sealed.seal(input.note, wishContext(id)) : null,
    })
    .execute();
  await scope.audit({
    action: 'choice.wish',
    resourceType: 'case',
    resourceId: account.caseId,
    caseId: account.caseId,
    details: { accountId: account.id },
  });
  return familyView(scope, account.caseId, account.personId);
}
