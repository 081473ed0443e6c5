import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { englishRole } from './english-lexicon';
import { extractCandidates } from './extract';
import { isSpanishVerbOnly } from './spanish-lexicon';
import { cutBySentence } from './junk-names';
import { mulberry32 } from '../testing/prng';

/** Every name the note puts forward (prose terms, definitions, headings), lower-cased. */
const names = (text: string, id = 'apuntes.md'): string[] =>
  extractCandidates(parseNote(id, text)).candidates.filter((c) => c.source !== 'note').flatMap((c) => c.names.map((n) => n.toLowerCase()));

describe('concepts stay inside one sentence or clause', () => {
  it('does not join a link line and the label after it (Spanish and English)', () => {
    const es = names('Repaso de cómputo. Ver [[AMI]]. Relacionado: [[EBS]].\nOtra idea: [[VPC]].\n');
    expect(es.some((n) => n.includes('relacionado'))).toBe(false);
    expect(es).not.toContain('ver ami. relacionado');
    const en = names('Notes on networking. See [[ENI]]. Related: [[Security groups]].\n![[ELB]] Related: [[NLB limits]]. Pay only for what you use.\n');
    expect(en.some((n) => n.includes('related'))).toBe(false);
  });

  it('reads a line that only points at a link as a reference, not a definition', () => {
    const found = names('Relacionado: [[Instancias de rendimiento ampliable]].\nImage recipe: receta que dice qué software lleva cada imagen.\n');
    expect(found).not.toContain('relacionado');
    expect(found).toContain('image recipe');
  });

  it('does not cut a link\'s title to make a subject', () => {
    const found = names('Ver [[instance store migration]]. Repaso: [[instance store migration]] stores data.\n');
    expect(found).not.toContain('ver instance');
  });

  it('does not take a phrase that rates how often for a concept', () => {
    const found = names('Un error frecuente es confundir ELB con ALB. Otro error frecuente es olvidar el rol.\nA typical error is to forget the role; that typical error costs time.\n');
    expect(found).not.toContain('error frecuente');
    expect(found).not.toContain('typical error');
  });

  it('does not read a compound noun as a subject and its verb', () => {
    const found = names(
      'Las notas de hoy son para el examen de la semana que viene, con los datos de la máquina y de la red.\n' +
        'instance store matter because they change the price.\ninstance store matter because they are fast.\n',
    );
    expect(found).not.toContain('instance');
    const ok = names('Spot Instances provide spare capacity at a discount.\n', 'notes.md');
    expect(ok).toContain('spot instances');
  });

  it('does not take "X es + infinitive" for a definition of X', () => {
    const es = names('Un error frecuente es confundir ELB con ALB.\nEl ELB es un servicio que reparte el tráfico.\n');
    expect(es).not.toContain('error frecuente');
    const en = names('A common mistake is to confuse ELB with ALB. Amazon EFS is a shared file system for Linux.\n', 'notes.md');
    expect(en).not.toContain('common mistake');
  });
});

describe('phrases do not start or end on a function word, a quantifier or an auxiliary', () => {
  it('Spanish', () => {
    const found = names(
      'Por defecto, NLB bloquea el tráfico de algunos puertos. Por defecto, ALB bloquea el tráfico de algunos puertos.\n' +
        'Con EFS puedes montar la red subyacente sin gestionar algunos subyacente. Mide el tráfico de menos y el tráfico de menos.\n' +
        'El volumen debe subyacente estar cifrado; el volumen debe subyacente rotar.\n',
    );
    expect(found).not.toContain('tráfico de algunos');
    expect(found.filter((n) => /\b(algunos|menos|debe)\b/.test(n))).toEqual([]);
  });

  it('English', () => {
    const found = names('Both volumes are encrypted when both volumes share a key. Detach both volumes first.\n', 'notes.md');
    expect(found).not.toContain('both volumes');
  });
});

