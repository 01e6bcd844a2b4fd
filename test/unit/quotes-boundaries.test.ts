// Where one attribution's content ends and the next one's begins, in sentences that hold more than one report (invented sentences).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotes } from '../../src/core/quotes';
import type { Quote } from '../../src/core/types';

const read = (text: string): Quote[] => findQuotes(text, []).quotes;
const content = (text: string, q: Quote | undefined): string => (q ? text.slice(q.start, q.end) : '');
const speaker = (text: string, q: Quote | undefined): string => (q?.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : '');
const cue = (text: string, q: Quote | undefined): string => (q?.cue ? text.slice(q.cue.start, q.cue.end) : '');
const byCue = (text: string, word: string): Quote | undefined => read(text).find((q) => cue(text, q) === word);

describe('another speaker’s quote after a comma', () => {
  it('ends the reported clause before it and stands as a quote of its own', () => {
    const cases: [string, string, string, string, string][] = [
      ['When the mayor thanked the crowd and said it was good to be back, a man yelled “Go home!”', 'said', 'it was good to be back', 'yelled', 'a man'],
      ['Asked whether the dam had seemed unsafe, Lopez replied, “Well, maybe so. We never checked it.”', 'Asked', 'whether the dam had seemed unsafe', 'replied', 'Lopez'],
      ['She said the plans were sound and well costed, to which Ortega interjected: “That is just not true.”', 'said', 'the plans were sound and well costed', 'interjected', 'Ortega'],
      ['Asked about the claim that the ferry loses money, Ruiz said on Monday, “We break even every summer.”', 'Asked', 'about the claim that the ferry loses money', 'said', 'Ruiz'],
    ];
    for (const [text, outerCue, outer, innerCue, who] of cases) {
      assert.equal(content(text, byCue(text, outerCue)), outer, text);
      const inner = byCue(text, innerCue);
      assert.equal(inner?.kind, 'direct', text);
      assert.match(content(text, inner), /^“.*”$/, text);
      assert.equal(speaker(text, inner), who, text);
    }
  });

  it('goes on through a quote in lower case, which carries on the narrator’s sentence', () => {
    const text = 'So when the board said that it would sell the pier, Mr. Ortega said, “we were stunned.”';
    const q = byCue(text, 'said');
    assert.equal(content(text, q), 'that it would sell the pier, Mr. Ortega said, “we were stunned.”');
  });

  it('goes on through a title after the cue’s setting (“said in his book, “The Long Road.””)', () => {
    const text = 'The storm dampened plans to return home, Mr. Ortega said in his 2012 book, “The Long Road.”';
    assert.ok(read(text).every((q) => content(text, q) !== '“The Long Road.”'));
  });
});

describe('a dash typed as hyphens after quoted words', () => {
  it('ends the report there (“… a “bully” -- all without naming him”)', () => {
    const cases: [string, string][] = [
      ['The mayor said the plan is a “giveaway” -- all without naming the developer.', 'the plan is a “giveaway”'],
      ['The mayor said the pier was “still the pride of the town.”--Ana Ruiz', 'the pier was “still the pride of the town.”'],
      ['She said it “risks a higher deficit” - except that nobody asked.', 'it “risks a higher deficit”'],
    ];
    for (const [text, expected] of cases) assert.equal(content(text, byCue(text, 'said')), expected, text);
  });

  it('goes on past a pair of dashes set around an aside, or when another quote follows the dash', () => {
    const paired = 'He promised to offer “help” - a word he used twice - and money to the growers.';
    assert.equal(content(paired, byCue(paired, 'promised')), 'to offer “help” - a word he used twice - and money to the growers');
    const quoted = 'She said the council forgot its “first rule” -- “Never close the pier.”';
    assert.equal(content(quoted, byCue(quoted, 'said')), 'the council forgot its “first rule” -- “Never close the pier.”');
    const around = 'He said he was tired of the tone -- “an insult to voters” -- that the race has taken.';
    assert.equal(content(around, byCue(around, 'said')), 'he was tired of the tone -- “an insult to voters” -- that the race has taken');
  });

  it('leaves a hyphen inside a word alone', () => {
    const text = 'She said the plan was “half-baked” - no more.';
    assert.equal(content(text, byCue(text, 'said')), 'the plan was “half-baked”');
  });
});

