// `newsmark analyze --jsonl IN [--out OUT]`: the evaluation interface, one prediction line per input line.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { analyze, StoryEntityIds, toPrediction, type Prediction } from '../../core';

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
    const sink: Writable = tmpPath && outPath ? await openOutput(tmpPath, outPath) : io.stdout;
    try {
      const count = await analyzeStream(source, sink, input);
      if (tmpPath && outPath) {
        sink.end();
        await once(sink, 'finish');
        try {
          fs.renameSync(tmpPath, outPath);
        } catch (err) {
          throw new CliError(`cannot write ${outPath}: ${(err as Error).message}`);
        }
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
  const stream = fs.createReadStream(file);
  await once(stream, 'open').catch((err: Error) => {
    throw new CliError(`cannot read ${file}: ${err.message}`);
  });
  return stream;
}

async function openOutput(tmpPath: string, outPath: string): Promise<Writable> {
  if (fs.existsSync(outPath) && fs.statSync(outPath).isDirectory()) throw new CliError(`cannot write ${outPath}: it is a folder`);
  const stream = fs.createWriteStream(tmpPath);
  await once(stream, 'open').catch((err: NodeJS.ErrnoException) => {
    throw new CliError(`cannot write ${outPath}: ${err.code === 'ENOENT' ? 'its folder does not exist' : err.message}`);
  });
  return stream;
}

/** Splits a byte stream into lines and decodes each strictly, so bad UTF-8 is reported with its line number. */
async function* utf8Lines(source: NodeJS.ReadableStream, name: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending: Buffer = Buffer.alloc(0);
  let lineNo = 0;
  const decode = (bytes: Buffer): string => {
    lineNo++;
    try {
      return decoder.decode(bytes);
    } catch {
      throw new CliError(`${name}:${lineNo}: not valid UTF-8`);
    }
  };
  for await (const chunk of source) {
    let buf: Buffer = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
    let nl: number;
    while ((nl = buf.indexOf(0x0a)) >= 0) {
      const end = nl > 0 && buf[nl - 1] === 0x0d ? nl - 1 : nl;
      yield decode(buf.subarray(0, end));
      buf = buf.subarray(nl + 1);
    }
    pending = buf;
  }
  if (pending.length) yield decode(pending);
}

/**
 * Reads JSON lines one at a time and writes each prediction as it is made. Documents of a corpus (one story) wait
 * until the corpus ends, so that their entity ids are linked across all of them and each can use the names the
 * others recognise; only their predictions, texts and names wait. Lines keep their order.
 */
async function analyzeStream(source: NodeJS.ReadableStream, sink: Writable, name: string): Promise<number> {
  const lines = utf8Lines(source, name);
  const ids = new StoryEntityIds();
  let waiting: Prediction[] = [];
  let story: string | null = null;
  let lineNo = 0;
  let count = 0;
  const flush = async (): Promise<void> => {
    ids.settle();
    for (const p of waiting) if (!sink.write(JSON.stringify(p) + '\n')) await once(sink, 'drain');
    waiting = [];
  };
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
    const corpus = doc.corpus ?? null;
    if (corpus !== story) await flush();
    story = corpus;
    if (corpus === null) {
      if (!sink.write(JSON.stringify(toPrediction(String(doc.id), analysis)) + '\n')) await once(sink, 'drain');
    } else {
      // Entity ids are the entity's index until the story settles; then the story's names found here join them.
      const prediction = toPrediction(String(doc.id), analysis, (i) => String(i));
      ids.add(corpus, doc.text, analysis, ({ ids: linked, found }) => {
        for (const e of prediction.entities) e.id = linked[Number(e.id)];
        for (const f of found) prediction.entities.push({ start: f.start, end: f.end, type: f.type, id: f.id });
      });
      waiting.push(prediction);
    }
    count++;
  }
  await flush();
  return count;
}

function isDocument(v: unknown): v is { id: string | number; text: string; corpus?: string } {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (typeof o.id === 'string' || typeof o.id === 'number') && typeof o.text === 'string' && (o.corpus === undefined || typeof o.corpus === 'string');
}
