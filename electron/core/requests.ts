import { CairnError, type CairnApi, type CairnMethod } from '../contract';

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
    if (!isObject(v)) return fail('reviewQueue', 'expected { limit?, nodeId? }');
    if (v.limit !== undefined && (typeof v.limit !== 'number' || !Number.isInteger(v.limit) || v.limit < 1 || v.limit > 500)) fail('reviewQueue', 'limit must be an integer 1–500');
    if (v.nodeId !== undefined) str('reviewQueue', v.nodeId, 'nodeId');
    return { limit: v.limit as number | undefined, nodeId: v.nodeId as string | undefined };
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
};

export function parseRequest<M extends CairnMethod>(method: M, value: unknown): NonNullable<Arg<M>> {
  return validators[method](value) as NonNullable<Arg<M>>;
}
