import { describe, expect, it } from 'vitest';
import { answers, framedGloss, laidOutAnswer, packedEntries, reverseCopula, reverseGloss, separatedEntry, shownAnswer, trimAnswer } from './answers';
import { clauseGloss } from './clause-gloss';
import { questionAnswers } from './question-answers';
import { answerNames } from './name-forms';

describe('what may answer a concept card', () => {
  it('a line naming the concept answers it when it goes on to say what it is, with a separator or a verb', () => {
    expect(laidOutAnswer('A: Global Positioning System, a network of satellites that tells a receiver where it is.', ['GPS', 'Global Positioning System'])).toBe(true);
    expect(laidOutAnswer('El ADN (ácido desoxirribonucleico) guarda la información genética de la célula.', ['ADN', 'ácido desoxirribonucleico'])).toBe(true);
    expect(laidOutAnswer('A: Global Positioning System.', ['GPS', 'Global Positioning System'])).toBe(false);
    expect(laidOutAnswer('Q: What is the Global Positioning System?', ['GPS', 'Global Positioning System'])).toBe(false);
    expect(laidOutAnswer('Se mide con el GPS (Global Positioning System) del móvil.', ['GPS', 'Global Positioning System'])).toBe(false);
    // A hyphen joined to the name makes a longer name; a comma before more names lists them; a preposition
    // is no verb; a verb whose object is the sentence before says nothing of its own.
    expect(laidOutAnswer('ISO-9001 certification audit (yearly)', ['ISO'])).toBe(false);
    expect(laidOutAnswer('Quicksort, Mergesort, Heapsort and Timsort all sort in n log n', ['Quicksort'])).toBe(false);
    expect(laidOutAnswer('Quicksort, a divide-and-conquer sort that partitions around a pivot', ['Quicksort'])).toBe(true);
    expect(laidOutAnswer('VPN para los empleados siempre.', ['VPN'])).toBe(false);
    // An adverb between the subject and its verb.
    expect(laidOutAnswer('El derecho de crédito solo vincula al deudor y no da poder sobre ninguna cosa.', ['derecho de crédito'])).toBe(true);
    expect(laidOutAnswer('HTTP/3 does it in a single round trip', ['HTTP/3'])).toBe(false);
    expect(laidOutAnswer('El firewall viene activado por defecto en cada equipo nuevo', ['firewall'])).toBe(false);
    // A numbered list whose line breaks were lost: the next item is no verb.
    expect(laidOutAnswer('glóbulos rojos (eritrocitos) glóbulos blancos (leucocitos) plaquetas (trombocitos)', ['glóbulos rojos', 'eritrocitos'])).toBe(false);
  });

  it('the head of a chain, a list of examples or the other name alone does not', () => {
    expect(answers('mouth → esophagus → stomach', ['mouth'])).toBe(false);
    expect(answers('Insulin is used for diabetes, growth, storage', ['Insulin'])).toBe(false);
    expect(answers('Síntomas: fiebre, tos, dolor de cabeza...', ['Síntomas'])).toBe(false);
    expect(answers('DNA = deoxyribonucleic acid.', ['DNA', 'deoxyribonucleic acid'])).toBe(false);
    expect(answers('mitochondria → where the cell burns sugar for energy', ['mitochondria'])).toBe(true);
    expect(answers('Catalizador: una sustancia que acelera una reacción, sin consumirse', ['Catalizador'])).toBe(true);
  });

  it('not its steps, members or order listed, another name for it, or arrows with no words', () => {
    expect(answers('Mitosis → profase, metafase, anafase, telofase', ['Mitosis'])).toBe(false);
    expect(answers('storage tiers: hot (daily use), warm, cold (archive)', ['storage tiers'])).toBe(false);
    expect(answers('Lenguajes: Python, Java Script, Rust (¡los tres de la práctica!)', ['Lenguajes'])).toBe(false);
    expect(answers('Memoria: registros > caché > RAM > disco', ['Memoria'])).toBe(false);
    expect(answers('primary key is also called the row key, index key = lookup key', ['primary key'])).toBe(false);
    expect(answers('el ciclo de Krebs: -> ->', ['ciclo de Krebs'])).toBe(false);
    expect(answers('primary key is also called the row key, index key = lookup key', ['row key'])).toBe(false);
    expect(answers('FK = order_id, PK = id → one JOIN', ['FK'])).toBe(false);
    // `**Merge** — \`git merge x\` estando en main`, its code left out: where you are when you run it.
    expect(answers('Merge — estando en main.', ['Merge'])).toBe(false);
    expect(answers('Merge — `git merge feature/x` estando en main.', ['Merge'])).toBe(false);
    // One property after the copula (past the other name): not what it is; a copula and a noun phrase is.
    expect(answers('mitosis: es rapida (unas horas) = 2 celulas hijas', ['mitosis'])).toBe(false);
    expect(answers('dns = domain name system. es global, no depende de la region', ['dns', 'domain name system'])).toBe(false);
    expect(answers('dns = domain name system. es el servicio que traduce nombres a direcciones IP', ['dns', 'domain name system'])).toBe(true);
    // A gloss with commas is still a gloss; a relative clause after the name says what it is for.
    expect(answers('Mitosis: división de una célula en dos, con los mismos cromosomas', ['Mitosis'])).toBe(true);
    expect(laidOutAnswer('el conjunto de prueba, que se usa una sola vez al final para medir el error', ['conjunto de prueba'])).toBe(true);
    expect(laidOutAnswer('El sobreentrenamiento pasa cuando el modelo memoriza el ruido de los datos', ['sobreentrenamiento'])).toBe(true);
  });

  it('not the members or causes that lead somewhere, how it comes about, a worked product, who made it so, or the names it works with', () => {
    expect(answers('carbapenems: imipenem, meropenem → el espectro más amplio, para infecciones graves', ['carbapenems'])).toBe(false);
    expect(answers('Tort — fraud, negligence or delay → damages', ['Tort'])).toBe(false);
    expect(answers('Usuario: una persona o aplicación, con credenciales', ['Usuario'])).toBe(true);
    expect(answers('anemia: por falta de hierro, pérdida de sangre…', ['anemia'])).toBe(false);
    expect(answers('anemia: falta de glóbulos rojos o de hemoglobina en la sangre', ['anemia'])).toBe(true);
    expect(answers('triangle area = ½ × base × height', ['triangle area'])).toBe(false);
    expect(answers('Total revenue = P × Q, price times quantity sold', ['Total revenue'])).toBe(true);
    expect(answers('Tratado de Versalles → impuesto por los vencedores a Alemania', ['Tratado de Versalles'])).toBe(false);
    expect(answers('Parlamento: formado por dos cámaras elegidas por sufragio', ['Parlamento'])).toBe(true);
    expect(answers('Gateway endpoint — Solo para S3 y DynamoDB (de examen).', ['Gateway endpoint'])).toBe(false);
    expect(answers('Gateway endpoint: solo para S3 y DynamoDB, se añade como ruta en la route table, gratis.', ['Gateway endpoint'])).toBe(true);
    expect(answers('Bienio Reformista (1931-1933) — aka bienio azañista', ['Bienio Reformista'])).toBe(false);
    expect(answers('UML → diagrama de clases (relaciones) y diagrama de secuencia', ['UML'])).toBe(false);
    expect(answers('UML → lenguaje de modelado y diagramas estándar del software', ['UML'])).toBe(true);
    expect(answers('metabolismo hepatico: fase I (oxidación) y fase II (conjugación)', ['metabolismo hepatico'])).toBe(true);
  });

  it('an entry a line packs after another: the one that opens with the concept, or ends in it after `=`', () => {
    const entries = packedEntries('- bactericida → mata la bacteria ; bacteriostático → inhibe el crecimiento (el sistema inmune hace el resto)');
    expect(entries.filter((e) => separatedEntry(e, ['bacteriostático']))).toEqual(['bacteriostático → inhibe el crecimiento (el sistema inmune hace el resto)']);
    expect(entries.some((e) => separatedEntry(e, ['bactericida']))).toBe(false);
    const race = packedEntries('**race condition** — the result depends on the timing of threads. the code that touches the shared data = critical section');
    expect(race.map((e) => reverseGloss(e, ['critical section'])).filter(Boolean)).toEqual(['the code that touches the shared data = critical section']);
  });

  it('a clause inside a sentence that glosses the concept: an apposition to a name pair, a relative clause, a copula after a comma', () => {
    expect(clauseGloss('cada instancia se lanza desde una **AMI** (Amazon Machine Image) -> plantilla con el SO + software', ['AMI', 'Amazon Machine Image']))
      .toBe('una **AMI** (Amazon Machine Image) -> plantilla con el SO + software');
    // The name alone in parentheses after the words it names, and a relative clause; not a state, not another name's parentheses.
    expect(clauseGloss('El particionado divide una tabla grande en trozos (shards) que se guardan en servidores distintos; cada shard tiene filas.', ['shard', 'shards']))
      .toBe('trozos (shards) que se guardan en servidores distintos');
    expect(clauseGloss('los datos van a un cubo (bucket) que está en us-east-1 siempre', ['bucket'])).toBeNull();
    expect(clauseGloss('pinta la tasa de aciertos (TPR, que es el recall) frente a la otra', ['recall'])).toBeNull();
    // An arrow to a verb or a chain says what happens next.
    expect(clauseGloss('el pedido pasa por una **cola** (queue) -> se procesa después', ['cola', 'queue'])).toBeNull();
    expect(clauseGloss('Para guardar el pan se usa una bolsa con un desecante (desiccant), un sobre de gel que absorbe la humedad.', ['desecante', 'desiccant']))
      .toBe('un desecante (desiccant), un sobre de gel que absorbe la humedad');
    expect(clauseGloss('Cada planta tiene dos raíces: la raíz primaria, que crece hacia abajo desde la semilla, y la raíz lateral, que sale de ella.', ['raíz primaria']))
      .toBe('la raíz primaria, que crece hacia abajo desde la semilla');
    expect(clauseGloss('The build starts from a Makefile, which is a text file listing targets and their rules.', ['Makefile']))
      .toBe('a Makefile, which is a text file listing targets and their rules');
    expect(clauseGloss('Para el riego, un aspersor (sprinkler) es un tubo que reparte el agua en círculo y un gotero es otra cosa.', ['aspersor', 'sprinkler']))
      .toBe('un aspersor (sprinkler) es un tubo que reparte el agua en círculo');
    expect(clauseGloss('Un reactivo es lo que se consume en la reacción; un catalizador es algo que la acelera sin consumirse, como el platino.', ['catalizador']))
      .toBe('un catalizador es algo que la acelera sin consumirse, como el platino');
    expect(clauseGloss('Postgres es un sistema gestor de bases de datos (SGBD): guarda tablas y responde consultas SQL.', ['SGBD', 'sistema gestor de bases de datos']))
      .toBe('un sistema gestor de bases de datos (SGBD): guarda tablas y responde consultas SQL');
    expect(clauseGloss('Se elige la ruta más larga (longest match): si hay dos rutas que encajan gana la de prefijo mayor.', ['ruta más larga', 'longest match'])).toBeNull();
    // One thing of a kind, a mention with nothing said of it, a list after the name pair.
    expect(clauseGloss('send it to an SNS topic, which has three queues subscribed', ['SNS topic'])).toBeNull();
    expect(clauseGloss('Se riega con un aspersor (sprinkler) cada mañana.', ['aspersor'])).toBeNull();
    expect(clauseGloss('Las raíces laterales, que están por todo el suelo, absorben el agua.', ['raíces laterales'])).toBeNull();
    expect(clauseGloss('La curva pinta la sensibilidad (TPR, que es el recall) frente a la especificidad.', ['TPR'])).toBeNull();
    expect(clauseGloss('Ejemplos de SGBD (Sistema Gestor de Bases de Datos): Postgres, MySQL, Oracle.', ['SGBD'])).toBeNull();
    // Emphasis closing after the name pair; the writer's `i.e.`; not the next link of a chain.
    expect(clauseGloss('El cultivo crece hasta la **densidad de saturación (D)**, que es el máximo de células que cabe en el medio.', ['densidad de saturación']))
      .toBe('la **densidad de saturación (D)**, que es el máximo de células que cabe en el medio');
    expect(clauseGloss('A claim is warranted when it comes from a **trusted testimony source**, i.e. one whose past reports were mostly true.', ['trusted testimony source']))
      .toBe('a **trusted testimony source**, i.e. one whose past reports were mostly true');
    expect(clauseGloss('- la glucosa → piruvato en la **glucólisis anaerobia (GA)** → lactato + 2 ATP', ['glucólisis anaerobia'])).toBeNull();
    // A relative clause right after the pair, its verb first; not one that says what someone did to it.
    expect(clauseGloss('Empiricism rests on **sense data** (Ayer also says "sensa", p. 12) which are given directly in experience, and on memory.', ['sense data']))
      .toBe('**sense data** (Ayer also says "sensa", p. 12) which are given directly in experience');
    expect(clauseGloss('Open the build cache (Gradle) that you created in the first lab of the course.', ['build cache'])).toBeNull();
  });

  it('a sentence framed to say what a term is: `Por X se entiende …`, `El término X designa …`', () => {
    expect(framedGloss('Por novación se entiende la sustitución de una obligación por otra nueva.', ['novación'])).toBe('Por novación se entiende la sustitución de una obligación por otra nueva.');
    expect(framedGloss('Por novación se entiende la sustitución de una obligación por otra nueva.', ['obligación'])).toBeNull();
    expect(laidOutAnswer('El término isostasia designa el equilibrio de la corteza que flota sobre el manto.', ['isostasia'])).toBe(true);
    expect(laidOutAnswer('The term is the smallest unit of a logical expression that names an object.', ['term'])).toBe(true);
  });

  it('a flashcard export\'s `term;gloss` line, and a term whose comma is followed by what it does or its other name', () => {
    expect(laidOutAnswer('dew point;temperatura a la que el aire se satura', ['dew point'])).toBe(true);
    expect(shownAnswer('dew point;temperatura a la que el aire se satura', ['dew point'])).toBe('dew point — temperatura a la que el aire se satura');
    expect(laidOutAnswer('dew point; see the table below for values', ['dew point'])).toBe(false);
    expect(laidOutAnswer('fallas inversas, cambian la forma de la corteza al empujar un bloque sobre otro.', ['fallas inversas'])).toBe(true);
    expect(laidOutAnswer('IP privada, cambia cada vez que reinicias el router.', ['IP privada'])).toBe(false);
    expect(laidOutAnswer('el punto de fusión, en inglés melting point, sirve para saber si una muestra es pura', ['punto de fusión', 'melting point'])).toBe(true);
  });

  it('a shorthand line ending in the term says what it stands for on the left of `=`', () => {
    expect(reverseGloss(' - luz + CO2 + agua → glucosa = fotosintesis', ['fotosíntesis'])).toBe('luz + CO2 + agua → glucosa = fotosintesis');
    // The other name, a count, an exam tip's quoted scenario.
    expect(reverseGloss('Zona de Disponibilidad = AZ', ['AZ', 'Zona de Disponibilidad'])).toBeNull();
    expect(reverseGloss('1 mol = 6.02e23 particulas', ['mol'])).toBeNull();
    expect(reverseGloss('"needs a fixed IP" = NLB', ['NLB'])).toBeNull();
  });

  it('not a change that happens to it, its kinds alone, a command line, or a sentence whose subject is another', () => {
    // What happens to it over time is not what it is; what it does is.
    expect(answers('**clave temporal** -> cambia cada vez que reinicias la sesión', ['clave temporal'])).toBe(false);
    expect(answers('session token -> expires after one hour of idle time', ['session token'])).toBe(false);
    expect(answers('**clave temporal** -> cifra la sesión y se descarta al cerrarla', ['clave temporal'])).toBe(true);
    // The names of its kinds after the separator.
    expect(answers('Copia de seguridad: RPO (cuánto se pierde) y RTO (cuánto tarda), según el plan.', ['Copia de seguridad'])).toBe(false);
    expect(answers('Copia de seguridad: duplicado de los datos en otro soporte, para recuperarlos.', ['Copia de seguridad'])).toBe(true);
    // A command line with its comment answers nothing but the command.
    expect(answers('svn update -r 42   # baja una revisión del servidor', ['revisión', 'revision'])).toBe(false);
    // The subject is left to the sentence before: it is about that one, not the concept named at its end.
    expect(answers('Es más caro que el alquiler, así que se usa poco → esto es el leasing.', ['leasing'])).toBe(false);
    expect(answers('Sirve para crear plantillas de correo.', ['plantilla'])).toBe(false);
    expect(answers('Existe un formato llamado Parquet, el cual guarda los datos por columnas.', ['Parquet'])).toBe(true);
    // A gloss that opens with a verb and lists what it works with afterwards is no list of examples.
    expect(answers('Vault Service: create and rotate secrets, integrated with Postgres, Redis, Kafka…', ['Vault Service'])).toBe(true);
  });

  it('keeps the entry that is its own when a line holds two, and shows it without `A:` or bold marks', () => {
    expect(trimAnswer('ribosome - builds proteins from amino acids. codon = three bases naming one amino acid', ['ribosome'])).toBe('ribosome - builds proteins from amino acids.');
    expect(trimAnswer('enzyme - speeds up a reaction, e.g. amylase: starch to sugar.', ['enzyme'])).toBe('enzyme - speeds up a reaction, e.g. amylase: starch to sugar.');
    expect(trimAnswer('osmosis - water crosses a membrane. too much water → the cell bursts', ['osmosis'])).toBe('osmosis - water crosses a membrane. too much water → the cell bursts');
    expect(shownAnswer('A: **Global Positioning System**, a network of satellites.', ['GPS'])).toBe('Global Positioning System, a network of satellites.');
    expect(shownAnswer('b) Usufructo: derecho de usar una cosa ajena.', ['Usufructo'])).toBe('Usufructo: derecho de usar una cosa ajena.');
    expect(shownAnswer('[[latent heat]] $L$ (J/kg): heat per kilogram to change [[phase diagram|phase]]', ['latent heat'])).toBe('latent heat $L$ (J/kg): heat per kilogram to change phase');
    expect(laidOutAnswer('[[latent heat]] $L$ (J/kg): heat per kilogram to change phase', ['latent heat'])).toBe(true);
    expect(shownAnswer('Usura: interés desproporcionado en un préstamo (art.', ['Usura'])).toBe('Usura: interés desproporcionado en un préstamo');
    // A legend's entries, one after a semicolon: the other name alone answers nothing.
    expect(trimAnswer('TC = Tribunal Constitucional; STC = sentencia del Tribunal Constitucional.', ['TC'])).toBe('TC = Tribunal Constitucional;');
    expect(answers('TC = Tribunal Constitucional; STC = sentencia del Tribunal Constitucional.', ['TC', 'Tribunal Constitucional'])).toBe(false);
    expect(shownAnswer('mitosis = one cell splits into two alike; meiosis = four cells with half the chromosomes', ['mitosis'])).toBe('mitosis = one cell splits into two alike.');
    // An example announced where the sentence was cut is left out.
    expect(shownAnswer('Una subred es un trozo del rango de la red, p.ej.', ['subred'])).toBe('Una subred es un trozo del rango de la red.');
  });
});

