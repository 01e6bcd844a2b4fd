// Whose turn it is: times never speak, purpose infinitives, and which quote sentences inherit the last speaker (invented text).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core';
import { findQuotes } from '../../src/core/quotes';
import type { Quote } from '../../src/core/types';

const read = (text: string): Quote[] => findQuotes(text, []).quotes;
const slice = (text: string, span: { start: number; end: number } | null | undefined): string => (span ? text.slice(span.start, span.end) : '');
const speaker = (text: string, q: Quote | undefined): string => slice(text, q?.speaker?.mention);
const byContent = (text: string, words: string, quotes: Quote[] = read(text)): Quote | undefined => quotes.find((q) => slice(text, q).includes(words));

const TIME = /^(?:(?:on|in|at|late|early|last|this|next)\s+)*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|june|july|september|october|november|december|today|tonight|yesterday)\b/i;

describe('times never speak', () => {
  const council = ['“The budget is ready,” said Mayor Jane Doe.', 'The council met on Monday to discuss roads and schools.', '“We will fight on.”', 'Officials said the plan may fail.'].join('\n');

  it('gives no quote of the council’s meeting a weekday for its speaker, through analyze() with entities', () => {
    const { quotes } = analyze(council);
    assert.ok(quotes.length >= 3);
    for (const q of quotes) assert.doesNotMatch(speaker(council, q), TIME, slice(council, q));
    assert.equal(speaker(council, byContent(council, 'The budget is ready', quotes)), 'Mayor Jane Doe');
    assert.equal(speaker(council, byContent(council, 'the plan may fail', quotes)), 'Officials');
  });

  it('reads no report in a purpose infinitive after a time or a preposition (“met on Monday to discuss”)', () => {
    assert.equal(byContent(council, 'roads and schools'), undefined);
    const met = 'The growers met with Senator Lopez on Friday to discuss water rights.';
    assert.equal(byContent(met, 'water rights'), undefined);
  });

  it('skips a month or a weekday between the subject and its cue', () => {
    const text = 'Federal prosecutors in April charged two bakers with fraud.';
    assert.equal(speaker(text, byContent(text, 'two bakers')), 'Federal prosecutors');
    const late = 'The union late Friday announced that the strike was over.';
    assert.equal(speaker(late, byContent(late, 'the strike was over')), 'The union');
  });

  it('skips a time between a parenthesis after the name and the cue', () => {
    const text = 'Ana Ruiz (D-Ore.) last week said the plan would fail.';
    assert.equal(speaker(text, byContent(text, 'the plan would fail')), 'Ana Ruiz');
    const monday = 'Senator Ana Ruiz (D-Ohio) Monday said the plan would fail.';
    assert.equal(speaker(monday, byContent(monday, 'the plan would fail')), 'Senator Ana Ruiz');
  });

  it('reads a fraction of a group as a plural subject (“nearly a third say”)', () => {
    const text = 'Nearly a third say they do not know.';
    assert.equal(speaker(text, byContent(text, 'they do not know')), 'Nearly a third');
  });

  it('leaves a trailing “on Tuesday” out of the speaker', () => {
    const text = 'The harbour board on Tuesday said that the pier would close.';
    assert.equal(speaker(text, byContent(text, 'the pier would close')), 'The harbour board');
  });

  it('gives a participle after a time the subject of the verb whose object it modifies', () => {
    const text = 'Mayor Ortiz posted a series of messages early Friday saying that the ferry “will run all winter.”';
    assert.equal(speaker(text, byContent(text, 'will run all winter')), 'Mayor Ortiz');
  });

  it('still reads the subject of an infinitive brought by “for” or a cue’s particle', () => {
    const text = 'It will be hard for Lopez to criticize the plan during the debate.';
    assert.equal(speaker(text, byContent(text, 'the plan')), 'Lopez');
    const called = 'The family called on Lopez to release the report “without delay.”';
    const calledOn = read(called).find((q) => slice(called, q.cue) === 'called on');
    assert.equal(speaker(called, calledOn), 'The family');
  });
});

