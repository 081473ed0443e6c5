export interface Command {
  id: string;
  title: string;
  keys?: string;
  run: () => void;
}

/** One registry, so the palette and the shortcuts cannot disagree about what exists. */
export class Commands {
  /** Built on each read, so titles follow the UI's language. */
  constructor(private readonly list: () => Command[]) {}

  get all(): Command[] {
    return this.list();
  }

  run(id: string): void {
    this.all.find((command) => command.id === id)?.run();
  }
}
