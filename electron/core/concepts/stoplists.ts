/**
 * Words that are never concepts on their own. These are lists of grammar and boilerplate, never of wanted
 * concepts: the concepts come from the notes.
 */

/** Function words (English + Spanish), already folded. A heading made with them is a sentence, not a name. */
export const STOPWORDS = new Set([
  // English
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'not', 'no', 'to', 'for', 'from', 'with', 'without', 'in',
  'into', 'on', 'onto', 'at', 'by', 'as', 'is', 'are', 'was', 'be', 'been', 'being', 'it', 'its', 'this',
  'that', 'these', 'those', 'there', 'their', 'your', 'you', 'we', 'our', 'my', 'i', 'he', 'she', 'they',
  'them', 'us', 'do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'may', 'might', 'must',
  'if', 'then', 'than', 'when', 'where', 'which', 'who', 'what', 'why', 'how', 'about', 'after', 'before',
  'between', 'over', 'under', 'up', 'down', 'out', 'off', 'all', 'any', 'each', 'every', 'some', 'more',
  'most', 'other', 'such', 'only', 'also', 'so', 'via', 'using', 'use', 'vs', 'per', 'across', 'within',
  'of', 'through', 'against', 'during', 'one', 'two', 'new', 'yes', 'has', 'have', 'had', 'get', 'set',
  // Spanish (accents folded)
  'de', 'del', 'el', 'la', 'lo', 'los', 'las', 'un', 'una', 'uno', 'unos', 'unas', 'y', 'e', 'o', 'u', 'ni', 'que',
  'en', 'con', 'sin', 'por', 'para', 'a', 'al', 'se', 'su', 'sus', 'es', 'son', 'ser', 'esta', 'este',
  'esto', 'estos', 'estas', 'ese', 'esa', 'eso', 'como', 'cuando', 'donde', 'pero', 'si', 'mas', 'muy',
  'ya', 'le', 'les', 'nos', 'mi', 'tu', 'sobre', 'entre', 'hasta', 'desde', 'tambien', 'cada', 'todo',
  'toda', 'todos', 'todas', 'otro', 'otra', 'hay', 'qu', 'cual', 'puede', 'pueden', 'usar', 'nuestro',
]);

/** Joining words allowed inside a multi-word name (`Balanceador de carga`, `Types of instances`). */
export const NAME_JOINERS = new Set(['de', 'del', 'of']);

/**
 * ALL-CAPS tokens that are shouted ordinary words, units or document boilerplate rather than acronyms of
 * a subject (kept short on purpose; a real acronym that is missing here only costs a noisy concept).
 */
export const STOP_ACRONYMS = new Set([
  'i', 'a', 'ok', 'am', 'pm', 'or', 'and', 'not', 'the', 'to', 'of', 'in', 'on', 'is', 'it', 'no', 'yes',
  'all', 'any', 'new', 'use', 'for', 'if', 'at', 'by', 'as', 'be', 'do', 'an', 'my', 'we', 'us', 'so',
  'todo', 'note', 'tip', 'faq', 'tbd', 'etc', 'eg', 'ie', 'vs', 'nb', 'ps', 'fyi', 'asap', 'warning',
  'important', 'caution', 'info', 'el', 'la', 'los', 'las', 'un', 'una', 'y', 'o', 'si', 'es', 'se', 'de',
  'en', 'con', 'por', 'para', 'que', 'del', 'al', 'lo', 'le', 'mb', 'gb', 'kb', 'tb', 'pb', 'ms', 'hz',
  'mhz', 'ghz', 'kbps', 'mbps', 'gbps', 'true', 'false', 'null', 'none', 'get', 'put', 'set', 'end',
]);

/**
 * Headings that name a part of a document, not a subject. Folded; compared with the whole folded heading.
 */
export const GENERIC_HEADINGS = new Set(
  [
    'overview', 'topics', 'topic', 'prerequisites', 'prerequisite', 'introduction', 'intro', 'summary',
    'notes', 'note', 'examples', 'example', 'conclusion', 'conclusions', 'references', 'see also',
    'related', 'related topics', 'related resources', 'contents', 'table of contents', 'background',
    'requirements', 'limitations', 'considerations', 'troubleshooting', 'faq', 'next steps', 'learn more',
    'more information', 'before you begin', 'getting started', 'tutorial', 'setup', 'usage', 'pricing',
    'quotas', 'document history', 'key concepts', 'concepts', 'features', 'benefits', 'procedure',
    'steps', 'tasks', 'todo', 'ideas', 'questions', 'resources', 'links', 'glossary', 'index', 'appendix',
    'introduccion', 'resumen', 'notas', 'ejemplos', 'ejemplo', 'conclusion', 'conclusiones', 'referencias',
    'vease tambien', 'contenido', 'contenidos', 'indice', 'requisitos', 'limitaciones', 'consideraciones',
    'pasos', 'tareas', 'preguntas', 'recursos', 'enlaces', 'glosario', 'apendice', 'descripcion general',
    'caracteristicas', 'ventajas', 'precios', 'uso', 'instalacion', 'configuracion', 'temas', 'tema',
    // Parts of reference pages: they label a block of a page, whatever the subject.
    'options', 'output', 'description', 'parameters', 'syntax', 'response', 'request', 'errors', 'details',
    'settings', 'results', 'values', 'properties', 'attributes', 'arguments', 'return values', 'available',
    'supported', 'default', 'general', 'other', 'miscellaneous', 'changes', 'history', 'important',
    'console', 'command line', 'api', 'cli', 'opciones', 'salida', 'descripcion', 'parametros', 'sintaxis',
  ],
);
