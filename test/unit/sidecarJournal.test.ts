// The journal of annotations not written yet: what it holds, how it is read, and how it is taken back onto a text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createManual, emptySidecar, makeTarget, parseSidecar, renderSidecar, type Annotation, type ParsedSidecar, type Sidecar } from '../../src/core/sidecar';
import { formatJournal, JOURNAL_REFRESH_MS, JOURNAL_STALE_MS, journalFileName, mayTakeBackJournal, readJournal, restoreFromJournal, type ArticleJournal } from '../../src/extension/sidecar/sidecarJournal';

const NAME = 'harbour.news';
const ARTICLE = 'file:///newsroom/harbour.news';
const ON_DISK = [
  'The harbour board met on Tuesday evening in the old customs hall.',
  'Its chairman said the new pier would open in the spring, two years late.',
  'Fishing crews were not asked about the plans, their union said.',
  '',
].join('\n');
// The unsaved edits: a new first line, and the chairman's words changed.
const UNSAVED = [
  'Updated on Wednesday with the council’s reply to the union.',
  'The harbour board met on Tuesday evening in the old customs hall.',
  'Its chairman said the new pier would open in the autumn, three years late.',
  'Fishing crews were not asked about the plans, their union said.',
  'A council spokesman said a meeting with the crews was planned for May.',
  '',
].join('\n');
const NOW = '2026-12-03T10:00:00.000Z';

function manual(text: string, words: string, id: string, details: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `"${words}" is in the text`);
  return { ...createManual(text, { kind: 'claim', start, end: start + words.length }, id, NOW), ...details };
}

function sidecarOn(text: string, annotations: Annotation[]): Sidecar {
  return { ...emptySidecar(NAME, text), annotations };
}

function parsed(sidecar: Sidecar): ParsedSidecar {
  const result = parseSidecar(renderSidecar(sidecar));
  assert.ok(result.ok);
  return result.parsed;
}

function journalOf(current: Sidecar, text: string, base: ParsedSidecar | undefined): ArticleJournal {
  const read = readJournal(formatJournal(ARTICLE, NAME, current, text, base, NOW));
  assert.ok(read.ok, read.ok ? '' : read.problem);
  return read.journal;
}

const wordsAt = (text: string, a: Annotation) => text.slice(a.target.start, a.target.end);

// The base on disk: one claim, checked before the unsaved edits.
const pier = manual(ON_DISK, 'the new pier would open in the spring', 'm-pier', { note: 'ask the port authority' });
const base = parsed(sidecarOn(ON_DISK, [pier]));

test('a journal holds the annotations as anchored on the unsaved text, what identifies that text, and the base, but not the article', () => {
  const meeting = manual(UNSAVED, 'a meeting with the crews was planned for May', 'm-meeting', { verdict: 'unsupported' });
  const text = formatJournal(ARTICLE, NAME, sidecarOn(UNSAVED, [meeting]), UNSAVED, base, NOW);
  const journal = journalOf(sidecarOn(UNSAVED, [meeting]), UNSAVED, base);

  assert.equal(journal.article, ARTICLE);
  assert.equal(journal.written, NOW);
  assert.equal(journal.sidecar.document.length, UNSAVED.length);
  assert.match(journal.sidecar.document.sha256, /^[0-9a-f]{64}$/);
  const [kept] = journal.sidecar.annotations;
  assert.equal(kept.id, 'm-meeting');
  assert.equal(kept.verdict, 'unsupported');
  assert.equal(wordsAt(UNSAVED, kept), 'a meeting with the crews was planned for May');
  assert.deepEqual(journal.base?.sidecar.annotations.map((a) => a.id), ['m-pier']);
  // The words of each annotation with their context, as the sidecar holds them; no sentence far from them.
  assert.ok(!text.includes('Updated on Wednesday'), 'the unsaved first line, far from any annotation, is not in the journal');
  assert.ok(!text.includes('The harbour board met'), 'nor is the article’s first sentence');
});

test('a journal that cannot be used says why', () => {
  const good = JSON.parse(formatJournal(ARTICLE, NAME, sidecarOn(UNSAVED, []), UNSAVED, undefined, NOW)) as Record<string, unknown>;
  const cases: [string, string, RegExp][] = [
    ['not JSON', '{"newsmarkJournal": 1,', /not JSON/],
    ['another version', JSON.stringify({ ...good, newsmarkJournal: 2 }), /version 2/],
    ['no article', JSON.stringify({ ...good, article: undefined }), /lacks/],
    ['broken annotations', JSON.stringify({ ...good, sidecar: 'version: 1\nannotations: [' }), /annotations cannot be read/],
    ['a broken base', JSON.stringify({ ...good, base: 'version: [' }), /base cannot be read/],
  ];
  for (const [what, text, problem] of cases) {
    const read = readJournal(text);
    assert.equal(read.ok, false, what);
    if (!read.ok) assert.match(read.problem, problem, what);
  }
  assert.equal(readJournal(JSON.stringify(good)).ok, true);
});

