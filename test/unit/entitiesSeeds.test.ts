// The sample articles: every surface form a careful reader links to a person, organisation or place resolves to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { findEntities } from '../../src/core/entities';
import type { Entity, EntityType } from '../../src/core/types';

const seedDir = path.resolve('seeds');
const seeds = fs
  .readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ file: f, text: fs.readFileSync(path.join(seedDir, f), 'utf8') }));
const analysed = seeds.map((s) => ({ ...s, entities: findEntities(s.text) }));

/** Canonical name, type, and the surface forms that must resolve to it (the seeds' specification). */
const EXPECTED: [string, EntityType, string[]][] = [
  ['Vladimir Putin', 'person', ['President Vladimir Putin', 'Russian President Vladimir Putin', 'Putin', 'Putin’s', 'the Russian leader']],
  ['Donald Trump', 'person', ['Donald Trump', 'Trump', 'Trump’s', 'President Trump', 'the president-elect']],
  ['Dmitry Peskov', 'person', ['Dmitry Peskov', 'Peskov', 'Kremlin spokesman Dmitry Peskov', 'Putin’s spokesman']],
  ['Dmitry Medvedev', 'person', ['Dmitry Medvedev']],
  ['Sergey Lavrov', 'person', ['Foreign Minister Sergey Lavrov']],
  ['Valentina Matviyenko', 'person', ['Valentina Matviyenko']],
  ['Kamala Harris', 'person', ['Kamala Harris']],
  ['JD Vance', 'person', ['JD Vance']],
  ['Volodymyr Zelenskyy', 'person', ['Volodymyr Zelenskyy']],
  ['Kremlin', 'org', ['Kremlin', 'the Kremlin']],
  ['NATO', 'org', ['NATO', 'NATO’s']],
  ['Valdai Club', 'org', ['Valdai Club', 'Valdai discussion club']],
  ['Ukraine', 'place', ['Ukraine', 'Ukrainian']],
  ['Sochi', 'place', ['Sochi']],
  ['Crimea', 'place', ['Crimea']],
];

/** Offsets of whole-word occurrences of `form` in `text`. */
function occurrences(text: string, form: string): number[] {
  const out: number[] = [];
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    if (!isWord(text[i - 1]) && !isWord(text[i + form.length])) out.push(i);
  }
  return out;
}

function resolvesTo(entities: Entity[], start: number, end: number): Entity[] {
  return entities.filter((e) => e.mentions.some((m) => m.start < end && start < m.end));
}

for (const [name, type, forms] of EXPECTED) {
  test(`seeds: ${forms.map((f) => `"${f}"`).join(', ')} resolve to ${name}`, () => {
    for (const form of forms) {
      let seen = 0;
      for (const { file, text, entities } of analysed) {
        for (const at of occurrences(text, form)) {
          seen++;
          // "the Russian leader" also covers "Russian", which is the demonym of Russia: the form must resolve
          // to the expected entity, and any other entity it touches must lie inside the form.
          const hits = resolvesTo(entities, at, at + form.length);
          const target = hits.find((e) => e.name === name && e.type === type);
          assert.ok(target, `${file}@${at}: "${form}" resolves to ${hits.map((e) => e.name).join(', ') || 'nothing'}, not ${name}`);
        }
      }
      assert.ok(seen > 0, `"${form}" occurs in the seeds`);
    }
  });
}

test('seeds: an entity id derives from type and canonical name, the same in every article', () => {
  const ids = new Map<string, string>();
  for (const { entities } of analysed) {
    for (const e of entities) {
      const key = `${e.type}:${e.name}`;
      if (ids.has(key)) assert.equal(ids.get(key), e.id);
      ids.set(key, e.id);
    }
  }
  assert.equal(ids.get('person:Vladimir Putin'), 'person:vladimir-putin');
});

test('seeds: demonyms link to their place without counting as place mentions', () => {
  const doc = analysed.find((d) => d.text.includes('Ukrainian'));
  assert.ok(doc);
  const ukraine = doc.entities.find((e) => e.name === 'Ukraine');
  assert.ok(ukraine);
  const demonyms = ukraine.mentions.filter((m) => m.kind === 'demonym');
  assert.ok(demonyms.length > 0);
  for (const m of demonyms) assert.equal(doc.text.slice(m.start, m.end), 'Ukrainian');
});

test('seeds: no capitalised heading word becomes a person', () => {
  for (const { file, entities } of analysed) {
    for (const e of entities.filter((x) => x.type === 'person')) {
      assert.ok(!['Statement', 'Outlook', 'Analysts', 'Speaker', 'Chairman'].includes(e.name), `${file}: ${e.name}`);
    }
  }
});
