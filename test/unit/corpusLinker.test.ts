// The cross-document entity linker: one entity under its full name, surname, acronym or another spelling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EntityLinker } from '../../src/core/corpus/entityLinker';
import { foldAnyToken, foldToken } from '../../src/core/corpus/names';
import { StoryEntityIds, type StoryDocument } from '../../src/core/corpus/storyEntityIds';
import type { Analysis, EntityType } from '../../src/core/types';

const e = (name: string, type: EntityType = 'person', mentions: string[] = [name]) => ({ name, type, aliases: [], mentions: mentions.map((text) => ({ kind: 'name', text })) });

test('a name token folds the same by the one-pass reading of ASCII as by decomposing and replacing', () => {
  // Letters, case, the joiners folding drops, doubled letters, line breaks, and a letter or two outside ASCII.
  const unit = fc.constantFrom(...'aAbByYzZlLnN\'`.-’ \n\r\t0911éÉñøßİ'.split(''));
  fc.assert(fc.property(fc.array(unit, { maxLength: 16 }), (units) => {
    const token = units.join('');
    assert.equal(foldToken(token), foldAnyToken(token), JSON.stringify(token));
  }), { numRuns: 5000 });
  for (const token of ['Zelenskyy', 'Sergey', "O'Neill", 'U.S.', 'Jean-Claude', 'Müller', 'AAA', 'Ellen\n\nDeGeneres']) assert.equal(foldToken(token), foldAnyToken(token), token);
});

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