describe('an abbreviation that closes a sentence', () => {
  it('ends the sentence before a pronoun or article that opens the next one (“… in the U.S. He says …”)', () => {
    const text = 'Ruiz said the mayor is hiding his lack of a plan for flooding in the U.S. He says towns need “real money, not speeches.”';
    assert.equal(content(text, byCue(text, 'said')), 'the mayor is hiding his lack of a plan for flooding in the U.S');
    const says = byCue(text, 'says');
    assert.equal(content(text, says), 'towns need “real money, not speeches.”');
    assert.equal(speaker(text, says), 'He');
    const evening = 'Lee said the polls close at 7 p.m. She says “it is too close to call.”';
    assert.equal(content(evening, byCue(evening, 'says')), '“it is too close to call.”');
  });

  it('keeps a title or a name after the abbreviation in the same sentence', () => {
    const text = 'Officials said the U.S. Senate would vote on the ferry bill.';
    assert.equal(content(text, byCue(text, 'said')), 'the U.S. Senate would vote on the ferry bill');
    const title = 'She said Dr. Ruiz had warned of the flood.';
    assert.equal(content(title, byCue(title, 'said')), 'Dr. Ruiz had warned of the flood');
  });
});

describe('a word that is also an abbreviation', () => {
  it('ends the sentence as a word (“said no.”, “fell ill.”) and not as an abbreviation (“No. 2”)', () => {
    const text = 'Asked if the ferry was late, the captain said no. But he said the crossing was rough.';
    assert.equal(content(text, read(text).find((q) => cue(text, q) === 'said' && speaker(text, q) === 'the captain')), 'no');
    const he = read(text).find((q) => speaker(text, q) === 'he');
    assert.equal(content(text, he), 'the crossing was rough');
    const ill = 'Lee said the pilot fell ill. The ferry turned back.';
    assert.equal(content(ill, byCue(ill, 'said')), 'the pilot fell ill');
    const number = 'Lee said pier No. 2 would close.';
    assert.equal(content(number, byCue(number, 'said')), 'pier No. 2 would close');
  });
});

describe('two initials joined by full stops', () => {
  it('do not end the sentence before the name, so the quote after the cue goes on with the speaker', () => {
    const text = '“This is a sad day,” said Rep. G.K. Lee, head of the caucus. “The pier is a ruin. No one fixed it.”';
    const quotes = read(text);
    assert.equal(quotes.length, 1);
    assert.equal(speaker(text, quotes[0]), 'Rep. G.K. Lee');
    assert.equal(quotes[0].parts.length, 2);
    const us = 'Ruiz said the U.S. “has no plan.” He left.';
    assert.equal(content(us, byCue(us, 'said')), 'the U.S. “has no plan.”');
  });
});

describe('a one-word answer', () => {
  it('ends at a conjunction', () => {
    const text = 'Asked if the ferry was late, 72 percent said yes while 20 percent disagreed.';
    assert.equal(content(text, byCue(text, 'said')), 'yes');
    const and = 'Lee said no and walked out of the hall.';
    assert.equal(content(and, byCue(and, 'said')), 'no');
  });
});

describe('a parenthesis after an inverted speaker', () => {
  it('is the narrator’s aside: the quote before the cue is the content', () => {
    const text = 'However fair the aim, the new toll “is a misguided approach,” said Mr. Ortega (a view shared by most riders).';
    const q = byCue(text, 'said');
    assert.equal(content(text, q), 'However fair the aim, the new toll “is a misguided approach,”');
    assert.equal(speaker(text, q), 'Mr. Ortega');
  });
});

describe('quoted bits a connector apart', () => {
  it('are one partial quote (“…,” and “…”)', () => {
    const text = 'As the mayor went on about “how the pier is sinking,” and “our own struggling ferries,” the crowd cheered her speech.';
    const quotes = read(text);
    assert.ok(quotes.some((q) => content(text, q) === '“how the pier is sinking,” and “our own struggling ferries,”'), quotes.map((q) => content(text, q)).join(' | '));
    assert.ok(quotes.every((q) => content(text, q) !== '“how the pier is sinking,”'));
  });

  it('stay apart when more words stand between them', () => {
    const text = 'As the mayor went on about “how the pier is sinking,” and then at length about “our own struggling ferries,” the crowd cheered her speech.';
    const quotes = read(text);
    assert.ok(quotes.some((q) => content(text, q) === '“how the pier is sinking,”'), quotes.map((q) => content(text, q)).join(' | '));
    assert.ok(quotes.some((q) => content(text, q) === '“our own struggling ferries,”'));
  });
});

