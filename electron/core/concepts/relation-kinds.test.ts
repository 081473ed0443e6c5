import { describe, expect, it } from 'vitest';
import { relationsIn } from '../testing/typed-relations';

/** Kinds of statement students write, each read into a typed relation, in Spanish and English. */
describe('typed relations from kinds of statement', () => {
  it('reads a flow of names joined by arrows as each leading to the next', () => {
    expect(relationsIn(['Borrador', 'Revision', 'Publicado'], '# Flujo\n\nflujo: borrador → la revision (manual) → publicado\n')).toEqual([
      ['Borrador', 'leads to', 'Revision'],
      ['Revision', 'leads to', 'Publicado'],
    ]);
    expect(relationsIn(['Working tree', 'Staging area'], '# Git\n\n- working tree -> staging area\n')).toEqual([['Working tree', 'leads to', 'Staging area']]);
  });

  it('reads a name that is another followed by Spanish adjectives as a kind of it, and one followed by English words as a feature of it', () => {
    expect(relationsIn(['ARN', 'ARN mensajero', 'ARN d transferencia'], '# Biología\n\nEl ARN mensajero y el ARN d transferencia son dos tipos de ARN.\n')).toEqual(
      expect.arrayContaining([
        ['ARN mensajero', 'is a kind of', 'ARN'],
        ['ARN d transferencia', 'is a kind of', 'ARN'],
      ]),
    );
    expect(relationsIn(['EC2', 'EC2 Instance Connect'], '# EC2\n\nEC2 Instance Connect opens a shell on EC2.\n')).toContainEqual(['EC2 Instance Connect', 'feature of', 'EC2']);
  });

  it('reads the items under a heading or a term whose name says it is a set of kinds as kinds, and under another as parts', () => {
    expect(relationsIn(['record types', 'A record', 'MX'], '# DNS\n\n## record types\n\nA record: name to IPv4 address.\n\nMX: mail server for the domain.\n')).toEqual(
      expect.arrayContaining([
        ['A record', 'is a kind of', 'record types'],
        ['MX', 'is a kind of', 'record types'],
      ]),
    );
    expect(relationsIn(['zone file', 'SOA'], '# DNS\n\n## zone file\n\nSOA: the start of authority.\n')).toContainEqual(['SOA', 'part of', 'zone file']);
    expect(relationsIn(['storage classes', 'intelligent tiering', 'glacier'], '# S3\n\nstorage classes (clases de almacenamiento), de más caro a más barato:\n  intelligent tiering -> según el uso\n  glacier -> archivo\n')).toEqual([
      ['intelligent tiering', 'is a kind of', 'storage classes'],
      ['glacier', 'is a kind of', 'storage classes'],
    ]);
  });

  it('reads no flow where an arrow joins prose, or defines a bold term', () => {
    expect(relationsIn(['Working tree', 'Staging area'], '# Git\n\n- too much working tree -> slow staging area\n')).toEqual([]);
    expect(relationsIn(['Working tree', 'Staging area'], '# Git\n\n- **working tree** -> staging area\n').filter((r) => r[1] === 'leads to')).toEqual([]);
  });

  it('reads a relative clause on the genus as said of the subject', () => {
    expect(relationsIn(['Clave ajena', 'Clave primaria'], '# BD\n\nUna clave ajena es una columna que apunta a la clave primaria de otra tabla.\n')).toContainEqual(['Clave ajena', 'points to', 'Clave primaria']);
    expect(relationsIn(['Message broker', 'Queue'], '# Q\n\nA message broker is a server that manages every queue in the cluster.\n')).toContainEqual(['Message broker', 'manages', 'Queue']);
  });

  it('reads a clause joined by y/and as said of the sentence subject', () => {
    expect(relationsIn(['Bloque', 'Hash'], '# Cadena\n\nCada bloque es un registro (lote) y se identifica por su hash.\n')).toContainEqual(['Bloque', 'identified by', 'Hash']);
  });

  it('reads what a thing has, where it is placed and what it is built from', () => {
    expect(relationsIn(['Paquete', 'Plantilla'], '# D\n\nCada paquete tiene una plantilla (template) que fija el formato.\n')).toEqual([['Paquete', 'has', 'Plantilla']]);
    expect(relationsIn(['Bucket', 'Object key'], '# S\n\nEach bucket has an object key for every file.\n')).toEqual([['Bucket', 'has', 'Object key']]);
    // `tiene que` is must: nothing is had.
    expect(relationsIn(['Paquete', 'Plantilla'], '# D\n\nEl paquete tiene que validar la plantilla.\n').filter((r) => r[1] === 'has')).toEqual([]);
    expect(relationsIn(['Router', 'Subred publica'], '# D\n\nel router se pone en la subred publica !!\n')).toEqual([['Router', 'lives in', 'Subred publica']]);
    expect(relationsIn(['Paquete', 'Plantilla'], '# D\n\nEl paquete se genera a partir de la plantilla.\n')).toEqual([['Paquete', 'built from', 'Plantilla']]);
  });

  it('reads a definite article before the genus, in a paragraph that names the genus before', () => {
    const text = '# Repos\n\nUn repositorio es un servidor de paquetes. Maven Central es el repositorio publico por defecto de Java.\n';
    expect(relationsIn(['Maven Central', 'Repositorio'], text)).toContainEqual(['Maven Central', 'is a kind of', 'Repositorio']);
    expect(relationsIn(['PyPI', 'Package index'], '# D\n\nPyPI is the package index that pip uses.\n')).toContainEqual(['Py PI', 'is a kind of', 'Package index']);
    expect(relationsIn(['PyPI', 'Package index'], '# D\n\nPyPI is the same as any package index.\n')).toEqual([]);
  });

  it('reads a comparative set against a concept as a comparison', () => {
    expect(relationsIn(['Ed25519', 'DSA'], '# Firmas\n\n- Ed25519 (curva de Edwards): misma seguridad que DSA con firmas mas cortas\n')).toEqual([['Ed25519', 'compared with', 'DSA']]);
    expect(relationsIn(['QUIC', 'TCP'], '# T\n\nQUIC is faster than TCP on lossy links.\n')).toEqual([['QUIC', 'compared with', 'TCP']]);
    expect(relationsIn(['Pod', 'Contenedor'], '# K\n\nUn pod no es mas que un contenedor con red.\n').filter((r) => r[1] === 'compared with')).toEqual([]);
    expect(relationsIn(['Pod', 'AZ'], '# K\n\nEach pod runs in more than one AZ.\n')).toEqual([]);
  });

  it('reads a parenthesis naming a family or a whole', () => {
    expect(relationsIn(['SHA-512', 'SHA-2', 'MD5'], '# Hash\n\nMD5 esta roto, hoy se usa SHA-512 (de la familia SHA-2) o MD6.\n')).toContainEqual(['SHA-512', 'is a kind of', 'SHA-2']);
    expect(relationsIn(['Gzip', 'Compressor'], '# D\n\nWe use gzip (a kind of compressor) everywhere.\n')).toEqual([['Gzip', 'is a kind of', 'Compressor']]);
    expect(relationsIn(['Planificador', 'Kernel'], '# D\n\nEl planificador (parte del kernel) elige la siguiente tarea.\n')).toEqual([['Planificador', 'part of', 'Kernel']]);
  });

  it('reads items that are only names, under an item that opens with a concept, as listed under it', () => {
    const text = '## Colas\n\n- Message Broker routes messages between services\n  - Mosquitto\n    - AMQP\n  - Kafka (log)\n';
    expect(relationsIn(['Message Broker', 'Mosquitto', 'Kafka'], text)).toEqual(
      expect.arrayContaining([
        ['Mosquitto', 'part of', 'Message Broker'],
        ['Kafka', 'part of', 'Message Broker'],
      ]),
    );
  });

  it('reads a short item naming kinds, without a colon, as leading the items under it', () => {
    const text = '## Colas\n\n- Message Broker\n  - two flavours\n    - Kafka\n      - a log\n    - Mosquitto\n      - tiny\n';
    expect(relationsIn(['Message Broker', 'Kafka', 'Mosquitto'], text)).toEqual([
      ['Kafka', 'is a kind of', 'Message Broker'],
      ['Mosquitto', 'is a kind of', 'Message Broker'],
    ]);
    // Under a heading, a bare item naming no genus (`capacity modes`) lists no kinds of the heading's concept.
    expect(relationsIn(['Message Broker', 'Kafka', 'Mosquitto'], '## Message Broker\n\n- two flavours\n  - Kafka\n  - Mosquitto\n').filter((r) => r[1] === 'is a kind of')).toEqual([]);
  });

  it('reads a two-word compound of an everyday word and a concept as a kind of it, but not a brand before it', () => {
    expect(relationsIn(['Subnet', 'Public subnet'], '# Red\n\nA subnet holds hosts. A public subnet has a route out.\n')).toEqual([['Public subnet', 'is a kind of', 'Subnet']]);
    expect(relationsIn(['Widget', 'Acme Widget'], '# D\n\nA widget holds hosts. An Acme Widget has a route out.\n')).toEqual([]);
  });

  it('reads creates only of what follows its verb closely', () => {
    expect(relationsIn(['Vault', 'Postgres'], '# D\n\n- Vault: create and rotate secrets, integrated with Postgres and more.\n')).toEqual([]);
    expect(relationsIn(['Packer', 'Machine image'], '# D\n\nPacker creates a new machine image from a template.\n')).toEqual([['Packer', 'creates', 'Machine image']]);
  });

  it('reads the items under a lead saying what its subject has as parts of it', () => {
    const text = '# Redes\n\nLa trama Ethernet es la unidad del enlace. En la practica tiene tres campos:\n- preambulo: sincroniza\n- cabecera: direcciones\n';
    expect(relationsIn(['Trama Ethernet', 'Preambulo', 'Cabecera'], text)).toEqual([
      ['Preambulo', 'part of', 'Trama Ethernet'],
      ['Cabecera', 'part of', 'Trama Ethernet'],
    ]);
    // A lead that says nothing of having parts lists no parts.
    expect(relationsIn(['Frame', 'Preamble', 'Header'], '# D\n\nThe frame is sent and the switch checks:\n- preamble: sync\n- header: addresses\n')).toEqual([]);
  });

  it('reads where a place keeps things, and what a thing is used for after a comma', () => {
    expect(relationsIn(['Almacen', 'Paquete'], '# D\n\nUn almacen es un servidor donde se guardan y se comparten los paquetes.\n')).toEqual([['Paquete', 'stored in', 'Almacen']]);
    expect(relationsIn(['TXT record', 'SPF'], '# D\n\n- TXT record: free text, used for SPF, domain checks\n')).toContainEqual(['TXT record', 'used for', 'SPF']);
  });

  it('reads a numbered heading that names a concept, under the one whose number it extends, as part of it', () => {
    const text = '# Redes - repaso\n\n## 3 Transport layer\n\nEnd to end.\n\n### 3.2 TCP\n\nReliable.\n\n### 3.3 UDP\n\nFast.\n';
    expect(relationsIn(['Transport layer', 'TCP', 'UDP'], text)).toEqual([
      ['TCP', 'part of', 'Transport layer'],
      ['UDP', 'part of', 'Transport layer'],
    ]);
    // The one heading above all others titles the note: its topics are not its parts.
    const titled = '### CLOUD COMPUTING\n\nNotes.\n\n##### OBJECT STORAGE\n\nBuckets.\n\n##### LOAD BALANCER\n\nTraffic.\n';
    expect(relationsIn(['Cloud computing', 'Object storage', 'Load balancer'], titled)).toEqual([]);
    // Headings without numbers are a manual's tasks and views as often as a whole and its parts.
    const tasks = '# Guide\n\n## Launch servers\n\nSteps.\n\n### Machine images\n\nPick one.\n\n## Other\n\nMore.\n';
    expect(relationsIn(['Launch servers', 'Machine image'], tasks)).toEqual([]);
  });
  it('reads the items under a line that counts its parts, and linked items under a term it explains, as parts of it', () => {
    const counted = '# Memoria\n\n- memoria\n    - [[Modelo modal]] (1968) de Atkinson. 3 etapas:\n        - **memoria sensorial** → breve\n        - **memoria de trabajo** → pocos elementos\n';
    expect(relationsIn(['Modelo modal', 'Memoria sensorial', 'Memoria de trabajo'], counted)).toEqual([
      ['Memoria sensorial', 'part of', 'Modelo modal'],
      ['Memoria de trabajo', 'part of', 'Modelo modal'],
    ]);
    const linked = '# Learning\n\n- associative learning → linking two events\n    - [[classical conditioning]] (stimulus-stimulus)\n    - [[operant conditioning]] (behavior-consequence)\n';
    expect(relationsIn(['Associative learning', 'Classical conditioning', 'Operant conditioning'], linked)).toEqual([
      ['Classical conditioning', 'part of', 'Associative learning'],
      ['Operant conditioning', 'part of', 'Associative learning'],
    ]);
    // A contents list of pages, under a line that only names its topic, states nothing of them.
    expect(relationsIn(['Learning', 'Classical conditioning', 'Operant conditioning'], '# Index\n\n- learning\n    - [[classical conditioning]] (lecture 16)\n    - [[operant conditioning]] (lecture 17)\n')).toEqual([]);
  });
  it("reads a term listed under another when its name has a possessive or a dash (Fourier's law, Kelvin–Planck statement)", () => {
    const text = "# Heat\n\n- [[Conduction]]\n\t- heat flows through a solid\n\t- [[Fourier's law]]: $H = -kA$\n- [[Second law]]\n\t- [[Kelvin–Planck statement]]: no perfect engine\n";
    const relations = relationsIn(['Conduction', "Fourier's law", 'Second law', 'Kelvin–Planck statement'], text);
    expect(relations).toContainEqual(["Fourier's law", 'part of', 'Conduction']);
    expect(relations).toContainEqual(['Kelvin–Planck statement', 'part of', 'Second law']);
  });
  it('reads a term written with its symbol (`[[latent heat]] $L$ (J/kg): …`) as the head of its line', () => {
    const text = '# Heat\n\n- [[Phase change]]\n\t- the temperature stays constant\n\t- [[latent heat]] $L$ (J/kg): $Q = mL$\n- [[Heat engine]]\n\t- [[thermal efficiency]] $e = W/Q_H$\n\t\t- always below 1\n';
    const relations = relationsIn(['Phase change', 'Latent heat', 'Heat engine', 'Thermal efficiency'], text);
    expect(relations).toContainEqual(['Latent heat', 'part of', 'Phase change']);
    expect(relations).toContainEqual(['Thermal efficiency', 'part of', 'Heat engine']);
  });
  it('reads `A vs B` that leaves the two names\' shared part unsaid as comparing the concepts they tell apart', () => {
    expect(relationsIn(['git revert', 'git reset'], '# Git\n\nUse git revert on shared history and git reset locally.\n\n> revert vs reset: revert adds history, reset drops it.\n')).toContainEqual(['git revert', 'compared with', 'git reset']);
    expect(relationsIn(['Stimulus generalization', 'Stimulus discrimination'], '# L\n\n- stimulus generalization: similar stimuli\n- stimulus discrimination: telling apart\n- generalization vs discrimination = opposites\n')).toContainEqual(['Stimulus generalization', 'compared with', 'Stimulus discrimination']);
    expect(relationsIn(['Zombie process', 'Orphan'], '# OS\n\n**zombie vs orphan** — a zombie process has exited; an orphan lost its parent\n')).toEqual([['Zombie process', 'compared with', 'Orphan']]);
    // Words that name no concept of the note, or more than one, compare nothing.
    expect(relationsIn(['Spot instance', 'Spot fleet'], '# EC2\n\nA spot instance or a spot fleet.\n\n- price vs capacity\n- spot vs on-demand\n')).toEqual([]);
  });
});
