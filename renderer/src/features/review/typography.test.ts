import { describe, expect, it } from 'vitest';
import { typeset } from './typography';

describe('typeset', () => {
  it('draws the arrows a student typed between words, and leaves code alone', () => {
    expect(typeset('caché -> guarda copias cerca => más rápido')).toBe('caché → guarda copias cerca ⇒ más rápido');
    expect(typeset('const f = (x) =>x; a-->b; x->y')).toBe('const f = (x) =>x; a-->b; x->y');
  });
});
