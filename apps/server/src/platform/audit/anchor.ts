import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';

// The anchor: every seal's head, appended outside the database (decision 0012). Whoever can rewrite
// the database but not this file cannot cut the newest seals off or replace them unnoticed.

export const ANCHOR_FILE_NAME = 'audit-anchor.log';

export function anchorFileIn(dataDir: string): string {
  return join(dataDir, ANCHOR_FILE_NAME);
}

const ZAnchorEntrySchema = z.object({
  /** When the line was written. */
  at: z.string(),
  tenant: z.string(),
  seq: z.string().regex(/^\d+$/),
  toId: z.string().regex(/^\d+$/),
  hash: z.string().min(1),
  /** An unkeyed seal from before migration 0013, pinned as the last one its office may have. */
  legacy: z.literal(true).optional(),
});
export type AnchorEntry = z.infer<typeof ZAnchorEntrySchema>;

/** Where the anchor is also announced: the server's pino logger fits. */
export interface AnchorLog {
  info(obj: object, msg: string): void;
}

/** Appends one line per entry (append mode, flushed to disk before it returns). */
export async function appendAnchors(file: string, entries: AnchorEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await mkdir(dirname(file), { recursive: true });
  const handle = await open(file, 'a', 0o600);
  try {
    await handle.appendFile(entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

export interface AnchorRead {
  entries: AnchorEntry[];
  /** Files that exist (a missing one is no error by itself: verify decides). */
  found: string[];
  problems: string[];
}

/** Reads the anchor lines of every given file; unreadable lines are problems, not skipped. */
export async function readAnchors(files: string[]): Promise<AnchorRead> {
  const result: AnchorRead = { entries: [], found: [], problems: [] };
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    result.found.push(file);
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      const parsed = ZAnchorEntrySchema.safeParse(safeJson(line));
      if (parsed.success) result.entries.push(parsed.data);
      else result.problems.push(`Anker ${file}, Zeile ${index + 1}: unlesbar`);
    });
  }
  return result;
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}
