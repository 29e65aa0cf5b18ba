import { createHash } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { bbbChecksum, bbbCreateUrl, bbbJoinUrl, bbbUrl } from './adapters/bbb.js';
import { jitsiJoinUrl } from './adapters/jitsi.js';
import { iceServersFor } from './ice.js';

const jitsi = {
  url: 'https://meet.jugendamt.example',
  appId: 'lotse',
  secret: 'ein-sehr-geheimes-jitsi-secret',
};
const bbb = { url: 'https://bbb.example.org/bigbluebutton/', secret: '639259d4-9dd8-4b25-bf01-95f9567eaf4b' };
const meetingId = '7e57ca5e-0000-4000-8000-0000000000aa';

describe('Jitsi adapter', () => {
  it('signs an HS256 JWT with the documented claims', async () => {
    const expiresAt = new Date(Date.now() + 3600_000);
    const url = new URL(
      await jitsiJoinUrl(jitsi, { meetingId, name: 'Anna Becker', moderator: true, expiresAt }),
    );
    expect(url.origin + url.pathname).toBe(`https://meet.jugendamt.example/lotse-${meetingId}`);
    const token = url.searchParams.get('jwt') ?? '';
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'HS256', typ: 'JWT' });
    const { payload } = await jwtVerify(token, new TextEncoder().encode(jitsi.secret), {
      audience: 'jitsi',
      issuer: 'lotse',
    });
    expect(payload).toMatchObject({
      aud: 'jitsi',
      iss: 'lotse',
      sub: 'meet.jugendamt.example',
      room: `lotse-${meetingId}`,
      exp: Math.floor(expiresAt.getTime() / 1000),
      moderator: true,
      context: { user: { name: 'Anna Becker' } },
    });
    await expect(
      jwtVerify(token, new TextEncoder().encode('falsches-secret-falsches-secret')),
    ).rejects.toThrow();
    const guest = await jitsiJoinUrl(jitsi, { meetingId, name: 'Familie', moderator: false, expiresAt });
    expect(decodeJwt(new URL(guest).searchParams.get('jwt') ?? '').moderator).toBe(false);
  });
});

describe('BigBlueButton adapter', () => {
  it('computes the checksum of the documented example', () => {
    // docs.bigbluebutton.org, API reference, "Usage": create with this query and shared secret
    const query = 'name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444';
    expect(bbbChecksum('create', query, bbb.secret)).toBe('1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17');
    const url = bbbUrl(bbb, 'create', [
      ['name', 'Test Meeting'],
      ['meetingID', 'abc123'],
      ['attendeePW', '111222'],
      ['moderatorPW', '333444'],
    ]);
    expect(url).toBe(
      `https://bbb.example.org/bigbluebutton/api/create?${query}&checksum=1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17`,
    );
  });

  it('signs create and join URLs (sha1 and sha256)', () => {
    for (const algorithm of ['sha1', 'sha256'] as const) {
      for (const url of [
        bbbCreateUrl(bbb, meetingId, { durationMinutes: 45 }, algorithm),
        bbbJoinUrl(bbb, meetingId, { name: 'Anna Becker', moderator: true, userId: 'abc' }, algorithm),
      ]) {
        const u = new URL(url);
        const call = u.pathname.split('/').pop() ?? '';
        const query = u.search.slice(1).replace(/&checksum=[0-9a-f]+$/, '');
        const expected = createHash(algorithm).update(`${call}${query}${bbb.secret}`).digest('hex');
        expect(u.searchParams.get('checksum')).toBe(expected);
        expect(u.searchParams.get('meetingID')).toBe(`lotse-${meetingId}`);
      }
    }
    const join = new URL(bbbJoinUrl(bbb, meetingId, { name: 'Familie', moderator: false, userId: 'f1' }));
    expect(join.searchParams.get('role')).toBe('VIEWER');
    expect(join.searchParams.get('fullName')).toBe('Familie');
  });
});

describe('video settings', () => {
  it('validates provider settings and TURN pairs', () => {
    expect(loadConfig({}).video).toMatchObject({ provider: 'builtin', turnUrls: [] });
    expect(() => loadConfig({ VIDEO_PROVIDER: 'jitsi' })).toThrow(/JITSI_URL/);
    expect(() => loadConfig({ TURN_URLS: 'turn:t.example:3478' })).toThrow(/TURN_SECRET/);
    expect(() => loadConfig({ TURN_URLS: 'http://x', TURN_SECRET: 'x'.repeat(20) })).toThrow(/TURN_URLS/);
    const c = loadConfig({
      TURN_URLS: 'turn:a.example:3478,turns:a.example:5349',
      TURN_SECRET: 'x'.repeat(20),
    });
    expect(c.video.turnUrls).toEqual(['turn:a.example:3478', 'turns:a.example:5349']);
    const ice = iceServersFor(c.video, 'abc', new Date(0));
    expect(ice.iceServers[0]?.username).toBe(`${4 * 3600}:abc`);
  });
});
