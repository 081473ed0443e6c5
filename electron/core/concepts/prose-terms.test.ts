import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { documentTitle, proseTerms } from './prose-terms';

const terms = (text: string): string[] => proseTerms(parseNote('n.md', text)).map((c) => (c.names[0] ?? '').toLowerCase());

describe('proseTerms keeps clauses out', () => {
  it('drops a repeated phrase that ends on a verb (always followed by an article)', () => {
    const found = terms(
      'La consola muestra los límites de EC2. Los datos de usuario se leen al arrancar.\n\n' +
        'La consola muestra las cuotas de EBS. Los datos de usuario son un script.\n',
    );
    expect(found).toContain('datos de usuario');
    expect(found).not.toContain('consola muestra');
  });

  it('drops English verbs the same way', () => {
    const found = terms('The console shows the limits of a user data script.\nThe console shows the quotas, and user data runs once.\n');
    expect(found).toContain('user data');
    expect(found).not.toContain('console shows');
  });

  it('keeps adverbs, conjunctions and pronouns out of phrases', () => {
    const found = terms(
      'Revisa el volumen antes de cambiar el tamaño de nada, porque importa.\n' +
        'Mide el disco antes de cambiar el tamaño de nada, porque importa.\n' +
        'Spot instances matter because they are cheap; spot instances matter because of price.\n',
    );
    expect(found).not.toContain('antes de cambiar');
    expect(found).not.toContain('tamaño de nada');
    expect(found).not.toContain('matter because');
  });

  it('does not open a name with a bare number', () => {
    const found = terms('El ALB trabaja en la capa 7 de [[ELB]] y el NLB en la capa 4 de ELB. Hay 3 Availability Zones.\n');
    expect(found.filter((t) => /^\d/.test(t))).toEqual([]);
    expect(found).toContain('availability zones');
  });

  it('does not run a name on from a link into the next word', () => {
    const found = terms('Mira esto. ![[VPC]] Revisa las métricas de red. Ver [[EC2]] Recuerda que la instancia es regional. Usa [[ECS]] con Amazon Fargate hoy.\n');
    expect(found).not.toContain('vpc revisa');
    expect(found).not.toContain('revisa');
    expect(found).not.toContain('ec2 recuerda');
    expect(found).toContain('amazon fargate');
  });
});

describe('parts of a document', () => {
  it('are placed or capitalised; a subject names its own section or page in lower case', () => {
    expect(documentTitle(['critical', 'section'])).toBe(false);
    expect(documentTitle(['dirty', 'page'])).toBe(false);
    for (const ws of [['next', 'section'], ['this', 'page'], ['console', 'page'], ['optional', 'steps'], ['Network', 'settings', 'section'], ['Details', 'tab'], ['user', 'guide']]) {
      expect(documentTitle(ws), ws.join(' ')).toBe(true);
    }
  });
});
