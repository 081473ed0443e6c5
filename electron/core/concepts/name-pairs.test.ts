import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { ConceptDictionary } from './dictionary';
import { findDefinitions } from './definitions';
import { extractCandidates } from './extract';
import { findNamePairs } from './name-pairs';

const pairs = (text: string, spanish = true): string[][] => findNamePairs(text, () => spanish).map((p) => p.names);
const defs = (text: string): string[][] => findDefinitions(text).map((d) => [d.long, ...d.short]);
const dict = (files: Record<string, string>): ConceptDictionary =>
  new ConceptDictionary(Object.entries(files).map(([id, text]) => extractCandidates(parseNote(id, text))));
/** Whether the one-note vault made of `text` gives `a` and `b` one concept. */
const oneConcept = (text: string, a: string, b: string): boolean => {
  const d = dict({ 'note.md': text });
  const key = d.lookup(a);
  return key !== undefined && d.lookup(b) === key;
};

describe('abbreviations written the way students write them', () => {
  it('reads a bold short form before its expansion', () => {
    expect(defs('- cada instancia se lanza desde una **AMI** (Amazon Machine Image) -> plantilla')).toEqual([['Amazon Machine Image', 'AMI']]);
    expect(defs('- **ENI** (elastic network interface) -> tarjeta de red virtual')).toEqual([['elastic network interface', 'ENI']]);
  });

  it('counts a digit as a repeated initial when the acronym comes first', () => {
    expect(defs('S3 (Simple Storage Service) es almacenamiento de objetos.')).toEqual([['Simple Storage Service', 'S3']]);
  });
});

describe('findNamePairs', () => {
  it('pairs an acronym heading its line with its expansion after = or in a later parenthesis', () => {
    expect(pairs('AZ = Availability Zone. Region = cluster of AZs.', false)).toEqual([['Availability Zone', 'AZ']]);
    expect(pairs('HA = high availability', false)).toEqual([['high availability', 'HA']]);
    expect(pairs('BYOL = bring your own license', false)).toEqual([['bring your own license', 'BYOL']]);
    expect(pairs('- **EBS** = disco de red para ec2 (elastic block store)')).toEqual([['elastic block store', 'EBS']]);
    // An explanation is not an expansion.
    expect(pairs('EC2 - virtual servers in the cloud.', false)).toEqual([]);
    expect(pairs('ALB = layer 7 (HTTP/HTTPS), path/host routing', false)).toEqual([]);
  });

  it('pairs names the text says are synonyms', () => {
    expect(pairs('Connection draining (aka deregistration delay) - let in-flight requests finish.', false)).toEqual([['Connection draining', 'deregistration delay']]);
    expect(pairs('Use GnuPG \\(also known as GPG\\) to check it.', false)).toEqual([['GnuPG', 'GPG']]);
    expect(pairs('- Hibernación (también llamada suspensión a disco): guarda la RAM')).toEqual([['Hibernación', 'suspensión a disco']]);
    expect(pairs('El **balanceador de carga** (o load balancer) reparte el tráfico.')).toEqual([['balanceador de carga', 'load balancer']]);
    expect(pairs('Usa Amazon Linux 2 o una versión posterior (o superior).')).toEqual([]);
    // The words before the cue are a phrase, not a name: nothing is paired.
    expect(pairs('Spot Instances with a defined duration (also known as Spot blocks) are gone.', false)).toEqual([]);
  });

  it('pairs an acronym and its expansion on either side of a slash', () => {
    expect(pairs('- ELB / Elastic Load Balancer: reparte el tráfico')).toEqual([['Elastic Load Balancer', 'ELB']]);
    expect(pairs('Sobre el Elastic File System / EFS hablamos luego.')).toEqual([['Elastic File System', 'EFS']]);
    expect(pairs('Compara ALB / NLB y elige uno.')).toEqual([]);
  });

  it('pairs a Spanish term with its English name in parentheses', () => {
    expect(pairs('La función necesita un rol de ejecución (execution role) para acceder a otros servicios.')).toEqual([['rol de ejecución', 'execution role']]);
    expect(pairs('1. políticas administradas por AWS (AWS managed policies)')).toEqual([['políticas administradas por AWS', 'AWS managed policies']]);
    expect(pairs('- **grupo de seguridad** (security group) -> firewall virtual a nivel de instancia')).toEqual([['grupo de seguridad', 'security group']]);
    expect(pairs('- **instancias bajo demanda** (on demand)')).toEqual([['instancias bajo demanda', 'on demand']]);
  });

  it('pairs a marked Spanish term with the acronym of its English name, in either word order', () => {
    expect(pairs('- **instancias reservadas** (RI)')).toEqual([['instancias reservadas', 'RI']]);
    // A proper name in Title Case is not a Spanish term, whatever words English lacks.
    expect(pairs('Elastic Kubernetes Service (EKS) es el servicio de Kubernetes.')).toEqual([]);
    // Not a term the person marked: `licencias` is not BYOL.
    expect(pairs('- **hosts dedicados** -> servidor fisico entero, por temas de licencias (BYOL) o cumplimiento')).toEqual([]);
  });

  it('pairs a Title Case name heading its item with an acronym of its initial', () => {
    expect(pairs('- Direct Connect (DX): conexión física dedicada entre tu datacenter y AWS.')).toEqual([['Direct Connect', 'DX']]);
    expect(pairs('Tu datacenter usa una conexión dedicada (DX) hacia AWS.')).toEqual([]);
  });

  it('does not read examples, numbers, asides or English prose as glosses', () => {
    expect(pairs('- el **tipo de instancia** decide cpu, memoria y red (ej t3.micro, m5.large, c5.xlarge)')).toEqual([]);
    expect(pairs('  - compromiso de 1 o 3 años (1 o 3 años) -> hasta 72% de descuento')).toEqual([]);
    expect(pairs('Límite de 15 minutos, memoria de 128 MB a 10 GB (la CPU crece con la memoria).')).toEqual([]);
    expect(pairs('Si no hay nada, por defecto todo está denegado (implicit deny).')).toEqual([]);
    expect(pairs('- Image recipe: receta para cada imagen, incluye el software que se debe instalar (build components)')).toEqual([]);
    // In an English note a parenthesis is an aside, whatever words no lexicon knows.
    expect(pairs('You can attach it while it\'s stopped (warm attach).', false)).toEqual([]);
    expect(pairs('General error mounting filesystems (failed mount)', false)).toEqual([]);
  });
});