describe('definitions that name the term after, or frame it, and lines that are no definition', () => {
  it('a description then `eso es X`, `→ esto es X`, `A esto se le llama X`: from where the description starts to the name', () => {
    expect(reverseCopula('Si hierves el agua con sal, el punto de ebullición sube un poco: eso es el ascenso ebulloscópico (boiling point elevation) y se nota poco.', ['ascenso ebulloscópico']))
      .toBe('Si hierves el agua con sal, el punto de ebullición sube un poco: eso es el ascenso ebulloscópico (boiling point elevation)');
    expect(reverseCopula('Es más caro que comprar, así que la empresa paga una cuota mensual por usar el equipo → esto es el renting.', ['renting']))
      .toBe('la empresa paga una cuota mensual por usar el equipo → esto es el renting');
    expect(reverseCopula('Tema 2: cada célula copia sus cromosomas y se divide en dos células iguales. A esto se le llama mitosis.', ['mitosis']))
      .toBe('cada célula copia sus cromosomas y se divide en dos células iguales. A esto se le llama mitosis');
    expect(reverseCopula('A protein that speeds up a reaction without being used up, known as an enzyme.', ['enzyme']))
      .toBe('A protein that speeds up a reaction without being used up, known as an enzyme');
    // A name given in passing, or with nothing said before it.
    expect(reverseCopula('En la versión web se llama panel lateral.', ['panel lateral'])).toBeNull();
    expect(reverseCopula('Eso es la mitosis.', ['mitosis'])).toBeNull();
    // The clause answers; the whole sentence, whose verb's subject is in the sentence before, does not.
    expect(answers('la empresa paga una cuota mensual por usar el equipo → esto es el renting', ['renting'])).toBe(true);
    expect(answers('Es más caro que comprar, así que la empresa paga una cuota mensual por usar el equipo → esto es el renting.', ['renting'])).toBe(false);
  });

  it('`Se entiende por X el …` answers X, and no other name in it', () => {
    const sentence = 'Se entiende por arrendamiento el contrato por el que una persona, llamada arrendador, cede a otra el uso de una cosa a cambio de un precio.';
    expect(answers(sentence, ['arrendamiento'])).toBe(true);
    expect(answers(sentence, ['arrendador'])).toBe(false);
    expect(framedGloss(`b) ${sentence}`, ['Arrendamiento'])).toBe(sentence);
    expect(framedGloss(sentence, ['arrendador'])).toBeNull();
  });

  it('not a worked example, a count of kinds, a property or a pointer to where it is written; a law\'s formula is fine', () => {
    expect(answers('pendulum: $T = 2\\pi\\sqrt{0.50/9.81} \\approx 1.42$ s', ['pendulum'])).toBe(false);
    expect(answers('free fall: $v_0 = 0$ → $h = \\frac{1}{2}gt^2$', ['free fall'])).toBe(false);
    expect(answers("Ohm's law: $V = IR$", ["Ohm's law"])).toBe(true);
    expect(answers('Friction — two kinds', ['Friction'])).toBe(false);
    expect(answers('Bulk queue — nearly unlimited capacity', ['Bulk queue'])).toBe(false);
    expect(answers('Cláusula penal — implícita en los contratos de obra', ['Cláusula penal'])).toBe(false);
    expect(answers('Compraventa: requisitos del art. 1445 CC.', ['Compraventa'])).toBe(false);
    expect(answers('Green functions — mentioned, "you will see them next year"', ['Green functions'])).toBe(false);
    // An outliner's block property is a field of the page; `term :: gloss` is a gloss.
    expect(answers('lecture:: Oct 3rd, 2026', ['lecture'])).toBe(false);
    expect(answers('- instructor:: Prof. Smith', ['instructor'])).toBe(false);
    expect(answers('photon :: a quantum of light, with no mass', ['photon'])).toBe(true);
    expect(answers('Compraventa: contrato por el que uno entrega una cosa y otro paga un precio (art. 1445 CC).', ['Compraventa'])).toBe(true);
  });

  it('reads past a letter or outline marker, a reference and another name before the gloss', () => {
    expect(laidOutAnswer('b) Usufructo (arts. 467 y ss. CC): derecho de usar una cosa ajena y percibir sus frutos.', ['Usufructo'])).toBe(true);
    expect(laidOutAnswer('2.3. Usucapión o prescripción adquisitiva (art. 1940 CC): adquirir la propiedad por poseer la cosa el tiempo que fija la ley.', ['Usucapión'])).toBe(true);
  });

  it('a gloss and then its examples is a gloss; items that each open alike are examples', () => {
    expect(answers('build role = the role a build job assumes, it calls storage, queues etc', ['build role'])).toBe(true);
    expect(answers('Eventos: un fichero nuevo, un mensaje en cola, una petición HTTP...', ['Eventos'])).toBe(false);
  });

  it('a name in the plural is defined in the singular, and a name read with its marker without it', () => {
    const names = answerNames(['Vasos sanguíneos', 'c) Hipoteca']);
    expect(names).toContain('Vaso sanguíneo');
    expect(names).toContain('Hipoteca');
    expect(laidOutAnswer('Un vaso sanguíneo es un conducto por el que circula la sangre.', names)).toBe(true);
    expect(laidOutAnswer('Un vaso sanguíneo es un conducto por el que circula la sangre.', ['Vasos sanguíneos'])).toBe(false);
    // Words that end in -s without being plurals keep their one form.
    expect(answerNames(['Status', 'Analysis', 'Access'])).toEqual(['Status', 'Analysis', 'Access']);
  });
});

