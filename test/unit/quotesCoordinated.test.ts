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

describe('a cue in a list of the subject’s verbs', () => {
  it('takes the subject back across the earlier verbs of the list', () => {
    const cases: [string, string, string, string][] = [
      ['Ms. Ruiz later toured the harbour, called the new pier “a disgrace” and left for Salem.', 'called', 'Ms. Ruiz', 'the new pier “a disgrace”'],
      ['Mayor Lee paused, then revealed why the ferry had been late.', 'revealed', 'Mayor Lee', 'why the ferry had been late'],
    ];
    for (const [text, word, who, what] of cases) {
      const q = byCue(text, word);
      assert.equal(speaker(text, q), who, text);
      assert.equal(content(text, q), what, text);
    }
  });

  it('takes the subject before a relative clause set off by commas', () => {
    const text = 'The harbour master, who has run the port for years, inspected the pier, warned that it would not hold and closed it.';
    const q = byCue(text, 'warned');
    assert.equal(speaker(text, q), 'The harbour master');
    assert.match(content(text, q), /^that it would not hold/);
  });

  it('reports only a clause or a quote after such a verb', () => {
    const texts = [
      'Mayor Lee spoke briefly, quoted the town charter and visited the harbour.',
      'The film is a harbour drama, written and directed by Ana Ruiz.',
    ];
    for (const text of texts) assert.deepEqual(read(text).map((q) => cue(text, q)), [], text);
  });

  it('needs the list to go on with "and" and a verb, or the verb to follow "then"', () => {
    const text = 'Mayor Lee praised the ferry plan, described in a report as “bold.”';
    assert.notEqual(speaker(text, byCue(text, 'described')), 'Mayor Lee');
  });

  it('stops at a clause that opens on the way back', () => {
    const text = 'Voters said that the mayor inspected the pier, warned that it would not hold and closed it.';
    assert.notEqual(speaker(text, byCue(text, 'warned')), 'Voters');
  });
});
