import { describe, expect, it } from 'vitest';
import { type Envelope, PgBus } from './bus.js';

// Fan-out across instances needs a PostgreSQL server (on PGlite the hub stays in-process).
const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('PostgreSQL LISTEN/NOTIFY bus', () => {
  it('carries envelopes to other instances, large ones in chunks, never back to the sender', async () => {
    const a = await PgBus.connect(url as string);
    const b = await PgBus.connect(url as string);
    try {
      const atA: Envelope[] = [];
      const atB: Envelope[] = [];
      a.onReceive((e) => atA.push(e));
      b.onReceive((e) => atB.push(e));
      const sdp = 'a=candidate:ü '.repeat(3000); // ~45 KB, more than one NOTIFY can carry
      await a.send({ channel: 'meeting:1', event: { type: 'small' } });
      await a.send({ channel: 'meeting:1', event: { type: 'signal', sdp }, to: 'peer-2' });
      await expect.poll(() => atB.length, { timeout: 5000 }).toBe(2);
      expect(atB[0]).toEqual({ channel: 'meeting:1', event: { type: 'small' } });
      expect(atB[1]).toEqual({ channel: 'meeting:1', event: { type: 'signal', sdp }, to: 'peer-2' });
      expect(atA).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
