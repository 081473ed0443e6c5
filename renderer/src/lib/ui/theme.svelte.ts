export type Theme = 'light' | 'dark';

/** Follows the system until the person picks one; the choice is remembered. */
export class ThemeState {
  current = $state<Theme>('light');

  constructor() {
    const saved = localStorage.getItem('cairn:theme');
    const system: Theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    this.set(saved === 'dark' || saved === 'light' ? saved : system, false);
  }

  set(theme: Theme, remember = true): void {
    this.current = theme;
    document.documentElement.dataset.theme = theme;
    if (remember) localStorage.setItem('cairn:theme', theme);
  }

  toggle(): void {
    this.set(this.current === 'dark' ? 'light' : 'dark');
  }
}
