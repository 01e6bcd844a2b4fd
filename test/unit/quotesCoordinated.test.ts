// Reports whose cue is an infinitive after a verb or adjective of intent or ability, or a verb coordinated with
// earlier verbs of the same subject (invented sentences).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotes } from '../../src/core/quotes';
import type { Quote } from '../../src/core/types';

const read = (text: string): Quote[] => findQuotes(text, []).quotes;
const content = (text: string, q: Quote | undefined): string => (q ? text.slice(q.start, q.end) : '');
const speaker = (text: string, q: Quote | undefined): string => (q?.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : '');
const cue = (text: string, q: Quote | undefined): string => (q?.cue ? text.slice(q.cue.start, q.cue.end) : '');
const byCue = (text: string, word: string): Quote | undefined => read(text).find((q) => cue(text, q).split(' ')[0] === word);

describe('an infinitive cue after a verb or adjective of intent or ability', () => {
  it('takes the subject of the verb or adjective before "to"', () => {
    const cases: [string, string, string, string][] = [
      ['Rural voters are slightly more likely to say that the mill should reopen.', 'say', 'Rural voters', 'that the mill should reopen'],
      ['The harbour board was very quick to insist that the pier is safe.', 'insist', 'The harbour board', 'that the pier is safe'],
      ['The Ortegas have mostly chosen not to respond to the charges.', 'respond', 'The Ortegas', 'the charges'],
      ['Mayor Lee struggled to explain why the ferry was late.', 'explain', 'Mayor Lee', 'why the ferry was late'],
      ['The union, which has lost members all year, seems unlikely to demand that the yard close.', 'demand', 'The union', 'that the yard close'],
      ['The union is unlikely to try to explain why the yard closed.', 'explain', 'The union', 'why the yard closed'],
    ];
    for (const [text, word, who, what] of cases) {
      const q = byCue(text, word);
      assert.equal(speaker(text, q), who, text);
      assert.equal(content(text, q), what, text);
    }
  });

  it('takes no words before the subject as what was said, unless they are quoted', () => {
    const text = 'After all, Ms. Ruiz seems to be able to show up anywhere at all.';
    assert.equal(byCue(text, 'show'), undefined);
    const quoted = '“We will be back,” Ms. Ruiz went on to say.';
    assert.equal(content(quoted, byCue(quoted, 'say')), '“We will be back,”');
  });

  it('leaves a noun phrase with a degree word before its adjective alone', () => {
    const text = 'Those most willing to attack the mayor were her two colleagues on the council.';
    assert.equal(byCue(text, 'attack'), undefined);
  });
});
