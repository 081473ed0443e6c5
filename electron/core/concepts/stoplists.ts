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
  'nuestra', 'nuestros', 'nuestras', 'vuestro', 'vuestra', 'mis', 'tus', 'esos', 'esas', 'aquel', 'aquella',
  'dicho', 'dicha', 'dichos', 'dichas', 'cuyo', 'cuya', 'muchos', 'muchas', 'mucho', 'mucha', 'poco', 'pocos',
  // Adverbs, conjunctions and indefinite pronouns: they sit inside clauses, never inside a name
  // (`antes de cambiar`, `matter because`, `questions usually compare`).
  'because', 'although', 'while', 'usually', 'often', 'always', 'never', 'sometimes', 'anything',
  'something', 'nothing', 'everything', 'just', 'even', 'still', 'already', 'now', 'here', 'again',
  'porque', 'aunque', 'mientras', 'antes', 'despues', 'siempre', 'nunca', 'nada', 'algo', 'ahora', 'aqui',
  'luego', 'entonces', 'todavia', 'aun', 'asi',
  // Quantifiers, indefinite determiners and focus adverbs: they count or limit a noun phrase and never
  // end or open a name (`tráfico de algunos`, `tráfico de menos`, `algunos subyacente`, `both volumes`).
  // A closed class of each grammar; no npm stoplist fits (stopwords-iso's Spanish list also holds content
  // words such as `valor`, `estado`, `uso`; stopword's holds a quarter of these).
  'algun', 'alguno', 'alguna', 'algunos', 'algunas', 'ningun', 'ninguno', 'ninguna', 'ningunos', 'ningunas',
  'cualquier', 'cualquiera', 'ambos', 'ambas', 'varios', 'varias', 'demasiado', 'demasiada', 'demasiados',
  'demasiadas', 'bastante', 'bastantes', 'tanto', 'tanta', 'tantos', 'tantas', 'cuanto', 'cuanta', 'cuantos',
  'cuantas', 'menos', 'solo', 'solamente', 'casi', 'apenas', 'incluso', 'tampoco', 'quizas', 'tal', 'tan',
  'cierto', 'cierta', 'ciertos', 'ciertas', 'demas', 'sendos', 'otros', 'otras', 'mismo', 'misma',
  'mismos', 'mismas', 'pocas', 'ante', 'contra', 'segun', 'tras', 'mediante', 'durante', 'hacia',
  'few', 'fewer', 'less', 'least', 'much', 'many', 'several', 'both', 'either', 'neither', 'enough', 'very',
  'too', 'quite', 'rather', 'else', 'ever', 'yet', 'since', 'until', 'unless', 'upon', 'whether', 'though',
  'whose', 'whom', 'whatever', 'whichever', 'however', 'therefore', 'thus', 'instead', 'among', 'along',
  'cannot', 'above', 'below', 'beyond', 'toward', 'towards', 'besides', 'except', 'unlike',
  // Auxiliary and modal verbs of Spanish (the English ones are above): a word before an infinitive or a
  // participle, never part of a name (`regla deba sobrevivir`, `debe subyacente`).
  'debe', 'deben', 'debes', 'debemos', 'deba', 'deban', 'debas', 'deberia', 'deberian',
  'puedes', 'podemos', 'pueda', 'puedan', 'podria', 'podrian', 'podra', 'podran', 'suele', 'suelen',
  'sueles', 'solemos', 'solia', 'solian', 'ha', 'han', 'hemos', 'habia', 'habian', 'haya', 'hayan', 'habra',
  'estan', 'estar', 'estaba', 'sea', 'sean', 'sera', 'seran', 'seria', 'fue', 'fueron', 'era', 'eran',
  'tiene', 'tienen',
]);

/**
 * Words that situate a thing in the text rather than name a kind of it (`Supported instance types`,
 * `Existing instances`, `Additional information`): a name does not start with one. Kept apart from
 * adjectives that do make names (`public key`, `private IP address`, `custom AMI`).
 */
