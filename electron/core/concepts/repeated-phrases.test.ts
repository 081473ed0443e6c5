import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { proseTerms } from './prose-terms';

const terms = (text: string): string[] => proseTerms(parseNote('n.md', text)).map((c) => (c.names[0] ?? '').toLowerCase());

describe('repeated phrases in notes written without accents', () => {
  it('reads an unaccented adjective as the adjective, not as the verb it spells', () => {
    const found = terms(
      'Cada usuario tiene una clave publica y una privada. El emisor firma con la privada.\n\n' +
        'El receptor comprueba la firma con la clave publica del emisor.\n',
    );
    expect(found).toContain('clave publica');
  });

  it('reads a noun made from an -ar verb as a noun', () => {
    const found = terms('El intercambio de claves usa ECDHE.\n\nEn TLS 1.3 quitaron RSA del intercambio de claves.\n');
    expect(found).toContain('intercambio de claves');
  });

  it('still keeps a verb the note conjugates out of a phrase', () => {
    const found = terms('La consola publica los límites de EC2.\n\nLa consola publica las cuotas de EBS.\n');
    expect(found).not.toContain('consola publica');
  });
});

describe('terms a note lists', () => {
  it('reads the members of a list of noun phrases, each written once', () => {
    const found = terms('IPC between processes: pipes, message passing, shared memory, sockets.\n');
    expect(found).toContain('message passing');
    expect(found).not.toContain('pipes');
  });

  it('reads the steps of a chain of arrows, in Spanish or English', () => {
    const found = terms('working directory → staging area (index) → repositorio local (la carpeta de git)\n');
    expect(found).toContain('staging area');
    expect(found).toContain('repositorio local');
  });

  it('leaves out a list of clauses, a verb before the first member, and a phrase with its qualities', () => {
    const found = terms(
      'You can tag instances, volumes, network interfaces, and launch templates on creation.\n\n' +
        'It gives the first run, then restarts the old process, and stops.\n\n' +
        'Los volúmenes dan un almacenamiento de archivos simple, escalable y persistente.\n',
    );
    expect(found).not.toContain('tag instances');
    expect(found).not.toContain('first run');
    expect(found).not.toContain('almacenamiento de archivos simple');
  });
});

describe('a phrase an article shows to be a noun phrase', () => {
  it('keeps a gerund that names a kind of thing once an article stands before it', () => {
    const found = terms('Look up the route in the routing table first.\n\nEach subnet has one routing table.\n');
    expect(found).toContain('routing table');
  });

  it('keeps a gerund before its object out', () => {
    const found = terms('Before launching instances, check the quota.\n\nAfter launching instances, tag them.\n');
    expect(found).not.toContain('launching instances');
  });
});

describe('what the first word of a repeated phrase says', () => {
  it('keeps a gerund that names an activity and leaves out one that says what the noun does', () => {
    const found = terms(
      'The load balancer reads the forwarding rule first. Then the forwarding rule picks a target.\n\n' +
        'The listening socket accepts the call. Only the listening socket sees it.\n',
    );
    expect(found).toContain('forwarding rule');
    expect(found).not.toContain('listening socket');
  });

  it('reads a group named by its one purpose as a term, a group of many things as a quantity', () => {
    const found = terms(
      'Separa un conjunto de prueba antes de entrenar. El conjunto de prueba no se toca.\n\n' +
        'Hay una lista de tareas en el tablero. La lista de tareas crece.\n',
    );
    expect(found).toContain('conjunto de prueba');
    expect(found).not.toContain('lista de tareas');
  });

  it('leaves out phrases that count, compare, or label a remark', () => {
    const found = terms(
      'Las dos colas reciben mensajes. Si las dos colas se llenan, se pierden.\n\n' +
        'Each thread has its own call stack. Its own call stack holds frames.\n\n' +
        'Bigger messages go to disk. Bigger messages cost more.\n\n' +
        'Exam tip: read twice. Another exam tip: sleep.\n',
    );
    expect(found).not.toContain('dos colas');
    expect(found).not.toContain('own call stack');
    expect(found).not.toContain('bigger messages');
    expect(found).not.toContain('exam tip');
  });

  it('leaves out the first words of a numbered name', () => {
    const found = terms('Un fallo de clase A es leve. Un fallo de clase B es grave.\n\nEl fallo de clase A se ignora.\n');
    expect(found).not.toContain('fallo de clase');
  });
});

describe('the parts of one thing a note lists', () => {
  it('keeps the list, but not a member that points at one thing with an article after de', () => {
    const found = terms('Cada evento guarda: fecha, nombre del usuario, tipo de evento, código de error y cuerpo de la petición.\n');
    expect(found).toContain('tipo de evento');
    expect(found).toContain('código de error');
    expect(found).not.toContain('nombre del usuario');
    expect(found).not.toContain('cuerpo de la petición');
  });
});