describe('verb phrases are clauses, not concepts', () => {
  it('Spanish: auxiliaries, infinitives, clitics and conjugated verbs end the phrase', () => {
    const found = names(
      'Usa ELB junto con ALB cuando la regla deba sobrevivir a la caída de una zona.\n' +
        'Usa EFS junto con ECS cuando la regla deba sobrevivir a la caída de una zona.\n' +
        'En el examen, las preguntas de EC2 suelen compararlo con S3. Las preguntas de ELB suelen compararlo con ALB.\n' +
        'Las instancias ampliables importan porque cambian el coste. Las instancias ampliables importan mucho en el examen.\n',
    );
    for (const junk of ['deba sobrevivir', 'regla deba sobrevivir', 'regla deba', 'suelen compararlo', 'instancias ampliables importan']) expect(found).not.toContain(junk);
    expect(found).toContain('instancias ampliables');
  });

  it('Spanish: a verb glued to a noun by a template is not a term', () => {
    const found = names(
      'Por defecto, NLB bloquea el tráfico de detener desde la zona. Por defecto, ALB bloquea el tráfico de detener desde la red.\n' +
        'Con EFS puedes lanzar la terminar subyacente. Con EBS puedes lanzar la terminar subyacente.\n',
    );
    expect(found).not.toContain('tráfico de detener');
    expect(found).not.toContain('terminar subyacente');
  });

  it('English: a verb, an adverb or an instruction is not part of a noun phrase', () => {
    const found = names(
      'The console shows EC2 limits per region. The console shows EBS limits too.\n' +
        'Remember that instance types matter because they change the price; for the exam, instance types matter a lot.\n' +
        'Copy the snapshot privately, then share the snapshot privately.\n' +
        'Create volumes in the console, or create volumes with the CLI.\n',
      'notes.md',
    );
    for (const junk of ['console shows', 'instance types matter', 'snapshot privately', 'create volumes']) expect(found).not.toContain(junk);
    expect(found).toContain('instance types');
  });

  it('English: contractions, modals and past tenses are verbs', () => {
    const found = names(
      'If the attribute isn\'t set, check it; the attribute isn\'t copied.\n' +
        'You cannot cancel a listing once sold, and you cannot cancel it later.\n' +
        'We made changes to the template, then made changes again.\n',
      'notes.md',
    );
    for (const junk of ['attribute isn', 'cannot cancel', 'made changes']) expect(found).not.toContain(junk);
  });

  it('keeps noun phrases whose words can also be verbs', () => {
    const found = names(
      'A launch template stores the AMI. Every launch template has versions.\n' +
        'The credit earn rate depends on the size; the credit earn rate of a t3.micro is 12 credits per hour.\n',
      'notes.md',
    );
    expect(found).toContain('launch template');
    expect(found).toContain('credit earn rate');
  });
});

describe('fragments of a longer name are not concepts', () => {
  it('the tail of a hyphenated code', () => {
    const found = names('Estudio para el examen saa-c03 y repaso el temario de saa-c03 cada semana.\n');
    expect(found).not.toContain('c03');
  });

  it('the first word of a name the note writes whole elsewhere', () => {
    const found = names('ECS es Elastic Container Service. Mi nota decía "Elastic container service" por error.\n');
    expect(found).not.toContain('elastic');
  });

  it('a piece of a linked note\'s title', () => {
    const found = names('Ver [[NACL chuleta v2]]. More in [[Internet gateway deep dive]]. Ver [[TGW seguridad SysOps]].\n');
    for (const junk of ['v2', 'deep dive', 'sysops']) expect(found).not.toContain(junk);
  });

  it('a word left over after the sentence\'s first word, and a subject cut at a capitalised cue word', () => {
    const found = names('Transit Gateway (TGW) is what this note is about.\nElastic Block Store (EBS) is what this note is about.\n', 'notes.md');
    expect(found).toContain('transit gateway');
    expect(found).not.toContain('gateway');
    expect(found).not.toContain('elastic block');
    expect(found).toContain('elastic block store');
  });

  it('an item number or a port after a name', () => {
    const found = names('Option 3 is the cheapest. GENEVE 6081 is the port of the Gateway Load Balancer. Names are resolved by Amazon Route 53.\n', 'notes.md');
    expect(found).not.toContain('option 3');
    expect(found).not.toContain('geneve 6081');
    expect(found).toContain('amazon route 53');
  });

  it('the rest of a title after a capitalised function word', () => {
    const found = names('Para datos fríos existe la clase One Zone-IA, más barata que Standard-IA.\n');
    expect(found).not.toContain('zone-ia');
  });
});

