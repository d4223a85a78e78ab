export interface Command {
  name: string;
  summary: string;
  /** Runs with the arguments after the command name; returns the exit code. */
  run(argv: string[]): Promise<number>;
}
