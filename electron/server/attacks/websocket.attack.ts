import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeHostileVault, seeded, startServerProcess, stopServerProcess, type Hostile, type Running } from './harness';

/*
 * Malformed WebSocket frames on an authenticated `/events` socket. The attack run ended the server with
 * any of six ("Unhandled 'error' event"); now each may close that socket only. Hand-made frames first,
 * then a seeded fuzzer (replay a failure with its seed).
 */

let hostile: Hostile;
let server: Running;

beforeAll(async () => {
  hostile = await makeHostileVault();
  server = await startServerProcess(hostile.vault, { cacheDir: hostile.cache });
}, 120_000);

afterAll(async () => {
  if (server) await stopServerProcess(server);
  await hostile?.cleanup();
});

/** An upgraded, authenticated socket, as the page opens it. */
function openSocket(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    let head = '';
    socket.once('error', reject);
    socket.on('data', function onData(chunk) {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      if (head.startsWith('HTTP/1.1 101')) resolve(socket);
      else reject(new Error(head.split('\r\n')[0]));
    });
    socket.write(
      [
        'GET /events HTTP/1.1',
        `Host: ${server.hostName}:${server.port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
        `Origin: http://${server.hostName}:${server.port}`,
        `Cookie: cairn_token=${server.token}`,
        '',
        '',
      ].join('\r\n'),
    );
  });
}

/** A frame; `mask` false sends it unmasked, which a client must never do. */
function frame(opcode: number, payload: Buffer, { fin = true, rsv = 0, mask = true, length }: { fin?: boolean; rsv?: number; mask?: boolean; length?: number } = {}): Buffer {
  const len = length ?? payload.length;
  const head: number[] = [(fin ? 0x80 : 0) | (rsv << 4) | opcode];
  const maskBit = mask ? 0x80 : 0;
  if (len < 126) head.push(maskBit | len);
  else if (len < 65536) head.push(maskBit | 126, len >> 8, len & 255);
  else {
    head.push(maskBit | 127, 0, 0, 0, 0);
    head.push((len >>> 24) & 255, (len >>> 16) & 255, (len >>> 8) & 255, len & 255);
  }
  if (!mask) return Buffer.concat([Buffer.from(head), payload]);
  const key = randomBytes(4);
  const masked = Buffer.from(payload.map((b, i) => b ^ (key[i % 4] as number)));
  return Buffer.concat([Buffer.from(head), key, masked]);
}

/** Sends bytes and waits until the server closes the socket or sends a close frame (or a second passes). */
async function send(bytes: Buffer[]): Promise<'closed' | 'open'> {
  const socket = await openSocket();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      socket.destroy();
      resolve('open');
    }, 1000);
    socket.on('error', () => undefined);
    const closed = (): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve('closed');
    };
    socket.once('close', closed);
    // A close frame from the server (opcode 8) is the server closing, whether or not it waits for ours.
    socket.on('data', (chunk: Buffer) => {
      if (chunk[0] === 0x88) closed();
    });
    for (const b of bytes) socket.write(b);
  });
}

async function expectAnswering(what: string): Promise<void> {
  expect(server.alive(), `${what}: the server exited:\n${server.output().slice(-2000)}`).toBe(true);
  const answer = await call(server, 'describeVault', undefined);
  expect(answer.status, what).toBe(200);
}

describe('malformed WebSocket frames', () => {
  const cases: [string, Buffer[]][] = [
    ['a frame over 64 KiB', [frame(2, Buffer.alloc(70 * 1024, 1))]],
    ['a length of 2^32 announced', [frame(2, Buffer.alloc(16), { length: 2 ** 32 - 1 })]],
    ['an unmasked frame', [frame(1, Buffer.from('hi'), { mask: false })]],
    ['opcode 3 (reserved)', [frame(3, Buffer.from('x'))]],
    ['opcode 0xB (reserved control)', [frame(0xb, Buffer.from('x'))]],
    ['RSV1 set without an extension', [frame(1, Buffer.from('x'), { rsv: 4 })]],
    ['RSV2 and RSV3 set', [frame(1, Buffer.from('x'), { rsv: 3 })]],
    ['invalid UTF-8 text', [frame(1, Buffer.from([0xc3, 0x28, 0xff]))]],
    ['a fragmented ping', [frame(9, Buffer.from('x'), { fin: false })]],
    ['a control frame over 125 bytes', [frame(9, Buffer.alloc(200, 1))]],
    ['a continuation with nothing to continue', [frame(0, Buffer.from('x'))]],
    ['a close with a 1-byte payload', [frame(8, Buffer.from([3]))]],
    ['a close with an invalid code', [frame(8, Buffer.from([0x03, 0xe7]))]],
    ['a close with an invalid UTF-8 reason', [frame(8, Buffer.from([0x03, 0xe8, 0xff, 0xfe]))]],
    ['a text message (the socket only sends)', [frame(1, Buffer.from('{"method":"listNotes"}'))]],
    ['a binary message', [frame(2, Buffer.from([1, 2, 3]))]],
    ['a new message inside a fragmented one', [frame(1, Buffer.from('a'), { fin: false }), frame(1, Buffer.from('b'))]],
    ['fragments adding up past 64 KiB', Array.from({ length: 20 }, (_, i) => frame(i === 0 ? 2 : 0, Buffer.alloc(4096, 1), { fin: false }))],
    ['garbage after the upgrade', [randomBytes(512)]],
  ];

  it.each(cases)('survives %s, closing only that socket', async (what, bytes) => {
    const outcome = await send(bytes);
    // Bad frames close the socket; a valid message does too (1008, events only).
    expect(outcome, what).toBe('closed');
    await expectAnswering(what);
  });

  it('survives 120 fuzzed frames from a seeded generator', async () => {
    const seed = Number(process.env.CAIRN_FUZZ_SEED ?? 20261206);
    const random = seeded(seed);
    const int = (n: number): number => Math.floor(random() * n);
    for (let i = 0; i < 120; i++) {
      const payload = Buffer.from(Array.from({ length: int(3) === 0 ? 200 + int(70_000) : int(140) }, () => int(256)));
      const bytes = frame(int(16), payload, { fin: random() < 0.7, rsv: int(3) === 0 ? int(8) : 0, mask: random() < 0.85, length: random() < 0.1 ? int(2 ** 31) : undefined });
      // Sometimes cut short, sometimes followed by more garbage.
      const cut = random() < 0.2 ? bytes.subarray(0, int(bytes.length)) : bytes;
      const parts = random() < 0.2 ? [cut, randomBytes(int(64))] : [cut];
      await send(parts);
      await expectAnswering(`fuzz case ${i} (seed ${seed})`);
    }
  }, 180_000);

  it('keeps sending events to a well-behaved socket meanwhile', async () => {
    const socket = await openSocket();
    const received = new Promise<string>((resolve) => socket.once('data', (chunk) => resolve(chunk.toString('utf8'))));
    await call(server, 'saveNote', { id: 'nueva.md', content: '# Nueva\n\n[[EC2]]\n', baseHash: null });
    expect(await received).toContain('nueva.md');
    socket.destroy();
  });
});