describe('a short name spelled from a long one', () => {
  it('pairs a word and its initials, either side of a parenthesis, CamelCase humps and parts of a word included', () => {
    expect(pairs('Para datos persistentes, un PersistentVolume (PV) es un trozo de almacenamiento.')).toEqual([['PersistentVolume', 'PV']]);
    expect(pairs('Los cgroups (control groups) limitan cuánta memoria usa cada proceso.')).toEqual([['cgroups', 'control groups']]);
    expect(pairs('NoSQL ("not only SQL") = bases de datos no relacionales')).toEqual([['NoSQL', 'not only SQL']]);
    expect(pairs('A: sequence numbers + acknowledgements (ACKs), it retransmits', false)).toEqual([['acknowledgements', 'ACKs']]);
    // Schwartz–Hearst gives up when the acronym's letters sit inside the long form (`certifiCAte`).
    expect(pairs('an X.509 document signed by a Certificate Authority (CA)', false)).toEqual([['Certificate Authority', 'CA']]);
  });

  it('does not read an ordinary word, or a word that only starts like the name, as its short form', () => {
    expect(pairs('Se reparte entre las redes de datos (red) del edificio.')).toEqual([]);
    expect(pairs('The router forwards it to the gateway (GW) of the subnet.', false)).toEqual([]);
    expect(pairs('Run the docker (docker compose) command first.', false)).toEqual([]);
  });

  it('pairs a numeronym and the word it counts the letters of', () => {
    expect(pairs('Kubernetes (abreviado K8s) es un orquestador de contenedores.')).toEqual([['Kubernetes', 'K8s']]);
    expect(oneConcept('Kubernetes (abreviado K8s) es un orquestador.\n\nCon K8s despliegas pods.\n', 'K8s', 'Kubernetes')).toBe(true);
    // Used alone, it is counted as written, not as an acronym `K8` with a plural s.
    expect(extractCandidates(parseNote('n.md', 'Con K8s despliegas pods.\n')).acronyms.map((a) => a.text)).toEqual(['K8s']);
  });

  it('pairs an acronym with a list in parentheses whose capitals spell it', () => {
    expect(pairs('- consistencia: ACID vs normalmente BASE (Basically Available, Soft state, Eventual consistency)')).toEqual([['BASE', 'Basically Available, Soft state, Eventual consistency']]);
    // A list of examples is not an expansion.
    expect(pairs('- bases de datos NoSQL (Redis, DynamoDB, MongoDB)')).toEqual([]);
    expect(pairs('- servicios AWS (Athena, Glue, S3)')).toEqual([]);
    expect(pairs('- teorema CAP (Consistency, Availability y Partition tolerance)')).toEqual([['CAP', 'Consistency, Availability y Partition tolerance']]);
  });

  it('pairs an acronym and its expansion after a comma', () => {
    expect(pairs('lo que se hace commit no se pierde (gracias al WAL, write-ahead log)')).toEqual([['write-ahead log', 'WAL']]);
    expect(pairs('Compara EC2, EBS y S3 con calma.')).toEqual([]);
  });

  it('pairs an acronym of the section with a name opening an answer or a line, spelled by its initials', () => {
    const qa = 'Q: What is NAT?\nA: Network Address Translation, the router rewrites private addresses\n';
    expect(pairs(qa, false)).toEqual([['Network Address Translation', 'NAT']]);
    expect(pairs("Q: what's CIDR?\nA: Classless Inter-Domain Routing - the `/prefix` notation\n", false)).toEqual([['Classless Inter-Domain Routing', 'CIDR']]);
    // A name alone on its line is a title, read as one (see below); an article opens a phrase; initials that spell no acronym of the section pair nothing.
    expect(pairs('Q: What is NAT?\nNetwork Address Translation\n', false)).toEqual([['Network Address Translation', 'NAT']]);
    expect(pairs('Uses NAT.\nA: The Network Address Translation, rewrites\n', false)).toEqual([]);
    expect(pairs('Q: What is NAT?\nA: Port Address Translation, a cousin\n', false)).toEqual([]);
    expect(oneConcept(`# Networks\n\n${qa}`, 'NAT', 'Network Address Translation')).toBe(true);
  });

  it('pairs a name with the one it replaced or abbreviates, by the cue', () => {
    expect(pairs('- **Primary-replica** (antes master-slave): todas las escrituras van al primary')).toEqual([['Primary-replica', 'master-slave']]);
    expect(pairs('Cluster IP (formerly portal IP) is the default.', false)).toEqual([['Cluster IP', 'portal IP']]);
    expect(pairs('Amazon EventBridge (formerly known as CloudWatch Events) routes events.', false)).toEqual([['Amazon EventBridge', 'CloudWatch Events']]);
    expect(pairs('Such volumes do not require initialization (formerly known as pre-warming).', false)).toEqual([['initialization', 'pre-warming']]);
    expect(pairs('Your usual Amazon EC2 quotas (formerly referred to as limits) apply.', false)).toEqual([]);
    // `antes de` is `before`, not `formerly`.
    expect(pairs('- **Backup** (antes de migrar): copia la BD')).toEqual([]);
  });
});

