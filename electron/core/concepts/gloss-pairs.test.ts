import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptDictionary } from './dictionary';
import { extractCandidates } from './extract';

/** Whether the one-note vault made of `text` gives `a` and `b` one concept. */
function oneConcept(text: string, a: string, b: string, file = 'apuntes.md'): boolean {
  const d = new ConceptDictionary([extractCandidates(parseNote(file, text))]);
  const key = d.lookup(a);
  return key !== undefined && d.lookup(b) === key;
}

describe('a term and its other name in a bracket, in the shapes students write', () => {
  const spanish = [
    '# Arquitectura del software',
    '',
    'Apuntes del tema 5: cómo se despliega una aplicación y qué patrones usamos en clase.',
    '',
    '- **Layout** (maquetado)',
    '    Cómo se colocan los elementos en la pantalla.',
    '- **Despliegue canario** (Canary Deployment)',
    '    Se manda la versión nueva a una parte pequeña de los usuarios y se mira si falla.',
    '- **BDD** (Behavior-Driven Development, desarrollo guiado por comportamiento): los tests se escriben como escenarios.',
    '- Una **prueba de concepto** (PoC), como la del primer sprint, demuestra que la idea funciona.',
    '- Un HSM (hardware security module, o Security Module) guarda las claves privadas.',
    '',
    '## 202401011200 Firewalls (cortafuegos)',
    '',
    'Filtran el tráfico de la red según reglas.',
    '',
    '3.1. Los ribosomas y el ARNr (ARN d ribosoma) hacen la síntesis de proteínas.',
  ].join('\n');

  it('pairs a marked English term with its one Spanish word, though the word ends as a participle does', () => {
    expect(oneConcept(spanish, 'layout', 'maquetado')).toBe(true);
  });

  it('pairs a marked Spanish term whose first word also conjugates a verb with its English name', () => {
    expect(oneConcept(spanish, 'despliegue canario', 'canary deployment')).toBe(true);
  });

  it('pairs an acronym with its Spanish expansion beside the English one, and a Spanish term with a mixed-case acronym', () => {
    expect(oneConcept(spanish, 'BDD', 'desarrollo guiado por comportamiento')).toBe(true);
    expect(oneConcept(spanish, 'prueba de concepto', 'PoC')).toBe(true);
  });

  it('pairs the name `o` offers after the expansion, a Zettelkasten heading’s term, and `d` written for `de`', () => {
    expect(oneConcept(spanish, 'HSM', 'Security Module')).toBe(true);
    expect(oneConcept(spanish, 'firewalls', 'cortafuegos')).toBe(true);
    expect(oneConcept(spanish, 'ARNr', 'ARN d ribosoma')).toBe(true);
  });

  it('pairs units with their symbols in a legend separated by middle dots, and an English label with its gloss', () => {
    const text = [
      '- units',
      '\t- N = newton (force) · W = watt = J/s (power) · Pa = pascal = N/m² · mol = mole',
      '- rate limiting (request throttling): caps how many requests a client may send per second',
      '- the client sends requests; rate limiting answers with 429 and the pascal is a unit of pressure.',
    ].join('\n');
    expect(oneConcept(text, 'Pa', 'pascal', 'physics.md')).toBe(true);
    expect(oneConcept(text, 'mol', 'mole', 'physics.md')).toBe(true);
    expect(oneConcept(text, 'rate limiting', 'request throttling', 'physics.md')).toBe(true);
  });

  it('walks back over a determiner to the term, and leaves a preposition, an article after `o` and a shared head alone', () => {
    const text = [
      '# Redes',
      '',
      'El balanceador reparte el tráfico entre varios nodos (nodes) del clúster y comprueba su estado.',
      'Dos redes pueden hablar entre regiones (cross-region peering) sin salir a internet.',
      'El disco se monta en la instancia (o el contenedor Docker) al arrancar.',
      '- Tiene sus propias tablas de rutas (TGW route tables) para separar entornos.',
    ].join('\n');
    expect(oneConcept(text, 'nodos', 'nodes')).toBe(true);
    expect(oneConcept(text, 'entre regiones', 'cross-region peering')).toBe(false);
    expect(oneConcept(text, 'instancia', 'contenedor Docker')).toBe(false);
  });
});

describe('a bracket naming a term after a proper name, by its catalogue number, or spelling out an acronym', () => {
  const text = [
    '# Tema 2. La atmósfera y el cielo',
    '',
    'Repaso de las fuerzas que mueven el aire y de los objetos del cielo que vimos en las prácticas.',
    '',
    '- **Efecto de Magnus** (Magnus effect): una pelota que gira se desvía hacia un lado.',
    '- **Ley de Buys Ballot** (Buys Ballot law / regla de Buys Ballot): con el viento a la espalda, las bajas quedan a la izquierda.',
    '- En prácticas vimos la galaxia de Andrómeda (M31) con el telescopio del observatorio.',
    '- La familia de instancias (M5) es de uso general.',
    '- el tratamiento se empieza en AP (AP = atención primaria) y se deriva si no mejora',
    '- **ahorradores de potasio**: diuréticos como la espironolactona, dan hiperpotasemia',
    '- en AP se ven sobre todo infecciones leves',
  ].join('\n');

  it('joins a Spanish name after a proper name to the English one that puts the proper name first', () => {
    expect(oneConcept(text, 'efecto de Magnus', 'Magnus effect')).toBe(true);
    expect(oneConcept(text, 'Ley de Buys Ballot', 'Buys Ballot law')).toBe(true);
    expect(oneConcept(text, 'Ley de Buys Ballot', 'regla de Buys Ballot')).toBe(true);
  });

  it('joins a proper name to its catalogue number, not a common noun to a code', () => {
    expect(oneConcept(text, 'galaxia de Andrómeda', 'M31')).toBe(true);
    expect(oneConcept(text, 'familia de instancias', 'M5')).toBe(false);
  });

  it('joins an acronym to the words a bracket spells it out as, not to another name of the same initials', () => {
    expect(oneConcept(text, 'AP', 'atención primaria')).toBe(true);
    expect(oneConcept(text, 'AP', 'ahorradores de potasio')).toBe(false);
  });
});
