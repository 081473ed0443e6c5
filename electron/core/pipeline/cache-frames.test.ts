import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFrames, writeFrames } from './cache-frames';

describe('cache frames', () => {
  let dir = '';
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('makes each part only when writing it, in order', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-frames-'));
    const file = path.join(dir, 'c.cache');
    const made: string[] = [];
    await writeFrames(file, {
      a: () => (made.push('a'), [1]),
      b: async () => (made.push('b'), { x: new Int32Array([made.length]) }),
    });
    expect(made).toEqual(['a', 'b']);
    expect(await readFrames(file)).toEqual({ a: [1], b: { x: new Int32Array([2]) } });
  });

  it('gives typed arrays of their own, not views that later frames overwrite', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-frames-'));
    const file = path.join(dir, 'c.cache');
    await writeFrames(file, { a: () => ({ x: new Int32Array([1, 2]), y: new Int32Array([3, 4]) }), b: () => new Float64Array([5]) });
    expect(await readFrames(file)).toEqual({ a: { x: new Int32Array([1, 2]), y: new Int32Array([3, 4]) }, b: new Float64Array([5]) });
  });

  it('reads back what it wrote, long arrays and nested state included', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-frames-'));
    const file = path.join(dir, 'c.cache');
    const data = {
      version: 4,
      records: Array.from({ length: 2500 }, (_, i) => ({ id: `n${i}.md`, tags: [i] })),
      search: { format: 'x', notes: Array.from({ length: 1001 }, (_, i) => [i, { t: `t${i}` }]), empty: [] as unknown[], map: new Map([['a', 1]]) },
      concepts: { hits: new Int32Array([1, 2, 3]), keys: ['a'] },
      missing: undefined,
    };
    await writeFrames(file, Object.fromEntries(Object.entries(data).map(([k, v]) => [k, () => v])));
    const { missing: _missing, ...expected } = data;
    expect(await readFrames(file)).toEqual(expected);
    expect(await fs.readdir(dir)).toEqual(['c.cache']);
  });

  it('reads one part and stops, or passes over a part, without deserialising the rest', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-frames-'));
    const file = path.join(dir, 'c.cache');
    const big = Array.from({ length: 2500 }, (_, i) => ({ i }));
    await writeFrames(file, { version: () => 7, head: () => ({ list: [1, 2], n: 3 }), body: () => big });
    expect(await readFrames(file, { stopAfter: 'head' })).toEqual({ version: 7, head: { list: [1, 2], n: 3 } });
    expect(await readFrames(file, { skip: ['head'] })).toEqual({ version: 7, body: big });
    expect(await readFrames(file, { only: ['version', 'body'] })).toEqual({ version: 7, body: big });
    // The body's bytes cut short: a read that stops at the head never reaches them.
    const bytes = await fs.readFile(file);
    await fs.writeFile(file, bytes.subarray(0, bytes.byteLength - 10));
    expect(await readFrames(file, { stopAfter: 'head' })).toEqual({ version: 7, head: { list: [1, 2], n: 3 } });
    await expect(readFrames(file)).rejects.toThrow(/truncated/);
  });

  it('refuses a truncated or foreign file', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-frames-'));
    const file = path.join(dir, 'c.cache');
    await writeFrames(file, { records: () => Array.from({ length: 3000 }, (_, i) => i) });
    const bytes = await fs.readFile(file);
    await fs.writeFile(file, bytes.subarray(0, bytes.byteLength - 10));
    await expect(readFrames(file)).rejects.toThrow(/truncated/);
    await fs.writeFile(file, 'garbage');
    await expect(readFrames(file)).rejects.toThrow();
  });

  it('removes what a write killed half-way left behind, not what another write is making now', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-frames-'));
    const file = path.join(dir, 'c.cache');
    const stale = `${file}.0123456789ab.tmp`;
    const current = `${file}.ba9876543210.tmp`;
    await fs.writeFile(stale, 'half a cache');
    await fs.writeFile(current, 'being written');
    const hourAgo = new Date(Date.now() - 3600_000);
    await fs.utimes(stale, hourAgo, hourAgo);
    await fs.writeFile(path.join(dir, 'other.0123456789ab.tmp'), 'not ours');
    await fs.utimes(path.join(dir, 'other.0123456789ab.tmp'), hourAgo, hourAgo);
    await writeFrames(file, { version: () => 1 });
    expect((await fs.readdir(dir)).sort()).toEqual(['c.cache', 'c.cache.ba9876543210.tmp', 'other.0123456789ab.tmp']);
  });

  it('leaves the previous file in place when a write fails', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-frames-'));
    const file = path.join(dir, 'c.cache');
    await writeFrames(file, { version: () => 1 });
    await expect(writeFrames(file, { bad: () => () => 1 })).rejects.toThrow();
    expect(await readFrames(file)).toEqual({ version: 1 });
    expect(await fs.readdir(dir)).toEqual(['c.cache']);
  });
});
