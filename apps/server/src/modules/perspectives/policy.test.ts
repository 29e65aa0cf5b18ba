import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.js';
import { allowedPerspectivesActions, canOnPerspectives, perspectivesActions } from './policy.js';

describe('perspectives policy', () => {
  const actor: Actor = {
    tenantId: 't',
    userId: 'u',
    username: 'anna',
    displayName: 'Anna',
    roles: ['caseworker'],
    memberTeamIds: [],
    leadTeamIds: [],
    mfaEnabled: true,
    sessionId: 's',
  };

  it('reads with the case, rates and draws only where the case may be changed', () => {
    expect(allowedPerspectivesActions(actor, { caseActions: ['read'] })).toEqual(['read']);
    expect(allowedPerspectivesActions(actor, { caseActions: ['read', 'update'] })).toEqual([
      'read',
      'rate',
      'edit_ecomap',
    ]);
    expect(allowedPerspectivesActions(actor, { caseActions: [] })).toEqual([]);
  });

  it('never allows more on the perspectives than on the case', () => {
    const caseActions = fc.subarray(['read', 'update', 'assign', 'add_entry'] as const);
    fc.assert(
      fc.property(caseActions, fc.constantFrom(...perspectivesActions), (held, action) => {
        const allowed = canOnPerspectives(actor, action, { caseActions: held });
        if (!held.includes('read') && !held.includes('update')) expect(allowed).toBe(false);
        if (action !== 'read') expect(allowed).toBe(held.includes('update'));
      }),
    );
  });
});
