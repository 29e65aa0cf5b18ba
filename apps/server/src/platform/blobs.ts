import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where encrypted file contents live. Filesystem by default; an S3 adapter can take its place. */
export interface BlobStore {
  /** Stores a blob durably: when it returns, the whole content survives a crash of the host. */
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** Removes a blob; removing one that is not there is fine. */
  delete(key: string): Promise<void>;
}

export class FsBlobStore implements BlobStore {
  constructor(private readonly dir: string) {}

  private pathOf(key: string): string {
    if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(key)) throw new Error('Ungültiger Blob-Schlüssel');
    return join(this.dir, key);
  }

  /**
   * Writes to a temporary file, flushes it to disk, renames it into place and flushes the folder: a
   * crash leaves either no blob or the whole one (at worst a stray `*.tmp` file), never a half-written
   * blob under its key — and the database row that points to it commits only after this returns.
   */
  async put(key: string, data: Buffer): Promise<void> {
    const path = this.pathOf(key);
    const folder = dirname(path);
    const created = await mkdir(folder, { recursive: true });
    // A new tenant folder must itself be on disk before the blob in it counts.
    if (created) await syncFolder(dirname(folder));
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temporary, { force: true });
      throw error;
    }
    await handle.close();
    try {
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    await syncFolder(folder);
  }
  async get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }
  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

/** Flushes a folder's entries (new names, renames) to disk. Where folders cannot be opened, a no-op. */
async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}