describe('one-word glosses in Spanish notes', () => {
  it('pairs a Spanish word and an English noun in the same number, where the sentence goes on or the term is marked', () => {
    expect(pairs('Cada imagen tiene una etiqueta (tag) que indica la versión.')).toEqual([['etiqueta', 'tag']]);
    expect(pairs('Una base de datos guarda los datos en tablas (relations) con filas y columnas.')).toEqual([['tablas', 'relations']]);
    expect(pairs('| clave-valor (key-value) | clave → valor opaco | Redis |')).toEqual([['clave-valor', 'key-value']]);
    expect(pairs('2. **Consistency** (consistencia): la BD pasa de un estado válido a otro')).toEqual([['Consistency', 'consistencia']]);
    expect(pairs('las réplicas (read replicas) copian sus cambios')).toEqual([['réplicas', 'read replicas']]);
  });

  it('reads `-is`, `-us` and `-ss` as no plural: singulars of both languages and English adjectives', () => {
    expect(pairs('la epistasia (epistasis) es cuando un gen enmascara a otro')).toEqual([['epistasia', 'epistasis']]);
    expect(pairs('si son iguales el individuo es homocigoto (homozygous) y si no lo es')).toEqual([['homocigoto', 'homozygous']]);
    expect(pairs('solo tienen una copia y se dice que son hemicigotos (hemizygous), por eso')).toEqual([['hemicigotos', 'hemizygous']]);
    // A plural still does not gloss a singular.
    expect(pairs('Cada imagen tiene etiquetas (tag) que indican la versión.')).toEqual([]);
    expect(pairs('Cada imagen tiene una etiqueta (tags) que indica la versión.')).toEqual([]);
  });

  it('leaves asides, numbers disagreeing and English notes alone', () => {
    // A closing aside: the sentence ends at the parenthesis.
    expect(pairs('Si no eliges nada, se usa la región por defecto (default).')).toEqual([]);
    // A plural does not gloss a singular.
    expect(pairs('Cada imagen tiene etiquetas (tag) que indican la versión.')).toEqual([]);
    // Not a noun: an adjective or participle says how, not what.
    expect(pairs('Es una opción heredada (legacy) que nadie usa.')).toEqual([]);
    expect(pairs('Each image has a label (tag) that says its version.', false)).toEqual([]);
  });
});

