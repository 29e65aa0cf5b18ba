import {
  dangerSignalLabel,
  intakeTopicLabels,
  type TCasePersonRole,
  type TIntakeTopic,
  type TPersonInput,
  type TWriterRole,
  ZPersonInputSchema,
} from '@lotse/shared';
import { sql } from 'kysely';
import type { KeyRing } from '../../platform/crypto.js';
import { HttpError } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { createCase, createEntry } from '../cases/index.js';
import { decryptSummary, loadRequestForActor } from './inbox.js';
import { transcriptContext } from './register-request.js';

const officeDate = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** A birth date worked out from an age: 1 January of the year, marked as approximate. */
export function approximateBirthDate(
  age: number | null,
  at: Date,
): { birthDate?: string; birthDateApproximate?: boolean } {
  if (age === null || age < 0 || age > 27) return {};
  const year =
    Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(at)) - age;
  return { birthDate: `${year}-01-01`, birthDateApproximate: true };
}

function splitName(name: string | null): { firstName: string; lastName: string } {
  const parts = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { firstName: 'Unbekannt', lastName: '(anonym)' };
  if (parts.length === 1) return { firstName: parts[0] ?? '', lastName: '(unbekannt)' };
  return { firstName: parts.slice(0, -1).join(' '), lastName: parts.at(-1) ?? '' };
}

export interface OpenCaseInput {
  title?: string | undefined;
  persons?: { role: TCasePersonRole; person: TPersonInput }[] | undefined;
}

/**
 * Opens a case from an intake request: persons and concern come from the request (no retyping),
 * the concern and transcript become the first timeline entry; the family's conversation stays with
 * the request, which now names the case.
 */
export async function openCaseFromRequest(
  scope: ActorScope,
  keys: KeyRing,
  requestId: string,
  input: OpenCaseInput,
): Promise<string> {
  const row = await loadRequestForActor(scope, requestId);
  if (row.case_id) throw new HttpError(409, 'done', 'Zu dieser Anfrage gibt es schon einen Fall.');
  const summary = await decryptSummary(scope.tx, keys, row);
  const writer = splitName(summary.name);
  const address = { postcode: summary.postcode, street: summary.street, houseNumber: summary.houseNumber };
  const contact = { phone: summary.phone, email: summary.email };
  // The age the family gave becomes a birth year, marked as approximate ("ca. 2015").
  const born = approximateBirthDate(row.age, new Date(row.created_at));
  const persons =
    input.persons ??
    (row.writer_role === 'parent'
      ? [
          { role: 'parent' as const, person: { ...writer, ...address, ...contact } },
          {
            role: 'child' as const,
            person: { firstName: 'Kind', lastName: writer.lastName, ...address, ...born },
          },
        ]
      : row.writer_role === 'child' || row.writer_role === 'young_person'
        ? [{ role: 'child' as const, person: { ...writer, ...address, ...contact, ...born } }]
        : [
            {
              role: 'child' as const,
              person: { firstName: 'Kind', lastName: '(unbekannt)', ...address, ...born },
            },
          ]);
  const parsedPersons = persons.map((p) => ({ role: p.role, person: ZPersonInputSchema.parse(p.person) }));
  const topic = row.topic as TIntakeTopic;
  const caseId = await createCase(
    scope,
    {
      title:
        input.title ??
        `${intakeTopicLabels[topic]} – Anfrage vom ${officeDate.format(new Date(row.created_at))}`,
      helpType: null,
      teamId: row.team_id,
      caseworkerId: null,
      persons: parsedPersons,
    },
    {
      origin: {
        requestId: row.id,
        stored: {
          topic,
          urgent: row.urgent,
          dangerSignals: row.danger_signals,
          writerRole: row.writer_role as TWriterRole,
          receivedAt: new Date(row.created_at).toISOString(),
        },
      },
      // The parent who wrote is the child's parent (persons: parent first, then the child).
      relations: !input.persons && row.writer_role === 'parent' ? [{ from: 0, to: 1, kind: 'parent' }] : [],
    },
  );
  const transcript: { from: string; text: string }[] = JSON.parse(
    await keys.decryptText(scope.tx, row.tenant_id, row.transcript_enc, transcriptContext(row.id)),
  );
  const body = [
    `Anliegen: ${summary.concern}`,
    row.age !== null ? `Alter des Kindes: ${row.age}` : null,
    row.danger_signals.length
      ? `Gefahrenhinweise: ${row.danger_signals.map(dangerSignalLabel).join(', ')}`
      : null,
    '',
    'Verlauf des Eingangsgesprächs:',
    ...transcript.map((t) => `${t.from === 'family' ? 'Familie' : 'Assistent'}: ${t.text}`),
  ]
    .filter((l) => l !== null)
    .join('\n');
  await createEntry(scope, keys, caseId, {
    kind: 'contact',
    title: row.urgent ? 'Dringende Anfrage über den Eingangsmanager' : 'Anfrage über den Eingangsmanager',
    body,
    entrusted: false,
  });
  await scope.tx
    .updateTable('intake_requests')
    .set({
      status: 'case_opened',
      case_id: caseId,
      claimed_by: scope.actor.userId,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', requestId)
    .execute();
  await scope.audit({ action: 'intake.open_case', resourceType: 'intake', resourceId: requestId, caseId });
  return caseId;
}
