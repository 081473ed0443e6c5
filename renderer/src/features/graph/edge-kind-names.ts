import type { EdgeKind } from '../../../../electron/contract';
import type { MessageKey } from '../../i18n/i18n';

/** Each kind of edge's name in the UI (filters, and an edge's evidence when it has no relation name). */
export const edgeKindNames = {
  link: 'graph.filter.edge.link',
  embed: 'graph.filter.edge.embed',
  mention: 'graph.filter.edge.mention',
  tagged: 'graph.filter.edge.tagged',
  related: 'graph.filter.edge.related',
  relation: 'graph.filter.edge.relation',
} as const satisfies Record<EdgeKind, MessageKey>;
