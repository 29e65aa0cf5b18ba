import type { TCooperationKind, TDirectoryEntryAction, TPublicationAction } from '@lotse/shared';
import type { Actor } from '../../platform/actor.js';
import { canInOffice, type Policy } from '../../platform/policy.js';
import { mayImportCatalogue } from '../protection/index.js';

/** What the policy needs to know of a publication in the shared space. */
export interface PublicationFacts {
  publisherTenant: string;
  kind: TCooperationKind;
  withdrawn: boolean;
  /** The caller's office took a copy already. */
  importedHere: boolean;
}

const inOffice = (actor: Actor) => ({ tenantId: actor.tenantId });

/**
 * The shared space is office knowledge: everyone who uses the office's knowledge base may take a
 * copy of another office's publication (once; § 8a catalogues only who may import catalogues).
 * Withdrawing speaks for the office, as publishing does: team leads and administrators of the
 * publishing office.
 */
export const canOnPublication: Policy<TPublicationAction, PublicationFacts> = (actor, action, p) => {
  if (!canInOffice(actor, 'use_knowledge', inOffice(actor)) || p.withdrawn) return false;
  const own = p.publisherTenant === actor.tenantId;
  switch (action) {
    case 'import':
      return !own && !p.importedHere && (p.kind !== 'protection_catalogue' || mayImportCatalogue(actor));
    case 'withdraw':
      return own && canInOffice(actor, 'publish_cooperation', inOffice(actor));
  }
};

export const allowedPublicationActions = (actor: Actor, p: PublicationFacts): TPublicationAction[] =>
  (['import', 'withdraw'] as const).filter((action) => canOnPublication(actor, action, p));

/** What the policy needs to know of a directory entry. */
export interface DirectoryFacts {
  addedByTenant: string;
}

/** The directory is kept by the offices: an entry is changed by the office that added it. */
export const canOnDirectoryEntry: Policy<TDirectoryEntryAction, DirectoryFacts> = (actor, action, e) => {
  switch (action) {
    case 'edit':
      return e.addedByTenant === actor.tenantId && canInOffice(actor, 'use_knowledge', inOffice(actor));
  }
};

export const allowedDirectoryActions = (actor: Actor, e: DirectoryFacts): TDirectoryEntryAction[] =>
  (['edit'] as const).filter((action) => canOnDirectoryEntry(actor, action, e));
