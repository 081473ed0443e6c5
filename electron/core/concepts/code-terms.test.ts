import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptDictionary } from './dictionary';
import { codeName } from './code-terms';
import { extractCandidates } from './extract';

const names = (text: string): string[][] =>
  extractCandidates(parseNote('notes.md', text)).candidates.filter((c) => c.source === 'definition').map((c) => c.names);

describe('code a note treats as a term', () => {
  it('reads a list item that opens with a command or an identifier and says what it is', () => {
    const found = names(
      '## Comandos\n- `docker ps -a` — lista los contenedores, también los parados\n- `npm ci`: instala exactamente lo que fija el lockfile\n' +
        '- `.dockerignore` — ficheros que no se copian a la imagen\n- `SRV` record: service -> host and port\n',
    );
    expect(found).toEqual(expect.arrayContaining([['docker ps'], ['npm ci'], ['.dockerignore'], ['SRV record']]));
  });

  it('keeps the code in the sentence it records, so a card or an edge that quotes it still names the term', () => {
    const defined = extractCandidates(parseNote('notes.md', '- `chmod 400`: solo lectura para tu usuario\n')).candidates.find((c) => c.source === 'definition');
    expect(defined?.occurrence.sentence).toBe('chmod 400: solo lectura para tu usuario');
  });

  it('reads a sentence that opens with code and says what it is, with another spelling in brackets', () => {
    const found = names('Un remote tiene nombre. `upstream` es el remote del que partió tu fork.\n`trunk` (o `develop` en equipos viejos) is the branch everyone merges into.\n');
    expect(found).toEqual(expect.arrayContaining([['upstream'], ['trunk', 'develop']]));
  });

  it('ignores code inside a sentence, examples, values and snippets', () => {
    const found = names(
      'Ejecuta `npm ci` antes de probar.\n- el puerto por defecto es `8080` — no lo cambies\n- `SELECT * FROM users WHERE id = 1` — devuelve una fila\n' +
        '- `https://example.com/a` — la página de ayuda\n- `10.0.0.1`: la puerta de enlace de la red\n' +
        // The states a field takes, and words set in code.
        '- `pending` – The request is waiting for capacity.\n- `in-progress` – The copy is running now.\n- `Bytes sent per second` – How fast it sends.\n' +
        '- `Name or Key` – Either of the two labels.\n- `KeyId` or `KeyAlias` – Which key to use.\n- `3f2a9c1e-77b0-4d2e` – The id of the request.\n',
    );
    expect(found).toEqual([]);
  });

  it('cuts a command before its options, paths and values', () => {
    expect(codeName('git log --oneline --graph')).toBe('git log');
    expect(codeName('git revert <hash>')).toBe('git revert');
    expect(codeName('kubectl apply -f pod.yaml')).toBe('kubectl apply');
    expect(codeName('fork()')).toBe('fork()');
    expect(codeName('192.168.0.1')).toBeNull();
  });

  it('reads a command a shell block explains in a comment', () => {
    const found = names(
      '## Docker\n```bash\ndocker build -t app .     # construye la imagen desde el Dockerfile\nsudo docker run app  # arranca un contenedor\nls -la   # lista ficheros\n```\n' +
        '```python\nclient.run(x)  # runs the job on the cluster\n```\n```\n[ec2-user ~]$ docker ps   # what is running\n```\n',
    );
    expect(found).toEqual([['docker build'], ['docker run']]);
  });

  it('makes the term a concept of a one-note vault', () => {
    const d = new ConceptDictionary([extractCandidates(parseNote('n.md', '# Git\n\n- `git bisect` — busca por bisección el commit que rompió algo\n'))]);
    expect(d.lookup('git bisect')).toBeDefined();
  });
});
