import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { evidenceOf, relationsIn } from '../testing/typed-relations';
import { ConceptEngine } from './engine';
import { typedRelations } from './relations';

describe('typed relations from a note\'s outline', () => {
  it('reads a term listed under another as part of it, with both lines as evidence', () => {
    const text = '# Notes\n\nSnapshot - point-in-time backup of a volume.\n  Recycle Bin - retention rules for deleted snapshots\n  FSR = no latency on first use\n';
    expect(relationsIn(['Snapshot', 'Recycle Bin', 'FSR'], text)).toEqual([
      ['Recycle Bin', 'part of', 'Snapshot'],
      ['FSR', 'part of', 'Snapshot'],
    ]);
    expect(evidenceOf(['Snapshot', 'Recycle Bin', 'FSR'], text, 'FSR', 'Snapshot')).toBe('Snapshot - point-in-time backup of a volume. › FSR = no latency on first use');
  });

  it('reads acronyms that end with the initials of the acronym they are listed under as kinds of it', () => {
    const text = '# Notes\n\nELB - distributes traffic across targets.\n  ALB = layer 7, path routing\n  GWLB = layer 3\n';
    expect(relationsIn(['ELB', 'ALB', 'GWLB'], text)).toEqual([
      ['ALB', 'is a kind of', 'ELB'],
      ['GWLB', 'is a kind of', 'ELB'],
    ]);
  });

  it('reads the items under a term in the plural that is all its line says as kinds of it', () => {
    const text = '## compra\n- **instancias reservadas** (RI)\n  - compromiso de 1 o 3 años\n  - **reserva estandar**: no se puede cambiar\n';
    expect(relationsIn(['instancias reservadas', 'reserva estandar'], text)).toContainEqual(['reserva estandar', 'is a kind of', 'instancias reservadas']);
    // A term that goes on to say something of itself is a whole, not a category.
    const whole = '## compra\n- **instancias reservadas** -> con descuento\n  - **reserva estandar**: no se puede cambiar\n';
    expect(relationsIn(['instancias reservadas', 'reserva estandar'], whole)).toContainEqual(['reserva estandar', 'part of', 'instancias reservadas']);
  });

  it('reads nested list items under a bold term, and two alternatives set with vs as kinds of it', () => {
    const text = '## opciones\n- **instancias reservadas** (RI)\n  - compromiso de 1 o 3 años\n  - **reserva estandar** vs **reserva convertible** (la convertible deja cambiar)\n';
    // The two set side by side are also compared with each other.
    expect(relationsIn(['instancias reservadas', 'reserva estandar', 'reserva convertible'], text)).toEqual([
      ['reserva estandar', 'is a kind of', 'instancias reservadas'],
      ['reserva convertible', 'is a kind of', 'instancias reservadas'],
      ['reserva estandar', 'compared with', 'reserva convertible'],
    ]);
  });

  it('reads an item sharing the last word of the term it is listed under as a kind of it', () => {
    const text = 'Los VPC Endpoints permiten acceder a servicios sin salir a internet:\n- Gateway endpoint: solo para S3.\n- Interface endpoint: de pago.\n';
    expect(relationsIn(['VPC Endpoint', 'Gateway endpoint', 'Interface endpoint', 'S3'], text)).toEqual(
      expect.arrayContaining([
        ['Gateway endpoint', 'is a kind of', 'VPC Endpoint'],
        ['Interface endpoint', 'is a kind of', 'VPC Endpoint'],
      ]),
    );
    // A lead that names no kinds and shares no word types nothing.
    expect(relationsIn(['IAM', 'MFA', 'Root user'], 'IAM controla quién puede hacer qué:\n- MFA: un segundo factor.\n').filter((r) => r[2] === 'IAM')).toEqual([]);
  });

  it('reads what a kinds line lists, on the next lines or after its colon, as kinds of what it names', () => {
    const listed = 'Scaling policy types:\n  1. Target tracking -> keep a metric at a value\n  2. Step scaling -> an alarm adds N\n';
    expect(relationsIn(['Scaling policy', 'Target tracking', 'Step scaling'], listed)).toEqual([
      ['Target tracking', 'is a kind of', 'Scaling policy'],
      ['Step scaling', 'is a kind of', 'Scaling policy'],
    ]);
    // `tipos:` names no genus: the term its line is listed under is the genus; a parenthesis only glosses.
    const inline = '## almacenamiento\n- **EBS** = disco de red para EC2\n  - tipos: gp3 (SSD general), st1, sc1 (HDD)\n';
    const found = relationsIn(['EBS', 'EC2', 'gp3', 'st1', 'sc1', 'SSD', 'HDD'], inline);
    expect(found).toEqual(expect.arrayContaining([['gp3', 'is a kind of', 'EBS'], ['st1', 'is a kind of', 'EBS'], ['sc1', 'is a kind of', 'EBS']]));
    expect(found.filter((r) => r[0] === 'SSD' || r[0] === 'HDD')).toEqual([]);
  });

  it('reads the items of a heading that announces kinds as kinds of the heading\'s concept', () => {
    const text = '## S3\n### Clases de almacenamiento\n\n1. **S3 Standard** – acceso frecuente\n2. **S3 Glacier** – archivo barato\n\n> [!tip] Regla\n> Glacier para archivar.\n';
    expect(relationsIn(['Storage class|clases de almacenamiento', 'S3 Standard', 'S3 Glacier', 'S3'], text)).toEqual(
      expect.arrayContaining([
        ['S3 Standard', 'is a kind of', 'Storage class'],
        ['S3 Glacier', 'is a kind of', 'Storage class'],
      ]),
    );
    // The same list under a heading that announces nothing is not a list of kinds.
    expect(relationsIn(['Storage class', 'S3 Standard', 'S3 Glacier', 'Archive'], '## Archive\n\n1. **S3 Standard** – acceso frecuente\n2. **S3 Glacier** – archivo barato\n').filter((r) => r[1] === 'is a kind of')).toEqual([]);
  });

  it('reads two terms set against each other with vs', () => {
    expect(relationsIn(['Security group', 'NACL'], '# Net\n## Security Groups vs NACLs\nLos dos filtran tráfico.\n')).toEqual([['Security group', 'compared with', 'NACL']]);
  });

  it('does not read a prose line that only starts with a term as a head', () => {
    expect(relationsIn(['AWS', 'Subnet', 'EC2'], '# Net\n\nAWS reserva 5 direcciones en cada subnet\n  la primera y la última\n')).toEqual([]);
  });
});

