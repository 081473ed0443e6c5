import path from 'node:path';
import wikiLink from '@flowershow/remark-wiki-link';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { listMarkdown, readEach } from './files';

export interface PeerResult {
  files: number;
  bytes: number;
  ms: number;
  links: number;
  /** Wiki and relative Markdown links whose target is no note, by case-insensitive basename. */
  unresolved: number;
  tags: number;
  headings: number;
  badYaml: number;
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
}

const TAG = /(?:^|\s)#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;

/**
 * What a typical remark-based tool (Foam, Flowershow, many static-site generators) does to index a vault:
 * unified + remark-parse + remark-frontmatter + @flowershow/remark-wiki-link, YAML parsed with `yaml`,
 * then one walk of the tree for links, tags and headings, and a basename map to resolve links.
 */
export async function runPeer(dir: string): Promise<PeerResult> {
  const start = performance.now();
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(wikiLink, {});
  const files = await listMarkdown(dir);
  const result: PeerResult = { files: files.length, bytes: 0, ms: 0, links: 0, unresolved: 0, tags: 0, headings: 0, badYaml: 0 };
  const targets: string[] = [];
  result.bytes = await readEach(files, (_file, text) => {
    const tree = processor.parse(text) as MdNode;
    const tags = new Set<string>();
    const visit = (node: MdNode): void => {
      switch (node.type) {
        case 'yaml':
          try {
            const data = parseYaml(node.value ?? '') as { tags?: unknown } | null;
            if (Array.isArray(data?.tags)) for (const tag of data.tags) tags.add(String(tag).toLowerCase());
          } catch {
            result.badYaml++;
          }
          return;
        case 'wikiLink':
        case 'embed':
          // data.path carries a slugged heading (`a#h-1`); the value keeps the target as written.
          targets.push((node.value ?? '').split('#')[0] ?? '');
          return;
        case 'link':
          // External URLs and same-page `#anchors` are no note links (Cairn does not count them either).
          if (node.url && !/^[a-z][a-z0-9+.-]*:/i.test(node.url) && !node.url.startsWith('#')) targets.push(decodeURIComponent(node.url.split('#')[0] ?? ''));
          return;
        case 'text':
          for (const match of (node.value ?? '').matchAll(TAG)) tags.add((match[1] as string).toLowerCase());
          return;
        case 'heading':
          result.headings++;
          break;
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
    result.tags += tags.size;
  });
  const names = new Set(files.map((file) => path.basename(file, '.md').toLowerCase()));
  for (const target of targets) {
    result.links++;
    if (!names.has(path.posix.basename(target).replace(/\.md$/i, '').toLowerCase())) result.unresolved++;
  }
  result.ms = performance.now() - start;
  return result;
}
