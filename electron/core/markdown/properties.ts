import type { TagUse } from './types';

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
