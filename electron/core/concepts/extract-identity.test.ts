import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeNoteBytes } from '../markdown/decode';
import { markdownFiles } from '../testing/markdown-files';
import { parseNote } from '../markdown/parse';
import { extractCandidates } from './extract';

/**
 * What extraction reads from the sample vault (the seed study note among it) and from a note of awkward
 * shapes, byte for byte. Speed work on prose reading must not change a single candidate, sentence or count:
 * the snapshot was written by the extractor before that work. A change meant to alter what is found
 * updates it (`npx vitest run -u`) and shows its diff in review; `bench/concepts/extract-identity.ts`
 * compares two checkouts the same way over the AWS guide and the 10k synthetic vault.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Shapes the token readers must agree on: glued tokens, superscripts, astral letters, links, HTML, contractions. */
const AWKWARD = [
  '# Edge cases',
  '',
  'Amazon EC2 Auto Scaling (ASG) scales. The Standard-IA class and One Zone-IA differ; saa-c03 is an exam.',
  'Footnote¹Amazon and x²Bar, MD5¹ hashes, t2.micro and c5.large-x types, IPv6 and X-Forwarded-For headers.',
  'Use --page-size and --region flags. 𝐀mazon 𝐁old letters, Ωmega Service and Ärger Dienst.',
  '<a name="anchor"></a>The Elastic Load Balancer (ELB) is a service. It isn\'t Don\'t. instance\'s role.',
  'ELASTIC LOAD BALANCER ELB EFS AND EC2 SHOUT',
  '- Image recipe: receta para cada imagen que se construye con EC2 Image Builder.',
  'El rol de la instancia es una identidad. Los roles son permisos. El rol de la instancia sirve para firmar.',
  'Ver [[instance store migration]] and [[Transit Gateway]] Revisa las métricas. See [[ENI]].',
  'Volume 1, Option 3, Route 53, Windows Server 2019, Amazon Linux 2, IOPS of 64, 48TB, v3, August 14.',
  'user data user data instancias de rendimiento ampliable e instancias de rendimiento ampliable.',
  'Lines that are long enough to be wrapped in the middle of a sentence keep going on the next',
  'line in lower case, like this Application Load',
  'Balancer that spans two lines. ec2-203-0-113-25.compute-1.amazonaws.com and 10.0.0.25 and 0598c7d356eba48d7.',
  '',
  '## Definiciones',
  '',
  'Sirve para crear AMIs a partir de recetas.',
].join('\n');

describe('extraction output', () => {
  it('is the same as before for every note of the sample vault and an awkward note', async () => {
    const dir = path.join(root, 'notes');
    const out = markdownFiles(dir).sort().map((id) => extractCandidates(parseNote(id, decodeNoteBytes(readFileSync(path.join(dir, id))).text)));
    out.push(extractCandidates(parseNote('edge cases.md', AWKWARD)));
    await expect(`${out.map((r) => JSON.stringify(r)).join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/extract-identity.jsonl');
  });
});
