import type { THelpType } from '@lotse/shared';
import type { Insertable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { HistoryCase } from './history-model.js';
import { addDays, atHour, isoDay, latest, type Random } from './history-random.js';
import { declineReasons } from './history-texts.js';
import { DEMO_TENANT_ID } from './office.js';
import { buildDemoProviders, DEMO_PROVIDER_ID } from './providers.js';

// Placements of past foster and residential care (§ 33, § 34) started in the last three calendar
// years: the inquiry to several facilities 5–90 days before the start, their answers, the placement.

type Row<T extends keyof Database> = Insertable<Database[T]>;
const tenant_id = DEMO_TENANT_ID;

/** A facility's offer of a help type, with its provider's name. */
export interface OfferRef {
  providerId: string;
  providerName: string;
  facilityId: string;
  helpTypes: readonly string[];
}

export interface PlacementRows {
  inquiries: Row<'placement_inquiries'>[];
  recipients: Row<'placement_inquiry_recipients'>[];
  placements: Row<'placements'>[];
}

/**
 * The region's offers the history uses: every provider but emil.traeger's (his portal and the
 * e2e tests show exactly the demo's own inquiries and placements).
 */
export function historyOffers(now: Date): OfferRef[] {
  const { providers, offers } = buildDemoProviders(now);
  const names = new Map(providers.map((p) => [p.id, p.name]));
  return offers
    .filter((o) => o.provider_id !== DEMO_PROVIDER_ID)
    .map((o) => ({
      providerId: o.provider_id,
      providerName: names.get(o.provider_id) ?? '',
      facilityId: o.facility_id,
      helpTypes: o.help_types,
    }));
}

/** The offers of a help type (falls back to all offers, so a plan always names a provider). */
export const offersFor = (offers: OfferRef[], type: THelpType) => {
  const fitting = offers.filter((o) => o.helpTypes.includes(type));
  return fitting.length > 0 ? fitting : offers;
};

/** Adds the inquiry, its recipients and the placement of one case's help at `chosen`. */
export function addPlacement(
  out: PlacementRows,
  random: Random,
  newId: () => string,
  c: HistoryCase,
  chosen: OfferRef,
  offers: OfferRef[],
  createdBy: string,
): void {
  const help = c.help;
  const child = c.persons[0];
  if (!help || !child) return;
  // Asked 5–90 days before the start, but not before the case was opened.
  const room = Math.floor((help.startsOn.getTime() - c.openedAt.getTime()) / 86_400_000) - 1;
  const createdAt = atHour(
    addDays(help.startsOn, -random.int(5, Math.max(5, Math.min(90, room)))),
    random.int(8, 15),
  );
  const closedAt = latest(createdAt, atHour(addDays(help.startsOn, -random.int(0, 4)), 11));
  const age = Math.floor(
    (createdAt.getTime() - new Date(`${child.birthDate}T12:00:00Z`).getTime()) / (365.25 * 86_400_000),
  );
  const inquiryId = newId();
  out.inquiries.push({
    tenant_id,
    id: inquiryId,
    case_id: c.id,
    person_id: child.id,
    profile: JSON.stringify({
      age,
      gender: child.gender,
      helpType: c.helpType,
      specialisations: [],
      languages: [],
      startBy: isoDay(help.startsOn),
    }),
    needs_enc: null,
    answer_by: isoDay(addDays(createdAt, random.int(7, 14))),
    status: 'placed',
    created_by: createdBy,
    created_at: createdAt,
    closed_at: closedAt,
  });
  const others = random.sample(
    offersFor(offers, c.helpType).filter((o) => o.facilityId !== chosen.facilityId),
    random.int(1, 4),
  );
  const answeredAt = () =>
    new Date(createdAt.getTime() + random.between(0.2, 1) * (closedAt.getTime() - createdAt.getTime()));
  out.recipients.push({
    tenant_id,
    id: newId(),
    inquiry_id: inquiryId,
    provider_id: chosen.providerId,
    facility_id: chosen.facilityId,
    status: 'placed',
    reason: null,
    answered_at: answeredAt(),
    answered_by: null,
    withdrawn_at: null,
  });
  for (const o of others) {
    const declined = random.chance(0.6);
    out.recipients.push({
      tenant_id,
      id: newId(),
      inquiry_id: inquiryId,
      provider_id: o.providerId,
      facility_id: o.facilityId,
      status: declined ? 'declined' : 'withdrawn',
      reason: declined ? random.pick(declineReasons) : null,
      answered_at: declined ? answeredAt() : null,
      answered_by: null,
      withdrawn_at: declined ? null : closedAt,
    });
  }
  out.placements.push({
    tenant_id,
    id: newId(),
    case_id: c.id,
    inquiry_id: inquiryId,
    provider_id: chosen.providerId,
    facility_id: chosen.facilityId,
    help_type: c.helpType,
    started_on: isoDay(help.startsOn),
    ended_at: help.endsOn ? atHour(help.endsOn, 12) : null,
    created_by: createdBy,
    created_at: closedAt,
  });
}