describe('a naming verb later in the sentence', () => {
  it('names what follows it, not quoted words before it', () => {
    const text = 'He would pay for it through “tax reform,” which he described as a plan the town called the “fair share.”';
    assert.ok(read(text).every((q) => content(text, q) !== '“tax reform,”'));
  });
});

describe('quoted words right after a dash', () => {
  it('go on with the reported clause (“settle the matter — “so that all know …””)', () => {
    const text = 'The board said a court should settle the matter — “so that all riders know once and for all.”';
    assert.equal(content(text, byCue(text, 'said')), 'a court should settle the matter — “so that all riders know once and for all.”');
  });
});

describe('another speaker’s report after “, and”', () => {
  it('ends the reported clause before it and stands as a report of its own', () => {
    const cases: [string, string, string, string][] = [
      ['Six in 10 riders said the ferry is safe and clean, and three-quarters said the same of the bus.', 'the ferry is safe and clean', 'the same of the bus', 'three-quarters'],
      ['The board says it is on track to meet its targets, and Tom Lee, the harbour master, said the ferry was late.', 'it is on track to meet its targets', 'the ferry was late', 'Tom Lee, the harbour master'],
      ['Ruiz said the reforms were not complete, and rights groups warned that the town was giving up its leverage.', 'the reforms were not complete', 'that the town was giving up its leverage', 'rights groups'],
    ];
    for (const [text, first, second, who] of cases) {
      const quotes = read(text);
      assert.equal(content(text, quotes[0]), first, text);
      const other = quotes.find((q) => content(text, q) === second);
      assert.equal(speaker(text, other), who, text);
    }
  });

  it('leaves a second verb of the same subject and a name given inside the report', () => {
    const same = 'Ruiz named the pier five times, and specifically mentioned the harbour master.';
    assert.ok(read(same).every((q) => speaker(same, q) !== 'the harbour master'));
    const named = 'The paper said that Lee asked the board to sell the pier, and Ruiz later called the plan “very weak on detail.”';
    assert.equal(content(named, byCue(named, 'said')), 'that Lee asked the board to sell the pier, and Ruiz later called the plan “very weak on detail.”');
  });
});

describe('a quoted excerpt signed with a bracketed source', () => {
  it('is a direct quote (HEADLINE “…” [Salem Times.])', () => {
    const text = 'FERRY DELAYS “The harbour board has been grappling with so many delays that the mayor called them a disgrace.” [Salem Times.]';
    const q = read(text).find((x) => x.kind === 'direct');
    assert.equal(content(text, q), '“The harbour board has been grappling with so many delays that the mayor called them a disgrace.”');
  });

  it('needs the bracket to close the paragraph, and a passage of some length', () => {
    const short = 'He liked the “fresh air” [sic] of the town.';
    assert.ok(read(short).every((q) => q.kind !== 'direct'));
  });
});

describe('a wire dateline that opens a paragraph', () => {
  it('is no part of the first sentence’s report', () => {
    const cases: [string, string][] = [
      ['WASHINGTON (Reuters) - The Senate approved the bill on Monday, Majority Leader Tom Reyes said.', 'The Senate approved the bill on Monday'],
      ['KYIV, Ukraine (AP) — The ferry will run again in June, the mayor said.', 'The ferry will run again in June'],
      ['Intro line.\n\nST. LOUIS, Dec 1 -- Prices rose again in November, the bank said.', 'Prices rose again in November'],
      ['CAIRO, Nov. 30 (Wire) — Indirect talks stalled on Sunday, diplomats said.', 'Indirect talks stalled on Sunday'],
      ['ST. LOUIS, Mo., Dec. 1 (Reuters) — The plan failed, officials said.', 'The plan failed'],
    ];
    for (const [text, words] of cases) assert.equal(content(text, byCue(text, 'said')), words, text);
  });

  it('needs capitals and then a place, a date or an agency, and a dash', () => {
    const text = 'NATO officials - two of them - said the talks had stalled.';
    assert.equal(speaker(text, byCue(text, 'said')), 'NATO officials');
    assert.equal(content(text, byCue(text, 'said')), 'the talks had stalled');
  });
});

