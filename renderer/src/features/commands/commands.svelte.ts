export interface Command {
  id: string;
  title: string;
  keys?: string;
  run: () => void;
}

/** One registry, so the palette and the shortcuts cannot disagree about what exists. */
export class Commands {
  constructor(readonly all: Command[]) {}

  run(id: string): void {
    this.all.find((command) => command.id === id)?.run();
  }
}
