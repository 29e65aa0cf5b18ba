import { describe, expect, it } from 'vitest';
import { whatHappened, whoActed } from './access-log.js';
import { ageOn, allowedAccountActions, invitationBlocker } from './policy.js';

describe('who may get a family account', () => {
  it('counts full years, the birthday included', () => {
    expect(ageOn('2012-06-15', '2026-06-14')).toBe(13);
    expect(ageOn('2012-06-15', '2026-06-15')).toBe(14);
    expect(ageOn('2012-02-29', '2026-02-28')).toBe(13);
  });

  it('admits parents, guardians and young people from 14, never relatives or others', () => {
    const today = '2026-12-05';
    expect(invitationBlocker({ role: 'parent', birthDate: null }, today)).toBeNull();
    expect(invitationBlocker({ role: 'guardian', birthDate: null }, today)).toBeNull();
    expect(invitationBlocker({ role: 'child', birthDate: '2012-12-05' }, today)).toBeNull();
    expect(invitationBlocker({ role: 'child', birthDate: '2012-12-06' }, today)).toMatch(/ab 14 Jahren/);
    expect(invitationBlocker({ role: 'child', birthDate: null }, today)).toMatch(/fehlt das Geburtsdatum/);
    expect(invitationBlocker({ role: 'relative', birthDate: '1960-01-01' }, today)).toMatch(
      /Einladen lassen sich/,
    );
    expect(invitationBlocker({ role: 'other', birthDate: '1980-01-01' }, today)).toMatch(
      /Einladen lassen sich/,
    );
  });

  it('lets staff who may change the case end an account that is not ended', () => {
    expect(allowedAccountActions({ status: 'active' }, true)).toEqual(['end']);
    expect(allowedAccountActions({ status: 'invited' }, true)).toEqual(['end']);
    expect(allowedAccountActions({ status: 'ended' }, true)).toEqual([]);
    expect(allowedAccountActions({ status: 'active' }, false)).toEqual([]);
  });
});

describe('the access log in plain words', () => {
  it('maps actions to five categories', () => {
    expect(whatHappened('case.read')).toBe('viewed');
    expect(whatHappened('entry.list')).toBe('viewed');
    expect(whatHappened('family.file_read')).toBe('viewed');
    expect(whatHappened('document.download')).toBe('exported');
    expect(whatHappened('entry.disclose')).toBe('shared');
    expect(whatHappened('release.set')).toBe('shared');
    expect(whatHappened('entry.create')).toBe('changed');
    expect(whatHappened('protection.sign_off')).toBe('changed');
    expect(whatHappened('family.login')).toBe('signed_in');
  });

  it('names roles, the person themself and other family members, never a name', () => {
    const me = 'acc-1';
    expect(whoActed({ actorRoles: ['family'], details: { accountId: me } }, me)).toBe('self');
    expect(whoActed({ actorRoles: ['family'], details: { accountId: 'acc-2' } }, me)).toBe('family');
    expect(whoActed({ actorRoles: ['family'], details: {} }, me)).toBe('family');
    expect(whoActed({ actorRoles: ['team_lead', 'caseworker'], details: {} }, me)).toBe('team_lead');
    expect(whoActed({ actorRoles: ['caseworker'], details: {} }, me)).toBe('staff');
    expect(whoActed({ actorRoles: ['dpo'], details: {} }, me)).toBe('data_protection');
    expect(whoActed({ actorRoles: ['provider_staff'], details: {} }, me)).toBe('provider');
    expect(whoActed({ actorRoles: ['admin'], details: {} }, me)).toBe('office');
  });
});