describe('dates, measures, identifiers and task titles are not concepts', () => {
  it('English', () => {
    const found = names(
      'Since August 14 the volume holds 0.125 TiB; a p3 has 16 GiB of GDDR6 memory at 3.2 GHz.\n' +
        'The snapshot 0598c7d356eba48d7 is encrypted with MD5¹ checks.\n' +
        'Then follow Install EC2 Instance Connect and Specify Capacity Reservation, or ask Compute Optimizer.\n',
      'notes.md',
    );
    for (const junk of ['august 14', '0.125 tib', 'tib', 'gib of gddr6', '3.2 ghz', '0598c7d356eba48d7', 'md5¹', 'install ec2 instance connect', 'specify capacity reservation']) expect(found).not.toContain(junk);
    const units = names('Each volume holds up to 16,384 GiBs, and a gp3 volume starts at 1 GiBs of storage. GiBs add up.\n', 'notes.md');
    expect(units).not.toContain('gibs');
    const more = names('The d3en holds 48TB and reaches Provisioned IOPS of 64 thousand; read Importing Linux VMs and the v3 notes.\n', 'notes.md');
    for (const junk of ['48tb', 'provisioned iops of 64', 'importing linux vms', 'v3']) expect(more).not.toContain(junk);
    expect(more).toContain('provisioned iops');
    expect(found).toContain('ec2 instance connect');
    expect(found).toContain('capacity reservation');
    expect(found).toContain('compute optimizer');
  });

  it('Spanish', () => {
    const found = names('Desde Agosto 2024 el volumen guarda 2.4 TB en un SSD NVMe. Revisa la guía Install NVIDIA antes.\n');
    expect(found).not.toContain('agosto 2024');
    expect(found).not.toContain('2.4 tb');
  });
});

describe('headings that label a part of the note are not concepts', () => {
  it('rating adjectives and Spanish verbs (tasks)', () => {
    const found = names('# EFS\n\n## Install EC2 Instance Connect\n\nText.\n\n## Compute optimized instances\n\nText.\n\n## Detalles útiles\n\nTexto.\n\n## Ideas clave\n\nTexto.\n\n## Configurar credenciales\n\nTexto.\n\n## Ciclo de vida\n\nTexto.\n\n## Useful links\n\nText.\n');
    for (const junk of ['detalles útiles', 'ideas clave', 'configurar credenciales', 'useful links', 'install ec2 instance connect']) expect(found).not.toContain(junk);
    expect(found).toContain('ciclo de vida');
    expect(found).toContain('compute optimized instances');
  });
});

describe('the lexicons behind these rules', () => {
  it('tells Spanish verb forms from nouns and adjectives that look like them', () => {
    for (const verb of ['deba', 'importan', 'sobrevivir', 'compararlo', 'configurar', 'debería']) expect(isSpanishVerbOnly(verb), verb).toBe(true);
    for (const word of ['regla', 'copia', 'muestra', 'cifrado', 'lugar', 'imagen', 'volumen', 'subyacente', 'ampliable', 'instancias']) expect(isSpanishVerbOnly(word), word).toBe(false);
  });

  it('tells English verbs, adverbs and determiners from nouns', () => {
    expect(englishRole('shows')).toBe('verb');
    expect(englishRole('logs')).toBe('noun');
    expect(englishRole('privately')).toBe('other');
    expect(englishRole('both')).toBe('other');
    expect(englishRole('create')).toBe('base-verb');
    expect(englishRole('launch')).toBe('noun');
    expect(englishRole('subnet')).toBe('unknown');
  });
});

describe('a task title is read from its first word only', () => {
  it('a name whose opening word went (a sentence start) does not lose its next word as a verb', () => {
    const found = names('# Repaso\n\nEC2:::Elastic Compute Cloud\n', 'repaso.md');
    expect(found).not.toContain('cloud');
  });
});

describe('addresses are not concepts', () => {
  it('an example host name or IP address in prose names no concept; the service beside it does', () => {
    const found = names('Connect to ec2-203-0-113-25.compute-1.amazonaws.com or to 10.0.0.25 with EC2 Instance Connect.\n', 'notes.md');
    expect(found).not.toContain('ec2 203 0 113 25 compute 1 amazonaw com');
    expect(found.some((n) => n.includes('203'))).toBe(false);
    expect(found).toContain('ec2 instance connect');
  });
});

