// Entities found in a text do not depend on the texts read before it (token columns, filters and words are reused).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/core/entities';
import { tokenize, Tokens } from '../../src/core/entities/tokenizer';

const short = 'Mayor Helen Okafor of Port Ellery said the Harbour Trust would meet on Monday. Okafor said the vote was close.';
const capitals = 'THE HARBOUR TRUST MEETS\nHelen Okafor, the mayor, spoke in Port Ellery. The Trust said it would reply.';
const other = 'Dr. Samuel Brandt of the Northfield Institute told reporters in Lisbon that Brandt’s team would publish in June.';

test('a text read again after other texts, short and long, gives the same entities as when read first', () => {
  const first = [short, capitals, other].map((t) => findEntities(t));
  // A long text makes the token columns and the word filter grow, and a text after it shrinks them again.
  const long = Array.from({ length: 2500 }, (_, k) => `${other} Councillor Ana Reyes${k % 7} spoke in Quillmouth.`).join('\n');
  assert.ok(findEntities(long).length > 0);
  for (const [k, t] of [short, capitals, other].entries()) assert.deepEqual(findEntities(t), first[k], t);
  for (const [k, t] of [other, capitals, short].entries()) assert.deepEqual(findEntities(t), first[2 - k], t);
});

test('the same word written in other cases in earlier texts leaves a text’s names as they were', () => {
  const alone = findEntities(short);
  findEntities('HELEN OKAFOR SAID THE HARBOUR TRUST WOULD MEET.\nhelen okafor and the harbour trust met. Port ellery port.');
  assert.deepEqual(findEntities(short), alone);
  assert.ok(alone.some((e) => e.name === 'Helen Okafor' && e.type === 'person'));
});

test('reused token columns let go of the last text’s words once it is read', () => {
  const columns = new Tokens(16);
  const tokens = tokenize(`${other} Extraordinarily-long-hyphenated-words stay out of memory.`, undefined, undefined, columns);
  assert.equal(tokens, columns);
  const count = tokens.length;
  assert.ok(count > 10 && tokens.text(0) === 'Dr.', tokens.text(0));
  columns.release();
  assert.equal(columns.length, 0);
  for (let i = 0; i < count; i++) assert.equal(columns.text(i), '', `token ${i} still holds a word`);
});
