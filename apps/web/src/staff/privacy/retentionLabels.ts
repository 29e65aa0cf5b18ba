import {
  caseStatusLabels,
  retentionDefaults,
  type TRetentionRun,
  ZCaseStatus,
  ZRetentionRecordType,
} from '@lotse/shared';

/** A case's status in words; a status this client does not know is shown as it is. */
export function caseStatusText(status: string): string {
  const known = ZCaseStatus.safeParse(status);
  return known.success ? caseStatusLabels[known.data] : status;
}

/** The platform records a run counts (sessions, jobs, mails), in the order of the settings. */
export const platformRecordTypes = ZRetentionRecordType.options.filter(
  (type) => type !== 'closed_case' && type !== 'request_without_case',
);

/** A counted record type in words; unknown ones keep their stored name. */
export function recordTypeLabel(type: string): string {
  const known = ZRetentionRecordType.safeParse(type);
  return known.success ? retentionDefaults[known.data].label : type;
}

export function runKindLabel(kind: TRetentionRun['kind']): string {
  switch (kind) {
    case 'dry_run':
      return 'Probelauf';
    case 'erasure':
      return 'Löschlauf';
  }
}

export function dueItemKindLabel(kind: TRetentionRun['report']['due'][number]['kind']): string {
  switch (kind) {
    case 'case':
      return 'Fallakte';
    case 'request':
      return 'Anfrage ohne Fall';
  }
}

/** Who started a run: the nightly job has no one behind it. */
export function runStartedBy(run: TRetentionRun): string {
  return run.requestedBy ?? 'nächtlicher Lauf';
}

/** "1 Fall", "3 Fälle"; with `none` given, 0 reads "kein Fall" instead of "0 Fälle". */
export function plural(count: number, one: string, many: string, none?: string): string {
  if (count === 0 && none) return none;
  return count === 1 ? `1 ${one}` : `${count.toLocaleString('de-DE')} ${many}`;
}

export const holdHeadingId = (holdId: string) => `sperre-${holdId}`;