describe('a name the sentence cuts', () => {
  /** The patterns the reading replaced, made for each name. */
  const byPattern = (name: string, sentence: string): boolean => {
    if (!sentence) return false;
    const e = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`\\p{L}['’]t\\s+${e}`, 'u').test(sentence) ||
      (/\s\p{Lu}$/u.test(name) && new RegExp(`${e}(?:\\.|[*_\\s]*$)`, 'u').test(sentence)) ||
      (/\d$/.test(name) && new RegExp(`${e}['’′]`, 'u').test(sentence));
  };

  it('reads slogans, initials and primes around the name', () => {
    expect(cutBySentence('Repeat Yourself', "Don't Repeat Yourself is a rule")).toBe(true);
    expect(cutBySentence('Robert C', 'Robert C. Martin wrote it')).toBe(true);
    expect(cutBySentence('ARN 5', "el ARN 5'→3' se lee")).toBe(true);
    expect(cutBySentence('Repeat Yourself', 'Repeat Yourself often')).toBe(false);
  });

  it('answers as the patterns did, on random sentences with spaces, marks and astral letters', () => {
    const alphabet = ['a', 'n', 't', 'T', 'C', 'x', '5', ' ', '\u00a0', '\u2003', '\n', "'", '’', '′', '.', '*', '_', '(', '+', '𝐀', 'é', 'Ñ', "n't ", "𝐀’t\u00a0", ' C', '. '];
    const rand = mulberry32(5);
    const pick = (n: number): string => {
      let s = '';
      for (let k = 0; k < n; k++) s += alphabet[Math.floor(rand() * alphabet.length)];
      return s;
    };
    let cut = 0;
    for (let i = 0; i < 4000; i++) {
      const name = pick(1 + Math.floor(rand() * 3));
      const sentence = `${pick(Math.floor(rand() * 6))}${rand() < 0.7 ? name : ''}${pick(Math.floor(rand() * 4))}`;
      const expected = byPattern(name, sentence);
      if (expected) cut++;
      expect(cutBySentence(name, sentence), JSON.stringify([name, sentence])).toBe(expected);
    }
    expect(cut).toBeGreaterThan(200);
  });
});

describe('the note\'s own machinery stays out, in any subject', () => {
  it('leaves out a timeline\'s dates, formula pieces, labels of the notes\' parts and quoted mnemonics', () => {
    const text = [
      '## Timeline rápida',
      '',
      '| fecha | qué pasa |',
      '|---|---|',
      '| oct 1934 | **Revolución de Asturias** |',
      '| jul–nov 1938 | batalla del Ebro |',
      '',
      '### Conceptos generales',
      '- PED = %ΔQd / %ΔP, and P > MC means allocative inefficiency',
      '',
      '## Review Qs (from the TA session)',
      '',
      'mnemotecnia para el ribosoma: **"AT 30, CEL 50"** → aminoglucósidos en la 30S',
    ].join('\n');
    const found = names(text);
    expect(found).toContain('revolución de asturias');
    for (const junk of ['timeline rápida', 'oct 1934', 'jul–nov 1938', 'conceptos generales', 'δqd', 'p > mc', 'review qs', 'cel 50']) expect(found, junk).not.toContain(junk);
  });
});


describe("a reading response's paperwork is no concept", () => {
  it('days, course codes and the entries of a works-cited list name nothing; the surnames the prose cites do', () => {
    const found = names([
      'PHIL 210 — Theory of Knowledge',
      'Reading response #4 (draft, due Thurs)', '',
      'Prof said on Tuesday that Gettier (1963) argued against the traditional analysis, and Goldman answered him.', '',
      '## Seminar questions', '', '1. Does the chicken-sexer really know?', '',
      'Thesis idea: the barn case shows the two debates are one problem.', '',
      '## Works cited', '',
      'Harlow, Miriam. 2019. *Thinking About Knowledge*. 2nd ed. Oxford: Clarendon.',
      'Gettier, Edmund L. 1963. "Is Justified True Belief Knowledge?" *Analysis* 23 (6): 121–23.',
      'Goldman, Alvin. 1979. "What Is Justified Belief?" In *Justification and Knowledge*, edited by G. Pappas.',
      '- Watson, J. D., & Crick, F. H. (1953). Molecular Structure of Nucleic Acids. *Nature*.',
    ].join('\n'), 'reading.md');
    for (const junk of ['thurs', 'tuesday', 'phil', 'miriam', 'alvin', 'justified true belief knowledge', 'molecular structure', 'nucleic acids', 'seminar questions', 'thesis idea', 'works cited']) expect(found, junk).not.toContain(junk);
    for (const real of ['gettier', 'goldman']) expect(found, real).toContain(real);
  });

  it('capitals written alone are kept though they also stand before a number (`HTTPS 443`)', () => {
    const found = names('Hypertext Transfer Protocol Secure (HTTPS) cifra el tráfico entre cliente y servidor. El puerto de HTTPS 443 se abre en el grupo de seguridad.\n');
    expect(found).toContain('https');
  });

  it('a Spanish phrase that ends on a verb is a clause, not a term; an adjective without its accent is not a verb', () => {
    const found = names('La energía sale de la diferencia de masa. En la zona radiativa la energía sale por fotones.\nLa clave publica se comparte. Con la clave publica se cifra.\n');
    expect(found).not.toContain('energía sale');
    expect(found).toContain('clave publica');
  });
});
