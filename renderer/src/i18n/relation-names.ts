import type { RelationName } from '../../../electron/contract';
import { t, type MessageKey } from './i18n';

/** Each relation name the core writes, and its message: a name the contract adds fails the type check here. */
const messages = {
  'is a kind of': 'relations.isAKindOf',
  'feature of': 'relations.featureOf',
  'part of': 'relations.partOf',
  creates: 'relations.creates',
  'used with': 'relations.usedWith',
  'configured by': 'relations.configuredBy',
  'connects to': 'relations.connectsTo',
  'compared with': 'relations.comparedWith',
  'stored in': 'relations.storedIn',
  'lives in': 'relations.livesIn',
  'runs in': 'relations.runsIn',
  'associated with': 'relations.associatedWith',
  'attached to': 'relations.attachedTo',
  needs: 'relations.needs',
  uses: 'relations.uses',
  'launched from': 'relations.launchedFrom',
  'sent to': 'relations.sentTo',
  'alternative to': 'relations.alternativeTo',
  'runs over': 'relations.runsOver',
  'used for': 'relations.usedFor',
  causes: 'relations.causes',
  prevents: 'relations.prevents',
  'points to': 'relations.pointsTo',
  'identified by': 'relations.identifiedBy',
  replaces: 'relations.replaces',
  manages: 'relations.manages',
  has: 'relations.has',
  'built from': 'relations.builtFrom',
  'leads to': 'relations.leadsTo',
} satisfies Record<RelationName, MessageKey>;

const known = new Set<string>(Object.keys(messages));

/** A typed relation's name in the UI's language; a name this window does not know is shown as written. */
export function relationName(name: string): string {
  return known.has(name) ? t(messages[name as RelationName]) : name;
}

/**
 * A relation card's answer line (`A — is a kind of — B`, written by the core) in the UI's language. Only
 * the name between the two dashes is replaced: the concept names around it are the person's own words.
 */
export function withRelationNames(line: string): string {
  return line.replace(/ — ([^—]+?) — /, (whole, name: string) => (known.has(name) ? ` — ${relationName(name)} — ` : whole));
}
