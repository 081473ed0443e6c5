/** `ELB / Elastic Load Balancer`, `Elastic Load Balancer / ELB`: an acronym and its name side by side. */
import type { NamePair } from './name-pairs';
import { abbreviates } from './abbreviations';
import { nameOf, stripEmphasis, wordsOf } from './name-shapes';
import { spells } from './acronym-letters';

/** `ELB / Elastic Load Balancer`, `Elastic Load Balancer / ELB`: two names side by side. */
const SLASHED = /(?:^|[\s(])([A-Z][A-Z0-9]{1,5})\s+\/\s+([^/()\n.,;:]{3,60})|([\p{L}][^/()\n.,;:]{2,60}?)\s+\/\s+([A-Z][A-Z0-9]{1,5})(?=$|[\s),.;:])/gu;

/** `ELB / Elastic Load Balancer`: an acronym and a name its initials spell, either way round. */
export function slashed(line: string, offset: number, out: NamePair[]): void {
  SLASHED.lastIndex = 0;
  for (let m = SLASHED.exec(line); m; m = SLASHED.exec(line)) {
    const acronym = m[1] ?? m[4] ?? '';
    const raw = m[2] ?? m[3] ?? '';
    // The name is the words next to the slash: as many as the acronym has letters, or one more for a joiner.
    const words = wordsOf(stripEmphasis(raw));
    for (let n = Math.min(words.length, acronym.length + 2); n >= 1; n--) {
      const name = nameOf((m[2] !== undefined ? words.slice(0, n) : words.slice(-n)).join(' '));
      // One word only as the start of it, in lower case (`OPT / optimal`).
      if (name && (n > 1 ? spells(acronym, name) : /^\p{Ll}+$/u.test(name) && abbreviates(acronym, name))) {
        out.push({ names: [name, acronym], at: offset + m.index });
        break;
      }
    }
  }
}
