import { auditActionLabels, auditResourceLabels } from '@lotse/shared';

// German wording for the audit codes; codes a newer server writes are shown as they are.
export function auditActionLabel(code: string): string {
  return (auditActionLabels as Record<string, string>)[code] ?? code;
}

export function auditResourceLabel(code: string): string {
  return (auditResourceLabels as Record<string, string>)[code] ?? code;
}