describe('a contrast after the reported clause', () => {
  it('goes on with the report when it carries the speaker’s quoted words', () => {
    const cases: [string, string][] = [
      ['Okafor said he had been offered money for the boat, but “the offers were all from people I did not trust.”', 'he had been offered money for the boat, but “the offers were all from people I did not trust.”'],
      ['Lindqvist says the harbour was once a quiet place, but is now “the busiest port on the whole coast.”', 'the harbour was once a quiet place, but is now “the busiest port on the whole coast.”'],
    ];
    for (const [text, expected] of cases) {
      const q = byCue(text, text.includes(' says ') ? 'says' : 'said');
      assert.equal(content(text, q), expected, text);
      assert.equal(q?.kind, 'partial', text);
    }
  });

  it('ends the report when the contrast has a cue of its own before the quote', () => {
    const text = 'Okafor said he had not read the plan, but called it “a fine place to start.”';
    assert.equal(content(text, byCue(text, 'said')), 'he had not read the plan');
    assert.equal(content(text, byCue(text, 'called')), 'it “a fine place to start.”');
  });
});

describe('a split quote around its speaker', () => {
  it('goes on after an apposition whose name holds a word that could be a cue', () => {
    const text = '“The risk,” said Ana Ruiz, an economist who runs the Harbour Forecast, “is that the jobs will go elsewhere.”';
    const q = byCue(text, 'said');
    assert.equal(q?.kind, 'direct');
    assert.equal(q?.parts.length, 2);
    assert.equal(content(text, q), text);
  });
});

describe('the end of a reported clause', () => {
  it('keeps a per cent sign and a bracket closed inside the clause, not one opened before it', () => {
    const cases: [string, string][] = [
      ['Economists said costs may rise by 15%.', 'costs may rise by 15%'],
      ['Costs may rise by 15%, economists said.', 'Costs may rise by 15%'],
      ['Economists said costs rose (sharply).', 'costs rose (sharply)'],
      ['He left early. (Lee said the talks had failed.)', 'the talks had failed'],
      ['Murdoch shares their views (with an exception, friends say: free-market fiscal policy).', 'free-market fiscal policy'],
    ];
    for (const [text, words] of cases) assert.equal(content(text, byCue(text, text.includes(' say:') ? 'say' : 'said')), words, text);
  });
});

describe('a pair of dashes inside a reported clause', () => {
  it('sets off an aside the clause goes on after, in lower case', () => {
    const text = 'Lee pledged to close the pier — the oldest in the county — before the winter storms.';
    assert.equal(content(text, byCue(text, 'pledged')), 'to close the pier — the oldest in the county — before the winter storms');
  });

  it('ends the clause at a single dash, or before a new clause that opens in capitals', () => {
    const single = 'Lee said the plan would fail — but the mayor disagreed.';
    assert.equal(content(single, byCue(single, 'said')), 'the plan would fail');
    const capital = 'Lee said the pier would close — a loss for the town — Ruiz disagreed.';
    assert.equal(content(capital, byCue(capital, 'said')), 'the pier would close');
  });
});

describe('“but that” after a comma', () => {
  it('goes on with a second “that” clause, and ends before “that” as a subject', () => {
    const second = 'Lee said the pier was safe, but that the ferry would stop running.';
    assert.equal(content(second, byCue(second, 'said')), 'the pier was safe, but that the ferry would stop running');
    const subject = 'Lee said the pier was safe, but that is not what the mayor thinks.';
    assert.equal(content(subject, byCue(subject, 'said')), 'the pier was safe');
  });
});

describe('a cue form after “and” with “of” after it', () => {
  it('is a noun inside the clause, not a second verb of the speaker', () => {
    const text = 'The office declared that it had never shared the names and addresses of ferry users with the police.';
    assert.equal(content(text, byCue(text, 'declared')), 'that it had never shared the names and addresses of ferry users with the police');
    const verb = 'Lee says she respects the mayor and warns of a long winter.';
    assert.equal(content(verb, byCue(verb, 'says')), 'she respects the mayor');
  });
});

