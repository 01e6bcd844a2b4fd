// `newsmark analyze --jsonl IN [--out OUT]`: the evaluation interface, one prediction line per input line.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { analyze, CorpusEntityIds, toPrediction } from '../../core';

import { parseArgs, stringOption } from '../args';
import { CliError, type Command } from '../io';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyse {"id","text"[,"corpus"]} JSON lines; write one prediction line per document',
  usage: 'newsmark analyze --jsonl IN.jsonl [--out OUT.jsonl]   (IN may be - for standard input)',
  async run(argv, io) {
    const args = parseArgs(argv, ['jsonl', 'out'], []);
    const input = stringOption(args, 'jsonl');
    if (!input) throw new CliError('--jsonl IN.jsonl is required');
    if (args.positional.length) throw new CliError(`unexpected argument '${args.positional[0]}'`);
    const outPath = stringOption(args, 'out');

    const source = input === '-' ? process.stdin : await openInput(input);
    // With --out, write beside the target and rename at the end, so a failed run leaves no half-written file.
    const tmpPath = outPath ? path.join(path.dirname(path.resolve(outPath)), `.${path.basename(outPath)}.${process.pid}.tmp`) : undefined;
    const sink: Writable = tmpPath ? fs.createWriteStream(tmpPath) : io.stdout;
    try {
      const count = await analyzeStream(source, sink, input);
      if (tmpPath && outPath) {
        sink.end();
        await once(sink, 'finish');
        fs.renameSync(tmpPath, outPath);
        io.stderr.write(`newsmark analyze: ${count} documents -> ${outPath}\n`);
      }
      return 0;
    } catch (err) {
      if (tmpPath) {
        // Let pending writes settle before removing the partial file; their errors no longer matter.
        sink.on('error', () => {});
        sink.end();
        await once(sink, 'close').catch(() => {});
        fs.rmSync(tmpPath, { force: true });
      }
      throw err;
    }
  },
};

async function openInput(file: string): Promise<NodeJS.ReadableStream> {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new CliError(`${file} is a folder, not a JSON lines file`);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  const stream = fs.createReadStream(file, { encoding: 'utf8' });
  await once(stream, 'open').catch((err: Error) => {
    throw new CliError(`cannot read ${file}: ${err.message}`);
  });
  return stream;
}

/** Reads JSON lines one at a time and writes each prediction as it is made; memory stays flat. */
async function analyzeStream(source: NodeJS.ReadableStream, sink: Writable, name: string): Promise<number> {
  const lines = readline.createInterface({ input: source, crlfDelay: Infinity });
  const ids = new CorpusEntityIds();
  let lineNo = 0;
  let count = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch (err) {
      throw new CliError(`${name}:${lineNo}: not valid JSON (${(err as Error).message})`);
    }
    if (!isDocument(doc)) throw new CliError(`${name}:${lineNo}: expected {"id": string, "text": string[, "corpus": string]}`);
    const analysis = analyze(doc.text);
    const prediction = toPrediction(String(doc.id), analysis, ids.forDocument(doc.corpus ?? null, analysis));
    if (!sink.write(JSON.stringify(prediction) + '\n')) await once(sink, 'drain');
    count++;
  }
  return count;
}

function isDocument(v: unknown): v is { id: string | number; text: string; corpus?: string } {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (typeof o.id === 'string' || typeof o.id === 'number') && typeof o.text === 'string' && (o.corpus === undefined || typeof o.corpus === 'string');
}
