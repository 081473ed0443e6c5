/**
 * `AMI` stands for `Amazon Machine Image`, `GWLB` for `Gateway Load Balancer`: its letters, in order,
 * begin the long name's words or continue the word the letter before began; a word left out must be a
 * small lower-case one (`de`, `of`).
 */
export function isAcronymOf(short: string, long: string): boolean {
  if (!/^[A-Z][A-Z0-9]{1,6}s?$/.test(short)) return false;
  // EC2 is E-C-C (Elastic Compute Cloud), S3 is S-S-S: a digit repeats the letter before it.
  const letters = short
    .replace(/s$/, '')
    .replace(/([A-Z])([2-9])/g, (_m, l: string, n: string) => l.repeat(Number(n)))
    .replace(/[^A-Z]/g, '')
    .toLowerCase();
  const words = long.split(/[\s-]+/).filter(Boolean);
  if (letters.length < 2 || words.length < 2) return false;
  const match = (l: number, w: number): boolean => {
    if (l === letters.length) return words.slice(w).every((x) => /^\p{Ll}{1,3}$/u.test(x));
    for (let k = w; k < words.length; k++) {
      const word = words[k]!.toLowerCase();
      if (word[0] === letters[l]) {
        // Letters after this one may continue the same word (Gate-W-ay) before moving on.
        let inner = 1;
        let at = l + 1;
        for (;;) {
          if (match(at, k + 1)) return true;
          const next = at < letters.length ? word.indexOf(letters[at]!, inner) : -1;
          if (next < 0) break;
          inner = next + 1;
          at++;
        }
      }
      if (!/^\p{Ll}{1,3}$/u.test(words[k]!)) return false;
    }
    return false;
  };
  return match(0, 0);
}
