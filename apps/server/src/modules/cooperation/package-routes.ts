import {
  ZOfficeKeySchema,
  ZPackageExportQuery,
  ZPackageImportRequestSchema,
  ZPackageImportResultSchema,
  ZPackageInspectionSchema,
  ZPackageInspectRequestSchema,
  ZTemplatePackageSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { exportPackage } from './export-package.js';
import { importPackage, inspectPackage } from './import-package.js';
import { officeSigningKey } from './office-key.js';

/** Signed template packages between installations, and the office's key fingerprint to tell partners. */
export function packageRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'staff' } as const;
  const tags = ['cooperation'];
  r.get(
    '/api/cooperation/key',
    {
      config,
      schema: {
        tags,
        summary: "The office's signing key and its fingerprint (created on first use)",
        response: { 200: ZOfficeKeySchema, ...errorResponses(401, 403) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => officeSigningKey(scope)),
  );
  r.get(
    '/api/cooperation/packages/export',
    {
      config,
      schema: {
        tags,
        summary: 'A signed package of own articles and templates (Ed25519)',
        querystring: ZPackageExportQuery,
        response: { 200: ZTemplatePackageSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const pkg = await inActorScope(ctx, request, (scope) => exportPackage(scope, request.query.ids));
      const day = pkg.createdAt.slice(0, 10);
      return reply
        .header('content-disposition', `attachment; filename="lotse-vorlagen-${day}.json"`)
        .send(pkg);
    },
  );
  r.post(
    '/api/cooperation/packages/inspect',
    {
      config,
      schema: {
        tags,
        summary: "Check a package's signature and content; shows the signer's key fingerprint",
        body: ZPackageInspectRequestSchema,
        response: { 200: ZPackageInspectionSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => inspectPackage(scope, request.body.package)),
  );
  r.post(
    '/api/cooperation/packages/import',
    {
      config,
      schema: {
        tags,
        summary: 'Import a signed package once the fingerprint is confirmed',
        body: ZPackageImportRequestSchema,
        response: { 201: ZPackageImportResultSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const result = await inActorScope(ctx, request, (scope) =>
        importPackage(scope, request.body.package, request.body.trustedFingerprint),
      );
      return reply.code(201).send(result);
    },
  );
}
