import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openVaultSession } from '../session';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

// The concept cards the user's study note gives when it is alone in a folder: each answer is the
// sentence that says what the concept is or is for, never a passing mention (EC2's answer used to be the
// CloudWatch sentence) nor a circular one (AMI's was "Sirve para crear AMIs").
describe('concept cards of the study note alone', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cairn-seed-cards-'));
  copyFileSync(path.join(root, 'notes', 'ec2-study-notes.md'), path.join(dir, 'ec2-study-notes.md'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers each card with its definition, and gives none to a concept the note never defines', async () => {
    const session = await openVaultSession(dir, { host: 'cli', watch: false, cacheDir: null });
    try {
      // A day meets 20 new cards by default; every card is wanted here.
      await session.service.setReviewSettings({ newPerDay: 500 });
      const queue = await session.service.reviewQueue({ limit: 500 });
      const cards = new Map(queue.cards.filter((c) => c.kind === 'concept').map((c) => [c.front, c.back]));
      expect(Object.fromEntries(cards)).toEqual({
        'EC2 Image Builder': 'Sirve para crear AMIs (Amazon Machine Image).',
        EFS: 'Los volúmenes EFS proporcionan un almacenamiento de archivos simple, escalable y persistente para usar con las tareas de Amazon ECS.',
        'AWS CLI': 'AWS CLI nos permite interactuar con los recursos de AWS desde la terminal, por ejemplo podemos interacturas con S3 con los siguientes comandos:',
        'ELB Access Logs': 'ELB Access Logs proporciona registros de acceso que guardan información detallada sobre las solicitudes enviadas al load balancer.',
        'ALB Request Tracker': 'ALB Request Tracker realiza un seguimiento de las solicitudes HTTP.',
        'Image pipeline': 'Image pipeline: define la configuracion y el preceso de construir la imagen, incluyendo la image recipe y los tests',
        'Image recipe': 'Image recipe: receta para cada imagen, incluye la imagen fuente y el software que se debe instalar (build components)',
        'instancias de rendimiento ampliable':
          'Las instancias de rendimiento ampliable, que son instancias T3, T3a y T2, están diseñadas para proporcionar un nivel básico de rendimiento de CPU con la capacidad de aumentar a un nivel superior cuando lo requiera su carga de trabajo.',
        roles: 'Los roles son preferibles en terminos de seguridad ya que no hay que escribir las credenciales de manera "hard coded".',
        'Accelerated computing': 'Accelerated computing: buenos para servidores que manejan grandes cargas de graficos o machine learning',
        'Memory optimized': 'Memory optimized: para cuando necesitamos manejar datasets muy grandes en memoria',
        'Storage optimized': 'Storage optimized: cuando necesitamos instancias con un mucho espacio ya attached, por ejemplo big data o analitics.',
        // A relative clause after the name inside a sentence about load balancers: what this one is.
        'Classic Load Balancer':
          'el Classic Load Balancer, que aunque maneja peticiones HTTP/HTTPS y TCP, es la opcion legacy y solo existe para aplicaciones antiguas que lo usan',
        // Named by `un header llamado X-Forwarded-For, el cual nos indica …`: what the header is for.
        'X-Forwarded-For':
          'Existe un header llamado X-Forwarded-For, el cual nos indica de donde proviene originalmente la peticion, ya que el servidor recibe la peticion desde la ip del load balancer, no deles to se produce cuando el load balancer no ha sido capaz de comunicarse con el servidor.',
      });
      // Named but never defined in the note: no card rather than a wrong or empty answer.
      for (const undefinedHere of ['EC2', 'AMI', 'SSH', 'Cloudwatch']) expect(cards.has(undefinedHere), undefinedHere).toBe(false);
    } finally {
      await session.close();
    }
  }, 120_000);
});
