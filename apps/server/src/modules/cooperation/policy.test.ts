import { type TCooperationKind, type TRole, ZCooperationKind, ZRole } from '@lotse/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.js';
import { allowedPublicationActions, canOnDirectoryEntry, canOnPublication } from './policy.js';

const HERE = 'office-here';
const THERE = 'office-there';

const actor = (roles: TRole[], lead: string[] = []): Actor => ({
  tenantId: HERE,
  userId: 'me',
  username: 'me',
  displayName: 'Ich',
  roles,
  memberTeamIds: ['t1'],
  leadTeamIds: lead,
  mfaEnabled: false,
  sessionId: 's',
});

const publication = (
  over: Partial<{
    publisherTenant: string;
    kind: TCooperationKind;
    withdrawn: boolean;
    importedHere: boolean;
  }> = {},
) => ({
  publisherTenant: THERE,
  kind: 'checklist' as TCooperationKind,
  withdrawn: false,
  importedHere: false,
  ...over,
});

describe('canOnPublication', () => {
  it('lets a caseworker take another office’s template once, a catalogue only a team lead', () => {
    const caseworker = actor(['caseworker']);
    const lead = actor(['team_lead', 'caseworker'], ['t1']);
    expect(allowedPublicationActions(caseworker, publication())).toEqual(['import']);
    expect(allowedPublicationActions(caseworker, publication({ importedHere: true }))).toEqual([]);
    expect(allowedPublicationActions(caseworker, publication({ kind: 'protection_catalogue' }))).toEqual([]);
    expect(allowedPublicationActions(lead, publication({ kind: 'protection_catalogue' }))).toEqual([
      'import',
    ]);
    expect(allowedPublicationActions(actor(['provider_staff']), publication())).toEqual([]);
  });

  it('lets team leads and administrators withdraw their own office’s publication', () => {
    const own = publication({ publisherTenant: HERE });
    expect(allowedPublicationActions(actor(['team_lead', 'caseworker'], ['t1']), own)).toEqual(['withdraw']);
    expect(allowedPublicationActions(actor(['admin']), own)).toEqual(['withdraw']);
    expect(allowedPublicationActions(actor(['caseworker']), own)).toEqual([]);
    // A team lead without a team leads no one.
    expect(allowedPublicationActions(actor(['team_lead']), own)).toEqual([]);
  });

  it('never imports the own office’s publication, never withdraws another’s, nothing once withdrawn (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...ZRole.options), { minLength: 1 }),
        fc.boolean(),
        fc.constantFrom(...ZCooperationKind.options),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (roles, leads, kind, own, withdrawn, importedHere) => {
          const a = actor(roles, leads ? ['t1'] : []);
          const p = publication({ publisherTenant: own ? HERE : THERE, kind, withdrawn, importedHere });
          if (own) expect(canOnPublication(a, 'import', p)).toBe(false);
          else expect(canOnPublication(a, 'withdraw', p)).toBe(false);
          if (withdrawn) expect(allowedPublicationActions(a, p)).toEqual([]);
        },
      ),
    );
  });
});

describe('canOnDirectoryEntry', () => {
  it('lets the adding office edit, no other', () => {
    expect(canOnDirectoryEntry(actor(['caseworker']), 'edit', { addedByTenant: HERE })).toBe(true);
    expect(canOnDirectoryEntry(actor(['admin']), 'edit', { addedByTenant: THERE })).toBe(false);
    expect(canOnDirectoryEntry(actor(['provider_staff']), 'edit', { addedByTenant: HERE })).toBe(false);
  });
});