describe('typed relations from verbs', () => {
  it('makes the term a line opens with the subject of a clause that names none', () => {
    expect(relationsIn(['Snapshot', 'EBS', 'S3'], '# Notes\n\n- **snapshot** -> copia de seguridad de un volumen EBS, se guarda en S3\n')).toEqual([['Snapshot', 'stored in', 'S3']]);
    expect(relationsIn(['Snapshot', 'EBS', 'S3'], '# Notes\n\nSnapshot - point-in-time backup of an EBS vol, stored in S3, incremental.\n')).toEqual([['Snapshot', 'stored in', 'S3']]);
    expect(relationsIn(['Interface endpoint', 'ENI', 'PrivateLink'], '# VPC\n\n- Interface endpoint: una ENI con IP privada (usa PrivateLink), de pago.\n')).toContainEqual(['Interface endpoint', 'uses', 'PrivateLink']);
  });

  it('makes the term an item is listed under the subject of the item\'s first clause', () => {
    expect(relationsIn(['EBS', 'AZ'], '## almacenamiento\n- **EBS** = disco de red\n  - vive en una sola AZ, no se reparte\n')).toEqual([['EBS', 'lives in', 'AZ']]);
  });

  it('reads the concept before the verb in its own clause, in both languages', () => {
    expect(relationsIn(['Subnet', 'Route table'], '# Net\n\nCada subnet está asociada a una route table.\n')).toEqual([['Subnet', 'associated with', 'Route table']]);
    expect(relationsIn(['Replication', 'IAM role'], '# S3\n\nReplication requires an IAM role on both buckets.\n')).toEqual([['Replication', 'needs', 'IAM role']]);
  });

  it('does not take a subject across a conjunction or an object far after the verb', () => {
    expect(relationsIn(['Public subnet', 'Elastic IP'], '# Red\n\nSe crea en una public subnet y necesita una Elastic IP.\n')).toEqual([]);
    expect(relationsIn(['Spot', 'AWS'], '# EC2\n\n- **Spot**\n  - usan capacidad sobrante de AWS, con descuento\n')).toEqual([]);
    // A preposition makes the concept another noun's: `restos de AWS` are not AWS.
    expect(relationsIn(['Spot', 'AWS'], '# EC2\n\n- **Spot**\n  - usan restos de AWS, con descuento\n')).toEqual([]);
  });
});

