import { describe, expect, it } from 'vitest';
import { onVaultOpened } from './vault-opened';

describe('onVaultOpened', () => {
  it('keeps saved positions when the index reports ready before the page knew its vault', () => {
    expect(onVaultOpened('', 'notes', 0, 120)).toEqual({ relayout: false, join: true });
  });

  it('lays out a vault seen for the first time', () => {
    expect(onVaultOpened('', 'notes', 0, 0)).toEqual({ relayout: true, join: true });
    expect(onVaultOpened('notes', 'notes', 0, 0)).toEqual({ relayout: true, join: true });
  });

  it('keeps what is on screen when the same vault finishes indexing', () => {
    expect(onVaultOpened('notes', 'notes', 40, 0)).toEqual({ relayout: false, join: true });
  });

  it('lays out afresh, without joining a fetch on its way, when another vault opens', () => {
    expect(onVaultOpened('notes', 'work', 40, 300)).toEqual({ relayout: true, join: false });
  });
});
