import type { SearchDoc } from '../../electron/core/search/types';

/**
 * Deterministic synthetic vaults: Spanish/English AWS-ish words plus generated ones for a realistic
 * vocabulary size, drawn with a Zipf-like distribution; ~300 words per note, headings, nested tags.
 */

/** Seeded, so a run can be repeated exactly: the synthetic vault's generator. */
import { mulberry32 as rng } from '../vault/random';

export { rng };

const BASE = `de la el en y que los instancia instance volumen volume balanceador load balancer seguridad security red network
imagen image almacenamiento storage snapshot instancias instances región region zona zone disponibilidad availability
grupo group política policy rol role usuario user permiso permission clave key par pair tráfico traffic puerto port
subred subnet cortafuegos firewall métrica metric alarma alarm registro log evento event función function contenedor
container servicio service cuenta account facturación billing precio price reserva reservation capacidad capacity
escalado scaling plantilla template lanzamiento launch arranque boot disco disk rendimiento performance crédito credit
memoria memory procesador processor núcleo core red elástica elastic dirección address pública public privada private
cifrado encryption copia copy restauración restore ciclo lifecycle estado state parada stop inicio start terminación
termination hibernación hibernation consola console serie serial metadatos metadata datos data usuario script
paginación pagination comando command salida output bucket objeto object cola queue tema topic mensaje message`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = ['ka', 'lo', 'mi', 'ner', 'ta', 'vo', 'pre', 'sul', 'den', 'ri', 'gon', 'ex', 'tra', 'ble', 'cion', 'mo', 'zu', 'pha', 'qui', 'ster'];
const TAGS = ['aws', 'aws/compute', 'aws/compute/ec2', 'aws/storage', 'aws/storage/ebs', 'aws/networking', 'aws/security', 'examen', 'repaso', 'proyecto/alpha', 'proyecto/beta', 'idea'];

export interface SyntheticVault {
  docs: SearchDoc[];
  /** Words by frequency rank (0 = most frequent), for building queries. */
  vocabulary: string[];
}

export function syntheticVault(notes: number, seed = 42, wordsPerNote = 300): SyntheticVault {
  const rand = rng(seed);
  const vocabulary = [...BASE];
  const extra = Math.min(60000, 8000 + notes * 2);
  for (let i = 0; vocabulary.length < BASE.length + extra; i++) {
    let w = '';
    const n = 2 + Math.floor(rand() * 3);
    for (let j = 0; j < n; j++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    vocabulary.push(w + (i % 7 === 0 ? 's' : ''));
  }
  // Zipf (s = 1) by inverse CDF over ranks.
  const cdf = new Float64Array(vocabulary.length);
  let acc = 0;
  for (let r = 0; r < vocabulary.length; r++) cdf[r] = acc += 1 / (r + 1);
  const pick = (): string => {
    const x = rand() * acc;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo] as string;
  };
  const phrase = (n: number): string => Array.from({ length: n }, pick).join(' ');
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  const docs: SearchDoc[] = [];
  for (let i = 0; i < notes; i++) {
    const folder = `carpeta${i % 37}/sub${i % 5}`;
    const title = cap(`${vocabulary[20 + Math.floor(rand() * 400)]} ${vocabulary[20 + Math.floor(rand() * 4000)]} ${i}`);
    const nSections = 2 + Math.floor(rand() * 5);
    const sections: SearchDoc['sections'] = [];
    let line = 1;
    let remaining = wordsPerNote;
    for (let s = 0; s < nSections; s++) {
      const heading = s === 0 ? title : cap(phrase(2 + Math.floor(rand() * 2)));
      const words = s === nSections - 1 ? remaining : Math.floor(wordsPerNote / nSections);
      remaining -= words;
      const sentences: string[] = [];
      for (let w = 0; w < words; ) {
        const len = Math.min(words - w, 8 + Math.floor(rand() * 12));
        sentences.push(`${cap(phrase(len))}.`);
        w += len;
      }
      const text = `${'#'.repeat(s === 0 ? 1 : 2)} ${heading}\n${sentences.join(' ')}`;
      sections.push({ heading, line, text, level: s === 0 ? 1 : 2 });
      line += 2;
    }
    docs.push({
      id: `${folder}/${title}.md`,
      title,
      aliases: rand() < 0.3 ? [cap(phrase(2))] : [],
      headings: sections.map((s) => s.heading as string),
      tags: [TAGS[Math.floor(rand() * TAGS.length)] as string, TAGS[Math.floor(rand() * TAGS.length)] as string],
      path: `${folder}/${title}.md`,
      concepts: [],
      sections,
    });
  }
  return { docs, vocabulary };
}
