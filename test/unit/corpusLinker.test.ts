// The cross-document entity linker: one entity under its full name, surname, acronym or another spelling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntityLinker } from '../../src/core/corpus/entityLinker';
import { CorpusEntityIds } from '../../src/core/prediction';
import type { Analysis, EntityType } from '../../src/core/types';

const e = (name: string, type: EntityType = 'person', mentions: string[] = [name]) => ({ name, type, aliases: [], mentions: mentions.map((text) => ({ kind: 'name', text })) });

test('a surname alone links to the full name, in either order of arrival', () => {
  const a = new EntityLinker();
  const full = a.link(e('Ellen DeGeneres'));
  assert.equal(a.link(e('DeGeneres')), full);
  const b = new EntityLinker();
  const surname = b.link(e('DeGeneres'));
  assert.equal(b.link(e('Ellen DeGeneres')), surname);
  assert.equal(b.get(surname)?.name, 'Ellen DeGeneres', 'the fullest name becomes the canonical one');
});

test('titles, possessives, case and transliteration variants do not split an entity', () => {
  const l = new EntityLinker();
  const id = l.link(e('Volodymyr Zelenskyy'));
  assert.equal(l.link(e('President Volodymyr Zelensky')), id);
  assert.equal(l.link(e('Zelenskiy’s')), id);
  assert.equal(l.link(e('ZELENSKY')), id);
  const sergey = l.link(e('Sergey Lavrov'));
  assert.equal(l.link(e('Sergei Lavrov')), sergey);
  assert.notEqual(sergey, id);
});

test('acronyms link to spelled-out organisation names, with or without function words', () => {
  const l = new EntityLinker();
  const ampas = l.link(e('Academy of Motion Picture Arts and Sciences', 'org'));
  assert.equal(l.link(e('AMPAS', 'org')), ampas);
  const thr = l.link(e('The Hollywood Reporter', 'org'));
  assert.equal(l.link(e('THR', 'org')), thr);
  const nato = l.link(e('NATO', 'org'));
  assert.equal(l.link(e('North Atlantic Treaty Organization', 'org')), nato);
  assert.equal(new Set([ampas, thr, nato]).size, 3);
});

test('two people with one surname stay apart; a lone surname goes to the one seen most', () => {
  const l = new EntityLinker();
  const venus = l.link(e('Venus Williams'));
  l.link(e('Venus Williams'));
  const serena = l.link(e('Serena Williams'));
  assert.notEqual(venus, serena);
  assert.equal(l.link(e('Williams')), venus);
});

test('a full-name match survives a type slip of the recogniser; a surname match does not cross types', () => {
  const l = new EntityLinker();
  const org = l.link(e('Lionsgate', 'org'));
  assert.equal(l.link(e('LionsGate', 'person')), org);
  const person = l.link(e('Paul Washington', 'person'));
  assert.notEqual(l.link(e('Washington', 'place')), person);
});

test('the confirmed registry names the entity and collects its aliases', () => {
  const l = new EntityLinker({ registry: [{ name: 'Vladimir Putin', type: 'person', aliases: ['the Russian leader', 'Putin'] }] });
  const id = l.link(e('Putin'));
  assert.equal(l.get(id)?.name, 'Vladimir Putin');
  assert.equal(l.get(id)?.confirmed, true);
  assert.equal(l.find('the Russian leader')?.id, id);
});

test('unlink takes back a document: an entity seen nowhere else disappears', () => {
  const l = new EntityLinker();
  const x = e('Jane Roe');
  const id = l.link(x);
  assert.equal(l.size, 1);
  l.unlink(id, x);
  assert.equal(l.size, 0);
  assert.equal(l.find('Roe'), undefined);
});

test('CorpusEntityIds: the same id across the documents of a corpus, different ids across corpora', () => {
  const analysis = (names: string[]): Analysis => ({
    textLength: 0,
    quotes: [],
    scareQuotes: [],
    hedges: [],
    entities: names.map((n) => ({ id: n, name: n, type: 'person', aliases: [], roles: [], mentions: [{ start: 0, end: 1, kind: 'name', text: n }] })),
  });
  const ids = new CorpusEntityIds();
  const a1 = analysis(['Gary Ross', 'Jennifer Lawrence']);
  const a2 = analysis(['Ross']);
  const b1 = analysis(['Gary Ross']);
  const f1 = ids.forDocument('story-a', a1);
  const f2 = ids.forDocument('story-a', a2);
  const g1 = ids.forDocument('story-b', b1);
  assert.equal(f2(0), f1(0));
  assert.notEqual(f1(1), f1(0));
  assert.notEqual(g1(0), f1(0));
  assert.equal(ids.forDocument(null, a2)(0), 'Ross', 'outside a corpus the analysis id is kept');
});
