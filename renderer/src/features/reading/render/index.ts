export { contextFor, MAX_EMBED_DEPTH, type RenderContext } from './context';
export { loadEmbeds } from './embeds';
export { renderBody } from './pipeline';
export { toggleTask } from './tasks';
export { slugify, safeDecode } from './slug';
