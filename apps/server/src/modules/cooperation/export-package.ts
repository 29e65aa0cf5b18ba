import { TEMPLATE_PACKAGE_FORMAT, type TPackageItem, type TTemplatePackage } from '@lotse/shared';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import { requireNoPersonalData } from './check-content.js';
import { officeName } from './office.js';
import { signPackage } from './package-signature.js';
import { articlePublishable } from './publish-template.js';
import { officeKey } from './signing-key.js';

/**
 * A signed package of own articles and templates for an office on another installation: the same
 * checks as publishing (own, current, no personal data), signed with the office's key.
 */
export async function exportPackage(scope: ActorScope, articleIds: string[]): Promise<TTemplatePackage> {
  requireOfficeAction(scope.actor, 'publish_cooperation');
  const items: TPackageItem[] = [];
  for (const id of articleIds) {
    const item = await articlePublishable(scope, id);
    await requireNoPersonalData(scope, item.parts, `„${item.title}“`);
    items.push({
      kind: item.kind,
      title: item.title,
      summary: item.summary.slice(0, 500),
      content: item.content,
    });
  }
  const key = await officeKey(scope);
  const pkg = signPackage(
    {
      format: TEMPLATE_PACKAGE_FORMAT,
      version: 1,
      office: await officeName(scope),
      createdAt: new Date().toISOString(),
      publicKey: key.publicKey,
      items,
    },
    key.privateKey,
  );
  await scope.audit({
    action: 'cooperation.package_export',
    resourceType: 'template_package',
    details: { articleIds, fingerprint: key.fingerprint },
  });
  return pkg;
}