test('journal file names are fixed per article, differ between articles, and are safe as file names', () => {
  assert.equal(journalFileName(ARTICLE), journalFileName(ARTICLE));
  assert.notEqual(journalFileName(ARTICLE), journalFileName('file:///newsroom/harbour-2.news'));
  assert.match(journalFileName('vscode-test-web://mount/a%20b/c.news'), /^[0-9a-f]{40}\.json$/);
});

test('on the journaled text (hot exit restored it) the annotations come back where they were, merged with the sidecar on disk', () => {
  const meeting = manual(UNSAVED, 'a meeting with the crews was planned for May', 'm-meeting', { note: 'call the council' });
  const pierNow = manual(UNSAVED, 'the new pier would open in the autumn', 'm-pier', { note: 'ask the port authority again' });
  const journal = journalOf(sidecarOn(UNSAVED, [pierNow, meeting]), UNSAVED, base);
  // Since the base, a colleague added a note of their own to the sidecar on disk.
  const union = manual(ON_DISK, 'their union said', 'm-union', { note: 'which union?' });
  const onDisk = sidecarOn(ON_DISK, [pier, union]);

  const restored = restoreFromJournal(journal, UNSAVED, onDisk, NAME);
  assert.equal(restored.how, 'same-text');
  assert.deepEqual(restored.conflicts, []);
  const byId = new Map(restored.sidecar.annotations.map((a) => [a.id, a]));
  assert.deepEqual([...byId.keys()].sort(), ['m-meeting', 'm-pier', 'm-union']);
  assert.equal(wordsAt(UNSAVED, byId.get('m-meeting')!), 'a meeting with the crews was planned for May');
  assert.equal(byId.get('m-meeting')!.status, 'anchored');
  assert.equal(byId.get('m-pier')!.note, 'ask the port authority again', 'the journal’s change of the note is taken');
  assert.equal(wordsAt(UNSAVED, byId.get('m-pier')!), 'the new pier would open in the autumn');
  assert.equal(byId.get('m-union')!.note, 'which union?', 'the colleague’s annotation on disk is kept');
  assert.equal(wordsAt(UNSAVED, byId.get('m-union')!), 'their union said');
  assert.equal(restored.recovered, 2, 'the new annotation and the changed note');
  assert.equal(restored.orphaned, 0);
});

test('on another text (the unsaved edits were discarded) the annotations are found again, and those that cannot be are kept as orphans', () => {
  const meeting = manual(UNSAVED, 'a meeting with the crews was planned for May', 'm-meeting', { note: 'call the council' });
  const crews = manual(UNSAVED, 'Fishing crews were not asked about the plans', 'm-crews', { verdict: 'accurate' });
  const journal = journalOf(sidecarOn(UNSAVED, [crews, meeting]), UNSAVED, base);

  const restored = restoreFromJournal(journal, ON_DISK, base.sidecar, NAME);
  assert.equal(restored.how, 'reanchored');
  const byId = new Map(restored.sidecar.annotations.map((a) => [a.id, a]));
  assert.equal(wordsAt(ON_DISK, byId.get('m-crews')!), 'Fishing crews were not asked about the plans', 'found again on the text on disk');
  assert.equal(byId.get('m-crews')!.status, 'anchored');
  const orphan = byId.get('m-meeting');
  assert.ok(orphan, 'an annotation on words only the discarded edits held is not dropped');
  assert.equal(orphan.status, 'orphaned');
  assert.equal(orphan.target.exact, 'a meeting with the crews was planned for May', 'it keeps its words, for re-anchoring by hand');
  assert.equal(orphan.note, 'call the council');
  assert.ok(!byId.has('m-pier'), 'the base’s annotation, deleted before the editor stopped, stays deleted');
  assert.equal(restored.recovered, 2);
  assert.equal(restored.orphaned, 1);
});

test('what is on disk is never overwritten: a note changed both in the journal and on disk is a conflict, the disk’s side kept', () => {
  const mine = { ...pier, note: 'the port authority confirmed it' };
  const journal = journalOf(sidecarOn(ON_DISK, [mine]), ON_DISK, base);
  const theirs = sidecarOn(ON_DISK, [{ ...pier, note: 'the port authority denied it' }]);

  const restored = restoreFromJournal(journal, ON_DISK, theirs, NAME);
  assert.deepEqual(restored.conflicts, ['m-pier']);
  assert.equal(restored.sidecar.annotations[0].note, 'the port authority denied it');
  assert.equal(restored.mine.annotations[0].note, 'the port authority confirmed it', 'the journal’s side, for the conflict copy');
});

