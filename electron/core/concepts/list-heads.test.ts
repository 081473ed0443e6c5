import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptEngine } from './engine';
import { findDefinitions } from './definitions';

/** A one-note vault, as a student starts: what concepts does the note alone give? */
function vaultOf(text: string): ConceptEngine {
  const engine = new ConceptEngine();
  engine.update([parseNote('apuntes.md', text)], []);
  return engine;
}

const label = (engine: ConceptEngine, name: string): string | undefined => {
  const key = engine.lookup(name);
  return key === undefined ? undefined : engine.concept(key)?.label;
};

describe('terms a student marks by layout', () => {
  it('reads bold list heads as terms, with what follows the arrow as their definition', () => {
    const engine = vaultOf([
      '## opciones de compra',
      '- **instancias bajo demanda** (on demand)',
      '  - pagas lo que usas, sin compromiso',
      '- **instancias reservadas** (RI)',
      '  - compromiso de 1 o 3 años',
      '- **grupo de seguridad** (security group) -> firewall virtual a nivel de instancia',
      '- **IP publica** -> cambia cada vez que paras y arrancas la instancia',
      '- **hibernacion** -> guarda la RAM en el volumen raiz',
    ].join('\n'));
    for (const name of ['instancias bajo demanda', 'instancias reservadas', 'grupo de seguridad', 'IP publica', 'hibernacion']) {
      expect(engine.lookup(name), name).toBeDefined();
    }
    // The parenthesis after a Spanish head names the same thing: its English name, or the acronym.
    expect(engine.lookup('security group')).toBe(engine.lookup('grupo de seguridad'));
    expect(engine.lookup('RI')).toBe(engine.lookup('instancias reservadas'));
    const sg = engine.concept(engine.lookup('grupo de seguridad') as string);
    expect(sg?.definitions[0]?.sentence).toBe('grupo de seguridad (security group) -> firewall virtual a nivel de instancia');
  });

  it('reads `Term - definition`, `Term = …` and numbered `Term -> …` lines of a cheat sheet', () => {
    const engine = vaultOf([
      'Launch template - saved config for launching instances. Versioned.',
      'Graviton = AWS own ARM CPUs, better price/perf.',
      'Connection draining (aka deregistration delay) - let in-flight requests finish before removing a target.',
      'AZ = Availability Zone. Region = cluster of AZs.',
      'Scaling policy types:',
      '  1. Target tracking -> keep a metric at a value',
      '  2. Step scaling -> an alarm adds or removes N',
    ].join('\n'));
    expect(label(engine, 'launch template')).toBe('Launch template');
    expect(label(engine, 'graviton')).toBe('Graviton');
    expect(label(engine, 'target tracking')).toBe('Target tracking');
    expect(label(engine, 'step scaling')).toBe('Step scaling');
    expect(engine.lookup('deregistration delay')).toBe(engine.lookup('Connection draining'));
    expect(engine.lookup('Availability Zone')).toBe(engine.lookup('AZ'));
    expect(engine.concept(engine.lookup('Launch template') as string)?.definitions[0]?.sentence).toMatch(/^Launch template - saved config/);
  });

  it('leaves out the labels, fields and values of notes and forms', () => {
    const engine = vaultOf([
      'Tip - para bloquear una IP concreta usa una NACL.',
      '- **Ejemplo 2**: crear una instancia y conectarse.',
      '+ **Count**: Specify the number of instances, and the count of each.',
      '+ **None** — Prevents the instances from launching into a reservation.',
      '+ **Manually** — Reserve the capacity until you cancel it.',
      '+ **Details** – the details of the host.',
      '**Inbound**',
      'cluster -> todas juntas en el mismo rack',
      '- **Terminate an instance** – what happens to its volumes.',
      '- **Red y permisos**: un grupo de seguridad y un rol.',
      'Example output:',
      '## Scaling + LB',
    ].join('\n'));
    for (const name of ['Tip', 'Ejemplo 2', 'Count', 'None', 'Manually', 'Details', 'Inbound', 'cluster', 'Terminate an instance', 'Red y permisos', 'Example output', 'Scaling + LB']) {
      expect(engine.lookup(name), name).toBeUndefined();
    }
  });

  it('reads the intro of a list as the category its items belong to', () => {
    const engine = vaultOf('Route 53 es el servicio DNS de AWS. Routing policies:\n- Simple\n- Weighted -> repartir tráfico por pesos\nScaling policy types:\n1. Target tracking -> keep a metric');
    expect(label(engine, 'routing policy')).toBe('Routing policies');
    expect(label(engine, 'scaling policy')).toBe('Scaling policy');
  });

  it('reads the first cell of each row of a table as what the row is about', () => {
    const engine = vaultOf([
      '| option | discount | commitment |',
      '| --- | --- | --- |',
      '| Savings Plans | up to 72% | $/hr for 1 or 3 yr |',
      '| Dedicated Host | – | whole physical server |',
      '| 10.0.0.0/16 | local | tráfico interno |',
    ].join('\n'));
    expect(label(engine, 'savings plans')).toBe('Savings Plans');
    expect(label(engine, 'dedicated host')).toBe('Dedicated Host');
    // The header names the columns, not things.
    expect(engine.lookup('option')).toBeUndefined();
    expect(engine.lookup('discount')).toBeUndefined();
  });

  it('pairs an acronym in bold with its expansion in brackets', () => {
    expect(findDefinitions('- **AMI** (Amazon Machine Image) -> plantilla').map((d) => [d.long, d.short])).toEqual([['Amazon Machine Image', ['AMI']]]);
    expect(findDefinitions('- **ENI** (elastic network interface) -> tarjeta de red').map((d) => [d.long, d.short])).toEqual([['elastic network interface', ['ENI']]]);
  });
});

