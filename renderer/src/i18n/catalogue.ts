import type { Locale } from './locales';
import type { Messages } from './define';
import app from './messages/app';
import editor from './messages/editor';
import errors from './messages/errors';
import files from './messages/files';
import graph from './messages/graph';
import layout from './messages/layout';
import note from './messages/note';
import relations from './messages/relations';
import review from './messages/review';
import search from './messages/search';

/** Every area's messages. A new area file is added here; its keys then type-check everywhere `t` is called. */
export const areas = [app, search, files, graph, layout, note, editor, review, relations, errors] as const;

type KeysOf<T> = T extends Messages<infer K> ? K : never;
export type MessageKey = KeysOf<(typeof areas)[number]>;

export const catalogues: Record<Locale, Record<MessageKey, string>> = {
  en: Object.assign({}, ...areas.map((a) => a.en)) as Record<MessageKey, string>,
  es: Object.assign({}, ...areas.map((a) => a.es)) as Record<MessageKey, string>,
};
