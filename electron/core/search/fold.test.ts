import { describe, expect, it } from 'vitest';
import { foldKey, foldPlain, keysOf, tokenize } from './fold';

describe('search folding', () => {
  it('ignores case and accents', () => {
    expect(foldKey('Paginación')).toBe(foldKey('paginacion'));
    expect(foldKey('Balanceador')).toBe('balanceador');
    expect(foldPlain('Cómputo/EC2')).toBe('computo/ec2');
  });

  it('folds Spanish and English plurals onto the singular', () => {
    for (const [a, b] of [['instancias', 'instancia'], ['balanceadores', 'balanceador'], ['images', 'image'], ['roles', 'rol'], ['AMIs', 'AMI'], ['redes', 'red']]) {
      expect(foldKey(a as string)).toBe(foldKey(b as string));
    }
    expect(foldKey('EBS')).toBe('ebs');
  });

  it('splits on hyphens and punctuation and keeps offsets into the original text', () => {
    const text = 'El X-Forwarded-For, según AWS.';
    expect(keysOf(text)).toEqual(['el', 'x', 'forwarded', 'for', 'segun', 'aws']);
    const t = tokenize(text)[4];
    expect(text.slice(t?.start, t?.end)).toBe('según');
  });
});
