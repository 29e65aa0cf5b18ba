import type { TRole } from '@lotse/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.js';
import { officeReferencesIn } from './colleague-case-guard.js';
import { allowedColleagueActions, canOnColleagueConversation } from './colleague-policy.js';

const actor = (roles: TRole[], tenantId = 'a', userId = 'anna'): Actor => ({
  tenantId,
  userId,
  username: userId,
  displayName: userId,
  roles,
  memberTeamIds: ['team'],
  leadTeamIds: roles.includes('team_lead') ? ['team'] : [],
  mfaEnabled: true,
  sessionId: 's',
});
const conversation = (linkedOffices: string[] = []) => ({
  participants: [
    { officeId: 'a', userId: 'anna' },
    { officeId: 'b', userId: 'lea' },
  ],
  linkedOffices,
});

describe('policy of conversations between offices', () => {
  it('opens a conversation to the people taking part only, not to their offices', () => {
    const c = conversation();
    expect(canOnColleagueConversation(actor(['caseworker']), 'read', c)).toBe(true);
    expect(canOnColleagueConversation(actor(['caseworker'], 'b', 'lea'), 'send', c)).toBe(true);
    for (const outsider of [
      actor(['caseworker', 'team_lead'], 'a', 'clara'), // the lead of Anna's team
      actor(['dpo'], 'a', 'dora'),
      actor(['caseworker'], 'c', 'anna'), // same user id in a third office
    ]) {
      expect(allowedColleagueActions(outsider, c)).toEqual([]);
      expect(canOnColleagueConversation(outsider, 'read', c)).toBe(false);
    }
  });

  it('lets a participant who works on cases link one case of the office, once', () => {
    expect(allowedColleagueActions(actor(['caseworker']), conversation())).toEqual(['send', 'link_case']);
    expect(allowedColleagueActions(actor(['caseworker']), conversation(['b']))).toEqual([
      'send',
      'link_case',
    ]);
    expect(allowedColleagueActions(actor(['caseworker']), conversation(['a']))).toEqual(['send']);
    // A planner taking part may write, but links no case.
    expect(allowedColleagueActions(actor(['planner']), conversation())).toEqual(['send']);
    expect(allowedColleagueActions(actor(['provider_staff']), conversation())).toEqual([]);
  });
});

describe('case references of the office in a text', () => {
  const codes = new Set(['NORD', 'SUED', 'ASD']);

  it('finds references by the office codes in any case, once each, and nothing else', () => {
    expect(officeReferencesIn('Zu 2025-NORD-0007 und 2025-nord-0007, dazu 2024-ASD-0012.', codes)).toEqual([
      '2025-NORD-0007',
      '2024-ASD-0012',
    ]);
    expect(officeReferencesIn('2025-WEST-0001 ist nicht unseres; Tel. 2025-12-0001', codes)).toEqual([]);
    expect(officeReferencesIn('X2025-NORD-0007 oder 2025-NORD-00071a', codes)).toEqual([]);
  });

  it('finds a reference wherever it stands in any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (before, after) => {
        const text = `${before} 2025-SUED-0042 ${after}`;
        expect(officeReferencesIn(text, codes)).toContain('2025-SUED-0042');
      }),
    );
  });
});
