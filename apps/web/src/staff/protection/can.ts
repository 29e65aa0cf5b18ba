import type { TProtectionAction, TProtectionProcedure } from '@lotse/shared';

/** The server decides what the caller may do with a procedure; the UI only asks. */
export function mayOn(p: Pick<TProtectionProcedure, 'allowedActions'>, action: TProtectionAction): boolean {
  return p.allowedActions.includes(action);
}