describe('typed relations: what is not one', () => {
  it('does not read a table of contents, items that are only links, as parts of the page above them', () => {
    const toc = '# Guide\n\n- [EBS](ebs.md)\n  - [Snapshots](snapshots.md)\n';
    expect(relationsIn(['EBS', 'Snapshots'], toc)).toEqual([]);
    // The same outline as notes: the item says something of its own.
    expect(relationsIn(['EBS', 'Snapshots'], '# Guide\n\n- EBS\n  - Snapshots: incremental copies\n')).toEqual([['Snapshots', 'part of', 'EBS']]);
  });

  it('reads an outliner\'s linked term with its own notes under it as listed under the term above, tags aside', () => {
    const logseq = '# Thermo\n\n- [[Heat transfer]] — three mechanisms\n  - [[Conduction]]\n    - heat flows through a solid\n- [[Thermodynamic process]]es #processes\n  - [[isobaric process]] — constant pressure\n';
    expect(relationsIn(['Heat transfer', 'Conduction', 'Thermodynamic process', 'isobaric process'], logseq)).toEqual([
      // `three mechanisms` says what the items under it are: kinds of heat transfer.
      ['Conduction', 'is a kind of', 'Heat transfer'],
      ['isobaric process', 'is a kind of', 'Thermodynamic process'],
    ]);
    // A linked term with nothing under it is still a contents entry.
    expect(relationsIn(['Heat transfer', 'Conduction'], '# Thermo\n\n- [[Heat transfer]] — three mechanisms\n  - [[Conduction]]\n')).toEqual([]);
  });

  it('reads a line whose term is code as opening with that term', () => {
    const text = '#### record types\n- `MX`: mail server for the domain\n- `TXT`: free text, used for SPF\n';
    expect(relationsIn(['MX', 'TXT', 'SPF', 'record types'], text)).toEqual(
      expect.arrayContaining([
        ['TXT', 'is a kind of', 'record types'],
        ['TXT', 'used for', 'SPF'],
      ]),
    );
    expect(evidenceOf(['MX', 'TXT', 'SPF', 'record types'], text, 'TXT', 'SPF')).toBe('TXT: free text, used for SPF');
  });

  it('does not read a label\'s description after `types:` as a list of kinds', () => {
    expect(relationsIn(['Instance type', 'AMI'], '# Launch\n\n- Instance types: Ensure that the type is compatible with the AMI.\n- Key pair: for SSH.\n').filter((r) => r[1] === 'is a kind of')).toEqual([]);
  });

  it('does not take a verb after a determiner, a concept that only starts a longer noun, or a subject far from its verb', () => {
    expect(relationsIn(['Instance type', 'EC2'], '# Types\n\nFind an instance type that meets your needs on EC2.\n')).toEqual([]);
    expect(relationsIn(['Dedicated Instances', 'AWS'], '# Tenancy\n\nDedicated Instances belong to AWS accounts of their own.\n')).toEqual([]);
    expect(relationsIn(['T2 Unlimited', 'Launch credits'], '# Credits\n\nT2 Unlimited instances do not require launch credits.\n')).toEqual([]);
    expect(relationsIn(['Snapshot', 'S3'], '# EBS\n\n- **snapshot** -> copia incremental, no se guarda en S3\n')).toEqual([]);
    expect(relationsIn(['Troubleshooter', 'EC2'], '# Tools\n\nTroubleshooter is an easy tool for finding problems that can be run on EC2.\n')).toEqual([]);
  });
});