describe('questions and answers', () => {
  it('reads the pairs that ask what something is or does, with the answer on the next written line', () => {
    const body = ['Q: What is a Ribosome?', 'A: the machine that builds proteins.', '', 'Q: Ribosome vs Lysosome?', 'A: one builds, one digests', 'P: ¿Para qué sirve el Lisosoma?', '', 'R: digiere lo que la célula ya no usa.', 'Q: What does ATP do?'].join('\n');
    expect(questionAnswers(body, 10)).toEqual([
      { subject: 'Ribosome', line: 10, answer: 'the machine that builds proteins.', answerLine: 11 },
      { subject: 'Lisosoma', line: 15, answer: 'digiere lo que la célula ya no usa.', answerLine: 17 },
    ]);
  });

  it('not what is done to it (the copula and a participle), where `is made of`, `es usado para` go on to say what it is', () => {
    expect(answers('The p-value is often misread.', ['p-value'])).toBe(false);
    expect(answers('El crédito es cedido a un tercero.', ['crédito'])).toBe(false);
    expect(answers('Glass is made of melted sand and soda.', ['Glass'])).toBe(true);
    expect(answers('Un índice es usado para acelerar las búsquedas.', ['índice'])).toBe(true);
    expect(answers('A mutex is a lock that one thread holds at a time.', ['mutex'])).toBe(true);
  });
});