describe('names side by side in parentheses, dashes and aka', () => {
  it('reads the first name of a parenthesis that goes on with examples or a second name', () => {
    expect(pairs('Usa FIFO (first in first out, simple pero injusto) para la cola.', false)).toEqual([['FIFO', 'first in first out']]);
    expect(pairs('Cada nodo es un vértice (vertex / node) del grafo.')).toEqual([['vértice', 'vertex'], ['vértice', 'node']]);
    // A list of examples names no one thing.
    expect(pairs('Cada evento guarda una marca (hora, usuario, ruta, código) en el log.')).toEqual([]);
  });

  it('pairs a Spanish term and an acronym whose letters come in another order, marked or not', () => {
    expect(pairs('Todo lo ejecuta la unidad central de procesamiento (CPU) del servidor.')).toEqual([['unidad central de procesamiento', 'CPU']]);
    expect(pairs('- DNS (sistema de nombres de dominio): traduce nombres a direcciones')).toEqual([['sistema de nombres de dominio', 'DNS']]);
    expect(pairs('El bucket tiene con una ACL (lista de control de acceso) propia.')).toEqual([['lista de control de acceso', 'ACL']]);
    // English prose reads no Spanish initials.
    expect(pairs('Everything runs on the unit central of processing (CPU) there.', false)).toEqual([]);
  });

  it('pairs an acronym heading its line after an em dash, its expansion ending at a colon', () => {
    expect(pairs('**TLB** — translation lookaside buffer: a cache of recent translations', false)).toEqual([['translation lookaside buffer', 'TLB']]);
  });

  it('reads a hyphenated word as one initial when the acronym needs it', () => {
    expect(pairs('La MMU consulta la TLB (translation look-aside buffer) primero.')).toEqual([['translation look-aside buffer', 'TLB']]);
  });

  it('pairs the names either side of a bare aka', () => {
    expect(pairs('Use round robin aka RR scheduling, or the mutex aka lock (one owner at a time).', false)).toContainEqual(['mutex', 'lock']);
    // Past three words, what follows aka is the sentence going on.
    expect(pairs('The mutex aka the thing that protects your data from races', false)).toEqual([]);
  });

  it('pairs a one-word Spanish term with an English word the lexicon knows without a part of speech', () => {
    expect(pairs('Cada copia es una instantánea (snapshot) del disco.')).toEqual([['instantánea', 'snapshot']]);
    expect(pairs('Cada mensaje lleva una firma (signature), que prueba quién lo envió.')).toEqual([['firma', 'signature']]);
    // An article after a verb opens its object: `es una` is no term's head.
    expect(pairs('Un contenedor es una caja (sandbox) aislada.')).toEqual([['caja', 'sandbox']]);
  });
});

describe('acronyms typed in lower case', () => {
  it('pairs a lower-case acronym heading its line with the words after its = that spell it', () => {
    expect(pairs('dns = domain name system. traduce nombres a ips')).toEqual([['domain name system', 'dns']]);
    expect(pairs('ec2 = elastic compute cloud, maquinas virtuales')).toEqual([['elastic compute cloud', 'ec2']]);
    // A word of either language is no acronym, and words that do not spell it are no expansion.
    expect(pairs('red = la red privada de la empresa')).toEqual([]);
    expect(pairs('sqs = cola de mensajes gestionada')).toEqual([]);
  });

  it('pairs a lower-case acronym in parentheses with the words right before it that spell it', () => {
    expect(pairs('cada tarea corre en un virtual private server (vps) barato')).toEqual([['virtual private server', 'vps']]);
    expect(pairs('todo sale por el internet service provider (isp a partir de ahora)')).toEqual([['internet service provider', 'isp']]);
    expect(pairs('the job runs on a content delivery network (cdn from now on)', false)).toEqual([['content delivery network', 'cdn']]);
    // A word in parentheses is an aside, even where the initials fit.
    expect(pairs('guarda la receta en un archivo de log (al) cada hora')).toEqual([]);
  });
});

describe('a parenthesis holding two names of the term', () => {
  it('pairs a Spanish term with both names, or with the acronym its English expansion spells', () => {
    expect(pairs('Se mide con el error absoluto medio (MAE, mean absolute error) sobre el test.')).toEqual(expect.arrayContaining([['error absoluto medio', 'MAE']]));
    // Either name may come first: what counts is that the acronym is paired with both.
    expect(pairs('La VPN (red privada virtual, virtual private network) cifra el tráfico.').map((p) => [...p].sort())).toEqual(expect.arrayContaining([['VPN', 'virtual private network'], ['VPN', 'red privada virtual']]));
    expect(pairs('Para clasificar se usa la función de activación (activation function / transfer function) de cada capa.')).toEqual([['función de activación', 'activation function'], ['función de activación', 'transfer function']]);
    expect(pairs('Aquí se minimiza la entropía relativa (relative entropy o KL divergence) entre las dos.')).toEqual([['entropía relativa', 'relative entropy'], ['entropía relativa', 'KL divergence']]);
    expect(pairs('- falsos positivos (FP, o type I error en inglés): dijimos que sí')).toEqual(expect.arrayContaining([['falsos positivos', 'FP'], ['falsos positivos', 'type I error']]));
  });

  it('pairs an acronym a few words back with the expansion its letters spell, and its Spanish name after it', () => {
    expect(pairs('route53 = el dns de aws (domain name system, sistema de nombres de dominio)')).toEqual([['domain name system', 'dns'], ['dns', 'sistema de nombres de dominio']]);
  });

  it('does not read alternatives, values or a thing the term may be as its names', () => {
    expect(pairs('Si la respuesta es binaria (sí / no sí) se usa otra cosa.')).toEqual([]);
    expect(pairs('Cada clase tiene una etiqueta (spam / no spam) asignada.')).toEqual([]);
    expect(pairs('Con contraseña + segundo factor (hardware token o una app del movil) entras.')).toEqual([]);
  });
});

