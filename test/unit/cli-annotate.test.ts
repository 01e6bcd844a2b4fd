// `newsmark annotate`, `check` and `export` through the built CLI on real temporary folders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const cli = path.resolve('dist/cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });

const ARTICLE = [
  'RIVERTON — The council approved the budget on Monday.',
  '',
  '“We have done what we promised,” said Mayor Lena Holt. “The parks will open in May.”',
  '',
  'Critics said the plan may cost more than expected, according to a local newspaper.',
].join('\n');

function folder(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-annotate-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Puts annotation entries written by hand (YAML lines) at the head of a sidecar's list, as a person editing it would. */
function addToSidecar(sidecarPath: string, entries: string): void {
  fs.writeFileSync(sidecarPath, fs.readFileSync(sidecarPath, 'utf8').replace('annotations:\n', `annotations:\n${entries}`));
}

function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map(String).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

test('annotate writes a sidecar per article in a folder, skipping node_modules, .git and sidecars, and prints a table', () => {
  const dir = folder({ 'a.txt': ARTICLE, 'notes/b.md': ARTICLE, 'c.news': ARTICLE, 'image.png': 'x', 'node_modules/x/readme.txt': ARTICLE, '.git/HEAD.txt': ARTICLE });
  const r = run(['annotate', '.'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(
    listFiles(dir).filter((f) => f.endsWith('.annotations.yaml')),
    ['a.txt.annotations.yaml', 'c.news.annotations.yaml', path.join('notes', 'b.md.annotations.yaml')].sort(),
  );
  const header = r.stdout.split('\n')[0];
  for (const column of ['file', 'quotes', 'speakers', 'hedges', 'entities']) assert.match(header, new RegExp(column));
  assert.match(r.stdout, /a\.txt\s+\d+\s+\d+\s+\d+\s+\d+/);
  assert.equal(r.stderr, '', 'no progress line when stderr is not a terminal');
  // A second run over the sidecars themselves does not treat them as articles.
  const again = run(['annotate', '.'], dir);
  assert.equal(again.status, 0);
  assert.match(again.stdout, /unchanged/);
  assert.ok(!listFiles(dir).some((f) => f.includes('.annotations.yaml.annotations.yaml')));
});

test('annotate reads an article that is a symbolic link, as the editor does, names a link to nothing, and does not walk a linked folder (it could loop)', () => {
  const elsewhere = folder({ 'wire.txt': ARTICLE, 'desk/c.txt': ARTICLE });
  const dir = folder({ 'a.txt': ARTICLE });
  fs.symlinkSync(path.join(elsewhere, 'wire.txt'), path.join(dir, 'wire-copy.txt'));
  fs.symlinkSync(path.join(elsewhere, 'desk'), path.join(dir, 'desk'));
  fs.symlinkSync(path.join(elsewhere, 'gone.txt'), path.join(dir, 'dangling.txt'));
  fs.symlinkSync(dir, path.join(dir, 'loop'));
  const r = run(['annotate', '.'], dir);
  // A link to nothing is an article that cannot be read: named, and the exit code says so.
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /^newsmark annotate: dangling\.txt: cannot read: a link to a file that does not exist$/m);
  const sidecars = fs.readdirSync(dir).filter((f) => f.endsWith('.annotations.yaml')).sort();
  assert.deepEqual(sidecars, ['a.txt.annotations.yaml', 'wire-copy.txt.annotations.yaml']);
  assert.ok(!fs.existsSync(path.join(elsewhere, 'desk', 'c.txt.annotations.yaml')), 'the linked folder is not walked');
});

test('annotate keeps a manual annotation and re-anchors it after the article was edited elsewhere; check then passes', () => {
  const dir = folder({ 'a.txt': ARTICLE });
  assert.equal(run(['annotate', 'a.txt'], dir).status, 0);
  const sidecarPath = path.join(dir, 'a.txt.annotations.yaml');
  const start = ARTICLE.indexOf('The parks will open in May.');
  const manual = [
    '  - id: my-check',
    '    kind: claim',
    '    verdict: unsupported',
    '    note: "No date has been set by the parks department."',
    '    target:',
    '      exact: "The parks will open in May."',
    `      start: ${start}`,
    `      end: ${start + 27}`,
  ].join('\n');
  addToSidecar(sidecarPath, `  # added by the desk\n${manual}\n`);
  const edited = 'UPDATE: the vote was 7 to 2.\n\n' + ARTICLE;
  fs.writeFileSync(path.join(dir, 'a.txt'), edited);
  const r = run(['annotate', 'a.txt'], dir);
  assert.equal(r.status, 0, r.stderr);
  const yaml = fs.readFileSync(sidecarPath, 'utf8');
  assert.match(yaml, /# added by the desk/);
  assert.match(yaml, /id: my-check/);
  const newStart = edited.indexOf('The parks will open in May.');
  assert.match(yaml, new RegExp(`start: ${newStart}\\n\\s*end: ${newStart + 27}\\n`));
  assert.equal(run(['check', '.'], dir).status, 0);
  const review = JSON.parse(run(['export', '--format', 'claimreview', 'a.txt'], dir).stdout);
  assert.equal(review.length, 1);
  assert.equal(review[0].claimReviewed, 'The parks will open in May.');
  assert.equal(review[0].reviewRating.alternateName, 'Unsupported');
});

test('check reports an orphaned annotation with its place in the sidecar and exits 1', () => {
  const dir = folder({ 'a.txt': ARTICLE });
  run(['annotate', 'a.txt'], dir);
  const sidecarPath = path.join(dir, 'a.txt.annotations.yaml');
  addToSidecar(sidecarPath, '  - id: gone\n    kind: note\n    note: keep me\n    target: { exact: "a sentence that was cut" }\n');
  const r = run(['check', 'a.txt'], dir);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /a\.txt\.annotations\.yaml:\d+:\d+: error: annotation 'gone' \(note, manual\) is orphaned/);
  // annotate keeps the orphan rather than dropping it.
  run(['annotate', 'a.txt'], dir);
  assert.match(fs.readFileSync(sidecarPath, 'utf8'), /id: gone[\s\S]*status: orphaned/);
});

test('check tells an orphan whose words are still in the article, elsewhere, from one whose words are gone', () => {
  const dir = folder({ 'a.txt': ARTICLE });
  run(['annotate', 'a.txt'], dir);
  const sidecarPath = path.join(dir, 'a.txt.annotations.yaml');
  const at = ARTICLE.indexOf('Lena Holt');
  const mine = [
    '  - id: mine',
    '    kind: speaker',
    '    target:',
    `      exact: Lena Holt`,
    `      prefix: ${JSON.stringify(ARTICLE.slice(at - 20, at))}`,
    `      suffix: ${JSON.stringify(ARTICLE.slice(at + 9, at + 29))}`,
    `      start: ${at}`,
    `      end: ${at + 9}`,
    '  - id: gone',
    '    kind: note',
    '    note: keep me',
    '    target: { exact: "a sentence that was cut" }',
    '',
  ].join('\n');
  addToSidecar(sidecarPath, mine);
  // The sentence around the name is rewritten; the name itself now stands somewhere else.
  fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE.replace('“We have done what we promised,” said Mayor Lena Holt.', 'The mayor spoke briefly.') + '\n\nLena Holt was elected in 2019.');
  const r = run(['check', 'a.txt'], dir);
  assert.equal(r.status, 1);
  const line = r.stdout.split('\n').find((l) => l.includes("'mine'"));
  assert.ok(line, r.stdout);
  assert.match(line, /orphaned: "Lena Holt" is in the article, but not where it was/);
  assert.doesNotMatch(line, /no longer in the article/);
  assert.match(r.stdout, /'gone' \(note, manual\) is orphaned: "a sentence that was cut" is no longer in the article/);
});

test('annotate restores a sidecar whose write was interrupted (only its temporary file left) instead of deleting that last copy', () => {
  const dir = folder({ 'desk/a.txt': ARTICLE });
  const start = ARTICLE.indexOf('The parks will open in May.');
  const sidecar = [
    'version: 1',
    'annotations:',
    '  - id: my-check',
    '    kind: claim',
    '    verdict: unsupported',
    `    target: { exact: "The parks will open in May.", start: ${start}, end: ${start + 27} }`,
    '',
  ].join('\n');
  // As a write leaves it when the file system deletes the old sidecar before the rename and the machine stops between.
  const temp = path.join(dir, 'desk', `a.txt.annotations.yaml.${Date.now().toString(36).padStart(9, '0')}00.tmp`);
  fs.writeFileSync(temp, sidecar);
  for (const args of [['annotate', 'desk'], ['annotate', path.join('desk', 'a.txt')]]) {
    const r = run(args, dir);
    assert.equal(r.status, 0, r.stderr);
    const written = fs.readFileSync(path.join(dir, 'desk', 'a.txt.annotations.yaml'), 'utf8');
    assert.match(written, /id: my-check[\s\S]*verdict: unsupported/);
    assert.ok(!fs.existsSync(temp), 'the temporary file became the sidecar');
  }
});

test('check shows control characters in a sidecar (ids, problems) as escapes, so a sidecar cannot drive the terminal', () => {
  const dir = folder({ 'a.txt': ARTICLE, 'b.txt': ARTICLE });
  fs.writeFileSync(path.join(dir, 'a.txt.annotations.yaml'), 'version: 1\nannotations:\n  - {id: "x\\e]0;title\\a", kind: note, note: n, target: {exact: "words that are not there"}}\n');
  fs.writeFileSync(path.join(dir, 'b.txt.annotations.yaml'), 'version: 1\nannotations:\n  - {id: a, kind: "\\e[2J", target: {exact: x}}\n');
  const r = run(['check', '.'], dir);
  assert.equal(r.status, 1);
  // eslint-disable-next-line no-control-regex
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(r.stdout + r.stderr), JSON.stringify(r.stdout));
  assert.match(r.stdout, /annotation 'x\\x1b\]0;title\\x07'/);
});

