/** How many rows one page holds when walking a table (sealing legacy plaintext). */
export const ROW_PAGE_SIZE = 500;
const BEFORE_ANY_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Visits rows page by page along their id and returns how many it visited. Keyset pagination:
 * `page(after, size)` returns up to `size` rows with id > after, ordered by id, so each page starts
 * where the last ended and rows already handled are never scanned again (a million cases in the
 * benchmark).
 */
export async function forEachRowPage<TRow extends { id: string }>(
  page: (after: string, size: number) => Promise<TRow[]>,
  visit: (row: TRow) => Promise<unknown>,
): Promise<number> {
  let after = BEFORE_ANY_ID;
  let visited = 0;
  for (;;) {
    const rows = await page(after, ROW_PAGE_SIZE);
    for (const row of rows) await visit(row);
    visited += rows.length;
    const last = rows.at(-1);
    if (!last || rows.length < ROW_PAGE_SIZE) return visited;
    after = last.id;
  }
}
