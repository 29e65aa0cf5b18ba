import type { PersonalDataSource } from '../../platform/personal-data.js';
import { contexts } from './sealed.js';

/** Child-protection procedures (§ 8a SGB VIII) of the person's cases, their assessments and surveys. */
export const protectionDataSubject: PersonalDataSource = {
  module: 'protection',
  tables: [
    {
      table: 'protection_procedures',
      title: 'Verfahren bei Kindeswohlgefährdung (§ 8a SGB VIII)',
      match: [
        { column: 'case_id', subject: 'case' },
        { column: 'child_person_id', subject: 'person' },
      ],
      sealed: {
        report_enc: (r) => contexts.report(String(r.id)),
        checklist_enc: (r) => contexts.checklist(String(r.id)),
        outcome_enc: (r) => contexts.outcome(String(r.id)),
      },
      dateColumn: 'received_at',
    },
    {
      table: 'protection_assessments',
      title: 'Gefährdungseinschätzungen',
      match: [{ column: 'procedure_id', parent: 'protection_procedures' }],
      sealed: { ratings_enc: (r) => contexts.assessment(String(r.id)) },
      dateColumn: 'assessed_on',
    },
    {
      table: 'protection_surveys',
      title: 'Erhebungsbögen',
      match: [{ column: 'procedure_id', parent: 'protection_procedures' }],
      sealed: { answers_enc: (r) => contexts.survey(String(r.procedure_id)) },
    },
  ],
};
