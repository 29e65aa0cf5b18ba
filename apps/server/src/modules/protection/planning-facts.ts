import type { Tx } from '../../db/connection.js';

/** A § 8a procedure as the planning figures count it: dates, result, deadlines; no content. */
export interface ProtectionPlanningFact {
  procedureId: string;
  caseId: string;
  childPersonId: string | null;
  status: string;
  receivedAt: Date;
  firstContactDueAt: Date;
  firstContactAt: Date | null;
  signedOffAt: Date | null;
  result: string | null;
  followUpOn: string | null;
  openTaskDueDates: string[];
}

const isoDate = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** Every procedure of the office (unaudited: for the planning job, which keeps no ids). */
export async function protectionPlanningFacts(tx: Tx): Promise<ProtectionPlanningFact[]> {
  const rows = await tx
    .selectFrom('protection_procedures')
    .select([
      'id',
      'case_id',
      'child_person_id',
      'status',
      'received_at',
      'first_contact_due_at',
      'first_contact_at',
      'signed_off_at',
      'result',
      'follow_up_on',
      'open_task_due_dates',
    ])
    .execute();
  return rows.map((r) => ({
    procedureId: r.id,
    caseId: r.case_id,
    childPersonId: r.child_person_id,
    status: r.status,
    receivedAt: new Date(r.received_at),
    firstContactDueAt: new Date(r.first_contact_due_at),
    firstContactAt: r.first_contact_at ? new Date(r.first_contact_at) : null,
    signedOffAt: r.signed_off_at ? new Date(r.signed_off_at) : null,
    result: r.result,
    followUpOn: r.follow_up_on ? isoDate(r.follow_up_on) : null,
    openTaskDueDates: (r.open_task_due_dates ?? []).map(isoDate),
  }));
}
