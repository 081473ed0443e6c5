import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { extractCandidates } from './extract';

/** Names the note defines (source `definition`), lower-cased. */
const defined = (text: string, id = 'apuntes.md'): string[] =>
  extractCandidates(parseNote(id, text)).candidates.filter((c) => c.source === 'definition').flatMap((c) => c.names.map((n) => n.toLowerCase()));

const definitionOf = (text: string, name: string, id = 'apuntes.md'): string | undefined =>
  extractCandidates(parseNote(id, text)).candidates.find((c) => c.source === 'definition' && c.names.some((n) => n.toLowerCase() === name))?.occurrence.sentence;

describe('a term the note asks about is a concept, whatever its case', () => {
  it('English Q/A lines; the answer is its definition', () => {
    const text = '# Review\n\nQ: What is a mutex?\nA: a lock that only one thread holds at a time\n\nQ: what does a scheduler do?\nA: picks which process runs next\n';
    const found = defined(text, 'review.md');
    expect(found).toContain('mutex');
    expect(found).toContain('scheduler');
    expect(definitionOf(text, 'mutex', 'review.md')).toBe('a lock that only one thread holds at a time');
  });

  it('Spanish questions, in a line or a heading', () => {
    const found = defined('# Repaso\n\n¿Qué es un hipervisor?\nEl software que reparte el hardware.\n\n## ¿Para qué sirve un balanceador de carga?\n\nReparte el tráfico entre instancias.\n');
    expect(found).toContain('hipervisor');
    expect(found).toContain('balanceador de carga');
  });

  it('does not take a pronoun or a question in general for a term', () => {
    const found = defined('# Review\n\nQ: What is it?\nA: nothing\n\nQ: What is the difference?\nA: speed\n\nQ: how is it reliable?\nA: retries\n', 'review.md');
    expect(found).not.toContain('it');
    expect(found).not.toContain('difference');
  });
});

describe('a card line names its term', () => {
  it('`term :: definition`, in lower case', () => {
    const found = defined('# Redes\n\nmac address :: 48-bit hardware address burned into the card\n', 'redes.md');
    expect(found).toContain('mac address');
  });
});

describe('a naming phrase names a term', () => {
  it('Spanish and English', () => {
    const es = defined('# Pods\n\nCuando hay un segundo contenedor de apoyo se le llama sidecar. Se cifra la clave con RSA y luego todo con AES → esto es el cifrado híbrido.\n');
    expect(es).toContain('sidecar');
    expect(es).toContain('cifrado híbrido');
    const en = defined('# Memory\n\nWhen a process spends more time paging than running, this is called thrashing.\n', 'memory.md');
    expect(en).toContain('thrashing');
  });
});

describe('a term opening a clause inside a line', () => {
  it('after a sentence end or a dash that heads the line', () => {
    const found = defined('# Sync\n\n**starvation vs deadlock** — starvation: one process waits forever while others run. deadlock: no process makes any progress\nA mutex is a lock. semaphore = an integer counter with two operations\n', 'sync.md');
    expect(found).toContain('starvation');
    expect(found).toContain('deadlock');
    expect(found).toContain('semaphore');
  });

  it('not a label introducing a list, nor an everyday word', () => {
    const found = defined('# Cripto\n\nProteger la información es el fin. Objetivos: confidencialidad, integridad, autenticación y no repudio.\nEs lento. Problema: cómo le paso la clave al otro sin que nadie la vea.\n');
    expect(found).not.toContain('objetivos');
    expect(found).not.toContain('problema');
  });
});

