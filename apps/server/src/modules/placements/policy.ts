import type { Actor } from '../../platform/actor.js';
import { canInOffice } from '../../platform/policy.js';

export interface InquiryFacts {
  tenantId: string;
  status: 'open' | 'placed' | 'cancelled';
}
export interface RecipientFacts {
  status: 'sent' | 'accepted' | 'declined' | 'withdrawn' | 'placed';
  /** the deadline passed without an answer */
  expired: boolean;
}

/** The caseworker (who may update the case) withdraws an open inquiry. */
export const inquiryActions = (actor: Actor, inquiry: InquiryFacts, mayUpdateCase: boolean): 'cancel'[] =>
  mayUpdateCase && inquiry.status === 'open' && canInOffice(actor, 'search_placements', inquiry)
    ? ['cancel']
    : [];

/** Only a place a provider offered can be confirmed, and only while the inquiry is open. */
export const recipientActions = (
  actor: Actor,
  inquiry: InquiryFacts,
  recipient: RecipientFacts,
  mayUpdateCase: boolean,
): 'confirm'[] =>
  inquiryActions(actor, inquiry, mayUpdateCase).length > 0 && recipient.status === 'accepted'
    ? ['confirm']
    : [];

/** A provider answers an inquiry once, before its deadline, while the office has not closed it. */
export const providerInquiryActions = (
  inquiry: Pick<InquiryFacts, 'status'>,
  recipient: RecipientFacts,
): ('accept' | 'decline')[] =>
  inquiry.status === 'open' && recipient.status === 'sent' && !recipient.expired ? ['accept', 'decline'] : [];