test('check gives each problem the line and column of its annotation in the sidecar', () => {
  const dir = folder({ 'a.txt': ARTICLE, 'b.txt': ARTICLE });
  const orphans = ['version: 1', '# two annotations whose words are gone', 'annotations:', '  - id: one', '    kind: note', '    note: n', '    target: { exact: "words that were cut" }', '  - {id: two, kind: claim, verdict: mixed, target: {exact: "more words that were cut"}}', ''];
  fs.writeFileSync(path.join(dir, 'a.txt.annotations.yaml'), orphans.join('\n'));
  fs.writeFileSync(path.join(dir, 'b.txt.annotations.yaml'), 'version: 1\r\nannotations:\r\n  - id: x\r\n    kind: rumour\r\n    target: {exact: x}\r\n');
  const r = run(['check', '.'], dir);
  assert.equal(r.status, 1);
  const places = r.stdout.trim().split('\n').map((l) => /^(\S+?):(\d+:\d+): /.exec(l)?.slice(1, 3).join(' '));
  assert.deepEqual(places, ['a.txt.annotations.yaml 4:5', 'a.txt.annotations.yaml 8:5', 'b.txt.annotations.yaml 4:11']);
});

test('check lists conflict copies, which hold annotations that are in no sidecar, whether found in a folder or named, and fails while any is left', () => {
  const dir = folder({ 'desk/a.txt': ARTICLE });
  run(['annotate', 'desk'], dir);
  const sidecar = fs.readFileSync(path.join(dir, 'desk', 'a.txt.annotations.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'desk', 'a.txt.annotations.conflict.yaml'), sidecar);
  fs.writeFileSync(path.join(dir, 'desk', 'a.txt.annotations.conflict-2.yaml'), sidecar);
  for (const args of [['check', 'desk'], ['check', path.join('desk', 'a.txt')]]) {
    const r = run(args, dir);
    assert.equal(r.status, 1, 'annotations wait in them to be merged');
    const warnings = r.stdout.split('\n').filter((l) => / error: a conflict copy: .* a\.txt\.annotations\.yaml /.test(l));
    assert.deepEqual(warnings.map((l) => path.basename(l.split(':')[0])), ['a.txt.annotations.conflict-2.yaml', 'a.txt.annotations.conflict.yaml']);
    assert.match(r.stderr, /1 sidecar\(s\) checked: .*, 2 conflict copies to merge/);
  }
  const named = run(['check', path.join('desk', 'a.txt.annotations.conflict.yaml')], dir);
  assert.match(named.stdout, /a\.txt\.annotations\.conflict\.yaml: error: a conflict copy/);
  assert.equal(named.status, 1);
});

test('missing paths, binary and non-UTF-8 files: clear errors, non-zero exit, nothing half-written', () => {
  const dir = folder({ 'good.txt': ARTICLE, 'bin.txt': Buffer.from([0x41, 0x00, 0x42]), 'latin1.md': Buffer.from([0x63, 0x61, 0x66, 0xe9]) });
  const missing = run(['annotate', 'good.txt', 'nope.txt'], dir);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read nope\.txt: no such file/);
  assert.ok(!fs.existsSync(path.join(dir, 'good.txt.annotations.yaml')), 'nothing done when a named path is missing');

  const r = run(['annotate', '.'], dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /bin\.txt: binary file/);
  assert.match(r.stderr, /latin1\.md: not valid UTF-8/);
  assert.deepEqual(listFiles(dir), ['bin.txt', 'good.txt', 'good.txt.annotations.yaml', 'latin1.md']);

  const notArticle = run(['annotate', 'good.txt.annotations.yaml'], dir);
  assert.equal(notArticle.status, 2);
  assert.match(notArticle.stderr, /is a sidecar, not an article/);
});

test('a broken sidecar is left byte-identical by annotate, reported by check and blocks export', () => {
  const dir = folder({ 'a.txt': ARTICLE, 'a.txt.annotations.yaml': 'version: 1\nannotations:\n  - id: [unclosed\n' });
  const before = fs.readFileSync(path.join(dir, 'a.txt.annotations.yaml'));
  const r = run(['annotate', 'a.txt'], dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /left untouched: YAML syntax error/);
  assert.deepEqual(fs.readFileSync(path.join(dir, 'a.txt.annotations.yaml')), before);
  const check = run(['check', '.'], dir);
  assert.equal(check.status, 1);
  assert.match(check.stdout, /a\.txt\.annotations\.yaml:\d+:\d+: error: YAML syntax error/);
  const out = path.join(dir, 'out.json');
  const exp = run(['export', '--format', 'w3c', '.', '--out', out], dir);
  assert.equal(exp.status, 1);
  assert.ok(!fs.existsSync(out));
  assert.deepEqual(listFiles(dir), ['a.txt', 'a.txt.annotations.yaml']);
});

test('a sidecar that is empty or holds only comments is named as such, with how to start it afresh, and left byte-identical', () => {
  const EMPTY = "a.txt.annotations.yaml: the sidecar is empty; delete it and run 'newsmark annotate' to start it afresh (newsmark does not replace it)";
  const COMMENTS = "a.txt.annotations.yaml: the sidecar holds only comments; write 'version: 1' under them and run 'newsmark annotate' to start it afresh with your comments kept, or delete it (newsmark does not replace it: the comments are yours)";
  const cases: [string, string][] = [
    ['', EMPTY],
    ['\n  \n', EMPTY],
    ['---\n', EMPTY],
    ['# Checked by the desk: every quote verified.\n', COMMENTS],
    ['# Mayor\n\n# (more to come)\n---\n', COMMENTS],
  ];
  for (const [content, message] of cases) {
    const dir = folder({ 'a.txt': ARTICLE, 'a.txt.annotations.yaml': content });
    const sidecar = path.join(dir, 'a.txt.annotations.yaml');
    const annotate = run(['annotate', 'a.txt'], dir);
    assert.equal(annotate.status, 1, JSON.stringify(content));
    assert.ok(annotate.stderr.includes(`newsmark annotate: ${message.replace(': the sidecar', ': left untouched: the sidecar')}\n`), annotate.stderr);
    assert.equal(fs.readFileSync(sidecar, 'utf8'), content, 'left as it was');
    const check = run(['check', '.'], dir);
    assert.equal(check.status, 1);
    assert.equal(check.stdout, `${message.replace(': the sidecar', ':1:1: error: the sidecar')}\n`);
    const exp = run(['export', '--format', 'w3c', '.'], dir);
    assert.equal(exp.status, 1);
    assert.ok(exp.stderr.includes(`newsmark export: ${message}\n`), exp.stderr);
    assert.doesNotMatch(annotate.stderr + check.stdout + exp.stderr, /a sidecar is a YAML mapping/);
    assert.equal(fs.readFileSync(sidecar, 'utf8'), content, 'left as it was');
  }
  // What the messages say to do starts it afresh.
  const dir = folder({ 'a.txt': ARTICLE, 'a.txt.annotations.yaml': '# Checked by the desk.\n' });
  fs.appendFileSync(path.join(dir, 'a.txt.annotations.yaml'), 'version: 1\n');
  assert.equal(run(['annotate', 'a.txt'], dir).status, 0);
  assert.match(fs.readFileSync(path.join(dir, 'a.txt.annotations.yaml'), 'utf8'), /^# Checked by the desk\.\nversion: 1\n[^]*kind: quote/);
  const emptied = folder({ 'a.txt': ARTICLE, 'a.txt.annotations.yaml': '' });
  fs.rmSync(path.join(emptied, 'a.txt.annotations.yaml'));
  assert.equal(run(['annotate', 'a.txt'], emptied).status, 0);
  assert.equal(run(['check', '.'], emptied).status, 0);
});

test('a sidecar left with the conflict markers of a git merge is named as such, once, left byte-identical and blocks export', () => {
  const dir = folder({ 'a.txt': ARTICLE });
  assert.equal(run(['annotate', 'a.txt'], dir).status, 0);
  const sidecar = path.join(dir, 'a.txt.annotations.yaml');
  const lines = fs.readFileSync(sidecar, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith('    kind: '));
  lines.splice(at, 1, '<<<<<<< HEAD', lines[at], '=======', '    kind: claim', '>>>>>>> desk/edits');
  fs.writeFileSync(sidecar, lines.join('\n'));
  const before = fs.readFileSync(sidecar);
  const r = run(['annotate', 'a.txt'], dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^newsmark annotate: a\.txt\.annotations\.yaml: left untouched: the merge of this file was not finished: it still holds git's conflict markers \(<<<<<<<, =======, >>>>>>>\); keep what you want of each side, delete the marker lines, then run newsmark again$/m);
  assert.doesNotMatch(r.stderr, /YAML syntax error/, 'not the YAML errors the markers cause');
  assert.deepEqual(fs.readFileSync(sidecar), before);
  const check = run(['check', 'a.txt'], dir);
  assert.equal(check.status, 1);
  assert.deepEqual(check.stdout.trim().split('\n'), [`a.txt.annotations.yaml:${at + 1}:1: error: the merge of this file was not finished: it still holds git's conflict markers (<<<<<<<, =======, >>>>>>>); keep what you want of each side, delete the marker lines, then run newsmark again`]);
  assert.equal(run(['export', '--format', 'w3c', '.'], dir).status, 1);
});

test('check on a sidecar whose article cannot be read says so once, not that each annotation\'s words are gone', () => {
  const dir = folder({ 'a.txt': ARTICLE });
  assert.equal(run(['annotate', 'a.txt'], dir).status, 0);
  addToSidecar(path.join(dir, 'a.txt.annotations.yaml'), ['  - id: my-check', '    kind: claim', '    verdict: accurate', '    target: { exact: "The parks will open in May." }', ''].join('\n'));
  assert.equal(run(['annotate', 'a.txt'], dir).status, 0);
  // Saved in another encoding by another editor: not UTF-8 any more.
  fs.writeFileSync(path.join(dir, 'a.txt'), Buffer.from(ARTICLE.replace(/[“”]/g, '"') + '\nCaf\u00e9.\n', 'latin1'));
  const check = run(['check', '.'], dir);
  assert.equal(check.status, 1);
  assert.deepEqual(check.stdout.trim().split('\n'), [
    'a.txt.annotations.yaml: error: the article a.txt cannot be read (not valid UTF-8 text (save the file as UTF-8)); its annotations were not checked against it',
  ]);
  assert.doesNotMatch(check.stderr, /orphaned annotation\(s\) \(/, 'none counted as orphaned');
});

test('export --format w3c writes an AnnotationCollection for a folder to --out', () => {
  const dir = folder({ 'a.txt': ARTICLE, 'b.txt': ARTICLE.replace('Holt', 'Reyes') });
  run(['annotate', '.'], dir);
  const out = path.join(dir, 'annotations.jsonld');
  const r = run(['export', '--format', 'w3c', '.', '--out', out], dir);
  assert.equal(r.status, 0, r.stderr);
  const collection = JSON.parse(fs.readFileSync(out, 'utf8'));
  assert.equal(collection.type, 'AnnotationCollection');
  assert.equal(collection.total, collection.first.items.length);
  const sources = new Set(collection.first.items.map((i: { target: { source: string } }) => path.basename(i.target.source)));
  assert.deepEqual([...sources].sort(), ['a.txt', 'b.txt']);
  assert.equal(run(['export', '--format', 'rdf', '.'], dir).status, 2);
  // A target that cannot be written is named with the reason, not with the temporary file's name.
  fs.mkdirSync(path.join(dir, 'out.jsonld'));
  for (const [target, reason] of [['out.jsonld', /cannot write out\.jsonld: it is a folder/], [path.join('no-such-folder', 'x.jsonld'), /cannot write no-such-folder.x\.jsonld: its folder does not exist/]] as const) {
    const failed = run(['export', '--format', 'w3c', '.', '--out', target], dir);
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, reason);
    assert.doesNotMatch(failed.stderr, /\.tmp/);
  }
});

test('export over folders without any sidecar writes nothing and exits 2 (nothing to do), rather than an empty collection', () => {
  const dir = folder({ 'a.txt': ARTICLE, 'notes/b.md': ARTICLE });
  const out = path.join(dir, 'annotations.jsonld');
  const r = run(['export', '--format', 'w3c', '.', '--out', out], dir);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /no sidecars \(\*\.annotations\.yaml\) under \.; run 'newsmark annotate' first/);
  assert.ok(!fs.existsSync(out));
  assert.equal(run(['export', '--format', 'claimreview', 'notes'], dir).stdout, '');
});

test('annotate draws a progress line on a terminal (stderr) and clears it; the table stays on stdout', async () => {
  const { annotateCommand } = await import('../../src/cli/commands/annotate');
  const { Writable } = await import('node:stream');
  const dir = folder({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'c.txt': ARTICLE });
  const sink = () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    return { stream, text: () => chunks.join('') };
  };
  const out = sink();
  const err = sink();
  const code = await annotateCommand.run([dir], { stdout: out.stream, stderr: err.stream, interactive: true });
  assert.equal(code, 0);
  assert.match(err.text(), /\r\[0\/3\] .*a\.txt/);
  assert.ok(err.text().endsWith('\r\x1b[K'), 'the progress line is cleared at the end');
  assert.doesNotMatch(out.text(), /\r/);
  assert.equal(out.text().trim().split('\n').length, 4, 'a header and one row per file');
});

test('annotate on a folder without articles says so and fails', () => {
  const dir = folder({ 'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  const r = run(['annotate', '.'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no article files/);
  assert.deepEqual(listFiles(dir), ['image.png']);
});

test('export names an unknown format and lists the known ones; without --format it says which to give', () => {
  const dir = folder({ 'a.txt': ARTICLE });
  run(['annotate', 'a.txt'], dir);
  const xml = run(['export', '--format', 'xml', 'a.txt'], dir);
  assert.equal(xml.status, 2);
  assert.match(xml.stderr, /unknown format 'xml'; the formats are w3c and claimreview/);
  assert.equal(xml.stdout, '');
  const none = run(['export', 'a.txt'], dir);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /--format is required: w3c or claimreview/);
});

test('a field and a comment a person adds to an automatic annotation survive annotate after its words changed', () => {
  const dir = folder({ 'a.txt': ARTICLE });
  run(['annotate', 'a.txt'], dir);
  const sidecarPath = path.join(dir, 'a.txt.annotations.yaml');
  const yaml = fs.readFileSync(sidecarPath, 'utf8');
  const quoteId = /- id: (quote-[0-9a-f]+)\n(?: {4}[^\n]*\n)*? {6}exact: “We have/.exec(yaml)?.[1];
  assert.ok(quoteId, yaml);
  fs.writeFileSync(sidecarPath, yaml.replace(`  - id: ${quoteId}\n`, `  # asked the parks office\n  - id: ${quoteId}\n    reviewer: anna\n`));
  addToSidecar(sidecarPath, '  - {id: n4, kind: claim, origin: auto, myfield: keepme, target: {exact: "The council approved the budget"}}\n');
  fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE.replace('open in May', 'open in June'));
  const r = run(['annotate', 'a.txt'], dir);
  assert.equal(r.status, 0, r.stderr);
  const after = fs.readFileSync(sidecarPath, 'utf8');
  assert.match(after, new RegExp(`# asked the parks office\\n {2}- id: ${quoteId}\\n {4}reviewer: anna\\n`));
  assert.match(after, new RegExp(`id: ${quoteId}\\n(?: {4}[^\\n]*\\n)*? {4}origin: manual`), 'kept as a person’s annotation');
  assert.match(after, /id: n4, kind: claim, origin: manual, myfield: keepme/);
});

const REWORDED = 'Treasurer Omar Lindqvist said the harbour district added 900 jobs in the spring, a number the dock unions question.\n';

test('a verdict on words that were reworded fails check and is left out of the ClaimReview export, with a warning', () => {
  const dir = folder({ 'story.txt': REWORDED });
  run(['annotate', 'story.txt'], dir);
  const sidecarPath = path.join(dir, 'story.txt.annotations.yaml');
  const claim = 'the harbour district added 900 jobs';
  const start = REWORDED.indexOf(claim);
  addToSidecar(sidecarPath, `  - id: jobs\n    kind: claim\n    verdict: inaccurate\n    note: The port authority counts 400.\n    target: { exact: "${claim}", start: ${start}, end: ${start + claim.length} }\n`);
  assert.equal(run(['check', 'story.txt'], dir).status, 0, 'on its words, the verdict is fine');
  assert.equal(JSON.parse(run(['export', '--format', 'claimreview', 'story.txt'], dir).stdout).length, 1);

  fs.writeFileSync(path.join(dir, 'story.txt'), REWORDED.replace('added 900', 'lost 300'));
  const check = run(['check', 'story.txt'], dir);
  assert.equal(check.status, 1, check.stdout);
  assert.match(check.stdout, /error: annotation 'jobs' \(claim\) drifted: its words changed, now "the harbour district lost 300 jobs" \(annotated: "the harbour district added 900 jobs"\); its verdict and note may not hold for them/);
  const exported = run(['export', '--format', 'claimreview', 'story.txt'], dir);
  assert.equal(exported.status, 0, exported.stderr);
  assert.deepEqual(JSON.parse(exported.stdout), []);
  assert.match(exported.stderr, /warning: story\.txt: annotation 'jobs' \(claim\) left out: its words changed since its verdict and note were given/);
  const w3c = run(['export', '--format', 'w3c', 'story.txt'], dir);
  assert.ok(!JSON.parse(w3c.stdout).first.items.some((i: { id: string }) => i.id.endsWith('#annotation-jobs')));
  assert.match(w3c.stderr, /annotation 'jobs' \(claim\) left out/);
  // annotate keeps it, drifted, and says it needs review.
  const annotate = run(['annotate', 'story.txt'], dir);
  assert.match(annotate.stderr, /1 annotation\(s\) with a verdict or note drifted: their words changed; review them \(see 'newsmark check'\)/);
});

test('check warns about orphaned automatic annotations (annotate regenerates them) and fails only for a person’s', () => {
  const dir = folder({ 'a.txt': ARTICLE });
  run(['annotate', 'a.txt'], dir);
  const cut = ARTICLE.replace('“We have done what we promised,” said Mayor Lena Holt. “The parks will open in May.”\n\n', '');
  fs.writeFileSync(path.join(dir, 'a.txt'), cut);
  const r = run(['check', 'a.txt'], dir);
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stdout, /warning: annotation 'quote-[0-9a-f]+' \(quote, auto\) is orphaned: .*; 'newsmark annotate' regenerates automatic annotations/);
  assert.doesNotMatch(r.stdout, /error/);
  assert.match(r.stderr, /\d+ orphaned annotation\(s\) \(\d+ automatic\)/);
  // A person's annotation on the cut words is an error.
  const sidecarPath = path.join(dir, 'a.txt.annotations.yaml');
  addToSidecar(sidecarPath, '  - {id: mine, kind: speaker, speaker: Lena Holt, target: {exact: "said Mayor Lena Holt"}}\n');
  const again = run(['check', 'a.txt'], dir);
  assert.equal(again.status, 1);
  assert.match(again.stdout, /error: annotation 'mine' \(speaker, manual\) is orphaned/);
});

