/**
 * A one-note vault: the note mentions every concept, and the concepts hang together by typed relations (the
 * items under a heading are kinds of what it names). Nothing in it is from the seed note or a gold list.
 */
const section = (heading: string, items: [string, string][]): string => `## ${heading}\n\n${items.map(([term, gloss]) => `- **${term}**: ${gloss}.`).join('\n')}\n`;

export const astronomyNote: Record<string, string> = {
  'Astronomía.md': [
    '# Astronomía\n',
    section('Planetas interiores', [['Mercurio', 'el planeta más cercano al Sol'], ['Venus', 'un planeta con una atmósfera densa'], ['Marte', 'un planeta rojo y frío']]),
    section('Planetas exteriores', [['Júpiter', 'el planeta más grande, un gigante gaseoso'], ['Saturno', 'un gigante gaseoso con anillos'], ['Neptuno', 'un gigante helado y lejano']]),
    section('Estrellas', [['Enana blanca', 'el resto de una estrella pequeña'], ['Supergigante roja', 'una estrella enorme y fría'], ['Estrella de neutrones', 'el resto de una supernova']]),
    section('Galaxias', [['Galaxia espiral', 'una galaxia con brazos'], ['Galaxia elíptica', 'una galaxia sin brazos'], ['Galaxia irregular', 'una galaxia sin forma definida']]),
  ].join('\n'),
};
