/**
 * One extractor on one folder, in its own process:
 * `node --import tsx bench/concepts/dump.ts --src ROOT --dir DIR [--glossary none] [--evidence] [--cards]`, or
 * `… --src ROOT --probe-glossary`: whether that CLI knows `--glossary none` (its parser is asked, nothing is built).
 *
 * ROOT is a checkout of Cairn (this one, or the baseline commit materialised by `baseline.ts`). The graph is
 * the one its own CLI prints (`cairn graph DIR --json`, so a CLI flag such as `--glossary none` means what it
 * means to a user); the service that CLI built is caught on its way through `CairnService.start` so the
 * concepts' names and the edges' evidence come from the same build, through the contract (`getConcept`,
 * `getEdgeEvidence`), which both the baseline and newer checkouts serve. One build per run keeps the bench fast.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConceptDTO, EvidenceDTO, GraphDTO, GraphEdgeDTO, GraphNodeDTO } from '../../electron/contract/dto';
import { emitResult, flag } from '../index/args';

export interface DumpNode {
  id: string;
  kind: string;
  label: string;
  /** Concept id the node stands for (the node's own id for a `concept` node). */
  concept: string;
  /** Label, the concept's label and its aliases, as the extractor gives them. */
  names: string[];
  /** Notes joined to the node by a `mention` edge, plus its own note for a note node. */
  notes: number;
}

export interface DumpEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  /** A relation's name when the edge or its evidence carries one (a kind beyond the generic five, or a field). */
  relation: string | null;
  /** Evidence sentences (only with --evidence); null when not asked. */
  evidence: string[] | null;
}

/** A concept card as the review queue serves it (`--cards`): what a student revising meets first. */
export interface DumpCard {
  front: string;
  back: string;
  /** The graph nodes it asks about (`nodeIds`, or a baseline's single `nodeId`). */
  nodeIds: string[];
}

export interface Dump {
  src: string;
  dir: string;
  /** `off` when `--glossary none` was passed and accepted; `unsupported` when the CLI refused the flag. */
  glossary: 'on' | 'off' | 'unsupported';
  buildMs: number;
  conceptNodes: DumpNode[];
  /** Edges whose two ends both stand for a concept. */
  edges: DumpEdge[];
  /** Concept cards of the whole deck (only with --cards); null when not asked. */
  cards: DumpCard[] | null;
}

type RunCli = (argv: string[], out: (text: string) => void) => Promise<number>;
/** A queued card as any checkout serves it: the baseline's has one `nodeId`, no `nodeIds`. */
interface QueuedCard {
  kind: string;
  front: string;
  back: string;
  nodeId: string;
  nodeIds?: string[];
}

interface ServiceLike {
  getConcept(id: string): Promise<ConceptDTO>;
  getEdgeEvidence(id: string): Promise<EvidenceDTO[]>;
  reviewQueue(request: { limit?: number }): Promise<{ cards: QueuedCard[] }>;
  /** Absent from the baseline, whose queue had no daily limit on new cards. */
  setReviewSettings?(settings: { newPerDay: number }): Promise<unknown>;
}

/** The longest queue the service serves; a held-out note's whole deck fits in it (the bench says when one did not). */
const ALL_CARDS = 500;
/** The most new cards a day the service accepts; a note gives far fewer. */
const MAX_NEW_PER_DAY = 9999;

async function conceptCards(service: ServiceLike): Promise<DumpCard[]> {
  if (typeof service.setReviewSettings === 'function') await service.setReviewSettings({ newPerDay: MAX_NEW_PER_DAY });
  const queue = await service.reviewQueue({ limit: ALL_CARDS });
  if (queue.cards.length >= ALL_CARDS) throw new Error(`the deck holds ${ALL_CARDS} cards or more: the queue cannot serve it whole`);
  return queue.cards.filter((c) => c.kind === 'concept').map((c) => ({ front: c.front, back: c.back, nodeIds: c.nodeIds ?? [c.nodeId] }));
}

const GENERIC_EDGE_KINDS = new Set(['link', 'embed', 'mention', 'tagged', 'related']);

