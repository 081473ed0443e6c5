/**
 * Thrown by `importState` when a cached index cannot be used (other FlexSearch version, other
 * configuration, damaged state). The caller rebuilds the index from the notes.
 */
export class SearchStateError extends Error {
  readonly rebuild = true;
  constructor(reason: string) {
    super(`Search index cache rejected (${reason}); rebuild the index.`);
    this.name = 'SearchStateError';
  }
}