describe('numbers and dates with punctuation inside', () => {
  it('keep the comma of thousands and a joined slash inside the content', () => {
    const when = 'They cite the 2000 count, when the state wrongly stated that about 12,000 voters were ineligible.';
    assert.equal(content(when, byCue(when, 'stated')), 'that about 12,000 voters were ineligible');
    const slash = 'The mayor judged the pier a ruin, recalling the 9/11 storm.';
    assert.equal(content(slash, byCue(slash, 'recalling')), 'the 9/11 storm');
  });
});

describe('“and”, another speaker and a cue of its own', () => {
  it('ends the first report, and the second speaker starts after “and”', () => {
    const text = 'Republicans said the agency mishandled the case and Democrats accused the board of stalling.';
    assert.equal(content(text, byCue(text, 'said')), 'the agency mishandled the case');
    const accused = byCue(text, 'accused');
    assert.equal(speaker(text, accused), 'Democrats');
    assert.equal(content(text, accused), 'the board of stalling');
  });

  it('leaves names or words joined into one subject alone', () => {
    const names = 'Lee said the pier was safe until Cruz and Rubio claimed it was not.';
    assert.equal(content(names, byCue(names, 'said')), 'the pier was safe until Cruz and Rubio claimed it was not');
    const joined = 'The ferry will stop in May, current and former officials said.';
    assert.equal(content(joined, byCue(joined, 'said')), 'The ferry will stop in May');
    const plain = 'Lee said the pier is old and the ferry runs late.';
    assert.equal(content(plain, byCue(plain, 'said')), 'the pier is old and the ferry runs late');
  });
});

describe('a dash typed as hyphens inside a reported clause', () => {
  it('opens an aside that ends the clause, unless a pair sets it inside the clause', () => {
    const single = 'Lee said the pier would reopen in May -- all of it true.';
    assert.equal(content(single, byCue(single, 'said')), 'the pier would reopen in May');
    const spaced = 'Lee said the pier would reopen in May - a month early.';
    assert.equal(content(spaced, byCue(spaced, 'said')), 'the pier would reopen in May');
    const quoted = 'Lee asked whether in the first year -- before the storms -- “the pier would hold.”';
    assert.equal(content(quoted, byCue(quoted, 'asked')), 'whether in the first year -- before the storms -- “the pier would hold.”');
    const pair = 'Lee pledged to close the pier -- the oldest in the county -- before the storms.';
    assert.equal(content(pair, byCue(pair, 'pledged')), 'to close the pier -- the oldest in the county -- before the storms');
  });
});

describe('a report inside words a tag at the sentence end attributes', () => {
  it('gives the whole clause to the tag’s speaker and keeps no report inside it', () => {
    const cases: [string, string][] = [
      ['Ruiz warned the captain not to sail, an official said.', 'an official'],
      ['The mayor urged the council to wait, aides said Tuesday.', 'aides'],
    ];
    for (const [text, who] of cases) {
      const quotes = read(text);
      assert.equal(quotes.length, 1, text);
      assert.equal(speaker(text, quotes[0]), who, text);
      assert.equal(content(text, quotes[0]), text.slice(0, text.indexOf(',')), text);
    }
  });
});

describe('a relative clause right before “according to”', () => {
  it('is what the source reports, not the whole sentence before it', () => {
    const cases: [string, string, string][] = [
      ['The council raised the toll twice, which angered farmers, according to the Harbour Gazette.', 'which angered farmers', 'the Harbour Gazette'],
      ['Growers, 82 percent of whom oppose the toll according to the poll, voted no.', '82 percent of whom oppose the toll', 'the poll'],
    ];
    for (const [text, what, who] of cases) {
      const q = byCue(text, 'according to');
      assert.equal(content(text, q), what, text);
      assert.equal(speaker(text, q), who, text);
    }
  });

  it('keeps the whole clause when no relative clause comes before the source', () => {
    const text = 'The council raised the toll twice, according to the Harbour Gazette.';
    assert.equal(content(text, byCue(text, 'according to')), 'The council raised the toll twice');
  });
});
