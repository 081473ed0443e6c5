import { describe, expect, it } from 'vitest';
import { answers, clauseGloss, laidOutAnswer, questionAnswers, reverseGloss, shownAnswer, trimAnswer } from './answers';

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

  it('a clause inside a sentence that glosses the concept: an apposition to a name pair, a relative clause, a copula after a comma', () => {
    expect(clauseGloss('Para guardar el pan se usa una bolsa con un desecante (desiccant), un sobre de gel que absorbe la humedad.', ['desecante', 'desiccant']))
      .toBe('un desecante (desiccant), un sobre de gel que absorbe la humedad');
    expect(clauseGloss('Cada planta tiene dos raíces: la raíz primaria, que crece hacia abajo desde la semilla, y la raíz lateral, que sale de ella.', ['raíz primaria']))
      .toBe('la raíz primaria, que crece hacia abajo desde la semilla');
    expect(clauseGloss('The build starts from a Makefile, which is a text file listing targets and their rules.', ['Makefile']))
      .toBe('a Makefile, which is a text file listing targets and their rules');
    expect(clauseGloss('Para el riego, un aspersor (sprinkler) es un tubo que reparte el agua en círculo y un gotero es otra cosa.', ['aspersor', 'sprinkler']))
      .toBe('un aspersor (sprinkler) es un tubo que reparte el agua en círculo');
    // One thing of a kind, a mention with nothing said of it, a list after the name pair.
    expect(clauseGloss('send it to an SNS topic, which has three queues subscribed', ['SNS topic'])).toBeNull();
    expect(clauseGloss('Se riega con un aspersor (sprinkler) cada mañana.', ['aspersor'])).toBeNull();
    expect(clauseGloss('Las raíces laterales, que están por todo el suelo, absorben el agua.', ['raíces laterales'])).toBeNull();
    expect(clauseGloss('La curva pinta la sensibilidad (TPR, que es el recall) frente a la especificidad.', ['TPR'])).toBeNull();
    expect(clauseGloss('Ejemplos de SGBD (Sistema Gestor de Bases de Datos): Postgres, MySQL, Oracle.', ['SGBD'])).toBeNull();
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
});