describe('Spanish terms and their English names, either way round', () => {
  it('reads a noun phrase joined by en, a participle used as a noun and a verb form written without its accent', () => {
    expect(pairs('Para elegir se hace una búsqueda en anchura (breadth-first search) sobre el grafo.')).toEqual([['búsqueda en anchura', 'breadth-first search']]);
    expect(pairs('Hay dos modos: cifrado de disco (disk encryption) y otros.')).toEqual([['cifrado de disco', 'disk encryption']]);
    expect(pairs('- **Indice invertido** (inverted index): palabra → documentos')).toEqual([['Indice invertido', 'inverted index']]);
    // After a verb, `en` opens the verb's complement.
    expect(pairs('El proceso se guarda en disco (disk storage) cada noche.')).toEqual([]);
  });

  it('pairs names whose words are cognates, hyphenated or compounds the lexicon lacks', () => {
    expect(pairs('Se regula con el parámetro de regularización (regularization parameter) de cada modelo.')).toEqual([['parámetro de regularización', 'regularization parameter']]);
    expect(pairs('Es el dilema exploración-explotación (exploration-exploitation dilemma) del agente.')).toEqual([['dilema exploración-explotación', 'exploration-exploitation dilemma']]);
    expect(pairs('- el conjunto de prueba (test set), que no se toca hasta el final')).toEqual([['conjunto de prueba', 'test set']]);
    expect(pairs('El sobremuestreo (oversampling) repite ejemplos de la clase rara.')).toEqual([['sobremuestreo', 'oversampling']]);
  });

  it('pairs an English term the person marked with its Spanish name in parentheses', () => {
    expect(pairs('load balancers (balanceadores de carga), reparten el tráfico:')).toEqual([['load balancers', 'balanceadores de carga']]);
    expect(pairs('- **read capacity** (capacidad de lectura): cuánto lee por segundo')).toEqual([['read capacity', 'capacidad de lectura']]);
    // A preposition opens a description, not a name.
    expect(pairs('- **Lambda functions** (sin servidor que gestionar): pagas por uso')).toEqual([]);
  });
});

describe('an acronym heading its item with a Title Case name in parentheses', () => {
  it('pairs them when the name opens with its letter and its initials stand in it in order', () => {
    expect(pairs('- SSM (Systems Manager)', false)).toEqual([['Systems Manager', 'SSM']]);
    expect(pairs('- MSK (Managed Kafka)', false)).toEqual([['Managed Kafka', 'MSK']]);
    expect(pairs('- MSK (Apache Kafka)', false)).toEqual([]);
  });
});

describe('more ways a note names one thing twice', () => {
  it('pairs a heading or a callout title with the acronym its section writes for it', () => {
    expect(pairs('Service mesh\nEl SM añade un proxy a cada pod, y ya.\n')).toEqual([['Service mesh', 'SM']]);
    expect(oneConcept('# Redes\n\n> [!tip] Content delivery network\n> Una CDN guarda copias cerca del usuario.\n', 'CDN', 'content delivery network')).toBe(true);
    // Initials the section does not write, or a title holding an acronym of its own, pair nothing.
    expect(pairs('Service mesh\nAñade un proxy a cada pod, y ya.\n')).toEqual([]);
    expect(pairs('AWS Lambda\nEl AL no existe, y ya.\n')).toEqual([]);
    // An acronym inside a longer name is that name's.
    expect(pairs('Advanced settings\nJoin the Managed Active AS domain, then.\n', false)).toEqual([]);
  });

  it('pairs a short form whose digit stands for the first word', () => {
    expect(pairs('1. 2FN (segunda forma normal): sin dependencias parciales')).toEqual([['2FN', 'segunda forma normal']]);
    expect(pairs('Always turn on two-factor authentication (2FA), please.', false)).toEqual([['two-factor authentication', '2FA']]);
    expect(pairs('Usa la 2FN (tercera forma normal) aquí.')).toEqual([]);
  });

  it('pairs an old name, a name after a naming verb, and a name after an adverb closing the term', () => {
    expect(pairs('- visibility timeout (old name: lock period) = how long a message hides', false)).toEqual([['visibility timeout', 'lock period']]);
    expect(pairs('- log groups (the old name was LG, log group set)', false)).toContainEqual(['log groups', 'LG']);
    expect(pairs('- sort key only (a.k.a. range key) -> orders the items', false)).toEqual([['sort key', 'range key']]);
    expect(pairs('Cada punto es un dato, y a la salida la llamamos etiqueta o clase. Luego')).toEqual([['etiqueta', 'clase']]);
    expect(pairs('In a graph, such points are called vertices or nodes.', false)).toEqual([['vertices', 'nodes']]);
    expect(pairs('- round robin (o turno rotatorio), the simplest one', false)).toEqual([]);
  });

  it('pairs an acronym and a lone word it opens, either side of a slash', () => {
    expect(pairs('Replacement: FIFO, MRU / most (evicts the newest), LFU / frequency', false)).toEqual([]);
    expect(pairs('Policies: FIFO, SEQ / sequential (in order), LRU', false)).toEqual([['sequential', 'SEQ']]);
  });

  it('pairs a Spanish term with its English name after a comma and an English article', () => {
    expect(pairs('- rebase: reescribe la historia (sobre la rama base, the upstream branch)')).toEqual([['rama base', 'upstream branch']]);
    expect(pairs('Elige uno, the bigger one.')).toEqual([]);
  });

  it('pairs a Spanish term with an acronym of its English name sharing most of its initials', () => {
    expect(pairs('La curva cruza la tasa de falsos negativos (FNR, que baja) con la otra.')).toEqual([['tasa de falsos negativos', 'FNR']]);
    expect(pairs('vpn = red privada virtual, cifra el tráfico')).toEqual([['red privada virtual', 'vpn']]);
    expect(pairs('Todo lo guarda el almacenamiento de objetos (S3) de AWS.')).toEqual([]);
    // `que es el …` names the same thing again; `que es una …` a kind it belongs to.
    expect(pairs('Se pinta la tasa de falsos negativos (FNR, que es el miss rate) frente a la otra.')).toContainEqual(['tasa de falsos negativos', 'miss rate']);
    expect(pairs('Se pinta la tasa de falsos negativos (FNR, que es una tasa) frente a la otra.')).toEqual([['tasa de falsos negativos', 'FNR']]);
    expect(pairs('Lo sirve la red de entrega (EC2) de AWS.')).toEqual([]);
  });

  it('pairs an English word no Spanish dictionary knows with its Spanish gloss of two words', () => {
    expect(pairs('El caching (memoria intermedia) evita ir a la base de datos.')).toEqual([['caching', 'memoria intermedia']]);
    // The English word spelled as the Spanish one but for its accent: a term glossed all the same.
    expect(pairs('La regresión (regression, no confundir con la otra) predice números.')).toEqual([['regresión', 'regression']]);
    // Numbers disagree, or the parenthesis gives an example: no gloss.
    expect(pairs('El caching (memorias intermedias) evita ir a la base de datos.')).toEqual([]);
    expect(pairs('Un *endpoint* (por ejemplo, api:443) recibe peticiones.')).toEqual([]);
  });
});

