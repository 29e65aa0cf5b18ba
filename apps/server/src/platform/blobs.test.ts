// The filesystem blob store writes atomically: temp file, fsync, rename, fsync of the folder. A crash
// can leave a stray `*.tmp` file at worst, never a half-written blob under its key (crash drill).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FsBlobStore } from './blobs.js';

const dir = mkdtempSync(join(tmpdir(), 'lotse-blobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('FsBlobStore', () => {
  const store = new FsBlobStore(dir);

  it('stores, replaces and deletes blobs without leaving temp files', async () => {
    const data = Buffer.alloc(300_000, 7);
    await store.put('tenant-a/blob-1', data);
    expect((await store.get('tenant-a/blob-1')).equals(data)).toBe(true);
    await store.put('tenant-a/blob-1', Buffer.from('neu'));
    expect((await store.get('tenant-a/blob-1')).toString()).toBe('neu');
    expect(readdirSync(join(dir, 'tenant-a'))).toEqual(['blob-1']);
    expect(statSync(join(dir, 'tenant-a', 'blob-1')).mode & 0o777).toBe(0o600);
    await store.delete('tenant-a/blob-1');
    await store.delete('tenant-a/blob-1');
    expect(readdirSync(join(dir, 'tenant-a'))).toEqual([]);
  });

  it('writes concurrent blobs side by side', async () => {
    const keys = Array.from({ length: 20 }, (_, i) => `tenant-b/blob-${i}`);
    await Promise.all(keys.map((k, i) => store.put(k, Buffer.alloc(10_000 + i, i))));
    for (const [i, k] of keys.entries()) expect((await store.get(k)).length).toBe(10_000 + i);
    expect(readdirSync(join(dir, 'tenant-b')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses keys outside its folder', async () => {
    await expect(store.put('../etc/passwd', Buffer.from('x'))).rejects.toThrow('Ungültiger Blob-Schlüssel');
    await expect(store.get('tenant-a/blob.tmp')).rejects.toThrow('Ungültiger Blob-Schlüssel');
  });
});
