declare module 'markdown-it-obsidian-callouts' {
  import type { PluginWithOptions } from 'markdown-it';
  const callouts: PluginWithOptions<{ icons?: Record<string, string> }>;
  export default callouts;
}
