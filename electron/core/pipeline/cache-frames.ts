import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { deserialize, serialize } from 'node:v8';

/**
 * A value written as a run of small v8-serialised frames instead of one buffer: serialising a 10k-note
 * index in one piece held the whole ~300 MB image (and the serialiser's growing copies) in memory at once,
 * which set the index's peak memory. Top-level arrays, and arrays one object down (the search state's),
 * are cut into chunks; everything else is one frame per field. Frames: u32 length, then the bytes.
 */
const MAGIC = Buffer.from('CAIRN-FRAMES-1\n');
const CHUNK = 1000;

type Frame = { path: [string] | [string, string]; value: unknown; append: boolean };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function* framesOf(data: Record<string, unknown>): Generator<Frame> {
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
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
}

function* chunks(path: Frame['path'], list: unknown[]): Generator<Frame> {
  yield { path, value: [], append: false };
  for (let i = 0; i < list.length; i += CHUNK) yield { path, value: list.slice(i, i + CHUNK), append: true };
}

/** Writes `data` as frames to a temporary file, then renames it over `file`: a crash leaves the old one. */
export async function writeFrames(file: string, data: Record<string, unknown>): Promise<void> {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await fs.open(temp, 'w');
  try {
    await handle.write(MAGIC);
    for (const frame of framesOf(data)) {
      const bytes = serialize(frame);
      const length = Buffer.alloc(4);
      length.writeUInt32LE(bytes.byteLength);
      await handle.write(length);
      await handle.write(bytes);
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

/** Reads what `writeFrames` wrote; throws on anything else or a truncated file. */
export async function readFrames(file: string): Promise<Record<string, unknown>> {
  const bytes = await fs.readFile(file);
  if (bytes.byteLength < MAGIC.byteLength || !bytes.subarray(0, MAGIC.byteLength).equals(MAGIC)) throw new Error('not a frames file');
  const out: Record<string, unknown> = {};
  let at = MAGIC.byteLength;
  while (at < bytes.byteLength) {
    if (at + 4 > bytes.byteLength) throw new Error('truncated frames file');
    const length = bytes.readUInt32LE(at);
    at += 4;
    if (at + length > bytes.byteLength) throw new Error('truncated frames file');
    const frame = deserialize(bytes.subarray(at, at + length)) as Frame;
    at += length;
    const [key, inner] = frame.path;
    const parent = inner === undefined ? out : (out[key] as Record<string, unknown>);
    const name = inner ?? key;
    if (frame.append) (parent[name] as unknown[]).push(...(frame.value as unknown[]));
    else parent[name] = frame.value;
  }
  return out;
}