test('annotate writes no sidecar for an empty file or one too long to analyse, and says so', () => {
  const dir = folder({ 'empty.txt': '', 'a.txt': ARTICLE, 'long.txt': 'The council said the bridge may open. '.repeat(230_000) });
  const r = run(['annotate', '.'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(listFiles(dir), ['a.txt', 'a.txt.annotations.yaml', 'empty.txt', 'long.txt']);
  assert.match(r.stdout, /empty\.txt .* no sidecar \(no text\)/);
  assert.match(r.stdout, /long\.txt .* no sidecar \(too long to analyse\)/);
  assert.match(r.stderr, /long\.txt: too long to analyse \(8,740,000 characters; the limit is 8,388,608\); no sidecar written/);
});

test('check reports a folder where a sidecar should be, as annotate and export do, whether the folder or its article is named', () => {
  const dir = folder({ 'desk/a.txt': ARTICLE });
  fs.mkdirSync(path.join(dir, 'desk', 'a.txt.annotations.yaml'));
  for (const named of ['desk', path.join('desk', 'a.txt'), path.join('desk', 'a.txt.annotations.yaml')]) {
    const r = run(['check', named], dir);
    assert.equal(r.status, 1, `${named}: ${r.stdout}`);
    assert.match(r.stdout, /^desk\/a\.txt\.annotations\.yaml:1:1: error: the sidecar path is a folder$/m);
    assert.match(r.stderr, /1 sidecar\(s\) checked: 1 invalid/);
  }
  const annotate = run(['annotate', 'desk'], dir);
  assert.equal(annotate.status, 1);
  assert.match(annotate.stdout, /sidecar invalid/);
  const exp = run(['export', '--format', 'w3c', 'desk'], dir);
  assert.equal(exp.status, 1);
  assert.match(exp.stderr, /desk\/a\.txt\.annotations\.yaml: the sidecar path is a folder/);
});

test('check names the temporary file of an interrupted sidecar write, an error when it holds work of a person that no sidecar has', () => {
  const dir = folder({ 'desk/a.txt': ARTICLE });
  assert.equal(run(['annotate', 'desk'], dir).status, 0);
  const sidecar = path.join(dir, 'desk', 'a.txt.annotations.yaml');
  const automatic = fs.readFileSync(sidecar, 'utf8');
  addToSidecar(sidecar, '  - {id: my-check, kind: claim, verdict: unsupported, target: {exact: "The parks will open in May."}}\n');
  const withWork = fs.readFileSync(sidecar, 'utf8');
  const stamp = (ago = 0) => `${(Date.now() - ago).toString(36).padStart(9, '0')}00`;
  const temp = (ago = 0) => path.join(dir, 'desk', `a.txt.annotations.yaml.${stamp(ago)}.tmp`);

  // The sidecar is gone and its last write is only in the temporary file.
  fs.rmSync(sidecar);
  const recent = temp();
  fs.writeFileSync(recent, withWork);
  for (const named of ['desk', path.join('desk', 'a.txt')]) {
    const r = run(['check', named], dir);
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stdout, new RegExp(`^desk/${path.basename(recent).replace(/\./g, '\\.')}: error: the last write of a\\.txt\\.annotations\\.yaml was interrupted, and this file is its only copy: its \\d+ annotation\\(s\\), 1 of them yours, are in no sidecar; 'newsmark annotate' \\(or opening a\\.txt in VS Code\\) puts it back$`, 'm'));
    assert.match(r.stderr, /0 sidecar\(s\) checked: .*, 1 unfinished write\(s\)$/m);
  }
  // Too old to be put back: annotate writes a new sidecar and leaves this copy be, so check says to rename it.
  const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
  fs.utimesSync(recent, hourAgo, hourAgo);
  const old = run(['check', 'desk'], dir);
  assert.equal(old.status, 1);
  assert.match(old.stdout, /error: the last write of a\.txt\.annotations\.yaml was interrupted more than 30 minutes ago, .* rename this file to a\.txt\.annotations\.yaml/);
  fs.rmSync(recent);

  // Only automatic annotations in it: the analysis makes them again.
  fs.writeFileSync(temp(), automatic);
  const regenerated = run(['check', 'desk'], dir);
  assert.equal(regenerated.status, 0, regenerated.stdout);
  assert.match(regenerated.stdout, /: warning: the last write of a\.txt\.annotations\.yaml was interrupted, .* its \d+ annotation\(s\) are in no sidecar/);
  for (const f of fs.readdirSync(path.join(dir, 'desk'))) if (f.endsWith('.tmp')) fs.rmSync(path.join(dir, 'desk', f));

  // The sidecar is there, and a write cut before its rename holds a verdict the sidecar lacks.
  fs.writeFileSync(sidecar, automatic);
  fs.writeFileSync(temp(), withWork);
  const lacking = run(['check', path.join('desk', 'a.txt.annotations.yaml')], dir);
  assert.equal(lacking.status, 1, lacking.stdout);
  assert.match(lacking.stdout, /: error: a write of a\.txt\.annotations\.yaml that did not finish: this file holds 1 annotation\(s\) of yours that the sidecar lacks \('my-check'\); merge what you want into the sidecar, then delete this file/);
  // Once the sidecar holds the same work, the temporary file holds nothing lost.
  fs.writeFileSync(sidecar, withWork);
  const same = run(['check', 'desk'], dir);
  assert.equal(same.status, 0, same.stdout);
  assert.doesNotMatch(same.stdout, /\.tmp/);
});

test('an article beside a sidecar that is a link to a device, a named pipe or a file too large to analyse is refused unread, and its sidecar kept', { skip: process.platform === 'win32' ? 'no /dev/zero or named pipes' : false }, () => {
  const dir = folder({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'c.txt': ARTICLE });
  assert.equal(run(['annotate', '.'], dir).status, 0);
  const sidecars = ['a', 'b', 'c'].map((n) => fs.readFileSync(path.join(dir, `${n}.txt.annotations.yaml`), 'utf8'));
  fs.rmSync(path.join(dir, 'a.txt'));
  fs.symlinkSync('/dev/zero', path.join(dir, 'a.txt'));
  fs.rmSync(path.join(dir, 'b.txt'));
  assert.equal(spawnSync('mkfifo', [path.join(dir, 'b.txt')]).status, 0, 'mkfifo');
  // Sparse: 25 MB that take no room on disk, over the 24 MiB that can hold 8 Mi characters at most.
  fs.truncateSync(path.join(dir, 'c.txt'), 25 * 1024 * 1024 + 1);
  // (A read of /dev/zero would never end and a pipe would wait for a writer: a timeout fails the test instead.)
  const check = spawnSync(process.execPath, [cli, 'check', '.'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  assert.equal(check.error, undefined, 'check finished');
  assert.equal(check.status, 1);
  assert.match(check.stdout, /a\.txt\.annotations\.yaml: error: the article a\.txt cannot be read \(cannot read: not a regular file/);
  assert.match(check.stdout, /b\.txt\.annotations\.yaml: error: the article b\.txt cannot be read \(cannot read: not a regular file/);
  assert.match(check.stdout, /c\.txt\.annotations\.yaml: error: the article c\.txt cannot be read \(too large to read \(26,214,401 bytes;/);
  const annotate = spawnSync(process.execPath, [cli, 'annotate', 'a.txt', 'b.txt', 'c.txt'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  assert.equal(annotate.error, undefined, 'annotate finished');
  assert.equal(annotate.status, 1);
  assert.match(annotate.stderr, /a\.txt: cannot read: not a regular file/);
  assert.match(annotate.stderr, /b\.txt: cannot read: not a regular file/);
  assert.match(annotate.stderr, /c\.txt: too large to read/);
  assert.deepEqual(['a', 'b', 'c'].map((n) => fs.readFileSync(path.join(dir, `${n}.txt.annotations.yaml`), 'utf8')), sidecars, 'no sidecar touched');
});

test('annotate keeps the temporary file of an interrupted write that holds work of a person the new sidecar lacks, and check goes on naming it', () => {
  const dir = folder({ 'desk/a.txt': ARTICLE });
  assert.equal(run(['annotate', 'desk'], dir).status, 0);
  const sidecar = path.join(dir, 'desk', 'a.txt.annotations.yaml');
  addToSidecar(sidecar, '  - {id: my-check, kind: claim, verdict: misleading, note: three hours of research, target: {exact: "The parks will open in May."}}\n');
  const withWork = fs.readFileSync(sidecar, 'utf8');
  // Two hours old, too old to be put back: the sidecar is missing and this file is the only copy of the verdict.
  fs.rmSync(sidecar);
  const twoHoursAgo = Date.now() - 2 * 60 * 60 * 1000;
  const temp = path.join(dir, 'desk', `a.txt.annotations.yaml.${twoHoursAgo.toString(36).padStart(9, '0')}00.tmp`);
  fs.writeFileSync(temp, withWork);
  fs.utimesSync(temp, new Date(twoHoursAgo), new Date(twoHoursAgo));
  assert.equal(run(['annotate', 'desk'], dir).status, 0);
  assert.ok(fs.existsSync(sidecar), 'a new sidecar is written');
  assert.equal(fs.readFileSync(temp, 'utf8'), withWork, 'the only copy of the verdict is kept');
  const check = run(['check', 'desk'], dir);
  assert.equal(check.status, 1);
  assert.match(check.stdout, /\.tmp: error: a write of a\.txt\.annotations\.yaml that did not finish: this file holds 1 annotation\(s\) of yours that the sidecar lacks \('my-check'\)/);
  // Once the verdict is merged into the sidecar, the next write removes the file.
  fs.writeFileSync(sidecar, withWork);
  fs.appendFileSync(path.join(dir, 'desk', 'a.txt'), '\nThe mayor said the work would start in June.\n');
  assert.equal(run(['annotate', 'desk'], dir).status, 0);
  assert.equal(fs.existsSync(temp), false, 'nothing of a person is lost with it');
  assert.equal(run(['check', 'desk'], dir).status, 0);
});

test('a sidecar that is a looping link or a named pipe is reported by name, never read, and the other sidecars are still checked', { skip: process.platform === 'win32' ? 'no named pipes' : false }, () => {
  const dir = folder({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'z.txt': ARTICLE, 'z.txt.annotations.yaml': 'version: 1\nannotations: [\n' });
  fs.symlinkSync('a.txt.annotations.yaml', path.join(dir, 'a.txt.annotations.yaml'));
  assert.equal(spawnSync('mkfifo', [path.join(dir, 'b.txt.annotations.yaml')]).status, 0, 'mkfifo');
  const opts = { cwd: dir, encoding: 'utf8' as const, timeout: 60_000 };
  const check = spawnSync(process.execPath, [cli, 'check', '.'], opts);
  assert.equal(check.error, undefined, 'check finished');
  assert.equal(check.status, 1);
  assert.match(check.stdout, /^a\.txt\.annotations\.yaml:1:1: error: cannot read the sidecar: a link that leads back to itself$/m);
  assert.match(check.stdout, /^z\.txt\.annotations\.yaml:\d+:\d+: error: YAML syntax error/m);
  assert.doesNotMatch(check.stderr, /unexpected error/);
  const annotate = spawnSync(process.execPath, [cli, 'annotate', 'a.txt', 'b.txt'], opts);
  assert.equal(annotate.error, undefined, 'annotate finished');
  assert.equal(annotate.status, 1);
  assert.match(annotate.stderr, /b\.txt\.annotations\.yaml: left untouched: the sidecar path is not a regular file/);
  assert.ok(fs.lstatSync(path.join(dir, 'a.txt.annotations.yaml')).isSymbolicLink() && fs.statSync(path.join(dir, 'b.txt.annotations.yaml')).isFIFO(), 'neither replaced');
  const exported = spawnSync(process.execPath, [cli, 'export', '--format', 'w3c', '.'], opts);
  assert.equal(exported.status, 1);
  assert.match(exported.stderr, /a\.txt\.annotations\.yaml: cannot read the sidecar: a link that leads back to itself/);
  const xref = spawnSync(process.execPath, [cli, 'xref', '.'], opts);
  assert.equal(xref.status, 0, xref.stderr);
});

/**
 * Runs the CLI as a user without the permissions that root would bypass (root runs it as nobody, through setpriv, from
 * a copy of the bundle that nobody may read: the checkout may be in a folder only root may enter).
 */
function runUnprivileged(args: string[], cwd: string): ReturnType<typeof spawnSync> | undefined {
  if (process.platform === 'win32') return undefined;
  if (process.getuid?.() !== 0) return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  if (spawnSync('setpriv', ['--version']).status !== 0) return undefined;
  const bundle = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-cli-'));
  fs.chmodSync(bundle, 0o755);
  for (const f of ['cli.js', 'analysis-worker.js']) fs.copyFileSync(path.join(path.dirname(cli), f), path.join(bundle, f));
  try {
    return spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, path.join(bundle, 'cli.js'), ...args], { cwd, encoding: 'utf8' });
  } finally {
    fs.rmSync(bundle, { recursive: true, force: true });
  }
}

test('a folder inside those walked that cannot be read is named and skipped: the rest is still checked, annotated, indexed or exported, and the exit code is 1', (t) => {
  const dir = folder({ 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'b.txt.annotations.yaml': 'version: 1\nannotations: [\n', 'locked/c.txt': ARTICLE });
  assert.equal(run(['annotate', 'a.txt'], dir).status, 0);
  fs.chmodSync(dir, 0o777);
  for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o666);
  fs.chmodSync(path.join(dir, 'locked'), 0o700);
  if (runUnprivileged(['--version'], dir)?.status !== 0) return t.skip('no way to run without root’s permissions here');
  const check = runUnprivileged(['check', '.'], dir)!;
  assert.equal(check.status, 1);
  assert.match(String(check.stdout), /^locked: error: cannot read the folder \(permission denied\); its sidecars were not checked$/m);
  assert.match(String(check.stdout), /^b\.txt\.annotations\.yaml:\d+:\d+: error: YAML syntax error/m, 'the other sidecars are checked');
  const annotate = runUnprivileged(['annotate', '.'], dir)!;
  assert.equal(annotate.status, 1);
  assert.match(String(annotate.stderr), /newsmark annotate: locked: cannot read the folder \(permission denied\); its articles were skipped/);
  const xref = runUnprivileged(['xref', '.'], dir)!;
  assert.equal(xref.status, 1);
  assert.match(String(xref.stderr), /newsmark xref: locked: cannot read the folder \(permission denied\); its articles were skipped/);
  assert.match(String(xref.stdout), /article\(s\)/, 'the readable articles are listed');
  const exported = runUnprivileged(['export', '--format', 'w3c', '.'], dir)!;
  assert.equal(exported.status, 1);
  assert.match(String(exported.stderr), /locked: cannot read the folder \(permission denied\); its sidecars would be missing from the export/);
  assert.match(String(exported.stderr), /nothing exported/);
});

test('a sidecar made read-only is not replaced by annotate: it is named, left as it is, and the exit code is 1', { skip: process.platform === 'win32' ? 'POSIX modes' : false }, () => {
  const dir = folder({ 'a.txt': ARTICLE });
  assert.equal(run(['annotate', '.'], dir).status, 0);
  const sidecar = path.join(dir, 'a.txt.annotations.yaml');
  fs.chmodSync(sidecar, 0o444);
  const before = fs.readFileSync(sidecar, 'utf8');
  fs.appendFileSync(path.join(dir, 'a.txt'), '\nThe mayor said the work would start in June.\n');
  const r = run(['annotate', '.'], dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /a\.txt: a\.txt\.annotations\.yaml is read-only \(make it writable to let newsmark update it\)/);
  assert.equal(fs.readFileSync(sidecar, 'utf8'), before);
  assert.equal(fs.statSync(sidecar).mode & 0o777, 0o444);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['a.txt', 'a.txt.annotations.yaml'], 'no temporary file left');
});

test('an article that may not be read is named with the reason in words, by every command, not with the system’s error code and the path again', (t) => {
  const dir = folder({ 'a.txt': ARTICLE, 'b.txt': ARTICLE });
  assert.equal(run(['annotate', '.'], dir).status, 0);
  fs.chmodSync(dir, 0o777);
  for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o666);
  fs.chmodSync(path.join(dir, 'b.txt'), 0o000);
  if (runUnprivileged(['--version'], dir)?.status !== 0) return t.skip('no way to run without root’s permissions here');
  const annotate = runUnprivileged(['annotate', '.'], dir)!;
  assert.equal(annotate.status, 1);
  assert.match(String(annotate.stderr), /^newsmark annotate: b\.txt: cannot read: permission denied$/m);
  const xref = runUnprivileged(['xref', '.'], dir)!;
  assert.match(String(xref.stderr), /^newsmark xref: skipped b\.txt: cannot read: permission denied$/m);
  const check = runUnprivileged(['check', '.'], dir)!;
  assert.match(String(check.stdout), /^b\.txt\.annotations\.yaml: error: the article b\.txt cannot be read \(cannot read: permission denied\)/m);
  for (const r of [annotate, xref, check]) assert.doesNotMatch(String(r.stdout) + String(r.stderr), /EACCES/);
});

test('annotate in a folder that may not be written names the sidecar it cannot write and why, not its temporary file', (t) => {
  const dir = folder({ 'desk/a.txt': ARTICLE });
  fs.chmodSync(dir, 0o777);
  fs.chmodSync(path.join(dir, 'desk'), 0o555);
  t.after(() => fs.chmodSync(path.join(dir, 'desk'), 0o755));
  if (runUnprivileged(['--version'], dir)?.status !== 0) return t.skip('no way to run without root’s permissions here');
  const r = runUnprivileged(['annotate', '.'], dir)!;
  assert.equal(r.status, 1);
  assert.match(String(r.stderr), /^newsmark annotate: desk\/a\.txt: cannot write a\.txt\.annotations\.yaml: its folder may not be written \(permission denied\); nothing was written$/m);
  assert.doesNotMatch(String(r.stderr), /\.tmp|EACCES/);
  assert.deepEqual(fs.readdirSync(path.join(dir, 'desk')), ['a.txt']);
});

test('after --, a folder named --help or -h is a folder to work on, not a request for help', () => {
  const dir = folder({ '--help/a.txt': ARTICLE, '-h/b.txt': ARTICLE });
  const r = run(['annotate', '--', '--help', '-h'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /^usage:/m);
  assert.ok(fs.existsSync(path.join(dir, '--help', 'a.txt.annotations.yaml')));
  assert.ok(fs.existsSync(path.join(dir, '-h', 'b.txt.annotations.yaml')));
  assert.match(run(['annotate', '--help', '--', 'x'], dir).stdout, /^usage: newsmark annotate/, 'before --, --help is still help');
});