test('a journal whose changes the sidecar on disk already holds recovers nothing, and one that deleted an annotation deletes it', () => {
  const meeting = manual(ON_DISK, 'Fishing crews were not asked', 'm-crews', { note: 'which crews?' });
  const written = sidecarOn(ON_DISK, [pier, meeting]);
  assert.equal(restoreFromJournal(journalOf(written, ON_DISK, base), ON_DISK, written, NAME).recovered, 0);

  const deleted = restoreFromJournal(journalOf(sidecarOn(ON_DISK, []), ON_DISK, base), ON_DISK, base.sidecar, NAME);
  assert.deepEqual(deleted.sidecar.annotations, [], 'the person deleted it before the editor stopped');
});

test('windows without a workspace share one journal folder: a journal another open window keeps is left to it', () => {
  const meeting = manual(UNSAVED, 'a meeting with the crews was planned for May', 'm-meeting', { verdict: 'unsupported' });
  const written = Date.parse(NOW);
  const journalBy = (owner: { session?: string; released?: boolean }) => {
    const read = readJournal(formatJournal(ARTICLE, NAME, sidecarOn(UNSAVED, [meeting]), UNSAVED, base, NOW, owner));
    assert.ok(read.ok);
    return read.journal;
  };
  const windowA = journalBy({ session: 'window-a' });
  assert.equal(windowA.session, 'window-a');
  assert.equal(windowA.released, false);
  const shared = { session: 'window-b', sharedFolder: true, now: written + 60_000 };

  // Window B opens the article A holds with unsaved edits (B has the text on disk), or finds it closed at its start.
  assert.equal(mayTakeBackJournal(windowA, shared), false, 'A is live: its journal is not B’s to take');
  assert.equal(mayTakeBackJournal(windowA, { ...shared, dirtyText: ON_DISK }), false, 'unsaved text of B’s own is not the journaled text');
  // A keeps its journal up to date well within the time after which it counts as stopped.
  assert.ok(JOURNAL_REFRESH_MS * 3 <= JOURNAL_STALE_MS);
  assert.equal(mayTakeBackJournal(windowA, { ...shared, now: written + JOURNAL_STALE_MS - 1 }), false);

  // What is taken back, as before: A stopped without closing; A closed (hot exit); hot exit brought A's unsaved text here.
  assert.equal(mayTakeBackJournal(windowA, { ...shared, now: written + JOURNAL_STALE_MS }), true, 'not written again for long: A stopped');
  assert.equal(mayTakeBackJournal(journalBy({ session: 'window-a', released: true }), shared), true, 'released as A closed');
  assert.equal(mayTakeBackJournal(windowA, { ...shared, dirtyText: UNSAVED }), true, 'the restored unsaved text is the journaled one');
  // This window's own journal (its extension host restarted), one of an earlier build, and any in a workspace's own folder.
  assert.equal(mayTakeBackJournal(windowA, { ...shared, session: 'window-a' }), true);
  assert.equal(mayTakeBackJournal(journalBy({}), shared), true);
  assert.equal(mayTakeBackJournal(windowA, { ...shared, sharedFolder: false }), true);
});

test('the journal of a long article with thousands of automatic annotations can be read back: they are left out, as from its sidecar, and a person’s are kept', () => {
  const paragraph = 'Harbour master Ines Varga said the ferry carried 12,000 passengers in March, a record for the port. ';
  const long = paragraph.repeat(14_000);
  const automatic: Annotation[] = Array.from({ length: 16_000 }, (_, k) => {
    const start = (k % 14_000) * paragraph.length + 15;
    return { id: `quote-${k.toString(16).padStart(10, '0')}`, kind: 'quote', origin: 'auto', status: 'anchored', speaker: 'Ines Varga', target: makeTarget(long, start, start + 60) };
  });
  const verdict = manual(long, 'the ferry carried 12,000 passengers in March', 'my-verdict', { verdict: 'accurate', note: 'port ledger' });
  const text = formatJournal(ARTICLE, NAME, sidecarOn(long, [...automatic, verdict]), long, undefined, NOW);
  const read = readJournal(text);
  assert.ok(read.ok, read.ok ? '' : read.problem);
  assert.deepEqual(read.journal.sidecar.annotations.map((a) => a.id), ['my-verdict']);
  assert.equal(read.journal.sidecar.annotations[0].note, 'port ledger');
});
