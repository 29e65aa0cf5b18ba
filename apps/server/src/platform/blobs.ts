import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where encrypted file contents live. Filesystem by default; an S3 adapter can take its place. */
export interface BlobStore {
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
  async put(key: string, data: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data, { mode: 0o600 });
  }
  async get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }
  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
