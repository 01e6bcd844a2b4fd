// The news language's TextMate grammar over a fixture article: headings, bylines, datelines, credits and quoted speech.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.resolve(__dirname, '../../..');
const grammarPath = path.join(root, 'syntaxes/news.tmLanguage.json');
const fixture = fs.readFileSync(path.join(root, 'test/fixtures/grammar/article.news'), 'utf8').split('\n');

interface Token {
  text: string;
  scopes: string[];
}

async function tokenizeFixture(): Promise<Token[][]> {
  const wasm = fs.readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scopeName) => (scopeName === 'text.news' ? textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null),
  });
  const grammar = await registry.loadGrammar('text.news');
  assert.ok(grammar, 'the grammar loads');
  let state = textmate.INITIAL;
  return fixture.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

const tokensPromise = tokenizeFixture();

/** Scopes of the token holding `words` on the fixture line that starts with `lineStart`. */
async function scopesOf(lineStart: string, words: string): Promise<string[]> {
  const lines = await tokensPromise;
  const index = fixture.findIndex((l) => l.startsWith(lineStart));
  assert.ok(index >= 0, `fixture line starting with ${lineStart}`);
  const line = fixture[index];
  const at = line.indexOf(words);
  assert.ok(at >= 0, `"${words}" on line ${index + 1}`);
  let offset = 0;
  for (const token of lines[index]) {
    if (at >= offset && at < offset + token.text.length) return token.scopes;
    offset += token.text.length;
  }
  assert.fail(`no token at "${words}"`);
}

const has = (scopes: string[], scope: string) => scopes.some((s) => s.split(' ').includes(scope));

test('a short title line is a heading; a sentence is not', async () => {
  assert.ok(has(await scopesOf('Harbour Council', 'Ferry'), 'markup.heading.news'));
  assert.ok(!has(await scopesOf('Residents will vote', 'vote'), 'markup.heading.news'));
  assert.ok(has(await scopesOf('## Background', 'Background'), 'entity.name.section.news'));
});

test('bylines and credits name their authors', async () => {
  assert.ok(has(await scopesOf('By Ana', 'Ana Ribeiro'), 'entity.name.author.news'));
  assert.ok(has(await scopesOf('By Ana', 'By'), 'keyword.other.byline.news'));
  assert.ok(has(await scopesOf('(Reporting by', 'Ana Ribeiro'), 'entity.name.author.news'));
});

test('datelines: place, date, agency', async () => {
  assert.ok(has(await scopesOf('PORTO ALEGRE', 'PORTO ALEGRE'), 'entity.name.place.dateline.news'));
  assert.ok(has(await scopesOf('PORTO ALEGRE', 'March 3'), 'constant.other.date.dateline.news'));
  assert.ok(has(await scopesOf('PORTO ALEGRE', 'Agência Sul'), 'entity.name.agency.news'));
  assert.ok(has(await scopesOf('LISBON', 'LISBON'), 'entity.name.place.dateline.news'));
  assert.ok(!has(await scopesOf('PORTO ALEGRE', 'harbour council'), 'meta.dateline.news'), 'the dateline ends at the dash');
});

test('quoted speech is a string; the attribution outside it is not', async () => {
  assert.ok(has(await scopesOf('“We have waited', 'waited'), 'string.quoted.double.speech.news'));
  assert.ok(!has(await scopesOf('“We have waited', 'council chair'), 'string.quoted.double.speech.news'));
  assert.ok(has(await scopesOf('“We have waited', 'pier'), 'string.quoted.double.speech.news'));
  // An apostrophe inside the quote does not end anything.
  assert.ok(has(await scopesOf('“We have waited', 'take more'), 'string.quoted.double.speech.news'));
  assert.ok(has(await scopesOf('The mayor', 'ambitious'), 'string.quoted.double.speech.news'));
  assert.ok(!has(await scopesOf('The mayor', 'mayor'), 'string.quoted.double.speech.news'), 'an apostrophe is not a quote');
});

test('a quote inside a quote, and a quote left open at the end of a paragraph', async () => {
  assert.ok(has(await scopesOf('“The captain', 'never again'), 'string.quoted.single.speech.news'));
  assert.ok(!has(await scopesOf('“The captain', 'after the storm'), 'string.quoted.single.speech.news'));
  assert.ok(has(await scopesOf('“This quote runs', 'closing mark'), 'string.quoted.double.speech.news'));
  assert.ok(!has(await scopesOf('Residents will vote', 'Residents'), 'string.quoted.double.speech.news'), 'an open quote stops at the end of its line');
});

test('bullet lines are list items, and quotes inside them are still quotes', async () => {
  assert.ok(has(await scopesOf('- Next steps', '-'), 'punctuation.definition.list.begin.news'));
  assert.ok(has(await scopesOf('- Next steps', 'council'), 'markup.list.unnumbered.news'));
  assert.ok(has(await scopesOf('- Next steps', 'formality'), 'string.quoted.double.speech.news'));
  assert.ok(!has(await scopesOf('Residents will vote', 'vote'), 'markup.list.unnumbered.news'));
});