describe('pairs become one concept', () => {
  it('adds no second candidate where the abbreviation on the line already pairs the names', () => {
    const note = parseNote('n.md', 'La red privada virtual (RPV) aísla tus recursos en la nube de AWS.\n');
    expect(pairs(note.body)).toEqual([['red privada virtual', 'RPV']]);
    const named = extractCandidates(note).candidates.filter((c) => c.source === 'definition' && !c.gloss);
    expect(named.map((c) => c.names)).toEqual([['red privada virtual', 'RPV']]);
  });

  it('joins the names in a one-note vault', () => {
    expect(oneConcept('# red\n\n- **grupo de seguridad** (security group) -> firewall virtual a nivel de instancia\n- son stateful: si entra el trafico, la respuesta sale sola\n', 'grupo de seguridad', 'security group')).toBe(true);
    expect(oneConcept('Misc\n----\nAZ = Availability Zone. Region = cluster of AZs.\n', 'AZ', 'availability zones')).toBe(true);
  });

  it('keeps an acronym the text spells out even when it spells a function word (HA, not Spanish `ha`)', () => {
    expect(oneConcept('Misc\n----\nHA = high availability\nIOPS = I/O ops per second\n', 'HA', 'high availability')).toBe(true);
    // Lower-case `ha` in Spanish prose is still the verb.
    const d = dict({ 'note.md': 'HA = high availability\n\nEl servicio ha cambiado.\n' });
    expect(d.lookup('HA')).toBeDefined();
    expect(d.names().find((n) => n.folded === 'ha')?.capsOnly).toBe(true);
  });
});

