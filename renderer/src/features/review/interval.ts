import { t } from '../../i18n/i18n';

/** The core's "10m", "5h", "3d", "2mo", "1.5y" (time until a grade's next due date), in the UI's language. */
export function formatInterval(core: string): string {
  const match = /^(\d+(?:\.\d+)?)(mo|m|h|d|y)$/.exec(core);
  if (!match) return core;
  return t('review.interval', { n: Number(match[1]), unit: match[2] });
}