describe('a quote sentence with no cue', () => {
  it('inherits the speaker of the sentence right before it', () => {
    const text = '“The budget is ready,” said Mayor Jane Doe.\n“We will fight on.”';
    assert.equal(speaker(text, byContent(text, 'We will fight on')), 'Mayor Jane Doe');
  });

  it('inherits the speaker across a paragraph break, and along a run of quote paragraphs', () => {
    const text = '“The budget is ready,” said Mayor Jane Doe.\n\n“We will fight on.”\n\n“We have done it before.”';
    assert.equal(speaker(text, byContent(text, 'We will fight on')), 'Mayor Jane Doe');
    assert.equal(speaker(text, byContent(text, 'We have done it before')), 'Mayor Jane Doe');
  });

  it('goes on with the attributed quote of the paragraph before, as one quote of several parts', () => {
    const text = '“The river is rising fast,” Mira Holt said.\n\n“We will need more sandbags before the night is over.”\n\nVolunteers filled bags until dawn.';
    const quotes = read(text);
    assert.equal(quotes.length, 1);
    assert.equal(slice(text, quotes[0]), text.slice(0, text.indexOf('\n\nVolunteers')));
    assert.deepEqual(quotes[0].parts.map((p) => slice(text, p)), ['“The river is rising fast,”', '“We will need more sandbags before the night is over.”']);
    assert.equal(speaker(text, quotes[0]), 'Mira Holt');
  });

  it('takes the second half of a split quote after an inverted speaker and its apposition', () => {
    const text = '“The plan seemed fair to me,” said Ana Ruiz, 20, of Salem, Ore. “She knows the town.”';
    const quotes = read(text);
    assert.equal(quotes.length, 1);
    assert.deepEqual(quotes[0].parts.map((p) => slice(text, p)), ['“The plan seemed fair to me,”', '“She knows the town.”']);
  });

  it('goes on with quoted words in the next sentence of narration, but not with a short term', () => {
    const text = '“We were not happy at first,” said Tom Lee of the farm council. Now, “within the council there is a group saying this is fine.”';
    const quotes = read(text);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].parts.length, 2);
    assert.equal(speaker(text, quotes[0]), 'Tom Lee');
    const term = '“We were not happy at first,” said Tom Lee. Later, the “reform” passed.';
    assert.deepEqual(read(term).map((q) => q.parts.length), [1]);
    assert.equal(findQuotes(term, []).scareQuotes.length, 1);
  });

  it('inherits nothing across a sentence of narration with no speaker', () => {
    const text = '“The budget is ready,” said Mayor Jane Doe.\nThe hall was half empty by then, and the lights flickered twice.\n“We will fight on.”';
    const q = byContent(text, 'We will fight on');
    assert.equal(q?.kind, 'direct');
    assert.equal(q?.speaker, null);
  });

  it('takes the main clause’s speaker, not one inside its reported content', () => {
    const text = 'Doe said that for years some critics had predicted the closure.\n“They were wrong about that.”';
    assert.equal(speaker(text, byContent(text, 'They were wrong')), 'Doe');
  });

  it('goes on with the main speaker’s quote, not with a partial quote of a relative “who” after it', () => {
    const text = '“Sales are up a little,” said Mr. Ortega, who noted that prices had “cratered” in the slump. “Things are moving in the right direction.”';
    const quotes = read(text);
    const main = byContent(text, 'Sales are up', quotes);
    assert.deepEqual(main?.parts.map((p) => slice(text, p)), ['“Sales are up a little,”', '“Things are moving in the right direction.”']);
    assert.equal(speaker(text, main), 'Mr. Ortega');
    // The relative clause's own report lies between the parts, in narration: it stays a quote of its own.
    assert.equal(slice(text, quotes.find((q) => slice(text, q.cue) === 'noted')), 'that prices had “cratered” in the slump');
  });

  it('takes the person a sentence of narration right before it opens with', () => {
    const text = 'Ana Ruiz walked to the podium. “Thank you all for coming.”';
    assert.equal(speaker(text, byContent(text, 'Thank you')), 'Ana Ruiz');
    const thing = 'The old ferry leaves at noon. “Thank you all for coming.”';
    assert.equal(byContent(thing, 'Thank you')?.speaker ?? null, null);
  });

  it('takes the speaker and cue of a sentence that ends “issued the following statement:”', () => {
    const text = 'The former mayor issued the following statement:\n\n“We offer our condolences to the family and friends of the captain.”';
    const q = byContent(text, 'We offer our condolences');
    assert.equal(speaker(text, q), 'The former mayor');
    assert.equal(slice(text, q?.cue), 'issued');
  });

  it('inherits no relative “who” as its speaker', () => {
    const text = 'The chair thanked Ms. Grant, who said she would stay on.\n“It is an honour to serve.”';
    assert.notEqual(speaker(text, byContent(text, 'It is an honour')), 'who');
  });
});

describe('the speaker of a participle cue after the main clause', () => {
  it('is the main clause’s subject, not a name whose possessive makes a noun of a cue form (“Ruiz’s comments”)', () => {
    const text = 'Lee’s campaign shrugged off Ruiz’s comments, telling reporters, “Nobody here is worried.”';
    const q = read(text).find((x) => x.kind === 'direct');
    assert.equal(speaker(text, q), 'Lee’s campaign');
  });

  it('is the subject that opens the sentence when the nearest one is inside a relative or “that” clause', () => {
    const relative = 'Bush, the former governor, also attacked Ruiz, with whom he clashed at the debate, calling him a “loser.”';
    assert.equal(speaker(relative, byContent(relative, 'loser')), 'Bush');
    const that = 'Christie, the sitting governor, repeated claims that Lee recites the same talking points, calling him a “talented guy.”';
    assert.equal(speaker(that, byContent(that, 'talented guy')), 'Christie');
    const when = 'When Lee spoke, the mayor praised the plan that Ruiz wrote, calling it “a gift.”';
    assert.notEqual(speaker(when, byContent(when, 'a gift')), 'When Lee');
  });

  it('is the sender of a statement or an email sent out before it (“put out a statement saying”)', () => {
    const office = 'His office put out a statement saying the town “does not have the money.”';
    assert.equal(speaker(office, byContent(office, 'does not have')), 'His office');
    const email = 'Ruiz sent an email saying she would “stay in the race.”';
    assert.equal(speaker(email, byContent(email, 'stay in the race')), 'Ruiz');
  });
});

describe('two readings of the very same words', () => {
  it('are one quote, with the speaker one of them found', () => {
    const text = 'Lee was asked, “Would you have told her it is not a good idea?” He answered, “I have no idea.”';
    const quotes = read(text);
    const spans = quotes.map((q) => `${q.start}:${q.end}`);
    assert.equal(new Set(spans).size, spans.length, spans.join(' '));
    assert.ok(quotes.every((q) => q.speaker !== null));
  });
});
