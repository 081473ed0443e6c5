import { defineMessages } from '../define';

/** The search box and its results. Operators (`OR`, `tag:`, `path:` …) are syntax and stay as typed. */
export default defineMessages(
  'search',
  {
    'search.placeholder': 'Search notes — "phrase" -exclude OR tag:#{tag} path: file: concept:',
    'search.tagExample': 'topic',
    'search.label': 'Search',
    'search.none': 'No notes match.',
    'search.count': '{count, plural, one {# note} other {# notes}} · {time}',
    'search.matchesTitle': 'matches in this note',
  },
  {
    'search.placeholder': 'Buscar en las notas — "frase" -excluir OR tag:#{tag} path: file: concept:',
    'search.tagExample': 'tema',
    'search.label': 'Buscar',
    'search.none': 'Ninguna nota coincide.',
    'search.count': '{count, plural, one {# nota} other {# notas}} · {time}',
    'search.matchesTitle': 'coincidencias en esta nota',
  },
);
