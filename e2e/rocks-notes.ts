/**
 * Two Spanish notes about rocks: one lists kinds of rock under headings, the other names some of the same rocks
 * in sentences and links the first. A concept such as Basalto is then a kind of one thing, mentioned by both
 * notes, and shares sections with rocks the notes also name: the lines among those neighbours are many.
 * Nothing in it is from the seed note or a gold list.
 */
export const rocksNotes: Record<string, string> = {
  'Rocas.md': `# Rocas

Las rocas se clasifican por su origen. En el examen entran los tres grupos.

## Rocas ígneas

- **Granito**: una roca ígnea intrusiva de grano grueso, con cuarzo y feldespato.
- **Basalto**: una roca ígnea extrusiva, oscura y de grano fino.
- **Obsidiana**: un vidrio volcánico que se enfría muy deprisa.

## Rocas sedimentarias

- **Caliza**: una roca hecha sobre todo de calcita.
- **Arenisca**: granos de arena cementados.
- **Carbón**: restos vegetales compactados.

## Rocas metamórficas

- **Mármol**: caliza transformada por el calor y la presión.
- **Pizarra**: una roca que se parte en láminas.
- **Gneis**: una roca con bandas claras y oscuras.

El Granito y el Basalto forman casi toda la corteza. El Mármol y la Caliza reaccionan con el ácido. La Pizarra y el Gneis salen del Metamorfismo regional.
`,
  'Volcanes.md': `# Volcanes

Un volcán expulsa Magma a la superficie, donde se llama Lava.

- El Basalto sale de la Lava fluida de los volcanes de escudo.
- La Obsidiana se forma cuando la Lava se enfría de golpe.
- El Granito es Magma que se enfrió despacio bajo tierra.

Ver también [[Rocas]].
`,
};
