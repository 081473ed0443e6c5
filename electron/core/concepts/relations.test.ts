import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptEngine } from './engine';
import { typedRelations } from './relations';

/** `[from label, relation, to label]` of the typed relations the last note states, in a vault of concept notes. */
function relationsOf(study: string): string[][] {
  const notes = [
    parseNote('Apache.md', '# Apache\nA web server.'),
    parseNote('HTML.md', '# HTML\nThe language of web pages.'),
    parseNote('AMI.md', '# AMI\nAn image.'),
    parseNote('EC2 Image Builder.md', '# EC2 Image Builder\nA service.'),
    parseNote('IAM.md', '# IAM\nIdentity.'),
    parseNote('study.md', study),
  ];
  const engine = new ConceptEngine();
  engine.update(notes, []);
  const label = (key: string): string => engine.conceptInfo(key)?.label ?? key;
  return typedRelations(notes[5]!, engine.hitsFor('study.md'), engine.relationDictionary).map((r) => [label(r.from), r.name, label(r.to)]);
}

describe('typed relations: who creates what', () => {
  it('reads what a concept is for, and a finite verb', () => {
    expect(relationsOf('## EC2 Image Builder\nSirve para crear AMIs para tus instancias.\n')).toContainEqual(['EC2 Image Builder', 'creates', 'AMI']);
    expect(relationsOf('Con EC2 Image Builder se puede. EC2 Image Builder crea AMIs cada noche.\n')).toContainEqual(['EC2 Image Builder', 'creates', 'AMI']);
    expect(relationsOf('Every night EC2 Image Builder is used to create AMIs.\n')).toContainEqual(['EC2 Image Builder', 'creates', 'AMI']);
  });

  it('does not make the concept before an instruction or a bare infinitive its subject', () => {
    const creates = (text: string): string[][] => relationsOf(text).filter((r) => r[1] === 'creates');
    expect(creates('Al arrancar podemos instalar Apache y crear un documento HTML para servirlo.\n')).toEqual([]);
    expect(creates('Las claves de Apache nos son dadas al crear un usuario en IAM.\n')).toEqual([]);
    expect(creates('On first boot, install Apache and create an HTML page.\n')).toEqual([]);
  });
});

describe('typed relations: a passive is not a creator', () => {
  it('does not read `se crea en Y` under a heading X as X creates Y', () => {
    const creates = (text: string): string[][] => relationsOf(text).filter((r) => r[1] === 'creates');
    expect(creates('## EC2 Image Builder\nSe crea en una cuenta con IAM.\n')).toEqual([]);
    expect(creates('## EC2 Image Builder\nSirve para crear AMIs.\n')).toEqual([['EC2 Image Builder', 'creates', 'AMI']]);
  });
});