describe('measures in a cheat sheet are not names', () => {
  it('leaves out ordinals, thousands, times of day and a share after a name', () => {
    const engine = vaultOf([
      'FSx - managed 3rd-party file systems for Windows and HPC.',
      'io2 Block Express - provisioned IOPS SSD, up to 256k IOPS, for databases.',
      'Scheduled -> known patterns (Mon 9am), then scale in at night.',
      'Target tracking -> keep a metric at a value (e.g. avg CPU 40%) all day.',
    ].join('\n'));
    for (const name of ['3rd-party', '256k IOPS', '9am', 'CPU 40']) expect(engine.lookup(name), name).toBeUndefined();
    expect(engine.lookup('io2 Block Express')).toBeDefined();
  });
});

describe('a list of everyday words a student defines in bold', () => {
  it('reads each bold head of such a list as a term, in Spanish and in English', () => {
    const es = vaultOf([
      '## IAM',
      '- **Usuario**: una persona o aplicación, con credenciales a largo plazo.',
      '- **Grupo**: conjunto de usuarios; las políticas del grupo se aplican a todos.',
      '- **Rol**: identidad con permisos temporales que asume un servicio o un usuario.',
    ].join('\n'));
    for (const name of ['Usuario', 'Grupo', 'Rol']) expect(label(es, name), name).toBe(name);
    expect(es.concept(es.lookup('rol') as string)?.definitions[0]?.sentence).toMatch(/^Rol: identidad con permisos/);
    const en = vaultOf([
      '- **Queue**: a buffer of messages that consumers poll.',
      '- **Topic**: a channel that pushes each message to every subscriber.',
    ].join('\n'));
    expect(label(en, 'queue')).toBe('Queue');
    expect(label(en, 'topic')).toBe('Topic');
  });

  it('leaves out a lone bold word, a form\'s fields and the facets of a thing', () => {
    const engine = vaultOf([
      '- **Usuario**: una persona o aplicación, con credenciales.',
      '',
      'Texto entre medias.',
      '',
      '+ **Name**: A name for the new AMI, shown in the console.',
      '+ **Description**: A description of the copy you make.',
      '+ **Details** – the details of the host.',
      '',
      '- **Imagen**: familia y tamaño de la instancia.',
      '- **Red**: la que une las instancias.',
    ].join('\n'));
    for (const name of ['Usuario', 'Name', 'Description', 'Details', 'Imagen', 'Red']) expect(engine.lookup(name), name).toBeUndefined();
  });
});

