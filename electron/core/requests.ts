import { CairnError, type CairnApi, type CairnMethod, type DeckSpec, type ReviewSettingsDTO } from '../contract';

type Arg<M extends CairnMethod> = Parameters<CairnApi[M]>[0];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (method: string, why: string): never => {
  throw new CairnError('bad-request', `${method}: ${why}`);
};
const str = (method: string, v: unknown, name: string): string => (typeof v === 'string' ? v : fail(method, `${name} must be a string`));

/**
 * Requests arrive from other processes and from the network, so TypeScript's types are a promise the
 * caller may not keep: every argument is checked here, with a reason a person can read.
 */
const validators: { [M in CairnMethod]: (v: unknown) => Arg<M> } = {
  describeVault: () => undefined as never,
  openVault: () => undefined as never,
  listNotes: () => undefined as never,
  readNote: (v) => str('readNote', v, 'id'),
  saveNote: (v) => {
    if (!isObject(v)) return fail('saveNote', 'expected { id, content, baseHash }');
    const content = str('saveNote', v.content, 'content');
    if (content.length > 16 * 1024 * 1024) fail('saveNote', 'content is over 16 MB');
    const baseHash = v.baseHash === null ? null : str('saveNote', v.baseHash, 'baseHash');
    return { id: str('saveNote', v.id, 'id'), content, baseHash };
  },
  getGraph: (v) => {
    if (!isObject(v)) return fail('getGraph', 'expected a query object');
    const kinds = v.kinds;
    if (kinds !== undefined && (!Array.isArray(kinds) || !kinds.every((k) => ['note', 'concept', 'tag', 'missing'].includes(k as string)))) {
      fail('getGraph', 'kinds must be a list of note, concept, tag, missing');
    }
    if (v.center !== undefined) str('getGraph', v.center, 'center');
    if (v.depth !== undefined && (typeof v.depth !== 'number' || !(v.depth >= 1 && v.depth <= 3))) fail('getGraph', 'depth must be 1, 2 or 3');
    if (v.minWeight !== undefined && typeof v.minWeight !== 'number') fail('getGraph', 'minWeight must be a number');
    return v as Arg<'getGraph'>;
  },
  getConcept: (v) => str('getConcept', v, 'id'),
  listConcepts: () => undefined as never,
  getEdgeEvidence: (v) => str('getEdgeEvidence', v, 'edgeId'),
  brokenLinks: () => undefined as never,
  search: (v) => {
    if (!isObject(v)) return fail('search', 'expected { query, limit? }');
    const query = str('search', v.query, 'query');
    if (query.length > 1000) fail('search', 'query is over 1000 characters');
    if (v.limit !== undefined && (typeof v.limit !== 'number' || v.limit < 1 || v.limit > 500)) fail('search', 'limit must be 1–500');
    return { query, limit: v.limit as number | undefined };
  },
  reviewQueue: (v) => {
    if (!isObject(v)) return fail('reviewQueue', 'expected { limit?, nodeId?, deck? }');
    if (v.limit !== undefined && (typeof v.limit !== 'number' || !Number.isInteger(v.limit) || v.limit < 1 || v.limit > 500)) fail('reviewQueue', 'limit must be an integer 1–500');
    if (v.nodeId !== undefined) str('reviewQueue', v.nodeId, 'nodeId');
    return { limit: v.limit as number | undefined, nodeId: v.nodeId as string | undefined, ...(v.deck !== undefined ? { deck: deckSpec(v.deck) } : {}) };
  },
  gradeCard: (v) => {
    if (!isObject(v)) return fail('gradeCard', 'expected { cardId, grade }');
    const grade = v.grade;
    if (grade !== 'again' && grade !== 'hard' && grade !== 'good' && grade !== 'easy') return fail('gradeCard', 'grade must be again, hard, good or easy');
    return { cardId: str('gradeCard', v.cardId, 'cardId'), grade };
  },
  getMastery: () => undefined as never,
  renameNote: (v) => {
    if (!isObject(v)) return fail('renameNote', 'expected { from, to }');
    return { from: str('renameNote', v.from, 'from'), to: str('renameNote', v.to, 'to') };
  },
  deleteNote: (v) => str('deleteNote', v, 'id'),
  undoFileOperation: (v) => str('undoFileOperation', v, 'operationId'),
  createFolder: (v) => str('createFolder', v, 'id'),
  noteAnchors: (v) => str('noteAnchors', v, 'id'),
  unlinkedMentions: (v) => str('unlinkedMentions', v, 'id'),
  readDraft: (v) => str('readDraft', v, 'id'),
  saveDraft: (v) => {
    if (!isObject(v)) return fail('saveDraft', 'expected { id, content, baseHash }');
    const content = str('saveDraft', v.content, 'content');
    if (content.length > 16 * 1024 * 1024) fail('saveDraft', 'content is over 16 MB');
    const baseHash = v.baseHash === null ? null : str('saveDraft', v.baseHash, 'baseHash');
    return { id: str('saveDraft', v.id, 'id'), content, baseHash };
  },
  discardDraft: (v) => str('discardDraft', v, 'id'),
  getReviewSettings: () => undefined as never,
  setReviewSettings: (v) => {
    if (!isObject(v)) return fail('setReviewSettings', 'expected { examDate?, newPerDay?, reviewsPerDay? }');
    const out: Partial<ReviewSettingsDTO> = {};
    if (v.examDate !== undefined) {
      if (v.examDate !== null && (typeof v.examDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.examDate) || Number.isNaN(Date.parse(v.examDate)))) {
        fail('setReviewSettings', 'examDate must be a date YYYY-MM-DD, or null');
      }
      out.examDate = v.examDate as string | null;
    }
    for (const key of ['newPerDay', 'reviewsPerDay'] as const) {
      if (v[key] === undefined) continue;
      if (typeof v[key] !== 'number' || !Number.isInteger(v[key]) || (v[key] as number) < 0 || (v[key] as number) > 9999) fail('setReviewSettings', `${key} must be an integer 0–9999`);
      out[key] = v[key] as number;
    }
    return out;
  },
  reviewPlan: () => undefined as never,
  fitReviewParameters: () => undefined as never,
  answerLinkSuggestion: (v) => {
    if (!isObject(v)) return fail('answerLinkSuggestion', 'expected { cardId, accept }');
    if (typeof v.accept !== 'boolean') fail('answerLinkSuggestion', 'accept must be true or false');
    return { cardId: str('answerLinkSuggestion', v.cardId, 'cardId'), accept: v.accept as boolean };
  },
};

