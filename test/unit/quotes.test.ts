// Attribution engine: quotes and speakers in the sample articles, and the shapes of quotation the reader must handle.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findEntities } from '../../src/core/entities';
import { findQuotes } from '../../src/core/quotes';
import type { Quote } from '../../src/core/types';

const SEEDS = path.join(__dirname, '..', '..', '..', 'seeds');

function seed(name: string): string {
  return fs.readFileSync(path.join(SEEDS, name), 'utf8');
}

/** The words of a span without quotation marks and trailing commas, for comparing quoted text. */
function bare(text: string): string {
  return text.replace(/^[\s“”"‘’']+|[\s“”"‘’',]+$/g, '');
}

interface Expected {
  text: string;
  speaker: string;
}

// What a careful reader finds in the sample articles (seeds/), by file.
const DIRECT: Record<string, Expected[]> = {
  '000_b33d5db25880afa6.txt': [
    { text: 'I would like to take this opportunity to congratulate him on his election as president of the United States of America', speaker: 'Vladimir Putin' },
    { text: 'What Trump has said about the desire to restore relations with Russia, to help end the Ukrainian crisis, in my opinion, deserves attention at least', speaker: 'Vladimir Putin' },
    { text: 'There were so many restrictions and sanctions against Russia like no other president has ever introduced before him', speaker: 'Vladimir Putin' },
    { text: 'I don’t know what will happen now. I have no idea', speaker: 'Vladimir Putin' },
    { text: 'For him, this is still his last presidential term. What he will do is his matter.', speaker: 'Vladimir Putin' },
  ],
  '004_f3864c178bfaef39.txt': [
    { text: 'The ball is in Washington’s court', speaker: 'Vladimir Putin' },
    { text: 'Putin does not eat people.', speaker: 'Dmitry Peskov' },
  ],
};

const PARTIAL: Record<string, Expected[]> = {
  '000_b33d5db25880afa6.txt': [{ text: 'unfriendly', speaker: 'Kremlin' }],
  '002_3c97b7e833a7f5e1.txt': [
    { text: 'dangerous line', speaker: 'Vladimir Putin' },
    { text: '24 hours', speaker: 'Donald Trump' },
    { text: 'banalities.', speaker: 'Dmitry Medvedev' },
    { text: 'Russophobic course', speaker: 'Sergey Lavrov' },
  ],
  '003_935c27f9da9fbf9d.txt': [
    { text: 'unfriendly country', speaker: 'Kremlin' },
    { text: 'death', speaker: 'Donald Trump' },
    { text: 'destruction', speaker: 'Donald Trump' },
  ],
  '004_f3864c178bfaef39.txt': [
    { text: 'like a real man.', speaker: 'Vladimir Putin' },
    { text: 'worthy of attention.', speaker: 'Vladimir Putin' },
    { text: 'eat Trump for lunch', speaker: 'Kamala Harris' },
  ],
};

function findWithPart(quotes: Quote[], text: string, wanted: string): Quote | undefined {
  return quotes.find((q) => q.parts.some((p) => bare(text.slice(p.start, p.end)) === bare(wanted)));
}

/**
 * With the entity finder in place the speaker must resolve to the canonical name. Without it, names come from
 * the mention alone, so the check is on the mention: it names the expected speaker, or is a pronoun.
 */
function assertSpeaker(q: Quote, text: string, expected: string, withEntities: boolean): void {
  assert.ok(q.speaker, `no speaker for ${text.slice(q.start, q.end)}`);
  if (withEntities) {
    assert.equal(q.speaker.name, expected, `speaker of ${text.slice(q.start, q.end)}`);
    return;
  }
  const mention = text.slice(q.speaker.mention.start, q.speaker.mention.end);
  const surname = expected.split(' ').at(-1) as string;
  assert.ok(mention.includes(surname) || q.speaker.kind === 'pronoun', `speaker mention "${mention}" for ${text.slice(q.start, q.end)} should name ${expected}`);
}

describe('quotes in the sample articles', () => {
  for (const [file, expected] of Object.entries(DIRECT)) {
    it(`finds every direct quote of ${file} with its speaker`, () => {
      const text = seed(file);
      const entities = findEntities(text);
      const { quotes } = findQuotes(text, entities);
      for (const e of expected) {
        const q = findWithPart(quotes, text, e.text);
        assert.ok(q, `missing direct quote: ${e.text}`);
        assert.equal(q.kind, 'direct');
        assertSpeaker(q, text, e.speaker, entities.length > 0);
      }
    });
  }
  for (const [file, expected] of Object.entries(PARTIAL)) {
    it(`finds every partial quote of ${file} with its speaker`, () => {
      const text = seed(file);
      const entities = findEntities(text);
      const { quotes } = findQuotes(text, entities);
      for (const e of expected) {
        const q = findWithPart(quotes, text, e.text);
        assert.ok(q, `missing partial quote: ${e.text}`);
        assert.equal(q.kind, 'partial', `kind of ${e.text}`);
        assertSpeaker(q, text, e.speaker, entities.length > 0);
      }
    });
  }

  it('attributes “Putin does not eat people.” to Kremlin spokesman Dmitry Peskov, cue “saying”', () => {
    const text = seed('004_f3864c178bfaef39.txt');
    const { quotes } = findQuotes(text, findEntities(text));
    const q = findWithPart(quotes, text, 'Putin does not eat people.');
    assert.ok(q?.speaker && q.cue);
    assert.equal(text.slice(q.speaker.mention.start, q.speaker.mention.end), 'Kremlin spokesman Dmitry Peskov');
    assert.equal(text.slice(q.cue.start, q.cue.end), 'saying');
    assert.equal(q.cueLemma, 'say');
    assert.equal(q.speaker.role, 'Kremlin spokesman');
  });

  it('finds reported speech with its speaker and content start', () => {
    const cases: [string, string, string, string][] = [
      ['001_96e9354914c7e1ae.txt', 'Dmitry Peskov', 'mentioned', 'the possibility of contact between Putin and Trump'],
      ['001_96e9354914c7e1ae.txt', 'Vladimir Putin', 'stating', 'that it was up to the president-elect'],
      ['003_935c27f9da9fbf9d.txt', 'Valentina Matviyenko', 'indicated', 'that the outcome of the U.S. election'],
    ];
    for (const [file, speaker, cue, start] of cases) {
      const text = seed(file);
      const entities = findEntities(text);
      const { quotes } = findQuotes(text, entities);
      const q = quotes.find((x) => x.kind === 'reported' && text.startsWith(start, x.start));
      assert.ok(q, `missing reported speech: ${start}`);
      assert.ok(q.cue);
      assert.equal(text.slice(q.cue.start, q.cue.end), cue);
      assertSpeaker(q, text, speaker, entities.length > 0);
    }
  });
});

describe('quotation shapes', () => {
  const one = (text: string): Quote[] => findQuotes(text, []).quotes;
  const spoken = (text: string, q: Quote | undefined): string => (q?.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : '');

  it('reads a quote split by its attribution as one quote of two parts', () => {
    const text = '“We will not give up,” the minister said, “and we will win.”';
    const [q, ...rest] = one(text);
    assert.equal(rest.length, 0);
    assert.equal(q.kind, 'direct');
    assert.deepEqual(q.parts.map((p) => bare(text.slice(p.start, p.end))), ['We will not give up', 'and we will win.']);
    assert.equal(spoken(text, q), 'the minister');
  });

  it('reads the second half of a split quote after a comma and a conjunction or an adverbial, after a partial quote too', () => {
    for (const text of ['“You know, I love Tom,” he said, but “when it comes to water, Tom has a history.”', '“We won,” he said, in a speech, “and we will win again.”']) {
      const quotes = one(text);
      assert.equal(quotes.length, 1, text);
      assert.equal(quotes[0].parts.length, 2, text);
    }
    const partial = 'Lee “got an immunity deal,” Ruiz said, and still “got to sit in on the interview.”';
    assert.deepEqual(one(partial).map((q) => q.parts.length), [2]);
    const cheer = '“We won,” he said, and the crowd cheered “more.”';
    assert.equal(one(cheer)[0].parts.length, 1);
  });

  it('reads a clause closed by quoted words before a speaker whose cue a time or place follows', () => {
    for (const text of ['The mayor is “the worst planner this town has had,” Tom Baker said on Sunday.', 'The bridge was “a waste of money,” Ana Ruiz said during the debate.']) {
      const [q, ...rest] = one(text);
      assert.equal(rest.length, 0, text);
      assert.equal(q?.kind, 'partial', text);
      assert.equal(text.slice(q.start, q.end), text.slice(0, text.indexOf('” ') + 1), text);
      assert.equal(spoken(text, q), text.includes('Baker') ? 'Tom Baker' : 'Ana Ruiz', text);
    }
  });

  it('keeps the quote before its speaker when a "that" after the cue opens a relative clause of an adverbial', () => {
    const text = '“We have done our part,” Ana Ruiz said, with a warmth that surprised the room.';
    const [q, ...rest] = one(text);
    assert.equal(rest.length, 0);
    assert.equal(q.kind, 'direct');
    assert.equal(text.slice(q.start, q.end), '“We have done our part,”');
    assert.equal(spoken(text, q), 'Ana Ruiz');
    const clause = 'Ana Ruiz said on Monday that the plan had failed.';
    assert.equal(bare(clause.slice(one(clause)[0].start, one(clause)[0].end)), 'that the plan had failed');
  });

  it('reads the clause after a long hearer of "told" from its "that", and no further "that" once the clause has begun', () => {
    const text = 'Ruiz told customers at a small diner on Main Street that “we need you tomorrow.”';
    const [q] = one(text);
    assert.equal(text.slice(q.start, q.end), 'that “we need you tomorrow.”');
    assert.equal(spoken(text, q), 'Ruiz');
    const early = 'Ruiz told the council that the bridge was built on a site that floods.';
    assert.equal(early.slice(one(early)[0].start, one(early)[0].end), 'that the bridge was built on a site that floods');
    const asked = 'Lee asked the mayor whether the plan meant that taxes would rise.';
    const ask = one(asked).find((x) => x.cueLemma === 'ask');
    assert.equal(ask ? asked.slice(ask.start, ask.end) : '', 'whether the plan meant that taxes would rise');
  });

  it('ends a reported clause at a bracketed source after its quoted words', () => {
    const text = 'Officials said the driver had “ties to the group.” [Wire.]';
    const [q, ...rest] = one(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(q.start, q.end), 'the driver had “ties to the group.”');
  });

  it('reads a capitalised title after a possessive as the name of a show, not words said', () => {
    const place = 'The mayor was in the race, she said on Monday on KXTV’s “Morning Update.”';
    const [q, ...rest] = one(place);
    assert.equal(rest.length, 0);
    assert.equal(q.kind, 'reported');
    assert.equal(place.slice(q.start, q.end), 'The mayor was in the race');
    const report = 'Lee said the vote had been moved, in a broadcast of KXTV’s “Morning Update.”';
    assert.deepEqual(one(report).map((x) => x.kind), ['reported']);
    const split = '“We will win,” Ruiz told KXTV’s “Morning Update” on Monday.';
    assert.deepEqual(one(split).map((x) => split.slice(x.start, x.end)), ['“We will win,”']);
  });

  it('reads a one-word answer up to its comma, and the next attribution after it', () => {
    const text = 'Asked about the plan, 60 percent of farmers said yes, but 30 percent of traders say it will fail.';
    const spans = one(text).map((q) => text.slice(q.start, q.end));
    assert.ok(spans.includes('yes'), spans.join(' | '));
    assert.ok(spans.includes('it will fail'), spans.join(' | '));
  });

  it('goes on after quoted words and their comma with a place or qualification of what was said', () => {
    const text = 'Lee said the town reminded her of “a ghost town,” where shops had closed and the school stood empty.';
    const [q, ...rest] = one(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(q.start, q.end), 'the town reminded her of “a ghost town,” where shops had closed and the school stood empty');
    const ends = 'Lee said the town was “a ghost town,” adding that the mill would reopen.';
    const first = one(ends).find((x) => x.cueLemma === 'say');
    assert.equal(first ? ends.slice(first.start, first.end) : '', 'the town was “a ghost town,”');
  });

  it('goes on after quoted words and their comma with "but also", "and that" and their like', () => {
    for (const [text, content] of [
      ['Lee said voters are “tired of waiting,” but also eager for what she calls “real change.”', 'voters are “tired of waiting,” but also eager for what she calls “real change.”'],
      ['Lee said the council “did its best,” and that the mill would reopen.', 'the council “did its best,” and that the mill would reopen'],
    ]) {
      const [q, ...rest] = one(text);
      assert.equal(rest.length, 0, text);
      assert.equal(text.slice(q.start, q.end), content, text);
    }
    const narrator = 'Lee said the council “did its best,” but she left the hall early.';
    const q = one(narrator).find((x) => x.cueLemma === 'say');
    assert.equal(q ? narrator.slice(q.start, q.end) : '', 'the council “did its best,”');
  });

  it('ends a report of quoted words at "and" with the next reporting verb in "-ing"', () => {
    const text = 'Lee spoke at length, calling the plan “a giveaway” and warning that the mill would close.';
    const q = one(text).find((x) => x.cueLemma === 'call');
    assert.equal(q ? text.slice(q.start, q.end) : '', 'the plan “a giveaway”');
  });

  it('ends a report at its quoted words when a phrase of the medium follows them', () => {
    const text = 'Lee called the vote “a sham” in a Facebook post.';
    const q = one(text).find((x) => x.cueLemma === 'call');
    assert.equal(q ? text.slice(q.start, q.end) : '', 'the vote “a sham”');
    const place = 'Lee said the town would take “firm steps” in the spring.';
    const p = one(place)[0];
    assert.equal(place.slice(p.start, p.end), 'the town would take “firm steps” in the spring');
  });

  it('goes on with a quote in the next paragraph only when that paragraph opens with the quote', () => {
    const narration = '“We will build the bridge,” she said.\n\nThe plan is “a waste of money,” Tom Baker said on Sunday.';
    const quotes = one(narration);
    assert.equal(quotes.length, 2);
    assert.equal(narration.slice(quotes[0].start, quotes[0].end), '“We will build the bridge,”');
    assert.equal(spoken(narration, quotes[1]), 'Tom Baker');
    const opens = '“We will build the bridge,” she said.\n\n“And we will pay for it ourselves, every cent of it.”';
    assert.deepEqual(one(opens).map((q) => q.parts.length), [2]);
  });

  it('keeps a quote that runs over several paragraphs whole', () => {
    const text = 'She said:\n“The first paragraph ends here.\n“The second one closes the quote.”\nThe end.';
    const q = one(text).find((x) => x.kind === 'direct');
    assert.ok(q);
    assert.equal(text.slice(q.start, q.end), '“The first paragraph ends here.\n“The second one closes the quote.”');
  });

  it('reads straight double quotes and single quotes nested in them', () => {
    const text = '"He told me \'never again\' and left," Jones said.';
    const [q] = one(text);
    assert.equal(q.kind, 'direct');
    assert.equal(text.slice(q.start, q.end), '"He told me \'never again\' and left,"');
    assert.equal(spoken(text, q), 'Jones');
  });

  it('reads the inverted order: “…,” said the senator', () => {
    const text = '“It is a disgrace,” said Sen. John Smith, a Republican.';
    const [q] = one(text);
    assert.equal(spoken(text, q), 'Sen. John Smith');
    assert.equal(q.speaker?.name, 'John Smith');
    assert.equal(q.speaker?.kind, 'name');
  });

  it('takes no speaker after a verb that follows a title inside the subject', () => {
    const text = 'Jo Lee, star of the show “Scandal,” thanked Obama for his steps.';
    assert.ok(one(text).every((q) => spoken(text, q) !== 'Obama'));
    const said = 'Senator Lee “has been wrong for years,” said Ruiz.';
    assert.equal(spoken(said, one(said)[0]), 'Ruiz');
  });

  it('finds reported speech before and after its attribution', () => {
    const after = 'The mayor said that the bridge would reopen in May.';
    const [a] = one(after);
    assert.equal(a.kind, 'reported');
    assert.equal(after.slice(a.start, a.end), 'that the bridge would reopen in May');
    const before = 'The bridge will reopen in May, officials said.';
    const [b] = one(before);
    assert.equal(before.slice(b.start, b.end), 'The bridge will reopen in May');
    assert.equal(b.speaker?.kind, 'anonymous');
    assert.equal(b.speaker?.anonymous, true);
    assert.equal(b.speaker?.name, null);
  });

  it('reads “according to” on either side of the content', () => {
    const front = 'According to the Kremlin, the talks will go on.';
    const [f] = one(front);
    assert.equal(front.slice(f.start, f.end), 'the talks will go on');
    assert.equal(spoken(front, f), 'the Kremlin');
    assert.equal(f.cueLemma, 'according to');
    const back = 'The talks will go on, according to a person familiar with the matter.';
    const [b] = one(back);
    assert.equal(back.slice(b.start, b.end), 'The talks will go on');
    assert.equal(spoken(back, b), 'a person familiar with the matter');
    assert.equal(b.speaker?.anonymous, true);
  });

  it('takes any noun opened by a determiner as the speaker', () => {
    const text = 'The bank said that it had fired the employees.';
    const [q] = one(text);
    assert.equal(spoken(text, q), 'The bank');
    assert.equal(text.slice(q.start, q.end), 'that it had fired the employees');
  });

  it('keeps a dotted acronym inside the speaker (“a former U.S. official”)', () => {
    const after = 'Officials were angry.\n\nBaker "was handled so lightly that nobody cared," said a former U.S. official who oversaw the case.';
    assert.equal(spoken(after, one(after).find((q) => q.cueLemma === 'say')), 'a former U.S. official who oversaw the case');
    const before = 'The U.S. ambassador said the talks failed.';
    assert.equal(spoken(before, one(before)[0]), 'The U.S. ambassador');
  });

  it('skips the listener of “told”', () => {
    const text = 'Smith told reporters on Monday that he would run.';
    const [q] = one(text);
    assert.equal(text.slice(q.start, q.end), 'that he would run');
    assert.equal(spoken(text, q), 'Smith');
  });

  it('resolves a pronoun to the nearest named speaker before it', () => {
    const text = 'Governor Ann Lee said the state had a plan. “We are ready,” she said.';
    const q = one(text).find((x) => x.kind === 'direct');
    assert.equal(q?.speaker?.kind, 'pronoun');
    assert.equal(q?.speaker?.name, 'Ann Lee');
  });

  it('resolves a speaker mention to the entity it overlaps', () => {
    const text = 'Kremlin spokesman Dmitry Peskov said the talks were over.';
    const start = text.indexOf('Dmitry');
    const entity = { id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person' as const, aliases: [], roles: ['Kremlin spokesman'], mentions: [{ start, end: start + 13, kind: 'name' as const, text: 'Dmitry Peskov' }] };
    const [q] = findQuotes(text, [entity]).quotes;
    assert.equal(q.speaker?.entityId, 'dmitry-peskov');
    assert.equal(q.speaker?.name, 'Dmitry Peskov');
  });

  it('tells scare quotes from partial quotes', () => {
    const text = 'The so-called “reform” passed on Tuesday. Critics called it “a disaster for farmers.”';
    const { quotes, scareQuotes } = findQuotes(text, []);
    assert.deepEqual(scareQuotes.map((s) => text.slice(s.start, s.end)), ['“reform”']);
    const q = quotes.find((x) => x.parts.some((p) => text.slice(p.start, p.end).includes('disaster')));
    assert.equal(q?.kind, 'partial');
    assert.equal(spoken(text, q), 'Critics');
  });

  it('reads a quote signed with a dash and a name', () => {
    const text = '“He represents our greatest shame.” ― Sonya Herridge';
    const [q] = one(text);
    assert.equal(q.kind, 'direct');
    assert.equal(spoken(text, q), 'Sonya Herridge');
  });

  it('reads a headline that opens with a name and a colon', () => {
    const text = 'Cruz: Trump Would Put Liberals On Court\nThe senator spoke on Sunday.';
    const [q] = one(text);
    assert.equal(text.slice(q.start, q.end), 'Trump Would Put Liberals On Court');
    assert.equal(spoken(text, q), 'Cruz');
  });

  it('reads a headline whose speaker comes with its audience, its venue or a label', () => {
    for (const [text, who] of [
      ['Ruiz to Farm Bureau: The drought will end soon\nShe spoke on Monday.', 'Ruiz'],
      ['Former AG Ana Ruiz at RNC: The drought will end soon\nShe spoke on Monday.', 'Former AG Ana Ruiz'],
      ['EXCLUSIVE – Tom Baker: The drought will end soon\nHe spoke on Monday.', 'Tom Baker'],
    ]) {
      const q = one(text).find((x) => text.slice(x.start, x.end) === 'The drought will end soon');
      assert.equal(spoken(text, q), who, text);
    }
  });

  it('takes any phrase after “according to” as the source', () => {
    const text = 'Clinton now has at least 723 delegates, according to a count by The Associated Press.';
    const [q] = one(text);
    assert.equal(text.slice(q.start, q.end), 'Clinton now has at least 723 delegates');
    assert.equal(spoken(text, q), 'a count by The Associated Press');
  });

  it('reads the clause after a speech noun as the content of a partial quote', () => {
    const text = 'Analysts doubted Trump’s claim that there were “thousands of shootings” in the city.';
    const q = one(text).find((x) => x.kind === 'partial');
    assert.ok(q);
    assert.equal(text.slice(q.start, q.end), 'that there were “thousands of shootings” in the city');
    assert.equal(spoken(text, q), 'Trump’s');
  });

  it('ends reported content at a second verb of the same speaker', () => {
    const text = 'Clinton says she respects his passion but argues that he cannot deliver.';
    const quotes = one(text);
    assert.equal(text.slice(quotes[0].start, quotes[0].end), 'she respects his passion');
    assert.equal(text.slice(quotes[1].start, quotes[1].end), 'that he cannot deliver');
  });

  it('gives a quote in the next paragraph the cue that introduced it with a colon', () => {
    const text = 'The mayor, Ann Lee, added:\n“We will rebuild the bridge. It will take a year.”';
    const q = one(text).find((x) => x.kind === 'direct');
    assert.ok(q?.cue);
    assert.equal(text.slice(q.cue.start, q.cue.end), 'added');
    assert.equal(q.speaker?.name, 'Ann Lee');
  });

  it('reports a fronted question without naming its asker', () => {
    const text = 'Asked if he was ever bullied, the candidate said no.';
    const q = one(text).find((x) => x.cueLemma === 'ask');
    assert.ok(q);
    assert.equal(text.slice(q.start, q.end), 'if he was ever bullied');
    assert.equal(q.speaker, null);
  });

  it('reads a one-word answer handed to its speaker by a comma, but no show title', () => {
    for (const [text, who] of [['“Tomorrow,” she said.', 'she'], ['“Never”, the coach replied.', 'the coach'], ['“No,” answered Tom Baker.', 'Tom Baker']]) {
      const [q] = one(text);
      assert.equal(q?.kind, 'direct', text);
      assert.equal(spoken(text, q), who, text);
    }
    const show = '“Meet the Press” host Jo Lee said the vote was close. “Evening News,” Jo Lee said.';
    assert.ok(one(show).every((q) => q.kind !== 'direct'));
  });

  it('reads written words with “read” and a cue with its particle even where the bare word is a noun', () => {
    const sign = '“The town is broke,” read one sign.';
    assert.equal(spoken(sign, one(sign)[0]), 'one sign');
    const reads = 'The banner reads: “Nobody cares about the town.”';
    assert.equal(spoken(reads, one(reads).find((q) => q.kind === 'direct')), 'The banner');
    const shot = '“They are all here for the free stuff,” Tom Lee shot back.';
    assert.equal(spoken(shot, one(shot)[0]), 'Tom Lee');
    assert.deepEqual(one('The police shot two men.'), []);
    const spree = 'The gunmen, armed with “assault weapons”, killed many in a 30-minute shooting spree.';
    assert.ok(one(spree).every((q) => q.cueLemma !== 'shoot'));
    const points = '“Prices went up twice last year,” he points out.';
    const cue = one(points)[0]?.cue;
    assert.equal(cue ? points.slice(cue.start, cue.end) : '', 'points out');
    assert.deepEqual(one('She read the report on Monday and left.'), []);
  });

  it('reads two apostrophes as a quotation mark', () => {
    const text = "''I think I'll get there,'' Mr. Trump said.";
    const [q] = one(text);
    assert.equal(q.kind, 'direct');
    assert.equal(spoken(text, q), 'Mr. Trump');
  });
});

describe('a speaker named in an appositive', () => {
  it('is the person named after the comma (or before “who”), not the organisation the role belongs to', () => {
    const cases: [string, string][] = [
      ['A spokeswoman for the Harbor City Council, Maria Lopez, said the vote would be delayed.', 'Maria Lopez'],
      ['A spokesman for Northwind Shipping, Tom Reyes, told reporters the ship was safe.', 'Tom Reyes'],
    ];
    for (const [text, name] of cases) {
      const q = findQuotes(text, findEntities(text)).quotes.find((x) => x.kind === 'reported');
      assert.equal(q?.speaker?.name, name, text);
      assert.equal(q?.speaker?.kind, 'name', text);
    }
    // A relative "who" speaks for the person it follows.
    const who = 'Tom Reyes, a council member who has pushed for a new vessel, voted no.';
    assert.equal(findQuotes(who, findEntities(who)).quotes.find((x) => who.slice(x.start, x.end) === 'a new vessel')?.speaker?.name, 'Tom Reyes');
    // With no name after the comma, the organisation speaks.
    const text = 'A spokeswoman for Northwind Shipping said the ship was safe.';
    assert.equal(findQuotes(text, findEntities(text)).quotes[0]?.speaker?.name, 'Northwind Shipping');
  });
});

describe('reported content', () => {
  it('with no letter in it is no one’s report ("The council voted 7-2")', () => {
    const text = 'The council voted 7-2 on Monday. The mayor said the vote was fair.';
    const { quotes } = findQuotes(text, findEntities(text));
    assert.deepEqual(quotes.map((q) => text.slice(q.start, q.end)), ['the vote was fair']);
  });
});

describe('pronoun speakers', () => {
  const speakerOf = (text: string, words: string) => {
    const { quotes } = findQuotes(text, findEntities(text));
    return quotes.find((q) => text.slice(q.start, q.end).includes(words))?.speaker?.name;
  };

  it('"he" and "she" stand for someone the story makes a man or a woman: by given name, courtesy title or role', () => {
    const text = 'The committee, led by Maria Lopez, heard from Dr. John Walsh. He told the panel the clinic was safe. She said the hearing would go on.';
    assert.equal(speakerOf(text, 'clinic was safe'), 'John Walsh');
    assert.equal(speakerOf(text, 'hearing would go on'), 'Maria Lopez');
    const titled = 'Ms. Okafor met Mr. Brandt on Monday. He said the talks had failed. Okafor disagreed. She said they would resume.';
    assert.equal(speakerOf(titled, 'talks had failed'), 'Brandt');
    assert.equal(speakerOf(titled, 'would resume'), 'Okafor');
    const roles = 'Council spokeswoman Jo Baker met Chairman Sam Ortiz. She said the deal was close.';
    assert.equal(speakerOf(roles, 'deal was close'), 'Jo Baker');
  });

  it('a person of unknown gender agrees with either pronoun', () => {
    const text = 'Analyst Sam Ortiz spoke after the vote. She said the result was expected.';
    assert.equal(speakerOf(text, 'result was expected'), 'Sam Ortiz');
  });
});

describe('relayed reports', () => {
  it('"“…,” Peskov said, according to Interfax": the quote is Peskov’s, and the agency’s report of it is kept too', () => {
    const text = '“It is a long way from words to deeds,” Peskov said, according to Interfax. Peskov said the talks were over, according to TASS.';
    const { quotes } = findQuotes(text, findEntities(text));
    const by = (name: string) => quotes.filter((q) => q.speaker?.name === name).map((q) => text.slice(q.start, q.end));
    assert.deepEqual(by('Dmitry Peskov'), ['“It is a long way from words to deeds,”', 'the talks were over']);
    assert.deepEqual(by('Interfax'), ['“It is a long way from words to deeds,” Peskov said']);
    assert.deepEqual(by('TASS'), ['Peskov said the talks were over']);
  });
});

describe('a report inside a reported clause', () => {
  it('"Putin congratulated Trump on his victory, the Kremlin said, adding …": the Kremlin reports the whole clause', () => {
    const text = 'Putin congratulated Trump on his victory, the Kremlin said, adding that Putin hoped to work together.';
    const { quotes } = findQuotes(text, findEntities(text));
    assert.deepEqual(
      quotes.map((q) => `${q.speaker?.name}: ${text.slice(q.start, q.end)}`),
      ['Kremlin: Putin congratulated Trump on his victory', 'Kremlin: that Putin hoped to work together'],
    );
  });

  it('one that runs to a comma still bounds the next speaker’s words', () => {
    const text = 'Members of Congress echo her concerns, in large part because the memo was late, as a Homeland Security memo put it.';
    const { quotes } = findQuotes(text, findEntities(text));
    assert.ok(quotes.some((q) => text.slice(q.start, q.end) === 'in large part because the memo was late'), quotes.map((q) => text.slice(q.start, q.end)).join(' | '));
  });
});

describe('vague sources at a sentence start', () => {
  it('"Others said", "Many say": capitalised by position, some people, no name', () => {
    const text = 'Some analysts believe the thaw will not last. Others said the vote could change things. Many say it will fail.';
    const { quotes } = findQuotes(text, findEntities(text));
    assert.deepEqual(
      quotes.map((q) => [q.speaker?.kind, q.speaker?.name, q.speaker?.anonymous]),
      [['anonymous', null, true], ['anonymous', null, true], ['anonymous', null, true]],
    );
  });
});

describe('a summing noun with a passive participle after the report', () => {
  it('"…, a move welcomed by NATO Secretary General Mark Rutte": Rutte welcomed the move; the chancellor’s words end before it', () => {
    const text = 'German Chancellor Olaf Scholz said on Monday that Germany would increase defence spending, a move welcomed by NATO Secretary General Mark Rutte.';
    const { quotes } = findQuotes(text, findEntities(text));
    assert.deepEqual(
      quotes.map((q) => `${q.speaker?.name}: ${text.slice(q.start, q.end)}`),
      ['Olaf Scholz: that Germany would increase defence spending', 'Mark Rutte: a move'],
    );
  });
});

describe('speakers with an affiliation and reports around their source', () => {
  it('"said Prof. Dana Whitfield of State University": the professor speaks, not the university', () => {
    const text = '"It is too early to say," said Prof. Dana Whitfield of State University, who studies policing.';
    const { quotes } = findQuotes(text, findEntities(text));
    assert.equal(quotes[0]?.speaker?.name, 'Dana Whitfield');
    assert.equal(quotes[0]?.speaker?.kind, 'name');
  });

  it('"The claim is true, according to FBI data, though …": the statement’s parts leave the attribution out', () => {
    const text = 'The claim is mostly true, according to FBI data, though some categories rose.';
    const { quotes } = findQuotes(text, findEntities(text));
    assert.equal(quotes.length, 1);
    assert.deepEqual(quotes[0].parts.map((p) => text.slice(p.start, p.end)), ['The claim is mostly true', 'though some categories rose']);
  });
});

describe('a quote that goes on after its attribution', () => {
  it('goes on in a sentence of quoted words however short (“…,” Smith told CNN. “None.”)', () => {
    const text = '"I have no regrets," Smith told CNN. "None."\n\nThe word "None" was printed in bold.';
    const { quotes } = findQuotes(text, findEntities(text));
    assert.deepEqual(quotes.map((q) => text.slice(q.start, q.end)), ['"I have no regrets," Smith told CNN. "None."']);
    assert.equal(quotes[0].parts.length, 2);
  });
});

describe('where something was said', () => {
  it('"said on a call that …", "told analysts during a conference call that …": the call is where, the clause is what', () => {
    for (const text of ['Jane Roe said on a call that the outlook was challenging.', 'Jane Roe said in remarks to reporters that the outlook was challenging.', 'Roe told analysts during a conference call that the outlook was "challenging but manageable."']) {
      const { quotes } = findQuotes(text, findEntities(text));
      assert.equal(quotes.length, 1, text);
      assert.ok(text.slice(quotes[0].start, quotes[0].end).startsWith('that the outlook was'), text.slice(quotes[0].start, quotes[0].end));
    }
  });
});

describe('"quoted as saying"', () => {
  it('"Roe was quoted as saying the plan would fail": Roe speaks, the cue is "quoted as saying"', () => {
    const text = 'Roe was quoted as saying the plan would fail.';
    const { quotes } = findQuotes(text, findEntities(text));
    assert.deepEqual(
      quotes.map((q) => [q.speaker?.name, q.cue && text.slice(q.cue.start, q.cue.end), text.slice(q.start, q.end)]),
      [['Roe', 'quoted as saying', 'the plan would fail']],
    );
  });

  it('"“…,” Roe was quoted as saying." and "She was quoted as saying" after the words: the words before are the quote', () => {
    const text = 'Jane Roe spoke on Monday. “We will not back down,” Roe was quoted as saying. “We never have,” she was quoted as saying.';
    const { quotes } = findQuotes(text, findEntities(text));
    assert.deepEqual(
      quotes.map((q) => [q.kind, q.speaker?.name, q.cue && text.slice(q.cue.start, q.cue.end), text.slice(q.start, q.end)]),
      [
        ['direct', 'Jane Roe', 'quoted as saying', '“We will not back down,”'],
        ['direct', 'Jane Roe', 'quoted as saying', '“We never have,”'],
      ],
    );
  });
});

describe('a participle after the main clause\'s object', () => {
  it('"posted a Twitter comment of her own, saying …": the subject speaks, not the capitalised word of the object', () => {
    const text = 'Hillary Clinton immediately posted a Twitter comment of her own, saying, “We’re so excited to meet our second grandchild!”';
    const { quotes } = findQuotes(text, findEntities(text));
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].speaker?.name, 'Hillary Clinton');
  });
});

describe('a transcript', () => {
  it('gives each labelled answer to its speaker, also when a cue opens the answer; "Interview:" labels a line', () => {
    const text = 'Interview: The Minister on Housing\n\nQ: Are the critics right?\n\nBRENNAN: No. We will build 40,000 homes.\n\nQ: What about the rent cap?\n\nBRENNAN: I don\'t comment on rumours. The rent cap stays.';
    const { quotes } = findQuotes(text, findEntities(text));
    const lines = quotes.filter((q) => q.cue && text.slice(q.cue.start, q.cue.end) === ':').map((q) => [q.speaker && text.slice(q.speaker.mention.start, q.speaker.mention.end), text.slice(q.start, q.end)]);
    assert.deepEqual(lines, [
      ['BRENNAN', 'No. We will build 40,000 homes'],
      ['BRENNAN', "I don't comment on rumours. The rent cap stays"],
    ]);
  });
});

describe('"Talks" in a headline', () => {
  it('are negotiations ("Ceasefire Talks Stall as Both Sides Trade Blame"); "Obama Talks About Jobs" reports', () => {
    const noun = 'Ceasefire Talks Stall as Both Sides Trade Blame\n\nThe talks stalled on Sunday.';
    assert.equal(findQuotes(noun, findEntities(noun)).quotes.length, 0);
    const verb = 'Obama Talks About Jobs in Ohio Visit\n\nThe president spoke on Sunday.';
    assert.equal(findQuotes(verb, findEntities(verb)).quotes.length, 1);
  });
});

describe('a sentence adverb before the speaker', () => {
  it('"Perhaps Smith\'s view is …", "Even China says …": the adverb is no part of the speaker', () => {
    for (const [text, speaker] of [
      ["Perhaps Smith's view is that the plan will fail.", "Smith's"],
      ['Even China says the plan will fail.', 'China'],
      ['Initially the council said the plan would fail.', 'the council'],
    ]) {
      const { quotes } = findQuotes(text, findEntities(text));
      assert.equal(quotes.length, 1, text);
      const phrase = quotes[0].speaker?.mention;
      assert.equal(phrase && text.slice(phrase.start, phrase.end), speaker, text);
    }
  });
});

describe('a view that is a clause', () => {
  it('"Roe\'s view is that the plan will fail": Roe holds the view; the report is the "that" clause', () => {
    const text = "Roe's view is that the plan will fail.";
    const { quotes } = findQuotes(text, findEntities(text));
    assert.deepEqual(
      quotes.map((q) => [q.speaker?.name, q.cue && text.slice(q.cue.start, q.cue.end), text.slice(q.start, q.end)]),
      [['Roe', 'view', 'that the plan will fail']],
    );
  });
});
