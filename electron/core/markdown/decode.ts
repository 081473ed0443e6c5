import type { NoteProblem } from '../../contract';

export interface DecodedNote {
  /** Text to index: BOM removed, NUL characters removed. */
  text: string;
  problems: NoteProblem[];
  /**
   * True when `text` is not the file's exact content (bad UTF-8 replaced by U+FFFD, NULs dropped):
   * saving it back would silently destroy bytes, so the note must not be edited.
   */
  readOnly: boolean;
}

// Reading as 'utf8' silently turns bad bytes into U+FFFD; `fatal` makes us notice instead.
const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export function decodeNoteBytes(bytes: Uint8Array): DecodedNote {
  const problems: NoteProblem[] = [];
  let readOnly = false;
  let text: string;
  try {
    // TextDecoder drops a leading UTF-8 BOM by default (ignoreBOM: false).
    text = strict.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    readOnly = true;
    problems.push({ code: 'non-utf8', message: 'The file is not valid UTF-8; it is indexed as best we can but opened read-only so saving cannot damage it.' });
  }
  if (text.includes('\u0000')) {
    text = text.replaceAll('\u0000', '');
    readOnly = true;
    problems.push({ code: 'nul-bytes', message: 'The file contains NUL bytes (binary data?); they are ignored for indexing and the note is read-only.' });
  }
  return { text, problems, readOnly };
}
