// The extension's sidecar file system: paths are encoded URI strings, so crash recovery and clean-up of temporary files
// also work for article names with spaces, brackets and accents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { URI, Utils } from 'vscode-uri';
import { createManual, emptySidecar, MemoryFileSystem, SidecarStore, type ParsedSidecar, type Sidecar } from '../../src/core/sidecar';
import { uriFileSystem, type UriFileOperations } from '../../src/extension/sidecar/uriFileSystem';

const TEXT = 'The harbour master said the pier would reopen in May.';
const FILE = 1;
const DIRECTORY = 2;

/**
 * A file system provider as VS Code's are: addressed by uris, names in directory listings decoded, FileNotFound
 * errors. It keeps its files in a MemoryFileSystem keyed by the uris' string form, to look inside and to crash it.
 */
function providerOver(memory: MemoryFileSystem): UriFileOperations<URI> {
  const notFound = (uri: URI) => Object.assign(new Error(`no such file: ${uri.toString()}`), { code: 'FileNotFound' });
  return {
    readFile: async (uri) => memory.readFile(uri.toString()),
    writeFile: async (uri, data) => memory.writeFile(uri.toString(), data),
    rename: async (from, to) => memory.rename(from.toString(), to.toString()),
    delete: async (uri) => {
      if (!(await memory.stat(uri.toString()))) throw notFound(uri);
      await memory.delete(uri.toString());
    },
    stat: async (uri) => {
      const stat = await memory.stat(uri.toString());
      if (!stat) throw notFound(uri);
      return { type: stat.type === 'file' ? FILE : DIRECTORY, size: stat.size, mtime: stat.mtime };
    },
    readDirectory: async (uri) => (await memory.readDirectory(uri.toString())).map(([name, type]) => [decodeURIComponent(name), type === 'file' ? FILE : DIRECTORY]),
  };
}

function withNote(name: string, note: string): Sidecar {
  const sidecar = emptySidecar(name, TEXT);
  return { ...sidecar, annotations: [createManual(TEXT, { kind: 'note', start: 4, end: 18, note }, `m-${note}`, '2026-03-01T10:00:00.000Z')] };
}

async function savedNote(store: SidecarStore, key: string, name: string, note: string, base: ParsedSidecar | undefined): Promise<ParsedSidecar> {
  const result = await store.save(key, withNote(name, note), base);
  if (result.state === 'changed-on-disk') throw new Error('the sidecar changed on disk');
  return result.parsed;
}

for (const name of ['plain.txt', 'My story.txt', 'Interview (2).txt', 'Café [draft] #1.txt']) {
  test(`an interrupted sidecar write of "${name}" is recovered from its temporary file, and stale ones are cleaned up`, async () => {
    const memory = new MemoryFileSystem();
    const article = URI.file(`/newsroom/${name}`);
    const key = article.toString();
    memory.put(key, TEXT);
    const files = uriFileSystem(providerOver(memory), { parse: (value) => URI.parse(value), joinPath: (folder, child) => Utils.joinPath(folder, child) });
    const temps = () => [...memory.files.keys()].filter((p) => p.endsWith('.tmp'));

    const store = new SidecarStore(files, { recoverInterruptedWrites: true });
    const first = await savedNote(store, key, name, 'first', undefined);

    // Like VS Code's disk provider, the rename deletes the target first; the write stops between the two.
    memory.replaceByDeleteThenMove = true;
    memory.beforeOperation = (op) => {
      if (op === 'rename') throw new Error('crash');
    };
    await assert.rejects(savedNote(store, key, name, 'second', first), /crash/);
    memory.beforeOperation = undefined;
    assert.equal(memory.text(`${key}.annotations.yaml`), undefined, 'only the temporary file holds the annotations');
    assert.equal(temps().length, 1);

    const loaded = await new SidecarStore(files, { recoverInterruptedWrites: true }).load(key);
    assert.equal(loaded.state, 'ok', 'the sidecar is restored from the temporary file');
    if (loaded.state !== 'ok') return;
    assert.equal(loaded.parsed.sidecar.annotations[0]?.note, 'second');
    assert.deepEqual(temps(), []);

    // A write that stops before its rename leaves a temporary file beside an intact sidecar; the next write removes it.
    memory.beforeOperation = (op) => {
      if (op === 'rename' || op === 'delete') throw new Error('crash');
    };
    await assert.rejects(savedNote(store, key, name, 'third', loaded.parsed), /crash/);
    memory.beforeOperation = undefined;
    assert.equal(temps().length, 1);
    await savedNote(store, key, name, 'fourth', loaded.parsed);
    assert.deepEqual(temps(), [], 'the stale temporary file is deleted');
    assert.deepEqual([...memory.files.keys()].sort(), [key, `${key}.annotations.yaml`]);
  });
}