describe('a sentence that defines any one of a kind defines the word, even an everyday one', () => {
  it('Spanish: `Un X es un/otro …`, and verbs that say what a thing means or studies', () => {
    const found = defined('# Docker\n\nUn volumen es un directorio gestionado por Docker que vive fuera del contenedor. Un remote es otra copia del repo en otro sitio.\nLa consistencia eventual significa que todas las réplicas acaban igual. La criptografía estudia cómo proteger la información.\n');
    for (const term of ['volumen', 'remote', 'consistencia eventual', 'criptografía']) expect(found).toContain(term);
  });

  it('English: `A X is a …`, where `The X is …` speaks of one thing', () => {
    const found = defined('# Sync\n\nA semaphore is an integer counter with two operations. The instance is a t2.micro in this lab.\n', 'sync.md');
    expect(found).toContain('semaphore');
    expect(found).not.toContain('instance');
  });

  it('not a part of the argument', () => {
    const found = defined('# Costes\n\nUn problema es la latencia entre regiones. A downside is a higher bill.\n');
    expect(found).not.toContain('problema');
    expect(found).not.toContain('downside');
  });
});

describe('what any one of a kind does names the kind', () => {
  it('`Un X <verbo> …` / `A X <verb>s …`, not an everyday English word nor a part of a longer subject', () => {
    const es = defined('# Bases de datos\n\nLas tablas tienen filas. Un JOIN combina filas de dos tablas usando una columna común. Un crédito de CPU equivale a un minuto.\n');
    expect(es).toContain('join');
    expect(es).not.toContain('cpu');
    const en = defined('# Sharing\n\nYou share things. A resource share specifies the principals. A block holds data. A bug exists in the file. A shorter period creates a sensitive alarm.\n', 'sharing.md');
    expect(en).toContain('resource share');
    for (const junk of ['block', 'bug', 'shorter period']) expect(en).not.toContain(junk);
  });
});

describe('an English word a whole sentence defines', () => {
  it('a bare subject and the copula (`Paging is a …`, `Thrashing is when …`), not one thing nor an everyday word', () => {
    const found = defined('# OS\n\nPaging is a memory-management scheme without external fragmentation. Thrashing is when a process pages more than it runs.\nThe agent enables you to pick metrics. Status is a field of the table.\n', 'os.md');
    expect(found).toContain('paging');
    expect(found).toContain('thrashing');
    expect(found).not.toContain('agent');
    expect(found).not.toContain('status');
  });
});

describe('an answer that opens by naming a thing', () => {
  it('names the term a how-question asks for, not the genus a what-question gets', () => {
    const text = 'Q: how does a disk survive a crash?\nA: the write-ahead log: every change is logged before it is applied\n\nQ: What is RAID?\nA: a storage virtualization scheme: disks act as one\n';
    const found = defined(text, 'review.md');
    expect(found).toContain('write-ahead log');
    expect(found).not.toContain('storage virtualization scheme');
  });
});

describe('a heading that asks what a thing is without a question mark', () => {
  it('names the thing, and its section says what it is', () => {
    const text = '# Tema 2\n\n## Repaso de lo que es el aprendizaje profundo\n\nEl aprendizaje profundo usa redes de muchas capas.\n\n## What a socket is\n\nAn endpoint of a connection.\n';
    expect(defined(text)).toContain('aprendizaje profundo');
    expect(defined(text)).toContain('socket');
    expect(definitionOf(text, 'aprendizaje profundo')).toBe('El aprendizaje profundo usa redes de muchas capas.');
  });
});

describe('a sentence that only says what a term is like does not define it', () => {
  it('an adjective starting with an article\'s letters is not the article (`es elástica` is not `es el …`)', () => {
    const gloss = (text: string, name: string) =>
      extractCandidates(parseNote('geo.md', text)).candidates.find((c) => c.source === 'definition' && c.names.some((n) => n.toLowerCase() === name))?.gloss;
    const text = '# Geología\n\nLa litosfera es elástica y se deforma con el peso del hielo.\n\nLa astenosfera es la capa plástica que hay debajo de la litosfera.\n';
    expect(gloss(text, 'litosfera')).not.toBe('strong');
    expect(gloss(text, 'astenosfera')).toBe('strong');
  });
});
