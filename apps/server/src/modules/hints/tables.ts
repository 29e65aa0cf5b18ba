import type { CreatedAt } from '../../db/column-types.js';

// Dismissed blind-spot hints. Only this module reads or writes them (db/table-ownership.test.ts).
export interface HintDismissalsTable {
  tenant_id: string;
  id: string;
  case_id: string;
  rule: string;
  /** The reason, sealed with the office key (context `hint-dismissal:<id>`). */
  reason_enc: Uint8Array;
  dismissed_by: string;
  dismissed_at: CreatedAt;
  withdrawn_by: string | null;
  withdrawn_at: Date | string | null;
}

export interface HintTables {
  hint_dismissals: HintDismissalsTable;
}
