/**
 * A concept named in the plural (`Patrones de diseño`, `hiperparámetros`, `design patterns`) is defined in the
 * singular (`Un patrón de diseño es …`): the forms an answer may name it by. The head noun opens a Spanish
 * name and ends an English one, so both ends lose a plural `-s` or `-es`; a form no note writes matches nothing.
 */
export function answerNames(names: readonly string[]): string[] {
  const out = [...names];
  // `f) Novación`, `1.2. Fuentes`: a name read with its item's marker is written without it too.
  for (const name of names) {
    const bare = name.replace(/^(?:[a-z]\)|\d+(?:\.\d+)*[.)])\s+(?=\S)/u, '');
    if (bare !== name && !out.includes(bare)) out.push(bare);
  }
  for (const name of [...out]) {
    const ws = name.split(/\s+/);
    const last = ws.length - 1;
    // `derechos reales` → `derecho real`: the noun and its adjective agree, so both ends may lose it together.
    for (const a of forms(ws[0] as string)) {
      for (const b of last > 0 ? forms(ws[last] as string) : [a]) {
        const form = (last > 0 ? [a, ...ws.slice(1, last), b] : [a]).join(' ');
        if (!out.includes(form)) out.push(form);
      }
    }
  }
  return out;
}

/** A word and, when it looks plural, the word without `-s` and without `-es`. `status`, `analysis`, `access`, `bus`: not plurals. */
function forms(w: string): string[] {
  if (w.length < 5 || !/\p{Ll}s$/u.test(w) || /(?:ss|us|is)$/u.test(w)) return [w];
  return /es$/u.test(w) ? [w, w.slice(0, -1), w.slice(0, -2)] : [w, w.slice(0, -1)];
}
