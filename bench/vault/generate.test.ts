import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateNotes, generateVault, summarize } from './generate';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-gen-'));
  dirs.push(dir);
  return dir;
}

async function digest(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, file), createHash('sha1').update(await fs.readFile(file)).digest('hex'));
  }
  return out;
}

/** Links as a reader sees them: outside fenced code, wiki or relative Markdown. */
function countLinks(text: string): number {
  const prose = text.replace(/```[\s\S]*?```/g, '');
  return (prose.match(/\[\[[^\]]+\]\]/g)?.length ?? 0) + (prose.match(/\]\((?!https?:)[^)]+\.md\)/g)?.length ?? 0);
}

describe('synthetic vault generator', () => {
  it('writes the same files byte for byte from the same seed', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await generateVault(a, 200, 7);
    await generateVault(b, 200, 7);
    const [da, db] = [await digest(a), await digest(b)];
    expect(da.size).toBe(200);
    expect([...da.entries()].sort()).toEqual([...db.entries()].sort());
  });

  it('gives a different vault for a different seed', () => {
    const a = [...generateNotes(200, 1)].map((n) => n.text).join('');
    const b = [...generateNotes(200, 2)].map((n) => n.text).join('');
    expect(a).not.toBe(b);
  });

  it('has 3–8 links per note on average, ~3% broken, ~60% front matter and a long tail of note lengths', () => {
    const notes = [...generateNotes(200, 11)];
    const stats = summarize(notes, 11);
    const perNote = stats.totalLinks / stats.notes;
    expect(perNote).toBeGreaterThanOrEqual(4);
    expect(perNote).toBeLessThanOrEqual(8);
    expect(stats.brokenLinks / stats.totalLinks).toBeGreaterThan(0.01);
    expect(stats.brokenLinks / stats.totalLinks).toBeLessThan(0.06);
    expect(stats.frontMatterNotes / stats.notes).toBeGreaterThan(0.5);
    expect(stats.frontMatterNotes / stats.notes).toBeLessThan(0.8);
    expect(stats.medianWords).toBeGreaterThan(200);
    expect(stats.medianWords).toBeLessThan(450);
    expect(stats.maxWords).toBeGreaterThan(4 * stats.medianWords);
    // What the generator says it wrote is what a reader finds in the text.
    expect(notes.reduce((sum, n) => sum + countLinks(n.text), 0)).toBe(stats.totalLinks);
  });

  it('makes every non-broken wiki link name a note that exists, and broken ones name none', () => {
    const notes = [...generateNotes(200, 3)];
    const titles = new Set(notes.map((n) => path.posix.basename(n.id, '.md').toLowerCase()));
    let resolved = 0;
    let broken = 0;
    for (const note of notes) {
      for (const match of note.text.replace(/```[\s\S]*?```/g, '').matchAll(/\[\[([^\]|#]+)/g)) {
        if (titles.has((match[1] as string).toLowerCase())) resolved++;
        else broken++;
      }
    }
    const stats = summarize(notes, 3);
    const wikiLinks = stats.totalLinks - stats.links.markdown;
    expect(resolved + broken).toBe(wikiLinks);
    expect(broken).toBeGreaterThan(0);
    expect(broken).toBeLessThan(wikiLinks * 0.06);
  });

  it('uses the AWS acronyms with their definitions and Spanish and English prose', () => {
    const all = [...generateNotes(200, 5)].map((n) => n.text).join('\n');
    for (const term of ['Elastic Block Store (EBS)', 'EC2', 'VPC', 'IAM']) expect(all).toContain(term);
    expect(all).toMatch(/\b(la|las|para|también)\b/);
    expect(all).toMatch(/\b(the|should|because)\b/);
    expect(all).toMatch(/^> \[!\w+\]/m);
    expect(all).toMatch(/#aws\/\w+/);
  });
});
