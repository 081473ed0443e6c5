/** The hostile notes of issue 17 (point 7), plus the stress notes for brackets and emphasis. */
export function hostileNotes(): Record<string, string> {
  const quoteLine = `${'> '.repeat(50)}quote text here\n`;
  return {
    'bad-uri.md': '# Bad URI\n\n[link](%) and [x](%E0%A4%A) and ![i](%zz)\n',
    'nested-list.md': `# Nested list\n\n${'- '.repeat(5000)}deep\n`,
    'nested-quote.md': `# Nested quote\n\n${'> '.repeat(5000)}deep\n`,
    'deep-quotes-12MB.md': `# Deep quotes\n\n${quoteLine.repeat(Math.ceil(12_500_000 / quoteLine.length))}`,
    'long-paragraph.md': `# Long paragraph\n\n${Array.from({ length: 10_000 }, (_, i) => `line ${i} of one paragraph with *some* words and [[links]] here`).join('\n')}\n`,
    'brackets.md': `# Brackets\n\n${'[]('.repeat(50_000)}\n`,
    'emphasis.md': `# Emphasis\n\n${'*a_'.repeat(50_000)}\n`,
    'wiki-brackets.md': `# Wiki brackets\n\n${'[['.repeat(50_000)}\n`,
  };
}