export const DESCRIPTIVE_WORDS = new Set([
  'existing', 'supported', 'unsupported', 'available', 'unavailable', 'additional', 'different', 'various',
  'multiple', 'specific', 'specified', 'following', 'related', 'selected', 'several', 'certain',
  'appropriate', 'corresponding', 'respective', 'given', 'particular', 'possible', 'required', 'individual',
  'common', 'same', 'similar', 'other', 'another', 'such', 'more', 'most', 'many', 'few', 'some',
  'otros', 'otras', 'diferentes', 'distintos', 'varios', 'varias', 'algunos', 'algunas', 'mismo', 'misma',
  'adicional', 'adicionales', 'disponible', 'disponibles', 'compatible', 'compatibles', 'siguiente',
]);

/**
 * Adjectives that rate a thing for the reader rather than say which kind it is (`Detalles útiles`, `Ideas
 * clave`, `Important notes`, `Conceptos básicos`): a heading or phrase holding one as its modifier labels a
 * part of a text. A grammatical class (evaluative adjectives), not any vault's words. Adjectives that also
 * sort things into kinds (`Basic monitoring`, `tabla de rutas principal`, `Key pairs`) are left out; `clave`
 * rates only after a noun (`ideas clave`), which is the only place it is looked for in Spanish order.
 */
export const EVALUATIVE_WORDS = new Set([
  'useful', 'important', 'interesting', 'relevant', 'essential', 'handy', 'misc',
  'util', 'utiles', 'importante', 'importantes', 'interesante', 'interesantes', 'relevante', 'relevantes',
  'esencial', 'esenciales', 'clave', 'buen', 'bueno', 'buena', 'buenos', 'buenas', 'mejor', 'mejores',
  // How often, not what kind: `error frecuente`, `common mistake`, `preguntas frecuentes`.
  'frecuente', 'frecuentes', 'habitual', 'habituales', 'tipico', 'tipica', 'tipicos', 'tipicas', 'frequent',
  'typical', 'usual',
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
  // Ordinary words of any technical text that happen to be written in capitals.
  'id',
  // Markers a student shouts at themself (`OJO:`, `PD:`, `WIP`); longer ones are words the lexicons know.
  'ojo', 'pd', 'obs', 'wip',
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
    'quotas', 'document history', 'key concepts', 'concepts', 'basic concepts', 'conceptos', 'conceptos basicos', 'conceptos clave', 'features', 'benefits', 'procedure',
    'steps', 'tasks', 'todo', 'ideas', 'questions', 'resources', 'links', 'glossary', 'index', 'appendix',
    'introduccion', 'resumen', 'notas', 'ejemplos', 'ejemplo', 'conclusion', 'conclusiones', 'referencias',
    'vease tambien', 'contenido', 'contenidos', 'indice', 'requisitos', 'limitaciones', 'consideraciones',
    'pasos', 'tareas', 'preguntas', 'recursos', 'enlaces', 'glosario', 'apendice', 'descripcion general',
    // What a student calls a page of revision, whatever the subject.
    'repaso', 'review', 'apuntes', 'cheat sheet', 'chuleta', 'flashcards', 'tarjetas', 'preguntas de examen', 'exam questions',
    'caracteristicas', 'ventajas', 'precios', 'uso', 'instalacion', 'configuracion', 'temas', 'tema',
    // What a history or a case study lays out about its subject, not a subject of its own.
    'consecuencias', 'consequences', 'timeline', 'cronologia',
    // Parts of reference pages: they label a block of a page, whatever the subject.
    'options', 'output', 'description', 'parameters', 'syntax', 'response', 'request', 'errors', 'details',
    'settings', 'results', 'values', 'properties', 'attributes', 'arguments', 'return values', 'available',
    'supported', 'default', 'general', 'other', 'miscellaneous', 'changes', 'history', 'important',
    'console', 'command line', 'api', 'cli', 'best practices', 'best practice', 'how it works', 'what is new', 'opciones', 'salida', 'descripcion', 'parametros', 'sintaxis',
  ],
);

/**
 * Everyday words: the core vocabulary of general English and Spanish (the size of a learner's core list,
 * ~300 words each, limited to nouns, verbs and adjectives that can stand alone as a heading or a file
 * name) plus the handful of words every software manual uses whatever its subject (data, file, user,
 * access, storage). Nothing here is a concept of any vault; the list only says which single words carry
 * no idea of their own. A single word on this list is a concept only when the vault gives more evidence
 * than a heading, a tag or a bare file name: an alias, a front-matter title, a definition, an acronym, or
 * a place inside a longer name (`instance store`, `security group` keep working: only lone words are
 * judged). Compared after folding and stemming, so `Costs`, `costing` and `cost` are one entry.
 */