/** The relation name an edge carries, wherever a newer extractor may put it. */
export function relationOf(edge: GraphEdgeDTO & Record<string, unknown>, evidence: readonly (EvidenceDTO & Record<string, unknown>)[] = []): string | null {
  for (const key of ['relation', 'relationType', 'type', 'label']) {
    const value = edge[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  if (!GENERIC_EDGE_KINDS.has(edge.kind)) return edge.kind;
  for (const item of evidence) {
    for (const key of ['relation', 'relationType', 'type', 'label']) {
      const value = item[key];
      if (typeof value === 'string' && value.trim()) return value;
    }
  }
  return null;
}

async function dump(src: string, dir: string, glossaryOff: boolean, withEvidence: boolean, withCards: boolean): Promise<Dump> {
  const serviceModule = (await import(pathToFileURL(path.join(src, 'electron/core/service.ts')).href)) as { CairnService: { prototype: { start: (...a: unknown[]) => Promise<unknown> } } };
  const proto = serviceModule.CairnService.prototype;
  const start = proto.start;
  const caught: ServiceLike[] = [];
  proto.start = function (this: ServiceLike, ...args: unknown[]) {
    caught.push(this);
    return start.apply(this, args);
  };
  const { runCli } = (await import(pathToFileURL(path.join(src, 'electron/cli/main.ts')).href)) as { runCli: RunCli };

  const graphArgs = ['graph', dir, '--json'];
  let glossary: Dump['glossary'] = 'on';
  let printed = '';
  const started = performance.now();
  let code = await runCli(glossaryOff ? [...graphArgs, '--glossary', 'none'] : graphArgs, (t) => (printed += t));
  if (glossaryOff) {
    if (code === 2 && /glossary/i.test(printed)) {
      glossary = 'unsupported';
      printed = '';
      code = await runCli(graphArgs, (t) => (printed += t));
    } else glossary = 'off';
  }
  const buildMs = performance.now() - started;
  if (code !== 0) throw new Error(`cairn graph exited ${code}: ${printed.slice(0, 500)}`);
  const service = caught.at(-1);
  if (!service) throw new Error('the CLI never started a CairnService');
  const graph = JSON.parse(printed) as GraphDTO;

  const standing = new Map<string, GraphNodeDTO>();
  for (const node of graph.nodes) {
    if (node.kind === 'concept' || (node.kind === 'note' && node.concept)) standing.set(node.id, node);
  }
  const noteSets = new Map<string, Set<string>>();
  for (const node of standing.values()) noteSets.set(node.id, new Set(node.kind === 'note' ? [node.id] : []));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const edge of graph.edges) {
    if (edge.kind !== 'mention') continue;
    for (const [end, other] of [[edge.target, edge.source], [edge.source, edge.target]] as const) {
      if (noteSets.has(end) && byId.get(other)?.kind === 'note') noteSets.get(end)?.add(other);
    }
  }

  const conceptNodes: DumpNode[] = [];
  for (const node of standing.values()) {
    const conceptId = node.concept ?? node.id;
    const names = new Set([node.label]);
    try {
      const concept = await service.getConcept(conceptId);
      names.add(concept.label);
      for (const alias of concept.aliases) names.add(alias);
    } catch {
      // A node whose concept the service cannot describe still has its label.
    }
    conceptNodes.push({ id: node.id, kind: node.kind, label: node.label, concept: conceptId, names: [...names], notes: noteSets.get(node.id)?.size ?? 0 });
  }

  const edges: DumpEdge[] = [];
  for (const edge of graph.edges as (GraphEdgeDTO & Record<string, unknown>)[]) {
    if (!standing.has(edge.source) || !standing.has(edge.target) || edge.source === edge.target) continue;
    let evidence: (EvidenceDTO & Record<string, unknown>)[] = [];
    if (withEvidence) {
      try {
        evidence = (await service.getEdgeEvidence(edge.id)) as (EvidenceDTO & Record<string, unknown>)[];
      } catch {
        evidence = [];
      }
    }
    edges.push({ id: edge.id, source: edge.source, target: edge.target, kind: edge.kind, relation: relationOf(edge, evidence), evidence: withEvidence ? evidence.map((e) => e.text) : null });
  }
  return { src, dir, glossary, buildMs, conceptNodes, edges, cards: withCards ? await conceptCards(service) : null };
}

/** `--help` is answered once the options parse, before any vault is opened: a CLI that refuses the flag says 2. */
async function knowsGlossary(src: string): Promise<boolean> {
  const { runCli } = (await import(pathToFileURL(path.join(src, 'electron/cli/main.ts')).href)) as { runCli: RunCli };
  return (await runCli(['--help', '--glossary', 'none'], () => undefined)) === 0;
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isEntry) {
  const args = process.argv.slice(2);
  const src = flag(args, '--src');
  const dir = flag(args, '--dir');
  if (src && args.includes('--probe-glossary')) emitResult({ glossaryFlag: await knowsGlossary(path.resolve(src)) });
  else if (!src || !dir) throw new Error('--src and --dir are required');
  else emitResult(await dump(path.resolve(src), path.resolve(dir), flag(args, '--glossary') === 'none', args.includes('--evidence'), args.includes('--cards')));
  // The service may hold timers or watchers open; the result is out.
  process.stdout.write('', () => process.exit(0));
}
