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

/**
 * Text for the terminal from articles, sidecars and file names, with control characters shown as escapes (`\x1b`):
 * such text is untrusted, and an escape sequence in it would otherwise drive the terminal (colours, the window
 * title, a carriage return that hides what was before it on the line). Line breaks and tabs stay.
 */
export function terminalText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}