describe('a Spanish term with its English name in brackets', () => {
  it('reads the first name of a bracket that goes on with other names or examples, and a preposition the English side lacks', () => {
    const engine = vaultOf([
      'Hay dos familias: firma en grupo (group signature, ej BBS) y firma ciega (blind signature).',
      '',
      'Se mide con la pérdida cuadrática (squared-loss o L2 loss):',
    ].join('\n'));
    expect(engine.lookup('group signature')).toBe(engine.lookup('firma en grupo'));
    expect(engine.lookup('firma en grupo')).toBeDefined();
    expect(engine.lookup('squared-loss')).toBe(engine.lookup('pérdida cuadrática'));
    expect(engine.lookup('pérdida cuadrática')).toBeDefined();
  });

  it('leaves out a bracket of examples and one that spells an acronym of the phrase', () => {
    const engine = vaultOf([
      'Para entrar hace falta la clave del portal (google authenticator o una tarjeta física).',
      '',
      'nginx = proxy de tls (transport layer security, antes ssl)',
    ].join('\n'));
    expect(engine.lookup('clave del portal')).toBeUndefined();
    expect(engine.lookup('proxy de tls')).toBeUndefined();
  });
});

describe('the items of a list introduced as kinds', () => {
  it('names each kind an item opens with, by the category noun and what sets it apart', () => {
    const engine = vaultOf([
      'Tipos de colas:',
      '1. colas prioritarias, ordenadas por rango',
      '2. colas de mensajes, para desacoplar servicios',
      '',
      'Cache types:',
      '- write-through cache, writes to both at once',
      '- lazy loading, fills on a miss',
    ].join('\n'));
    expect(engine.lookup('colas prioritarias')).toBeDefined();
    expect(engine.lookup('colas de mensajes')).toBeDefined();
    expect(engine.lookup('write-through cache')).toBeDefined();
  });
});

describe('everyday words a subject defines', () => {
  it('makes a bold head a concept when a verb of meaning or its genus defines it, however common the word', () => {
    const engine = vaultOf([
      '1. Demand & supply',
      '\t1. **Demand** refers to the quantity consumers are willing and able to buy at each price.',
      '\t2. **Supply** refers to the quantity producers are willing to sell at each price.',
      '',
      'Market structures:',
      '',
      '- **Monopoly** — a single seller with no close substitutes, protected by barriers to entry',
      '- every firm is a price taker in perfect competition, unlike a natural monopoly',
    ].join('\n'));
    for (const name of ['Demand', 'Supply', 'Monopoly']) expect(label(engine, name), name).toBe(name);
  });

  it('reads a highlighted head (`==Law of demand==: …`) as a bold one', () => {
    const engine = vaultOf('- ==Law of demand==: price up, quantity demanded down, all else equal.\n- ==Tax incidence== refers to who bears the tax in the end.\n');
    expect(label(engine, 'law of demand')).toBe('Law of demand');
    expect(engine.lookup('tax incidence')).toBeDefined();
  });

  it('reads two lower-case terms a line sets against each other, and kinds named by one shared noun', () => {
    const engine = vaultOf([
      '- bactericida → mata la bacteria ; bacteriostático → inhibe el crecimiento',
      '',
      'Reformas del gobierno:',
      '1. **Reforma agraria** → ley de bases, expropiar latifundios del sur',
      '2. **Reforma militar** (Azaña): retiro voluntario de oficiales con sueldo completo',
    ].join('\n'));
    for (const name of ['bactericida', 'Reforma agraria', 'Reforma militar']) expect(engine.lookup(name), name).toBeDefined();
  });

  it('keeps a Spanish complement after `de` from reading as a part of a document (`efecto de primer paso`)', () => {
    const engine = vaultOf('- **efecto de primer paso** (hepático) → baja la biodisponibilidad de los fármacos por vía oral\n');
    expect(engine.lookup('efecto de primer paso')).toBeDefined();
  });
});