describe('names a student gives one thing in other ways', () => {
  it('reads an acronym spelled inside one long word, and a Spanish expansion of an English acronym', () => {
    expect(defs('## 1. ANTIBIÓTICOS (ATB)')).toEqual([['ANTIBIÓTICOS', 'ATB']]);
    expect(defs('inhiben la **ciclooxigenasa (COX)** → menos prostaglandinas')).toEqual([['ciclooxigenasa', 'COX']]);
    expect(pairs('- inhiben las PBP (proteínas fijadoras de penicilina) → lisis')).toEqual([['proteínas fijadoras de penicilina', 'PBP']]);
    // A short word holding the letters by chance is no expansion.
    expect(defs('the whole example (EX) runs')).toEqual([]);
  });

  it('pairs an acronym with a letter added and the word that letter stands for', () => {
    expect(pairs('- mTLS? (TLS mutuo, el cliente tb manda certificado)')).toEqual([['TLS mutuo', 'mTLS']]);
    expect(pairs('tiene su propio ADN (ADN mitocondrial, ADNmt: circular, herencia materna)')).toEqual([['ADN mitocondrial', 'ADNmt']]);
    expect(pairs('el ARNt (ARN ribosomal) no')).toEqual([]);
  });

  it('pairs a marked or proper name with the nickname quoted after it, not a quote the clause goes on from', () => {
    expect(pairs('recopiló **Robert C. Martin** ("Uncle Bob"). Cada letra')).toEqual([['Robert C. Martin', 'Uncle Bob']]);
    expect(pairs('- [[Largo Caballero]] "el Lenin español" → radicalización')).toEqual([['Largo Caballero', 'el Lenin español']]);
    expect(pairs('## Bienio Radical-Cedista (1933-1935) / "bienio negro"')).toEqual([['Bienio Radical-Cedista', 'bienio negro']]);
    expect(pairs('the LRAC curve ("envelope" of SR ATC curves)', false)).toEqual([]);
    expect(pairs('Lentos y frágiles ("flaky"), así que pocos.')).toEqual([]);
  });

  it('pairs a bold name with the quote a parenthesis says it is also called, to a page reference', () => {
    expect(pairs('there are **mental models** (the author also says "internal models", p. 12) that guide us', false)).toEqual([['mental models', 'internal models']]);
    expect(pairs('la **ósmosis** (también la llaman «difusión del agua») iguala concentraciones')).toEqual([['ósmosis', 'difusión del agua']]);
    expect(pairs('the **law of demand** (see "demand curve" below) says', false)).toEqual([]);
  });

  it('gives a term each name an aka lists', () => {
    expect(pairs('## 2. Bienio Reformista (1931-1933) — aka bienio azañista / "reformist biennium"')).toEqual([['Bienio Reformista', 'bienio azañista'], ['Bienio Reformista', 'reformist biennium']]);
  });

  it('pairs a labelled vocabulary line entry by entry', () => {
    expect(pairs('- vocab EN↔ES: coup = golpe de estado; Loyalists = republicanos')).toEqual([['coup', 'golpe de estado'], ['Loyalists', 'republicanos']]);
    // Unlabelled, two names by `=` still need a shared head noun.
    expect(pairs('- coup = golpe de estado; Loyalists = republicanos')).toEqual([]);
  });

  it('pairs a bold head with its translation in a later parenthesis, cognate word for word', () => {
    expect(pairs('**Frente Popular** = coalición de izquierdas (republicanos de izquierda, PSOE) inspirada en la Komintern (Popular Front).')).toEqual([['Frente Popular', 'Popular Front']]);
    expect(pairs('- **Comité de No Intervención** (Non-Intervention Committee, Londres) → propuesto por Francia')).toEqual(expect.arrayContaining([['Comité de No Intervención', 'Non-Intervention Committee']]));
    expect(pairs('**Frente Popular** = coalición de izquierdas (republicanos de izquierda).')).toEqual([]);
  });

  it('pairs the symbols of a formula with the words of the same formula after it', () => {
    expect(pairs('- TC = FC + VC (total cost = fixed cost + variable cost). fixed cost', false)).toEqual([['total cost', 'TC'], ['fixed cost', 'FC'], ['variable cost', 'VC']]);
    expect(pairs('- TR = P × Q (price times quantity = revenue)', false)).toEqual([]);
  });

  it('pairs a marked English phrase or a linked page with the English name after it, not a label or an aside', () => {
    expect(pairs('A change in price = ==movement along the curve== (change in quantity demanded). Else = ==shift of the curve== (change in demand).', false)).toEqual([['movement along the curve', 'change in quantity demanded'], ['shift of the curve', 'change in demand']]);
    expect(pairs('- [[adiabatic index]] $\\gamma = C_P / C_V$ (heat capacity ratio)', false)).toEqual([['adiabatic index', 'heat capacity ratio']]);
    expect(pairs('- old unit the [[calorie]] (cal), 1 cal = 4.186 J', false)).toEqual([['calorie', 'cal']]);
    expect(pairs('choose **Launch instance** (for decoupling the services) or **Launch** (old console).', false)).toEqual([]);
    expect(pairs('price ceiling = legal max price (rent control)', false)).toEqual([]);
  });

  it('pairs a Spanish noun and its complement with the English compound word glossing it', () => {
    expect(pairs('- Reglas de entrada (inbound) y reglas de salida (outbound). Por defecto: todo')).toEqual([['Reglas de entrada', 'inbound'], ['reglas de salida', 'outbound']]);
    expect(pairs('- **tipo de dato** (integer) en la columna')).toEqual([]);
  });

  it('pairs a marked head with what its definition says it is known as', () => {
    expect(pairs('3. **Market equilibrium** — the price where Qd = Qs, known as the market-clearing price (P*). Graph', false)).toEqual([['Market equilibrium', 'market-clearing price'], ['market-clearing price', 'P*']]);
    expect(pairs('1.1. Una persona, llamada deudor, queda sujeta a realizar una prestación')).toEqual([]);
  });

  it('pairs two words joined by a slash with their short forms', () => {
    expect(pairs('Es la base del modelo publicación/suscripción (pub/sub).')).toEqual([['publicación/suscripción', 'pub/sub']]);
    expect(pairs('the input/output (I/O) bus', false)).toEqual([['input/output', 'I/O']]);
    expect(pairs('la relación cliente/servidor (web/app)')).toEqual([]);
  });
});


