import { describe, expect, it } from 'vitest';
import type { ProblemCode } from '../../contract';
import { decodeNoteBytes } from './decode';

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

interface Row {
  name: string;
  bytes: number[];
  text: string | RegExp;
  problems: ProblemCode[];
  readOnly: boolean;
}

const rows: Row[] = [
  { name: 'plain UTF-8', bytes: utf8('# EC2\n[[AMI]]'), text: '# EC2\n[[AMI]]', problems: [], readOnly: false },
  { name: 'accents, emoji, CJK', bytes: utf8('Instancias de cómputo ☁️ 🚀 實例'), text: 'Instancias de cómputo ☁️ 🚀 實例', problems: [], readOnly: false },
  { name: 'BOM is stripped', bytes: [0xef, 0xbb, 0xbf, ...utf8('---\ntitle: x\n---')], text: '---\ntitle: x\n---', problems: [], readOnly: false },
  { name: 'CRLF kept', bytes: utf8('a\r\nb\r\n'), text: 'a\r\nb\r\n', problems: [], readOnly: false },
  { name: 'empty file', bytes: [], text: '', problems: [], readOnly: false },
  { name: 'Latin-1 bytes are not UTF-8', bytes: [0x63, 0x61, 0x66, 0xe9, 0x20, 0x5b, 0x5b, 0x61, 0x5d, 0x5d], text: 'caf\uFFFD [[a]]', problems: ['non-utf8'], readOnly: true },
  { name: 'truncated multi-byte sequence', bytes: [...utf8('ok '), 0xe2, 0x82], text: /^ok /, problems: ['non-utf8'], readOnly: true },
  { name: 'NUL bytes removed for indexing', bytes: utf8('a\u0000b\u0000\nc'), text: 'ab\nc', problems: ['nul-bytes'], readOnly: true },
  { name: 'NUL bytes and bad UTF-8', bytes: [0x61, 0x00, 0xff], text: 'a\uFFFD', problems: ['non-utf8', 'nul-bytes'], readOnly: true },
];

describe('decodeNoteBytes', () => {
  it.each(rows)('$name', (row) => {
    const result = decodeNoteBytes(new Uint8Array(row.bytes));
    if (typeof row.text === 'string') expect(result.text).toBe(row.text);
    else expect(result.text).toMatch(row.text);
    expect(result.problems.map((p) => p.code)).toEqual(row.problems);
    expect(result.readOnly).toBe(row.readOnly);
  });
});
