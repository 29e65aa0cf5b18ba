import type { Timestamp } from '../../db/column-types.js';

// Tables of the family app's information pages. Only this module reads or writes them
// (db/table-ownership.test.ts); db/schema.ts composes every owner's tables into one Database type.
export interface ContentPagesTable {
  tenant_id: string;
  slug: string;
  lang: string;
  title: string;
  body_md: string;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface ContentTables {
  content_pages: ContentPagesTable;
}