describe('names a student gives one thing beside each other in English notes', () => {
  it('pairs both acronyms of a term side by side, the longer one a letter from inside a word', () => {
    const found = pairs('- **unconditioned response (UCR / UR)**: the unlearned reaction to the UCS', false);
    expect(found).toContainEqual(['unconditioned response', 'UR']);
    expect(found).toContainEqual(['unconditioned response', 'UCR']);
    expect(pairs('- white rat (NS / CR) + loud noise → fear of the rat', false)).toEqual([]);
  });

  it('keeps the modifier a synonym changes when both names end on one noun', () => {
    expect(pairs('primary reinforcer (food, water) vs conditioned reinforcer aka secondary reinforcer (money, grades)', false)).toContainEqual(['conditioned reinforcer', 'secondary reinforcer']);
  });

  it('reads a modifier and its other word in parentheses before their noun as two names of one thing', () => {
    expect(pairs('- partial (intermittent) reinforcement → slower acquisition', false)).toEqual([['partial reinforcement', 'intermittent reinforcement']]);
    expect(pairs('- many firms, identical (homogenous) product, free entry & exit', false)).toEqual([['identical product', 'homogenous product']]);
    expect(pairs('the cat (tabby) sat on a short (working) memory', false)).toEqual([]);
  });

  it('pairs initials written with their periods and the name they stand for, either way round', () => {
    expect(pairs('famous case: [[H.M.]] (Henry Molaison), hippocampus removed', false)).toEqual([['Henry Molaison', 'H.M.']]);
    expect(pairs('the patient Henry Molaison (H.M.) lost his hippocampi', false)).toEqual([['Henry Molaison', 'H.M.']]);
    expect(pairs('see p. (Page Two) for more', false)).toEqual([]);
  });
});

describe("a Spanish term's English name said in running prose (dictated notes)", () => {
  it('reads `, en inglés Y` and `X o <English name>` ending the clause or handing back to Spanish', () => {
    expect(pairs('cada gen tiene varias versiones que son los alelos, en ingles alleles, y somos diploides')).toEqual([['alelos', 'alleles']]);
    expect(pairs('el cruzamiento prueba, en inglés test cross, sirve para saber el genotipo')).toEqual([['cruzamiento prueba', 'test cross']]);
    expect(pairs('el tipo silvestre o wild type es el alelo más común')).toEqual([['tipo silvestre', 'wild type']]);
    expect(pairs('eso es el entrecruzamiento o crossing over, y se ve al microscopio')).toEqual([['entrecruzamiento', 'crossing over']]);
  });

  it('leaves alternatives, examples, mixed names and Spanish after the cue alone', () => {
    // Two kinds of one thing: the same head, another modifier.
    expect(pairs('se puede usar la regresión lineal o logistic regression según el caso')).toEqual([]);
    // An English word inside the Spanish side makes it a mixed name, not a translation.
    expect(pairs('puedes pagar instancias spot o reserved instances si hace falta')).toEqual([]);
    // A function word opens no name; the run must end the clause or give way to Spanish.
    expect(pairs('se guarda en disco o in memory cache')).toEqual([]);
    expect(pairs('por ejemplo una manzana o orange juice, lo que sea')).toEqual([]);
    // An enumeration's item or a bare object, with no article: another thing offered.
    expect(pairs('- Accelerated computing: buenos para servidores que manejan grandes cargas de graficos o machine learning')).toEqual([]);
    expect(pairs('sirve para servidores web, bases de datos o machine learning')).toEqual([]);
    expect(pairs('los alelos, en inglés se dice distinto, son versiones')).toEqual([]);
    // Only in Spanish notes.
    expect(pairs('the wild type o wild type es', false)).toEqual([]);
  });
});

describe("a definition list's acronym spelled out by its definition", () => {
  it('pairs the acronym with the words opening its definition that it spells', () => {
    expect(pairs('IQR\n: interquartile range = Q3 − Q1. Outlier rule: below Q1 − 1.5·IQR', false)).toEqual([['interquartile range', 'IQR']]);
    expect(pairs('**SD**\n: the standard deviation, how spread out the data are', false)).toEqual([['standard deviation', 'SD']]);
  });

  it('not a definition whose opening words spell something else, nor a term that is no acronym', () => {
    expect(pairs('ABC\n: a list of things to check before a flight', false)).toEqual([]);
    expect(pairs('IQR\n: range of the middle half of the data', false)).toEqual([]);
    expect(pairs('Mean\n: arithmetic average of the values', false)).toEqual([]);
  });
});
