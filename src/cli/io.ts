// What a CLI command gets to talk to the world: output streams, and a way to fail with an exit code.
import type { Writable } from 'node:stream';

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  /** Whether stderr is a terminal (progress lines are only drawn there). */
  interactive: boolean;
}

/** A failure the user can act on: printed without a stack trace, exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}
