import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { limits } from '@lotse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/connection.js';
import { sealedTextFor } from '../../platform/sealed-text.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import {
  multipartBody,
  routeRequestsTo,
  type SubmittedRequest,
  submitIntakeRequest,
} from '../../test-support/intake.js';
import { buildOffice, type Office } from '../../test-support/office.js';
import { sealLegacyAttachmentNames } from './index.js';

let t: TestApp;
let o: Office;
let anna: string;
let ben: string;
let family: SubmittedRequest;
let otherFamily: SubmittedRequest;

const SENTINEL = `ANHANG-${randomUUID()}`;
const pdf = Buffer.from(
  `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${SENTINEL}\ntrailer << >>\n%%EOF\n`,
);
// A 1×1 PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  await routeRequestsTo(t, o, o.nord);
  anna = await loginCookie(t.app, o.anna.username);
  ben = await loginCookie(t.app, o.ben.username);
  family = await submitIntakeRequest(t);
  otherFamily = await submitIntakeRequest(t);
});
afterAll(() => t.close());

async function upload(url: string, cookie: string, file: Parameters<typeof multipartBody>[0], body?: string) {
  const { payload, contentType } = await multipartBody(file, body === undefined ? {} : { body });
  return t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': contentType }, payload });
}

const messageCount = async (cookie: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/family/conversation', headers: { cookie } })).json()
    .messages.length;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('attachments in the messenger', () => {
  it('staff send a PDF with a text; the family sees it and downloads the same bytes', async () => {
    const res = await upload(
      `/api/inbox/${family.requestId}/conversation/attachments`,
      anna,
      { name: 'Einladung Hilfeplan.pdf', data: pdf, type: 'application/pdf' },
      'Hier die Einladung.',
    );
    expect(res.statusCode, res.body).toBe(201);
    const sent = res.json().messages.at(-1);
    expect(sent).toMatchObject({ from: 'staff', body: 'Hier die Einladung.' });
    expect(sent.attachment).toMatchObject({
      filename: 'Einladung Hilfeplan.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
    });

    const seen = await t.app.inject({
      method: 'GET',
      url: '/api/family/conversation',
      headers: { cookie: family.cookie },
    });
    const attachmentId = seen.json().messages.at(-1).attachment.id;
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/family/conversation/attachments/${attachmentId}`,
      headers: { cookie: family.cookie },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(download.headers['content-type']).toBe('application/pdf');

    // Another family, and staff of another team, get "not found".
    const stranger = await t.app.inject({
      method: 'GET',
      url: `/api/family/conversation/attachments/${attachmentId}`,
      headers: { cookie: otherFamily.cookie },
    });
    expect(stranger.statusCode).toBe(404);
    const otherTeam = await t.app.inject({
      method: 'GET',
      url: `/api/inbox/${family.requestId}/conversation/attachments/${attachmentId}`,
      headers: { cookie: ben },
    });
    expect(otherTeam.statusCode).toBe(404);
  });

  it('stores files encrypted: no plaintext in the blob files', async () => {
    const blobs = filesUnder(join(t.dataDir, 'blobs'));
    expect(blobs.length).toBeGreaterThan(0);
    for (const file of blobs) expect(readFileSync(file).includes(SENTINEL)).toBe(false);
  });

  it('stores file names sealed and seals a name an older version left in plaintext', async () => {
    const res = await upload(`/api/inbox/${family.requestId}/conversation/attachments`, anna, {
      name: 'Bescheid Sonnenweg.pdf',
      data: pdf,
      type: 'application/pdf',
    });
    expect(res.statusCode, res.body).toBe(201);
    const attachmentId: string = res.json().messages.at(-1).attachment.id;
    const stored = async () =>
      t.db.withOwner((db) =>
        db
          .selectFrom('message_attachments')
          .select(['legacy_filename', 'filename_enc'])
          .where('id', '=', attachmentId)
          .executeTakeFirstOrThrow(),
      );
    const fresh = await stored();
    expect(fresh.legacy_filename).toBeNull();
    expect(Buffer.from(fresh.filename_enc ?? []).toString('latin1')).not.toContain('Sonnenweg');

    await t.db.withOwner((db) =>
      db
        .updateTable('message_attachments')
        .set({ legacy_filename: 'Altbestand.pdf', filename_enc: null })
        .where('id', '=', attachmentId)
        .execute(),
    );
    const tenantId = o.office.tenantId;
    await withTenant(t.db, tenantId, (tx) =>
      sealLegacyAttachmentNames({ tx, sealed: sealedTextFor(t.ctx.keys, tx, tenantId) }),
    );
    expect((await stored()).legacy_filename).toBeNull();
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/inbox/${family.requestId}/conversation/attachments/${attachmentId}`,
      headers: { cookie: anna },
    });
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''Altbestand.pdf");
  });

  it('lets the family send a photo without text; staff download it and the download is audited', async () => {
    const res = await upload('/api/family/conversation/attachments', family.cookie, {
      name: 'zeugnis.png',
      data: png,
      type: 'image/png',
    });
    expect(res.statusCode, res.body).toBe(201);
    const sent = res.json().messages.at(-1);
    expect(sent).toMatchObject({ from: 'family', body: '' });
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/inbox/${family.requestId}/conversation/attachments/${sent.attachment.id}`,
      headers: { cookie: anna },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(png)).toBe(true);
    const audited = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select('action')
        .where('resource_id', '=', sent.attachment.id)
        .where('action', '=', 'message.attachment')
        .execute(),
    );
    expect(audited).toHaveLength(1);
  });

  it('refuses programs, empty and oversized files and missing files without writing anything', async () => {
    const before = await messageCount(family.cookie);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const program = await upload('/api/family/conversation/attachments', family.cookie, {
      name: 'foto.jpg',
      data: exe,
    });
    expect(program.statusCode).toBe(415);
    expect(program.json().message).toContain('PDF');

    const empty = await upload('/api/family/conversation/attachments', family.cookie, {
      name: 'leer.txt',
      data: Buffer.alloc(0),
    });
    expect(empty.statusCode).toBe(400);

    const huge = await upload(`/api/inbox/${family.requestId}/conversation/attachments`, anna, {
      name: 'gross.txt',
      data: Buffer.alloc(limits.messageAttachmentBytes + 1, 0x61),
    });
    expect(huge.statusCode).toBe(413);

    const none = await upload('/api/family/conversation/attachments', family.cookie, null, 'nur Text');
    expect(none.statusCode).toBe(400);
    expect(none.json().message).toContain('keine Datei');

    const notMultipart = await t.app.inject({
      method: 'POST',
      url: '/api/family/conversation/attachments',
      headers: { cookie: family.cookie },
      payload: { body: 'hallo' },
    });
    expect(notMultipart.statusCode).toBe(415);
    expect(await messageCount(family.cookie)).toBe(before);
  });

  it('answers 401 without a session and 404 for an unknown attachment id', async () => {
    const anonymous = await upload('/api/family/conversation/attachments', '', { name: 'a.png', data: png });
    expect(anonymous.statusCode).toBe(401);
    const unknown = await t.app.inject({
      method: 'GET',
      url: `/api/family/conversation/attachments/${randomUUID()}`,
      headers: { cookie: family.cookie },
    });
    expect(unknown.statusCode).toBe(404);
  });
});
