import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { extractCandidates } from './extract';

/** Every name the note puts forward but its title, lower-cased. */
const names = (text: string): string[] =>
  extractCandidates(parseNote('apuntes.md', text)).candidates.filter((c) => c.source !== 'note').flatMap((c) => c.names.map((n) => n.toLowerCase()));

describe('a term set in bold inside a sentence', () => {
  it('is a term, in Spanish and in English', () => {
    expect(names('- el **tipo de instancia** decide cpu, memoria y red\n')).toContain('tipo de instancia');
    expect(names('Lambda keeps **provisioned concurrency** ready for the first requests.\n')).toContain('provisioned concurrency');
  });

  it('leaves out stress, quantities and the controls a guide tells you to use', () => {
    const es = names([
      'Los grupos son **stateful**: la respuesta sale sola.',
      'El disco es muy rapido pero **efimero** y se pierde.',
      'Las credenciales son siempre **temporales** y caducan.',
      'Las métricas llegan cada **5 minutos** y el montaje usa el **puerto 2049** siempre.',
      'Esto **no se puede** cambiar después; **cuántos** ves depende de ti.',
      'En la consola pulsa **Lanzar instancia** y espera; luego elige **solicitudes spot** y revisa.',
      'Las instantáneas son **copias incrementales** del volumen.',
    ].join('\n'));
    for (const n of ['cuántos', 'stateful', 'efimero', 'temporales', '5 minutos', 'puerto 2049', 'no se puede', 'lanzar instancia', 'solicitudes spot', 'copias incrementales']) {
      expect(es, n).not.toContain(n);
    }
    const en = names([
      'In the navigation pane, choose **Launch instance** to start; choose **saved requests** to list them.',
      'Open the **Storage** tab, the **capacity reservations** page and the **Network settings** section.',
      'Choose **Actions**, **Instance settings**, **change tenancy**.',
      'Check the **Volume state** before you detach it.',
    ].join('\n'));
    for (const n of ['launch instance', 'saved requests', 'storage', 'capacity reservations', 'network settings', 'instance settings', 'change tenancy', 'volume state']) {
      expect(en, n).not.toContain(n);
    }
  });

  it('reads a lower-case noun in bold after an article, used again in the note, as a term', () => {
    const en = names([
      'A broker keeps each message in a **partition** until every reader has read it.',
      'Readers of one group share the partitions, and a partition has one leader.',
    ].join('\n'));
    expect(en).toContain('partition');
    const es = names('El planificador reparte la cpu en una **ráfaga** corta. Cada ráfaga termina con una espera.\n');
    expect(es).toContain('ráfaga');
    // Said once, or stress on an adjective or an everyday word.
    const once = names('A broker keeps each message in a **partition** for a while.\nThe **whole** thing is a **quickly** written log of a **message**, then another message.\n');
    for (const n of ['partition', 'whole', 'quickly', 'message']) expect(once, n).not.toContain(n);
  });
});

describe('bold words in a row', () => {
  it('list terms, unless a verb clicks them as controls', () => {
    const listed = names('- familias: **penicilinas**, **cefalosporinas**, **carbapenems**, monobactámicos\n');
    for (const n of ['penicilinas', 'cefalosporinas', 'carbapenems']) expect(listed, n).toContain(n);
    expect(names('Then choose **Actions**, **Security**, **Modify IAM role** and save.\n')).not.toContain('security');
  });

  it('take a lone lower-case word no dictionary knows as a term, not as stress', () => {
    expect(names('inhiben la COX → menos síntesis de **prostaglandinas** y tromboxano\n')).toContain('prostaglandinas');
    expect(names('esto es **muy** importante y va **siempre** primero\n')).toEqual([]);
  });
});


describe('a bold term a sentence introduces', () => {
  it('everyday English words in lower case after an article are a term; a capitalised control is not', () => {
    const got = names('He also put the **safety condition** on the board, next to the old one.\nThen open the **Volume state** column and wait.\n');
    expect(got).toContain('safety condition');
    expect(got).not.toContain('volume state');
  });

  it("a Spanish name keeps its `de los` inside the bold, however long", () => {
    expect(names('La sostiene la **presión de degeneración de los electrones**, no la presión térmica.\n')).toContain('presión de degeneración de los electrones');
  });
});