test('a dotted acronym inside a name gives all its letters to the acronym of the whole name', () => {
  const l = new EntityLinker();
  const survey = l.link(e('U.S. Fisheries Survey', 'org'));
  assert.equal(l.link(e('USFS', 'org')), survey);
  assert.equal(l.link(e('US Fisheries Survey', 'org')), survey);
  const board = l.link(e('E.U. Harbour Board', 'org'));
  assert.equal(l.link(e('EUHB', 'org')), board);
  assert.notEqual(board, survey);
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

test('confirmed entries with one Wikidata id are one entity, under the first name', () => {
  const l = new EntityLinker({
    registry: [
      { name: 'Marta Oyelaran', type: 'person', aliases: ['Oyelaran'], wikidata: 'Q999001' },
      { name: 'M. Oyelaran-Diaz', type: 'person', aliases: ['Oyelaran-Diaz'], wikidata: 'Q999001' },
      { name: 'Tomas Oyelaran', type: 'person', aliases: [], wikidata: 'Q999002' },
    ],
  });
  const id = l.link(e('Oyelaran-Diaz'));
  assert.equal(l.link(e('Marta Oyelaran')), id);
  assert.equal(l.get(id)?.name, 'Marta Oyelaran');
  assert.equal(l.get(id)?.wikidata, 'Q999001');
  assert.notEqual(l.link(e('Tomas Oyelaran')), id);
});

test('forms counted, taken back and counted again: a form leaves its entity with its last use, and comes back as new', () => {
  const l = new EntityLinker();
  const forms = (id: string) => Object.fromEntries(l.get(id)?.forms ?? []);
  // Entities as documents give them: a name and its other written forms.
  const doc = (name: string, ...written: string[]) => ({ name, type: 'person' as const, aliases: [], forms: written });
  const a = doc('Ana Silva', 'Silva');
  const b = doc('Silva');
  const c = doc('Ana Silva');
  const id = l.link(a);
  assert.equal(l.link(b), id);
  assert.equal(l.link(c), id);
  assert.deepEqual(forms(id), { 'Ana Silva': 2, Silva: 2 });
  l.unlink(id, b);
  l.unlink(id, a);
  assert.deepEqual(forms(id), { 'Ana Silva': 1 });
  // "Silva" left the entity: linked again, it is counted from one, and still finds the entity by its full name.
  assert.equal(l.link(b), id);
  assert.deepEqual(forms(id), { 'Ana Silva': 1, Silva: 1 });
  l.unlink(id, c);
  l.unlink(id, b);
  assert.equal(l.size, 0, 'the entity went with its last form');
  // The same writings make a new entity of their own.
  const again = l.link(b);
  assert.notEqual(again, id);
  assert.deepEqual(forms(again), { Silva: 1 });
  // A writing of another entity's form ("Silva's") counts under that entity.
  assert.equal(l.link(doc("Silva's")), again);
  assert.deepEqual(forms(again), { Silva: 2 });
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

test('a lone word found first is linked when the fuller name comes later', () => {
  const l = new EntityLinker();
  const lone = l.link(e('Herons', 'org'));
  assert.equal(l.link(e('Port Alder Herons', 'org')), lone);
  assert.equal(l.get(lone)?.name, 'Port Alder Herons');
  const province = l.link(e('Kestrava', 'place'));
  assert.equal(l.link(e('Kestrava Province', 'place')), province);
  assert.notEqual(l.link(e('Kestrava Tigers', 'person')), province, 'a lone word is no surname of a person');
});

test('a name cut at a middle initial is the person of that first name, not a surname "M"', () => {
  const l = new EntityLinker();
  const cut = l.link(e('Dolores M'));
  const full = l.link(e('Dolores M. Haverty'));
  assert.notEqual(l.get(full)?.name, 'Dolores M');
  const other = new EntityLinker();
  const known = other.link(e('Dolores Haverty'));
  assert.equal(other.link(e('Dolores M')), known);
  assert.ok(cut);
});

test('familiar first names do not split a person; different first names still do', () => {
  const l = new EntityLinker();
  const kathryn = l.link(e('Kathryn Albee'));
  const john = l.link(e('John Albee'));
  assert.notEqual(kathryn, john);
  assert.equal(l.link(e('Katie Albee')), kathryn);
  assert.equal(l.link(e('Bob Trask')), l.link(e('Robert Trask')));
});

test('a title or headline word after a full name, a country or generic last word, a three-word name typed as a person', () => {
  const l = new EntityLinker();
  const gupta = l.link(e('Anil Varma'));
  assert.equal(l.link(e('Anil Varma Surgeon General')), gupta);
  const carrier = l.link(e('Zephyr Mobile', 'org'));
  assert.equal(l.link(e('Zephyr Mobile USA', 'org')), carrier);
  const police = l.link(e('Ridgeford Police Department', 'org'));
  assert.equal(l.link(e('Ridgeford Police', 'org')), police);
  assert.notEqual(l.link(e('Ridgeford', 'place')), police);
  const maker = l.link(e('Lantern In Harbor', 'person'));
  assert.equal(l.link(e('LIH', 'org')), maker);
});

test('StoryEntityIds: one id across the documents of a story, whatever their order; different ids across stories', () => {
  const analysis = (names: string[]): Pick<Analysis, 'entities'> => ({
    entities: names.map((n) => ({ id: n, name: n, type: 'person' as EntityType, aliases: [], roles: [], mentions: [{ start: 0, end: 1, kind: 'name' as const, text: n }] })),
  });
  const ids = new StoryEntityIds();
  const got: Record<string, string[]> = {};
  ids.add('story-a', '', analysis(['Ross']), (x) => (got.a1 = x.ids));
  ids.add('story-a', '', analysis(['Gary Ross', 'Jennifer Lawrence']), (x) => (got.a2 = x.ids));
  ids.add('story-a', '', analysis(['Maria Ross', 'Ross']), (x) => (got.a3 = x.ids));
  ids.add('story-b', '', analysis(['Gary Ross']), (x) => (got.b1 = x.ids));
  assert.equal(ids.pending, 2);
  ids.settle();
  assert.equal(ids.pending, 0);
  assert.equal(got.a1[0], got.a2[0], 'a lone surname in the first document links to the full name in the second');
  assert.notEqual(got.a2[1], got.a2[0]);
  assert.notEqual(got.a3[0], got.a2[0], 'another first name is another person');
  assert.notEqual(got.b1[0], got.a2[0]);
});

test('StoryEntityIds: a name the story recognises twice is found where an article missed it, with its entity id', () => {
  const withNames = (text: string, names: [string, EntityType][]): Pick<Analysis, 'entities'> => ({
    entities: names.map(([n, type]) => ({
      id: n,
      name: n,
      type,
      aliases: [],
      roles: [],
      mentions: [...text.matchAll(new RegExp(`\\b${n}\\b`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + n.length, kind: 'name' as const, text: n })),
    })),
  });
  const a = 'Odile Varga won the race. Varga thanked her coach.';
  const b = 'Varga said the course was hard. Odile Varga will race again.';
  const c = 'Varga crossed the line first; the crowd cheered. Halden Rowing Club hosted the race.';
  const story = new StoryEntityIds();
  const results: StoryDocument[] = [];
  story.add('s', a, withNames(a, [['Odile Varga', 'person'], ['Varga', 'person']]), (r) => (results[0] = r));
  story.add('s', b, withNames(b, [['Odile Varga', 'person']]), (r) => (results[1] = r));
  // The third article's recogniser found no name at all; the club is named in no other article.
  story.add('s', c, withNames(c, []), (r) => (results[2] = r));
  story.settle();
  const varga = results[0].ids[0];
  assert.deepEqual(
    results[2].found.map((f) => [c.slice(f.start, f.end), f.id, f.type]),
    [['Varga', varga, 'person']],
  );
  assert.deepEqual(results[1].found.map((f) => [b.slice(f.start, f.end), f.id]), [['Varga', varga]], 'the lone surname at the start of the second article');
  assert.deepEqual(results[0].found, [], 'nothing the article named already');
});

test('each linker keeps its own worked-out name forms: a new linker starts with none', () => {
  const first = new EntityLinker();
  first.link(e('Marta Okonkwo'));
  first.link(e('Okonkwo'));
  first.link(e('Delta Freight Lines', 'org'));
  assert.ok(first.knownForms >= 3);
  const second = new EntityLinker();
  assert.equal(second.knownForms, 0);
  second.link(e('Okonkwo'));
  assert.equal(second.knownForms, 1);
});

test('unlink takes back the first names a person brought: a lone surname left behind is free for another first name', () => {
  const l = new EntityLinker();
  const surname = l.link(e('Okafor'));
  const ruth = e('Ruth Okafor');
  assert.equal(l.link(ruth), surname);
  assert.notEqual(l.link(e('Daniel Okafor')), surname, 'another first name is another person while Ruth Okafor is there');
  const fresh = new EntityLinker();
  const alone = fresh.link(e('Okafor'));
  assert.equal(fresh.link(e('Daniel Okafor')), alone);
  const again = new EntityLinker();
  const lone = again.link(e('Okafor'));
  again.link(ruth);
  again.unlink(lone, ruth);
  assert.equal(again.link(e('Daniel Okafor')), lone, 'as if Ruth Okafor had never been linked');
});