describe('typed relations stated in running prose', () => {
  it('gives a sentence that opens with its verb the subject of the sentence before', () => {
    const text = '# Red\n\nEl NAT Gateway permite salir a internet. Se crea en una public subnet y necesita una Elastic IP.\n';
    expect(relationsIn(['NAT Gateway', 'Public subnet', 'Elastic IP'], text)).toEqual([
      ['NAT Gateway', 'lives in', 'Public subnet'],
      ['NAT Gateway', 'needs', 'Elastic IP'],
    ]);
    expect(evidenceOf(['NAT Gateway', 'Public subnet', 'Elastic IP'], text, 'NAT Gateway', 'Elastic IP')).toBe('El NAT Gateway permite salir a internet. Se crea en una public subnet y necesita una Elastic IP.');
    expect(relationsIn(['Flow Logs', 'CloudWatch Logs', 'S3'], '# Logs\n\nThe Flow Logs capture IP traffic. They are sent to CloudWatch Logs or S3.\n')).toContainEqual(['Flow Logs', 'sent to', 'CloudWatch Logs']);
    // The sentence before opens with no concept: nothing to take.
    expect(relationsIn(['Public subnet', 'Elastic IP'], '# Red\n\nEsto es importante. Se crea en una public subnet y necesita una Elastic IP.\n')).toEqual([]);
  });

  it('reads where a thing is created or deployed as where it lives', () => {
    expect(relationsIn(['NAT Gateway', 'Public subnet'], '# VPC\n\nThe NAT Gateway is created in a public subnet of the VPC.\n')).toEqual([['NAT Gateway', 'lives in', 'Public subnet']]);
    expect(relationsIn(['Subnet', 'VPC'], '# VPC\n\nCada subnet se despliega en una VPC.\n')).toEqual([['Subnet', 'lives in', 'VPC']]);
  });

  it('reads a sentence that opens with a place as what lives there, and a stated part', () => {
    expect(relationsIn(['Subnet', 'VPC'], '# Red\n\nDentro de la VPC se crean subnets. Cada una tiene su CIDR.\n')).toEqual([['Subnet', 'lives in', 'VPC']]);
    expect(relationsIn(['Subnet', 'VPC'], '# Net\n\nInside a VPC you create subnets for each tier.\n')).toEqual([['Subnet', 'lives in', 'VPC']]);
    expect(relationsIn(['Subnet', 'VPC'], '# Net\n\nA subnet is part of a VPC.\n')).toEqual([['Subnet', 'part of', 'VPC']]);
  });

  it('reads one concept stated as an alternative to another', () => {
    expect(relationsIn(['Transit Gateway', 'VPC Peering'], '# Net\n\nTransit Gateway es una alternativa a VPC Peering con muchas redes.\n')).toContainEqual(['Transit Gateway', 'alternative to', 'VPC Peering']);
    expect(relationsIn(['Launch template', 'Launch configuration'], '# ASG\n\nUse a launch template instead of a launch configuration for new groups.\n')).toContainEqual(['Launch template', 'alternative to', 'Launch configuration']);
  });

  it('reads the concept a definition opens with as its genus', () => {
    expect(relationsIn(['Elastic IP|IP elastica', 'Public IP|IP publica'], '## red\n- **IP elastica** -> IP publica fija que asocias a una instancia\n')).toEqual([['Elastic IP', 'is a kind of', 'Public IP']]);
    expect(relationsIn(['NACL', 'Firewall'], '# Red\n\nLa NACL es un firewall a nivel de subred.\n')).toEqual([['NACL', 'is a kind of', 'Firewall']]);
    expect(relationsIn(['Spot Fleet', 'Fleet'], '# EC2\n\nSpot Fleet is a type of fleet that launches Spot Instances.\n')).toContainEqual(['Spot Fleet', 'is a kind of', 'Fleet']);
    // An English name before a noun only modifies it; a name alone after `=` is another name; a chain maps states.
    expect(relationsIn(['Nitro System', 'AWS'], '# EC2\n\nNitro System - AWS hypervisor and dedicated cards.\n')).toEqual([]);
    expect(relationsIn(['Pending', 'Running'], '# Estados\n\n- pending -> running -> stopped\n')).toEqual([]);
  });

  it('reads the items under a lead that ends with a concept in the plural as kinds of it', () => {
    const text = '## Route 53\n\nRoute 53 es el DNS de AWS. Routing policies:\n- Simple\n- Failover → activo/pasivo\n- Geolocation → según el país\n';
    expect(relationsIn(['Route 53', 'Routing policy', 'Failover', 'Geolocation'], text)).toEqual(
      expect.arrayContaining([
        ['Failover', 'is a kind of', 'Routing policy'],
        ['Geolocation', 'is a kind of', 'Routing policy'],
      ]),
    );
    // In the singular the lead names one thing, whose items are not kinds of it.
    expect(relationsIn(['Route 53', 'Routing policy', 'Failover'], '## DNS\n\nEach routing policy:\n- Failover → activo/pasivo\n').filter((r) => r[1] === 'is a kind of')).toEqual([]);
  });

  it('reads the terms listed under a heading that is one concept in the plural as kinds of it', () => {
    const spanish = '## Grupos de colocación\n\n- Spread: hardware distinto\n- Partition: racks distintos\n';
    expect(relationsIn(['Grupo de colocacion', 'Spread', 'Partition'], spanish)).toEqual([
      ['Spread', 'is a kind of', 'Grupo de colocacion'],
      ['Partition', 'is a kind of', 'Grupo de colocacion'],
    ]);
    // One term alone under it is a note about the category, not a list of its members.
    expect(relationsIn(['Grupo de colocacion', 'Spread'], '## Grupos de colocación\n\n- Spread: hardware distinto\n').filter((r) => r[1] === 'is a kind of')).toEqual([]);
  });
});

