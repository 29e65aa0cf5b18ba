import { ZFamilyLanguage } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { errorResponses } from '../../platform/http/responses.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { inActorScope, inOfficeScope } from '../../platform/scope.js';
import { resolvePublicOffice } from '../tenancy/index.js';
import { findPage, listPages, savePage, storedLanguage } from './pages.js';

const ZPage = z.object({
  slug: z.string(),
  lang: z.string(),
  form: z.enum(['formal']).nullable(),
  title: z.string(),
  bodyMd: z.string(),
});
// How the reader is addressed (the family app knows it from the first step): `formal` readers get
// the Sie form where a language has one.
const ZForm = z.enum(['formal', 'informal']);
const ZSlug = z.string().regex(/^[a-z0-9-]{1,60}$/, 'Ungültiger Seitenname');
const errors = errorResponses(400, 401, 403, 404, 503);

/** Information pages of the family app: public to read, editable by the office's admins. */
export function contentRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ZLangQuery = z.object({ lang: ZFamilyLanguage.default('de'), form: ZForm.optional() });

  r.get(
    '/api/content',
    {
      config: { access: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['family'],
        querystring: ZLangQuery,
        response: { 200: z.array(z.object({ slug: z.string(), title: z.string() })), ...errors },
      },
    },
    async (request) => {
      const office = await resolvePublicOffice(ctx);
      return inOfficeScope(ctx, office.id, null, ({ tx }) =>
        listPages(tx, request.query.lang, request.query.form ?? null),
      );
    },
  );

  r.get(
    '/api/content/:slug',
    {
      config: { access: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['family'],
        params: z.object({ slug: ZSlug }),
        querystring: ZLangQuery,
        response: { 200: ZPage, ...errors },
      },
    },
    async (request) => {
      const office = await resolvePublicOffice(ctx);
      const page = await inOfficeScope(ctx, office.id, null, ({ tx }) =>
        findPage(tx, request.params.slug, request.query.lang, request.query.form ?? null),
      );
      if (!page) throw notFound('Seite');
      return page;
    },
  );

  r.put(
    '/api/admin/content/:slug/:lang',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['admin'],
        params: z.object({ slug: ZSlug, lang: ZFamilyLanguage }),
        // Without `form` the text for everyone; `formal` the Sie form (German, Leichte Sprache).
        querystring: z.object({ form: z.enum(['formal']).optional() }),
        body: z.object({ title: z.string().trim().min(1).max(200), bodyMd: z.string().max(50_000) }),
        response: { 200: ZPage, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, async ({ tx, actor, audit }) => {
        requireOfficeAction(actor, 'administer');
        const page = {
          slug: request.params.slug,
          lang: request.params.lang,
          form: request.query.form ?? null,
          ...request.body,
        };
        await savePage(tx, actor.tenantId, actor.userId, page);
        await audit({
          action: 'settings.update',
          resourceType: 'settings',
          resourceId: `content:${page.slug}:${storedLanguage(page.lang, page.form)}`,
        });
        return page;
      }),
  );
}
