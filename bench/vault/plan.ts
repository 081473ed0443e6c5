import { int, logNormal, mulberry32, pick, shuffle, type Rng } from './random';
import { ASPECTS_EN, ASPECTS_ES, QUALIFIERS, SERVICES, TOPICS_EN, TOPICS_ES, type Service } from './vocabulary';

export type Lang = 'en' | 'es';

/** Everything about a note that other notes need to link to it: drawn up front, before any text. */
export interface NotePlan {
  index: number;
  /** Vault-relative path with `.md`. */
  id: string;
  folder: string;
  title: string;
  lang: Lang;
  service: Service;
  words: number;
  headings: string[];
  blockId: string | null;
  aliases: string[];
  frontMatter: boolean;
}

export interface VaultPlan {
  notes: NotePlan[];
  /** Link-target order by popularity: `byPopularity[zipfRank]` is a note index. */
  byPopularity: number[];
  /** Lower-cased titles, to make sure broken targets really are broken. */
  titles: Set<string>;
}

const HEADINGS_EN = ['Overview', 'How it works', 'Pricing', 'Limits', 'Exam tips', 'Examples', 'Commands', 'Troubleshooting', 'Notes', 'See also', 'Security', 'Monitoring', 'Use cases', 'Key points'];
const HEADINGS_ES = ['Resumen', 'Cómo funciona', 'Precios', 'Límites', 'Consejos de examen', 'Ejemplos', 'Comandos', 'Solución de problemas', 'Notas', 'Ver también', 'Seguridad', 'Monitorización', 'Casos de uso', 'Ideas clave'];

export const MEDIAN_WORDS = 300;
export const MAX_WORDS = 8000;
export const FRONT_MATTER_SHARE = 0.6;

/** Draws the whole vault's skeleton: titles (unique case-insensitively), folders, sizes, headings. */
export function planVault(count: number, seed: number): VaultPlan {
  const rng = mulberry32(seed);
  const titles = new Set<string>();
  const notes: NotePlan[] = [];
  const bucketCount = Math.max(1, Math.ceil(count / 2500));

  const add = (title: string, service: Service, lang: Lang, folder: string, aliases: string[]): void => {
    titles.add(title.toLowerCase());
    const words = Math.round(Math.min(MAX_WORDS, Math.max(20, logNormal(rng, MEDIAN_WORDS, 1))));
    const pool = lang === 'es' ? HEADINGS_ES : HEADINGS_EN;
    const headings = new Set<string>();
    const wanted = Math.min(24, Math.round(words / 150));
    for (let k = 0; k < wanted; k++) headings.add(k < pool.length ? pick(rng, pool) : `${pick(rng, pool)} ${k}`);
    if (rng() < 0.2) headings.add(`${service.acronym} vs ${pick(rng, SERVICES).acronym}`);
    notes.push({
      index: notes.length,
      id: `${folder}/${title}.md`,
      folder,
      title,
      lang,
      service,
      words,
      headings: [...headings],
      blockId: rng() < 0.1 ? `def-${int(rng, 1, 9)}` : null,
      aliases,
      frontMatter: aliases.length > 0 || rng() < FRONT_MATTER_SHARE,
    });
  };

  // Hub notes first: one per service (a concept note with its long and Spanish names as aliases), one per topic.
  for (const service of SERVICES) {
    if (notes.length >= count) break;
    add(service.acronym, service, 'es', `AWS/${service.category}`, [service.long, ...(service.es ? [service.es] : [])]);
  }
  for (const [topics, lang] of [[TOPICS_EN, 'en'], [TOPICS_ES, 'es']] as const) {
    for (const topic of topics) {
      if (notes.length >= count) break;
      const service = pick(rng, SERVICES);
      add(topic, service, lang, `AWS/${service.category}`, []);
    }
  }

  while (notes.length < count) {
    const lang: Lang = rng() < 0.55 ? 'es' : 'en';
    const service = pick(rng, SERVICES);
    const topic = rng() < 0.6 ? service.acronym : pick(rng, lang === 'es' ? TOPICS_ES : TOPICS_EN);
    const aspect = pick(rng, lang === 'es' ? ASPECTS_ES : ASPECTS_EN);
    let title = `${topic} ${aspect}`;
    if (titles.has(title.toLowerCase())) title = `${title} ${pick(rng, QUALIFIERS)}`;
    for (let k = 2; titles.has(title.toLowerCase()); k++) title = `${topic} ${aspect} ${k}`;
    const alias = rng() < 0.15 && topic === service.acronym ? [`${service.long} ${aspect}`] : [];
    add(title, service, lang, folderFor(rng, service, bucketCount), alias.filter((a) => !titles.has(a.toLowerCase())));
  }

  // Hubs stay the most linked; the rest get a random place in the popularity order.
  const hubs = Math.min(count, SERVICES.length + TOPICS_EN.length + TOPICS_ES.length);
  const rest = shuffle(rng, Array.from({ length: count - hubs }, (_, i) => i + hubs));
  return { notes, byPopularity: [...Array.from({ length: hubs }, (_, i) => i), ...rest], titles };
}

function folderFor(rng: Rng, service: Service, buckets: number): string {
  const r = rng();
  const bucket = buckets > 1 ? `/Parte ${int(rng, 1, buckets)}` : '';
  if (r < 0.4) return `AWS/${service.category}${rng() < 0.5 ? `/${service.acronym}` : ''}`;
  if (r < 0.65) return `Estudio/${pick(rng, ['SAA-C03', 'SysOps', 'Developer'])}${bucket}`;
  if (r < 0.75) return `Labs/${service.category}${bucket}`;
  if (r < 0.85) return `Proyectos/${pick(rng, ['Migración', 'Web app', 'Data lake', 'Intranet'])}`;
  if (r < 0.95) return `Referencias${bucket}`;
  return 'Inbox';
}