export const COMMON_WORDS = new Set([
  // English: everyday nouns
  'access', 'account', 'action', 'activity', 'address', 'age', 'agreement', 'amount', 'answer', 'area',
  'article', 'aspect', 'attempt', 'attention', 'audience', 'balance', 'base', 'basis', 'beginning', 'block',
  'body', 'book', 'bottom', 'box', 'break', 'budget', 'building', 'business', 'capacity', 'card', 'care',
  'case', 'cause', 'center', 'chance', 'change', 'character', 'charge', 'check', 'choice', 'class',
  'code', 'collection', 'color', 'command', 'comment', 'community', 'company', 'comparison', 'condition',
  'connection', 'content', 'context', 'control', 'copy', 'cost', 'country', 'course', 'cover', 'credit',
  'culture', 'customer', 'cycle', 'damage', 'date', 'day', 'deal', 'decision', 'degree', 'delivery',
  'demand', 'design', 'detail', 'development', 'device', 'difference', 'direction', 'discussion', 'distance',
  'document', 'domain', 'door', 'draft', 'drive', 'duration', 'edge', 'effect', 'effort', 'element', 'end',
  'energy', 'entry', 'environment', 'error', 'event', 'evidence', 'example', 'exception', 'experience',
  'expert', 'fact', 'factor', 'failure', 'family', 'feature', 'fee', 'field', 'figure', 'file', 'filter',
  'flow', 'focus', 'folder', 'form', 'format', 'frame', 'function', 'future', 'game', 'gap', 'goal',
  'group', 'growth', 'guide', 'half', 'hand', 'head', 'health', 'help', 'history', 'hold', 'home', 'hour',
  'idea', 'identity', 'image', 'impact', 'increase', 'information', 'input', 'instance', 'interest',
  'issue', 'item', 'job', 'key', 'kind', 'language', 'layer', 'lead', 'level', 'life', 'lifecycle',
  'lifetime', 'limit', 'line', 'link', 'list', 'load', 'location', 'lock', 'log', 'loss', 'machine',
  'maintenance', 'management', 'manager', 'map', 'market', 'match', 'material', 'matter', 'meaning',
  'measure', 'member', 'memory', 'message', 'method', 'minute', 'mode', 'model', 'moment', 'money',
  'month', 'move', 'name', 'nature', 'need', 'network', 'number', 'object', 'offer', 'office', 'operation',
  'opinion', 'option', 'order', 'organization', 'origin', 'owner', 'page', 'pair', 'part', 'party',
  'pass', 'password', 'path', 'pattern', 'payment', 'people', 'percent', 'performance', 'period',
  'permission', 'person', 'phase', 'piece', 'place', 'plan', 'platform', 'point', 'policy', 'pool',
  'position', 'power', 'practice', 'preference', 'price', 'priority', 'problem', 'process', 'product',
  'profile', 'program', 'progress', 'project', 'protection', 'purpose', 'quality', 'quantity', 'question',
  'range', 'rate', 'reason', 'record', 'recovery', 'region', 'relationship', 'release', 'report',
  'request', 'requirement', 'research', 'reserve', 'resource', 'response', 'rest', 'result', 'review',
  'right', 'risk', 'role', 'room', 'root', 'route', 'rule', 'run', 'safety', 'sample', 'scale', 'scope',
  'screen', 'search', 'second', 'section', 'security', 'selection', 'sense', 'series', 'server', 'service',
  'session', 'share', 'shape', 'side', 'sign', 'signal', 'site', 'size', 'solution', 'source', 'space',
  'speed', 'stage', 'standard', 'start', 'state', 'statement', 'status', 'step', 'stock', 'stop', 'storage',
  'store', 'story', 'strategy', 'stream', 'structure', 'style', 'subject', 'success', 'support', 'surface',
  'system', 'table', 'tag', 'target', 'task', 'team', 'term', 'test', 'text', 'thing', 'time', 'title',
  'tool', 'top', 'total', 'track', 'traffic', 'training', 'transfer', 'trial', 'trouble', 'trust', 'turn',
  'type', 'unit', 'update', 'usage', 'user', 'value', 'version', 'view', 'volume', 'way', 'week', 'weight',
  'window', 'word', 'work', 'world', 'year', 'zone',
  // English: everyday verbs (a heading or file name made of one is a task: `Connect`, `Launch`, `Monitor`)
  'add', 'allow', 'apply', 'assign', 'attach', 'begin', 'build', 'buy', 'call', 'cancel', 'choose', 'clean',
  'close', 'compare', 'complete', 'configure', 'connect', 'contain', 'continue', 'convert', 'create',
  'define', 'delete', 'deploy', 'describe', 'detach', 'disable', 'edit', 'enable', 'ensure', 'estimate',
  'explain', 'export', 'fail', 'find', 'finish', 'fix', 'follow', 'give', 'grant', 'handle', 'hide',
  'identify', 'import', 'improve', 'include', 'install', 'keep', 'know', 'launch', 'learn', 'leave', 'let',
  'listen', 'look', 'maintain', 'make', 'manage', 'migrate', 'modify', 'monitor', 'open', 'optimize',
  'own', 'pay', 'prepare', 'prevent', 'protect', 'provide', 'publish', 'read', 'reboot', 'receive',
  'reduce', 'register', 'remove', 'replace', 'require', 'reset', 'resize', 'restore', 'retrieve', 'return',
  'save', 'schedule', 'see', 'select', 'send', 'show', 'shut', 'specify', 'submit', 'switch', 'take',
  'terminate', 'try', 'understand', 'upgrade', 'validate', 'verify', 'view', 'wait', 'write',
  // English: everyday adjectives
  'active', 'additional', 'available', 'basic', 'common', 'current', 'custom', 'different', 'direct',
  'easy', 'existing', 'external', 'fast', 'final', 'free', 'full', 'general', 'good', 'high', 'internal',
  'large', 'last', 'local', 'low', 'main', 'manual', 'multiple', 'normal', 'old', 'optional', 'own',
  'personal', 'previous', 'primary', 'private', 'public', 'quick', 'ready', 'real', 'recent', 'regular',
  'remote', 'simple', 'single', 'small', 'special', 'specific', 'standard', 'supported', 'temporary',
  'total', 'unique', 'useful', 'valid', 'various',
  // Generic vocabulary of any software manual, whatever its subject
  'application', 'architecture', 'backup', 'billing', 'browser', 'client', 'cluster', 'component', 'computer', 'computing',
  'configuration', 'connectivity', 'console', 'credential', 'data', 'database', 'disk', 'download',
  'identifier', 'id', 'integration', 'interface', 'internet', 'login', 'metadata', 'metric', 'monitoring',
  'networking', 'notification', 'permission', 'port', 'protocol', 'query', 'restriction', 'script',
  'setting', 'software', 'upload', 'username', 'web', 'website',
  // Spanish: everyday nouns
  'acceso', 'accion', 'actividad', 'almacenamiento', 'ambiente', 'archivo', 'area', 'aspecto', 'ayuda',
  'base', 'cambio', 'cantidad', 'capa', 'capacidad', 'caso', 'causa', 'centro', 'ciclo', 'clase', 'clave',
  'cliente', 'codigo', 'comando', 'comienzo', 'computo', 'concepto', 'condicion', 'conexion', 'conjunto',
  'consejo', 'contenido', 'control', 'copia', 'costo', 'coste', 'credito', 'cuenta', 'dato', 'destino',
  'detalle', 'dia', 'diferencia', 'direccion', 'disco', 'documento', 'duda', 'ejemplo', 'elemento',
  'empresa', 'entorno', 'equipo', 'error', 'estado', 'evento', 'familia', 'fase', 'fecha', 'fin', 'forma',
  'formato', 'funcion', 'grupo', 'guia', 'herramienta', 'hora', 'idea', 'imagen', 'informacion', 'inicio',
  'instancia', 'lado', 'limite', 'linea', 'lista', 'lugar', 'manera', 'maquina', 'memoria', 'mensaje',
  'metodo', 'minuto', 'modelo', 'modo', 'momento', 'mundo', 'nivel', 'nombre', 'nota', 'numero', 'nube',
  'objeto', 'opcion', 'orden', 'origen', 'pagina', 'pago', 'par', 'parte', 'paso', 'periodo', 'permiso',
  'persona', 'plan', 'politica', 'precio', 'pregunta', 'problema', 'proceso', 'producto', 'programa',
  'proyecto', 'prueba', 'puerto', 'punto', 'razon', 'recurso', 'red', 'regla', 'region', 'relacion',
  'rendimiento', 'respuesta', 'resultado', 'riesgo', 'rol', 'ruta', 'seguridad', 'servicio', 'servidor',
  'sesion', 'sistema', 'sitio', 'solicitud', 'solucion', 'tabla', 'tamano', 'tarea', 'tiempo', 'tipo',
  'trabajo', 'trafico', 'uso', 'usuario', 'valor', 'velocidad', 'version', 'vez', 'vida', 'vista',
  'volumen', 'zona',
  // Spanish: everyday verbs and adjectives
  'abrir', 'acceder', 'agregar', 'alarma', 'actualizar', 'anadir', 'borrar', 'buscar', 'cambiar', 'cerrar',
  'comprar', 'conectar', 'configurar', 'crear', 'definir', 'eliminar', 'empezar', 'enviar', 'escribir',
  'gestionar', 'guardar', 'instalar', 'lanzar', 'leer', 'montar', 'mover', 'pagar', 'pendiente', 'referenciar',
  'activo', 'basico', 'comun', 'compartido', 'disponible', 'facil', 'general', 'gratuito', 'grande',
  'importante', 'interno', 'externo', 'local', 'nuevo', 'pequeno', 'principal', 'privado', 'publico',
  'rapido', 'simple', 'util', 'varios',
]);

