import { scanInline, type InlineSink } from './inline';
import type { RawLink, TagUse } from './types';

/*
 * Obsidian's list-valued properties. People write them every way YAML allows:
 *   tags: aws            tags: aws, ec2        tags: [aws, ec2]        tags:\n  - aws\n  - "#ec2"
 * and the singular `tag` / `alias` of older vaults.
 */

const TAG_BODY = /^(?:[\p{L}\p{N}\p{M}_/-]|\p{Extended_Pictographic}|\u200d|\ufe0f)+$/u;

export function frontmatterTags(data: Record<string, unknown>): TagUse[] {
  const out: TagUse[] = [];
  for (const key of ['tags', 'tag']) {
    for (const raw of listValue(data[key], /[,\s]+/)) {
      const tag = raw.replace(/^#/, '').replace(/\/+$/, '');
      if (TAG_BODY.test(tag) && /[^0-9]/.test(tag)) out.push({ tag, line: 0 });
    }
  }
  return out;
}

export function frontmatterAliases(data: Record<string, unknown>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const key of ['aliases', 'alias']) {
    for (const alias of listValue(data[key], /,/)) {
      if (seen.has(alias)) continue;
      seen.add(alias);
      out.push(alias);
    }
  }
  return out;
}

/** A string (split on `separator`), a number, or a list of those; anything else yields nothing. */
function listValue(value: unknown, separator: RegExp): string[] {
  const items: string[] = [];
  const add = (item: unknown, split: boolean): void => {
    if (typeof item === 'string') {
      for (const part of split ? item.split(separator) : [item]) {
        const trimmed = part.trim();
        if (trimmed !== '') items.push(trimmed);
      }
    } else if (typeof item === 'number' || typeof item === 'boolean') {
      items.push(String(item));
    }
  };
  // List items are never split: an alias may contain a comma.
  if (Array.isArray(value)) for (const item of value) add(item, false);
  else add(value, true);
  return items;
}

/**
 * Wiki links written in property values (`related: "[[EC2]]"`), which Obsidian counts as links. Only links
 * that appear in a parsed string value count, so a YAML flow list `[[a, b]]` is not mistaken for one.
 * `header` holds the file's lines from line 1 up to the closing fence; link lines are file lines.
 */
export function frontmatterLinks(data: Record<string, unknown>, header: string[]): RawLink[] {
  const wanted = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(WIKI)) wanted.add(m[0]);
    } else if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (value !== null && typeof value === 'object') {
      Object.values(value).forEach(walk);
    }
  };
  walk(data);
  if (wanted.size === 0) return [];
  const sink: InlineSink = { line: 0, links: [], tags: [], out: [] };
  header.forEach((line, index) => {
    sink.line = index + 1;
    for (const m of line.matchAll(WIKI)) {
      if (wanted.has(m[0])) scanInline(line, m.index, m.index + m[0].length, sink);
    }
  });
  return sink.links;
}

const WIKI = /!?\[\[[^[\]\n]+\]\]/g;
