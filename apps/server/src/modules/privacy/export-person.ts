import type { TPrivacyExport } from '@lotse/shared';
import type { KeyRing } from '../../platform/crypto.js';
import { collectPersonalData, type ExportedTable, resolveSubject } from '../../platform/personal-data.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { personNames } from '../people/index.js';
import { providerNames } from '../providers/index.js';
import { currentOffice } from '../tenancy/index.js';
import { recipientsOf } from './recipients.js';
import { personalDataSources } from './sources.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const NOTES = [
  'Diese Auskunft umfasst alle Datensätze, die Lotse über die Person und die Fälle, Anfragen und Zugänge führt, an denen sie beteiligt ist (Art. 15 DSGVO, § 83 SGB X).',
  'Rechte und Freiheiten anderer Personen (Art. 15 Abs. 4 DSGVO): Fallakten enthalten auch Angaben über weitere Familienmitglieder. Vor der Herausgabe prüft die oder der Datenschutzbeauftragte, welche Angaben Dritter zu schwärzen sind. Andere Personen erscheinen nur mit ihrer Kennung, nicht mit Namen.',
  'Anvertraute Angaben (§ 65 SGB VIII) sind nicht enthalten: ihr Inhalt darf nur mit Einwilligung der Person weitergegeben werden, die sie anvertraut hat. Datum und Art des Eintrags sind aufgeführt.',
  'Dateien (Dokumente, Anhänge) sind mit Namen und Datum aufgeführt; eine Kopie der Dateien selbst kann aus der Fallakte bereitgestellt werden (Art. 15 Abs. 3 DSGVO).',
  'Zugangsdaten (Zugangscodes, PIN, Passkeys) sind nur als Prüfwerte gespeichert und werden nicht ausgegeben.',
];

/** Everything stored about one person, for the data protection officer (Art. 15 DSGVO); audited. */
export async function exportPerson(
  scope: ActorScope,
  keys: KeyRing,
  personId: string,
): Promise<TPrivacyExport> {
  const { tx, actor, sealed, tenantId } = scope;
  requireOfficeAction(actor, 'handle_data_subject_rights');
  const person = (await personNames(tx, sealed, [personId])).get(personId);
  if (!person) throw new NotVisibleError('person', personId, 'Person');
  const sources = personalDataSources(keys);
  const subject = await resolveSubject(tx, tenantId, personId, sources);
  const sections = await collectPersonalData(tx, sealed, tenantId, subject, sources);
  const names = await namesIn(scope, sections);
  const office = await currentOffice(tx);
  await scope.audit({
    action: 'privacy.export',
    resourceType: 'person',
    resourceId: personId,
    details: { sections: sections.length, rows: sections.reduce((n, s) => n + s.total, 0) },
  });
  return {
    format: 'lotse-art15-export/1',
    generatedAt: new Date().toISOString(),
    generatedBy: names[actor.userId] ?? actor.userId,
    office: office.name,
    person: { id: person.id, name: person.name, birthDate: person.birthDate },
    followed: {
      cases: [...subject.case],
      familyAccounts: [...subject.familyAccount],
      requests: [...subject.request],
    },
    recipients: recipientsOf(sections, names),
    names,
    notes: NOTES,
    sections,
  };
}

/** Names of the staff, providers and offices whose ids appear in the rows (not of other persons). */
async function namesIn(scope: ActorScope, sections: ExportedTable[]): Promise<Record<string, string>> {
  const ids = new Set<string>([scope.actor.userId]);
  const visit = (value: unknown) => {
    if (typeof value === 'string' && UUID.test(value)) ids.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
  };
  for (const section of sections) for (const row of section.rows) Object.values(row).forEach(visit);
  const list = [...ids];
  const names: Record<string, string> = {};
  const staff = await scope.tx
    .selectFrom('directory_users')
    .select(['id', 'display_name'])
    .where('id', 'in', list)
    .execute();
  for (const s of staff) names[s.id] = s.display_name;
  for (const [id, name] of await providerNames(scope.tx, list)) names[id] = name;
  const offices = await scope.tx
    .selectFrom('tenants')
    .select(['id', 'name'])
    .where('id', 'in', list)
    .execute();
  for (const o of offices) names[o.id] = o.name;
  return names;
}