/**
 * Clipped and texted spellings of everyday words that people type in fast notes (`ej`, `xq`, `tb`, `addr`,
 * `avg`, `yr`): lower-case words no dictionary knows that are not acronyms of a subject. The shorthand of
 * note-taking in both languages, a closed class like the function words; not any vault's terms.
 */
export const SHORTHAND = new Set([
  // English
  'abt', 'addr', 'approx', 'avg', 'bc', 'btw', 'calc', 'cf', 'cfg', 'config', 'configs', 'def', 'defs', 'dept', 'diff',
  'dir', 'dirs', 'doc', 'docs', 'eg', 'esp', 'etc', 'ex', 'fyi', 'hr', 'hrs', 'ie', 'imo', 'imho', 'info', 'lol', 'max',
  'min', 'mins', 'misc', 'msg', 'msgs', 'nb', 'num', 'nums', 'obj', 'ok', 'pct', 'pls', 'plz', 'ppl', 'prob', 'probs',
  'ps', 'qty', 'ref', 'refs', 'req', 'reqs', 'sec', 'secs', 'seq', 'tbh', 'thx', 'tho', 'thru', 'tmp', 'tmrw', 'vs',
  'wk', 'wks', 'yr', 'yrs', 'idk', 'iirc', 'afaik', 'tldr', 'gonna', 'wanna', 'gotta', 'dunno', 'cuz', 'coz', 'abbr',
  'abbrev', 'abbrevs', 'abrev', 'abrevs', 'aka', 'asap', 'ty', 'np', 'irl', 'wrt', 'resp', 'fn', 'fns', 'impl', 'param', 'params', 'arg',
  'args', 'attr', 'attrs', 'prev', 'init', 'repo', 'repos', 'env', 'envs', 'var', 'vars', 'val', 'vals', 'nd', 'rd',
  'st', 'th', 'mo', 'hmm', 'ugh', 'yep', 'nope', 'yeah', 'ah', 'oh', 'eh', 'uh', 'um', 'www', 'xx', 'xxx', 'etc',
  // Spanish
  'q', 'xq', 'pq', 'xk', 'pk', 'tb', 'tmb', 'tbn', 'tambn', 'ej', 'ejs', 'pej', 'dcha', 'izq', 'izda', 'aprox', 'msj',
  'pag', 'pags', 'cap', 'caps', 'seg', 'segs', 'obs', 'dif', 'sig', 'ppal', 'gral', 'cant', 'depto', 'xfa', 'porfa',
  'bn', 'mx', 'dnd', 'cdo', 'sq', 'sxq', 'hdp', 'ud', 'uds', 'vd', 'vds', 'sr', 'sra', 'dr', 'dra', 'pto', 'ptos',
  'tema', 'mn', 'mñn', 'finde', 'profe', 'compi', 'compis', 'apdo', 'ctra', 'avda', 'nº', 'num', 'ejem', 'jaja',
  'jajaja', 'jeje', 'ok', 'vale', 'bueno',
]);
