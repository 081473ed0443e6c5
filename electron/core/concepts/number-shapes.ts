/**
 * Words that are numbers in disguise: a note writes them as values, never as names of ideas. The tokenizer
 * keeps dots and dashes inside a word, so a range, a size, a time stamp or a cut decimal can look code-like.
 */

/** `10.x`, `192.168.x`, `172.16-31.x`, `2xx`, `5XX`: a range of numbers written with a placeholder. */
const PLACEHOLDER = /^\d+(?:[.-]\d+)*(?:\.[xX*])+$|^\d(?:xx|XX)$/;
/** `00Z`, `00.000Z`, `12:30Z`: the tail of a time stamp. */
const TIME = /^\d{2}(?:[.:]\d+)*Z$/;
/** `169.254.169.254`, `10.0.0.0/16`: an address or a block of them. */
const ADDRESS = /^\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?$/;

/**
 * A word that opens with a digit and holds no two letters in a row (`4096x2160`, `2x4k`, `1e.0`, `6.d`,
 * `1.10.0`): a measure, a version or a piece of a number. `2xlarge` (a size's name) and `3D`, `5G` (a
 * digit and one capital, no punctuation) are words.
 */
function cutNumber(w: string): boolean {
  if (!/^\d/.test(w) || /\p{L}{2}/u.test(w)) return false;
  return /[.,/-]|\p{Ll}/u.test(w) || /^\d+$/.test(w);
}

/** Is this word of a name a number in disguise (see above)? */
export function numberWord(w: string): boolean {
  return PLACEHOLDER.test(w) || TIME.test(w) || ADDRESS.test(w) || cutNumber(w);
}

/**
 * A name that is a number in disguise, or holds one that is not a version of the word before it
 * (`IMDS 169.254.169.254`, `status 2xx`): `TLS 1.3`, `Windows Server 2019`, `HTTP/2` and `502 Bad Gateway` stay names.
 */
export function numberName(name: string): boolean {
  const ws = name.trim().split(/\s+/);
  if (ws.length === 1) return numberWord(ws[0] as string);
  return ws.some((w, i) => PLACEHOLDER.test(w) || TIME.test(w) || ADDRESS.test(w) || (i === 0 && cutNumber(w) && !/^\d+$/.test(w)));
}
