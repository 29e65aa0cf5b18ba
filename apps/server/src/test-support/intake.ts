import { randomUUID } from 'node:crypto';
import { solveChallenge } from 'altcha-lib/v1';
import type { TestApp } from './app.js';
import type { Office } from './office.js';

/**
 * Makes the test office the one behind the public family pages and routes every request (from
 * `socialAreaId` only, when given) to `teamId`.
 */
export async function routeRequestsTo(
  t: TestApp,
  o: Office,
  teamId: string,
  socialAreaId: string | null = null,
): Promise<void> {
  t.ctx.config.officeSlug = `t-${o.office.tenantId.slice(0, 8)}`;
  await o.office.owner((ow) =>
    ow
      .insertInto('routing_rules')
      .values({
        tenant_id: o.office.tenantId,
        id: randomUUID(),
        topic: null,
        social_area_id: socialAreaId,
        team_id: teamId,
      })
      .execute(),
  );
}

export interface SubmittedRequest {
  requestId: string;
  accessCode: string;
  pin: string;
  /** Cookie header of the family signed in with code and PIN. */
  cookie: string;
  [key: string]: unknown;
}

/**
 * Sends an intake request the way the family app does (proof of work solved, consent given,
 * postcode 12101 unless overridden) and signs the family in with the code and PIN it got.
 */
export async function submitIntakeRequest(
  t: TestApp,
  payload: Record<string, unknown> = {},
): Promise<SubmittedRequest> {
  const ch = (await t.app.inject({ method: 'GET', url: '/api/intake/challenge' })).json();
  const solution = await solveChallenge(ch.challenge, ch.salt, ch.algorithm, ch.maxnumber).promise;
  if (!solution) throw new Error('proof of work unsolved');
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/intake/requests',
    payload: {
      language: 'de',
      writerRole: 'parent',
      concern: 'Wir streiten jeden Tag und ich weiß nicht weiter.',
      anonymous: false,
      transcript: [],
      consent: true,
      postcode: '12101',
      ...payload,
      pow: {
        algorithm: ch.algorithm,
        challenge: ch.challenge,
        salt: ch.salt,
        signature: ch.signature,
        number: solution.number,
      },
    },
  });
  if (res.statusCode !== 201) throw new Error(`intake failed: ${res.statusCode} ${res.body}`);
  const body = res.json();
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/family/login',
    payload: { code: body.accessCode, pin: body.pin },
  });
  const value = login.cookies.find((c) => c.name === '__Host-lotse-family')?.value;
  if (!value) throw new Error('no family cookie');
  const requestId = await t.db.withOwner(async (ow) => {
    const row = await ow
      .selectFrom('intake_requests')
      .select('id')
      .where('access_code', '=', body.accessCode)
      .executeTakeFirstOrThrow();
    return row.id;
  });
  return { ...body, requestId, cookie: `__Host-lotse-family=${value}` };
}

/** A multipart/form-data body as the browser sends it (serialised by the platform's own FormData). */
export async function multipartBody(
  file: { name: string; data: Buffer; type?: string } | null,
  fields: Record<string, string> = {},
): Promise<{ payload: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file)
    form.append('file', new Blob([file.data], { type: file.type ?? 'application/octet-stream' }), file.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get('content-type') ?? '',
  };
}
