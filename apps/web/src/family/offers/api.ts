/** Calls of the family's choice of offers (§ 5 SGB VIII) and of the public directory (lazily loaded). */
import {
  type TFamilyOffers,
  type TFamilyWishInput,
  type TOfferSetting,
  type TPublicOffer,
  ZFamilyOffersSchema,
  ZPublicOffersSchema,
} from '@lotse/shared';
import { api, queryString } from '../../api/client.ts';

export const offersQueryKey = ['family', 'offers'] as const;

/** The offers the office put before the signed-in person, and their latest wish. */
export function fetchOffers(signal?: AbortSignal): Promise<TFamilyOffers> {
  return api('/api/family/offers', { signal, schema: ZFamilyOffersSchema });
}

/** The person's wish: one of the offers, or none of them (`offerId: null`), with a note. */
export function sendWish(body: TFamilyWishInput): Promise<TFamilyOffers> {
  return api('/api/family/offers/wish', { method: 'POST', body, schema: ZFamilyOffersSchema });
}

/** The directory shows this many offers a page (the server's page size). */
export const DIRECTORY_PAGE_SIZE = 50;

export const directoryQueryKey = (setting: TOfferSetting | null, page: number) =>
  ['public', 'offers', setting, page] as const;

/** One page of the region's offers, optionally of one setting (public: no free places in it). */
export function fetchDirectory(
  setting: TOfferSetting | null,
  page: number,
  signal?: AbortSignal,
): Promise<{ items: TPublicOffer[]; total: number }> {
  return api(`/api/public/offers${queryString({ setting, page: page > 1 ? page : null })}`, {
    signal,
    schema: ZPublicOffersSchema,
  });
}
