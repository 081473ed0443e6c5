import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryNode } from './query-parser';

const w = (text: string): QueryNode => ({ kind: 'word', text });

describe('parseQuery', () => {
  const ok: [string, QueryNode | null][] = [
    ['', null],
    ['   ', null],
    ['ec2', w('ec2')],
    ['ec2 ami', { kind: 'and', children: [w('ec2'), w('ami')] }],
    ['"load balancer"', { kind: 'phrase', text: 'load balancer' }],
    ['-spot ec2', { kind: 'and', children: [{ kind: 'not', child: w('spot') }, w('ec2')] }],
    ['a OR b c', { kind: 'or', children: [w('a'), { kind: 'and', children: [w('b'), w('c')] }] }],
    ['a or b', { kind: 'and', children: [w('a'), w('or'), w('b')] }],
    ['tag:#aws', { kind: 'filter', op: 'tag', value: 'aws' }],
    ['tag:aws/compute', { kind: 'filter', op: 'tag', value: 'aws/compute' }],
    ['path:"aws/redes" elb', { kind: 'and', children: [{ kind: 'filter', op: 'path', value: 'aws/redes' }, w('elb')] }],
    ['FILE:EC2', { kind: 'filter', op: 'file', value: 'EC2' }],
    ['concept:EC2', { kind: 'filter', op: 'concept', value: 'EC2' }],
    ['-tag:draft', { kind: 'not', child: { kind: 'filter', op: 'tag', value: 'draft' } }],
    ['(a OR b) c', { kind: 'and', children: [{ kind: 'or', children: [w('a'), w('b')] }, w('c')] }],
    ['-(a b)', { kind: 'not', child: { kind: 'and', children: [w('a'), w('b')] } }],
    ['-"x y"', { kind: 'not', child: { kind: 'phrase', text: 'x y' } }],
    ['X-Forwarded-For', w('X-Forwarded-For')],
    ['url:x', w('url:x')],
  ];
  it.each(ok)('parses %j', (q, node) => {
    expect(parseQuery(q)).toEqual({ ok: true, node });
  });

  const bad: [string, RegExp][] = [
    ['"unclosed', /Unclosed quote/],
    ['ec2 "load', /Unclosed quote at position 5/],
    ['OR ec2', /needs a term on its left/],
    ['ec2 OR', /needs a term on its right/],
    ['a OR OR b', /needs a term on its right/],
    ['tag:', /"tag:" needs a value/],
    ['path: ec2', /"path:" needs a value/],
    ['tag:#', /"tag:" needs a value/],
    ['(a b', /Unclosed "\("/],
    ['a b)', /Unmatched "\)"/],
    ['()', /Empty parentheses/],
    ['a - b', /must be followed/],
    ['""', /Empty phrase/],
  ];
  it.each(bad)('rejects %j with a message', (q, msg) => {
    const r = parseQuery(q);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(msg);
  });
});