describe('typed relations from names', () => {
  it('does not read the end of a name after a preposition as its genus', () => {
    const found = relationsIn(['AWS', 'DNS', 'DNS de AWS', 'EFS', 'EFS for Windows'], '# Notas\n\nRoute 53 es el DNS de AWS. EFS for Windows es rápido. AWS y DNS y EFS.\n');
    expect(found).not.toContainEqual(['DNS de AWS', 'is a kind of', 'AWS']);
    expect(found).toContainEqual(['DNS de AWS', 'is a kind of', 'DNS']);
    expect(found).toContainEqual(['EFS for Windows', 'is a kind of', 'EFS']);
  });

  it('does not read a name sharing the head of the note\'s own title as a kind of it', () => {
    const note = parseNote('Application Load Balancer.md', '# Application Load Balancer\n\nEl Application Load Balancer trabaja en la capa 7. Es uno de los tipos de Elastic Load Balancer.\n');
    const engine = new ConceptEngine();
    engine.update([parseNote('Elastic Load Balancer.md', '# Elastic Load Balancer\nA service.\n'), note], []);
    const label = (key: string): string => engine.conceptInfo(key)?.label ?? key;
    const found = typedRelations(note, engine.hitsFor('Application Load Balancer.md'), engine.relationDictionary).map((r) => [label(r.from), r.name, label(r.to)]);
    expect(found).not.toContainEqual(['Elastic Load Balancer', 'is a kind of', 'Application Load Balancer']);
  });

  it('does not take the object of a preposition as a verb\'s subject', () => {
    expect(relationsIn(['Elastic Load Balancer', 'S3'], '# Logs\n\nLos access logs del Elastic Load Balancer se guardan en S3.\n')).toEqual([]);
  });

  it('does not type the note\'s own concept from its title', () => {
    const note = parseNote('ec2-opciones-de-compra.md', '# ec2 - opciones de compra y red\n\nEC2 tiene opciones de compra.\n');
    const engine = new ConceptEngine();
    engine.update([parseNote('EC2.md', '# EC2\nA service.\n'), parseNote('opciones de compra.md', '# opciones de compra\nA concept.\n'), note], []);
    const from = typedRelations(note, engine.hitsFor('ec2-opciones-de-compra.md'), engine.relationDictionary).map((r) => r.from);
    expect(from).not.toContain(engine.relationDictionary.lookup('ec2-opciones-de-compra'));
  });
});
