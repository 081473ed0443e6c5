import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * A value written as a run of small v8-serialised frames instead of one buffer: serialising a 10k-note
 * index in one piece held the whole ~300 MB image (and the serialiser's growing copies) in memory at once,
 * which set the index's peak memory. Top-level arrays, and arrays one object down (the search state's),
 * are cut into chunks; everything else is one frame per field. A frame: u32 header length, the header
 * (its path and whether it appends, as JSON), u32 value length, the v8 bytes. The path sits outside the
 * value so a reader can take one part and stop, or pass over a part without deserialising it.
 */
const MAGIC = Buffer.from('CAIRN-FRAMES-2\n');
const CHUNK = 1000;

type Frame = { path: [string] | [string, string]; value: unknown; append: boolean };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function* framesOf(key: string, value: unknown): Generator<Frame> {
  if (value === undefined) return;
  if (Array.isArray(value)) yield* chunks([key], value);
  else if (isPlainObject(value)) {
    yield { path: [key], value: {}, append: false };
    for (const [inner, innerValue] of Object.entries(value)) {
      if (innerValue === undefined) continue;
      if (Array.isArray(innerValue)) yield* chunks([key, inner], innerValue);
      else yield { path: [key, inner], value: innerValue, append: false };
    }
  } else yield { path: [key], value, append: false };
}

function* chunks(path: Frame['path'], list: unknown[]): Generator<Frame> {
  yield { path, value: [], append: false };
  for (let i = 0; i < list.length; i += CHUNK) yield { path, value: list.slice(i, i + CHUNK), append: true };
}

/**
 * Writes each part as frames to a temporary file, then renames it over `file`: a crash leaves the old one.
 * A part is made only when its turn comes and let go once written, so a save never holds every part's
 * serialisable form at once.
 */
export async function writeFrames(file: string, parts: Record<string, () => unknown>): Promise<void> {
  await removeStaleTemps(file);
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await fs.open(temp, 'w');
  try {
    await handle.write(MAGIC);
    for (const [key, make] of Object.entries(parts)) {
      for (const frame of framesOf(key, await make())) {
        const header = Buffer.from(JSON.stringify({ path: frame.path, append: frame.append }));
        const bytes = serialize(frame.value);
        await handle.write(Buffer.concat([u32(header.byteLength), header, u32(bytes.byteLength)]));
        await handle.write(bytes);
      }
    }
    await handle.sync();
    await handle.close();
    await fs.rename(temp, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** A temporary file older than this was left by a process that died mid-write, not one still writing. */
const STALE_TEMP_MS = 10 * 60 * 1000;

/** Removes what writes killed half-way left behind (each up to the size of a cache: hundreds of MB at 10k notes). */
async function removeStaleTemps(file: string): Promise<void> {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue;
    const temp = path.join(dir, name);
    const stat = await fs.stat(temp).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > STALE_TEMP_MS) await fs.rm(temp, { force: true });
  }
}

function u32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value);
  return bytes;
}

export interface ReadFramesOptions {
  /** Parts passed over unread. */
  skip?: string[];
  /** Only these parts are read; the others are passed over. */
  only?: string[];
  /** Stop once this part has been read whole (parts come in the order they were written). */
  stopAfter?: string;
}

/**
 * Reads what `writeFrames` wrote, a frame at a time (the file is never in memory whole); throws on anything
 * else or a truncated file.
 */
export async function readFrames(file: string, options: ReadFramesOptions = {}): Promise<Record<string, unknown>> {
  const handle = await fs.open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    let at = 0;
    // A fresh buffer per read: v8.deserialize returns typed arrays as views into the bytes it was given.
    const read = async (length: number): Promise<Buffer> => {
      if (at + length > size) throw new Error('truncated frames file');
      const buffer = Buffer.allocUnsafeSlow(length);
      const { bytesRead } = await handle.read(buffer, 0, length, at);
      if (bytesRead !== length) throw new Error('truncated frames file');
      at += length;
      return buffer;
    };
    if (size < MAGIC.byteLength || !(await read(MAGIC.byteLength)).equals(MAGIC)) throw new Error('not a frames file');
    const out: Record<string, unknown> = {};
    let seen = false;
    while (at < size) {
      const header = JSON.parse((await read((await read(4)).readUInt32LE(0))).toString()) as Omit<Frame, 'value'>;
      const length = (await read(4)).readUInt32LE(0);
      const [key, inner] = header.path;
      if (options.stopAfter !== undefined && seen && key !== options.stopAfter) break;
      seen ||= key === options.stopAfter;
      if (options.skip?.includes(key) || (options.only && !options.only.includes(key))) {
        if (at + length > size) throw new Error('truncated frames file');
        at += length;
        continue;
      }
      const frame = { ...header, value: deserialize(await read(length)) };
      const parent = inner === undefined ? out : (out[key] as Record<string, unknown>);
      const name = inner ?? key;
      if (frame.append) (parent[name] as unknown[]).push(...(frame.value as unknown[]));
      else parent[name] = frame.value;
    }
    return out;
  } finally {
    await handle.close();
  }
}
