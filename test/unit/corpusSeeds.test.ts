// The five seed articles through the real analyzer: every cross-source group a careful reader finds, and 003's denial.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CrossSourceIndex, type ClaimGroup, type QuoteGroup } from '../../src/core/corpus';

const SEEDS = path.resolve('seeds');
const index = new CrossSourceIndex();
for (const file of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
  index.update(file.slice(0, 3), fs.readFileSync(path.join(SEEDS, file), 'utf8'));
}
const claims = index.claims();
const quotes = index.quotes();

/** Documents of a group whose member wording matches `marker`. */
function docsSaying(group: ClaimGroup | QuoteGroup, marker: RegExp): Set<string> {
  return new Set(group.members.filter((m) => marker.test(m.text)).map((m) => m.docId));
}

/** Is there a claim or quote group in which every expected document says the marked thing? */
function found(marker: RegExp, docs: string[]): boolean {
  return [...claims, ...quotes].some((g) => {
    const saying = docsSaying(g, marker);
    return docs.every((d) => saying.has(d));
  });
}

// The cross_source groups of the seeds' expectations: the documents, and a word each of them uses for the claim.
const EXPECTED: [string, RegExp, string[]][] = [
  ['Putin congratulated Trump on his election win', /congratulat/i, ['000', '001', '002', '004']],
  ["Trump's first term brought unprecedented sanctions on Russia", /sanctions/, ['000', '001', '002']],
  ['Trump said he could end the war in Ukraine in 24 hours', /24 hours/, ['001', '002', '004']],
  ["Putin praised Trump's courage during the assassination attempt", /courage|composure|assassination/, ['001', '004']],
  ['Putin spoke at the Valdai forum in Sochi', /Sochi/, ['000', '001', '002', '004']],
  ["Russia's peace terms (Ukraine renounces NATO, withdraws from claimed regions)", /NATO/, ['002', '004']],
  // 003 says it of the U.S. in other words ("the adversarial nature of U.S. involvement") as well as in a quote.
  ['The Kremlin calls the U.S. an unfriendly country', /unfriendly|adversarial/, ['000', '003']],
];

for (const [claim, marker, docs] of EXPECTED) {
  test(`seeds: "${claim}" is found across ${docs.join(', ')}`, () => {
    assert.ok(found(marker, docs), `no group where ${docs.join(', ')} all say ${marker}`);
  });
}

test('seeds: 003 contradicts the congratulation claim, the other four support it', () => {
  const congratulation = claims.filter((c) => docsSaying(c, /congratulat/i).size >= 4);
  assert.ok(congratulation.length, 'a congratulation claim');
  const c = congratulation.find((g) => g.contradicting.includes('003'));
  assert.ok(c, `003 contradicts: ${JSON.stringify(congratulation.map((g) => [g.supporting, g.contradicting]))}`);
  assert.deepEqual(c.contradicting, ['003']);
  for (const d of ['000', '001', '002', '004']) assert.ok(c.supporting.includes(d), `${d} supports`);
  const denial = c.members.find((m) => m.docId === '003' && m.polarity === 'negative');
  assert.ok(denial && /opted not to extend congratulations/.test(denial.text));
});

test('seeds: "deserves attention at least" and "worthy of attention" are one quote, with 001’s paraphrase beside it', () => {
  const q = quotes.find((g) => g.members.some((m) => /deserves attention at least/.test(m.text)) && g.members.some((m) => /worthy of attention/.test(m.text)));
  assert.ok(q, JSON.stringify(quotes.map((g) => g.text)));
  assert.ok(q.documents.includes('000') && q.documents.includes('004'));
  const worthy = q.members.find((m) => /worthy of attention/.test(m.text))!;
  assert.notEqual(worthy.relation, 'verbatim');
  assert.ok(q.documents.includes('001') || claims.some((c) => docsSaying(c, /attention|restore relations/).has('001') && docsSaying(c, /attention/).has('000')), '001 is linked to the statement');
});

test('seeds: Putin is one entity across all five articles', () => {
  const putin = index.lookupEntity('Vladimir Putin');
  assert.ok(putin);
  assert.equal(index.lookupEntity('Putin')?.id, putin.id);
  assert.equal(putin.documents.length, 5);
  assert.notEqual(index.lookupEntity('Donald Trump')?.id, putin.id);
});

test('seeds: no two listed claims share their label and their articles', () => {
  for (const listing of [claims, index.claims(2, '000')]) {
    const seen = new Set<string>();
    for (const c of listing) {
      const key = `${c.label}|${[...c.supporting, ...c.contradicting].sort().join(',')}`;
      assert.ok(!seen.has(key), `listed twice: ${key}`);
      seen.add(key);
    }
  }
});

test('seeds: no listed claim is made of sentences all in another listed claim', () => {
  for (const listing of [claims, index.claims(2, '000')]) {
    const sentences = listing.map((c) => new Set(c.members.map((m) => `${m.docId}:${m.start}`)));
    sentences.forEach((mine, i) => {
      sentences.forEach((theirs, j) => {
        if (i !== j) assert.ok(![...mine].every((s) => theirs.has(s)), `"${listing[i].label}" repeats "${listing[j].label}"`);
      });
    });
  }
});

test('seeds: a claim is labelled by a sentence of prose that states it, not by a list item', () => {
  const congratulation = claims.find((c) => c.contradicting.includes('003'));
  assert.match(congratulation?.label ?? '', /congratulated/);
  // 000 lists its points as "- Label: …" lines; a claim they share with prose elsewhere reads as the prose.
  const listed = claims.filter((c) => c.members.some((m) => m.docId === '000' && /^[A-Z][\w’ ]+: /.test(m.text)));
  assert.ok(listed.length > 0);
  for (const c of listed) {
    assert.ok(!c.label.startsWith('-'), c.label);
    if (c.members.some((m) => !/^[A-Z][\w’ ]+: /.test(m.text))) assert.doesNotMatch(c.label, /^[A-Z][\w’ ]+: /);
  }
});
