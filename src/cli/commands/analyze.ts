// `newsmark analyze --jsonl IN [--out OUT]`: the evaluation interface, one prediction line per input line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { analyze, DEFAULT_MAX_LENGTH, StoryEntityIds, toPrediction, type Prediction } from '../../core';

import { inputReplacedBy } from '../articleFiles';
import { parseArgs, stringOption } from '../args';
import { CliError, terminalText, type Command } from '../io';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyse {"id","text"[,"corpus"]} JSON lines; write one prediction line per document',
  usage: 'newsmark analyze --jsonl IN.jsonl [--out OUT.jsonl]   (IN may be - for standard input, OUT - for standard output)',
  async run(argv, io) {
    const args = parseArgs(argv, ['jsonl', 'out'], []);
    const input = stringOption(args, 'jsonl');
    if (!input) throw new CliError('--jsonl IN.jsonl is required');
    if (args.positional.length) throw new CliError(`unexpected argument '${args.positional[0]}'`);
    // `--out -` is standard output, where the predictions go without --out (a file named - is ./-).
    const outOption = stringOption(args, 'out');
    const outPath = outOption === '-' ? undefined : outOption;
    if (outPath && input !== '-' && (await inputReplacedBy(outPath, [input])) !== undefined) {
      throw new CliError(`cannot write ${outPath}: it is the input ${input} (name another file)`);
    }

    // With --out, write beside the target and rename at the end, so a failed run leaves no half-written file.
    const tmpPath = outPath ? path.join(path.dirname(path.resolve(outPath)), `.${path.basename(outPath)}.${process.pid}.tmp`) : undefined;
    const sink: Writable = tmpPath && outPath ? await openOutput(tmpPath, outPath) : io.stdout;
    let spooled: { file: string; remove: () => void } | undefined;
    try {
      // The input is read twice (where each story ends, then the analyses), so standard input and pipes are kept
      // in a temporary file first.
      if (input === '-' || !isRegularFile(input)) spooled = await spool(input === '-' ? process.stdin : await openInput(input));
      const file = spooled?.file ?? input;
      const storyEnds = await lastLinesOfStories(await openInput(file, input), input);
      let tooLong = 0;
      const count = await analyzeStream(await openInput(file, input), sink, input, storyEnds, (lineNo, id, length) => {
        tooLong++;
        io.stderr.write(terminalText(`newsmark analyze: ${input}:${lineNo}: document '${id}' is too long to analyse (${length.toLocaleString('en')} characters; the limit is ${DEFAULT_MAX_LENGTH.toLocaleString('en')}); its line lists nothing found\n`));
      });
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
      // Every line is written, so the output still lines up with the input; a script must still learn that some
      // documents were not analysed.
      return tooLong ? 1 : 0;
    } catch (err) {
      if (tmpPath) {
        // Let pending writes settle before removing the partial file; their errors no longer matter.
        sink.on('error', () => {});
        sink.end();
        await once(sink, 'close').catch(() => {});
        fs.rmSync(tmpPath, { force: true });
      }
      throw err;
    } finally {
      spooled?.remove();
    }
  },
};

function isRegularFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    // openInput reports what is wrong with it.
    return true;
  }
}

async function spool(source: NodeJS.ReadableStream): Promise<{ file: string; remove: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-analyze-'));
  const file = path.join(dir, 'input.jsonl');
  const remove = (): void => fs.rmSync(dir, { recursive: true, force: true });
  try {
    await pipeline(source, fs.createWriteStream(file));
  } catch (err) {
    remove();
    throw new CliError(`cannot read the input: ${(err as Error).message}`);
  }
  return { file, remove };
}

async function openInput(file: string, shown = file): Promise<NodeJS.ReadableStream> {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new CliError(`${shown} is a folder, not a JSON lines file`);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot read ${shown}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  const stream = fs.createReadStream(file);
  await once(stream, 'open').catch((err: Error) => {
    throw new CliError(`cannot read ${shown}: ${err.message}`);
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

type Document = { id: string | number; text: string; corpus?: string };

/** The documents of a JSON lines stream with their line numbers; a line that is not one is an error naming it. */
async function* documents(source: NodeJS.ReadableStream, name: string): AsyncGenerator<[number, Document]> {
  let lineNo = 0;
  for await (const line of utf8Lines(source, name)) {
    lineNo++;
    if (!line.trim()) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch (err) {
      throw new CliError(`${name}:${lineNo}: not valid JSON (${(err as Error).message})`);
    }
    if (!isDocument(doc)) throw new CliError(`${name}:${lineNo}: expected {"id": string, "text": string[, "corpus": string]}`);
    yield [lineNo, doc];
  }
}

/** Each story (corpus) with the line of its last document: where its entity ids can be settled. */
export async function lastLinesOfStories(source: NodeJS.ReadableStream, name: string): Promise<Map<string, number>> {
  const last = new Map<string, number>();
  for await (const [lineNo, doc] of documents(source, name)) if (doc.corpus !== undefined) last.set(doc.corpus, lineNo);
  return last;
}

/**
 * Reads JSON lines one at a time and writes each prediction as soon as it and those before it are ready. Documents
 * of a corpus (one story) wait until the story's last line, so that their entity ids are linked across all of them
 * and each can use the names the others recognise, whatever the order of the lines; only their predictions, texts
 * and names wait. When each story's lines are together, no more than one story waits. Lines keep their order.
 */
export async function analyzeStream(
  source: NodeJS.ReadableStream,
  sink: Writable,
  name: string,
  storyEnds: ReadonlyMap<string, number>,
  onTooLong?: (lineNo: number, id: string, length: number) => void,
): Promise<number> {
  const ids = new StoryEntityIds();
  /** Predictions in line order; those of a story become ready when it settles. */
  const waiting: { prediction: Prediction; ready: boolean }[] = [];
  let written = 0;
  let count = 0;
  const writeReady = async (): Promise<void> => {
    while (written < waiting.length && waiting[written].ready) {
      if (!sink.write(JSON.stringify(waiting[written].prediction) + '\n')) await once(sink, 'drain');
      written++;
    }
    // The written head is dropped now and then, not one shift per line.
    if (written > 1024 || written === waiting.length) {
      waiting.splice(0, written);
      written = 0;
    }
  };
  for await (const [lineNo, doc] of documents(source, name)) {
    const analysis = analyze(doc.text);
    if (analysis.truncated) onTooLong?.(lineNo, String(doc.id), doc.text.length);
    const corpus = doc.corpus;
    if (corpus === undefined) {
      waiting.push({ prediction: toPrediction(String(doc.id), analysis), ready: true });
    } else {
      // Entity ids are the entity's index until the story settles; then the story's names found here join them.
      const entry = { prediction: toPrediction(String(doc.id), analysis, (i) => String(i)), ready: false };
      ids.add(corpus, doc.text, analysis, ({ ids: linked, found }) => {
        for (const e of entry.prediction.entities) e.id = linked[Number(e.id)];
        for (const f of found) entry.prediction.entities.push({ start: f.start, end: f.end, type: f.type, id: f.id });
        entry.ready = true;
      });
      waiting.push(entry);
      if (storyEnds.get(corpus) === lineNo) ids.settle(corpus);
    }
    await writeReady();
    count++;
  }
  // Only when the input changed between the two readings.
  ids.settle();
  await writeReady();
  return count;
}

function isDocument(v: unknown): v is Document {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (typeof o.id === 'string' || typeof o.id === 'number') && typeof o.text === 'string' && (o.corpus === undefined || typeof o.corpus === 'string');
}