function deckSpec(v: unknown): DeckSpec {
  const m = 'reviewQueue';
  if (!isObject(v)) return fail(m, 'deck must be an object with a kind');
  switch (v.kind) {
    case 'all':
      return { kind: 'all' };
    case 'hops':
      if (typeof v.hops !== 'number' || !Number.isInteger(v.hops) || v.hops < 0 || v.hops > 3) fail(m, 'deck.hops must be 0, 1, 2 or 3');
      return { kind: 'hops', nodeId: str(m, v.nodeId, 'deck.nodeId'), hops: v.hops as number };
    case 'tag':
      return { kind: 'tag', tag: str(m, v.tag, 'deck.tag') };
    case 'folder':
      return { kind: 'folder', folder: str(m, v.folder, 'deck.folder') };
    case 'query': {
      const query = str(m, v.query, 'deck.query');
      if (query.length > 1000) fail(m, 'deck.query is over 1000 characters');
      return { kind: 'query', query };
    }
    case 'nodes':
      if (!Array.isArray(v.nodeIds) || v.nodeIds.length > 5000 || !v.nodeIds.every((n) => typeof n === 'string')) fail(m, 'deck.nodeIds must be a list of node ids');
      return { kind: 'nodes', nodeIds: v.nodeIds as string[] };
    default:
      return fail(m, 'deck.kind must be all, hops, tag, folder, query or nodes');
  }
}

export function parseRequest<M extends CairnMethod>(method: M, value: unknown): NonNullable<Arg<M>> {
  return validators[method](value) as NonNullable<Arg<M>>;
}
