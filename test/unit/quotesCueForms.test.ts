// Cue words and phrases the attribution reader knows: inflections, particles and phrasal cues (invented sentences).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotes } from '../../src/core/quotes';
import type { Quote } from '../../src/core/types';

const read = (text: string): Quote[] => findQuotes(text, []).quotes;
const content = (text: string, q: Quote | undefined): string => (q ? text.slice(q.start, q.end) : '');
const speaker = (text: string, q: Quote | undefined): string => (q?.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : '');
const cue = (text: string, q: Quote | undefined): string => (q?.cue ? text.slice(q.cue.start, q.cue.end) : '');
const byCue = (text: string, words: string): Quote | undefined => read(text).find((q) => cue(text, q) === words);

describe('past participles unlike the past tense', () => {
  it('reads “has written”, “has spoken about” and “had sworn” as cues', () => {
    const cases: [string, string, string, string][] = [
      ['The mayor has written that the bridge will stay closed.', 'written', 'The mayor', 'that the bridge will stay closed'],
      ['Ruiz has spoken about the need for a new ferry.', 'spoken about', 'Ruiz', 'the need for a new ferry'],
      ['The witness had sworn that she never saw the boat.', 'sworn', 'The witness', 'that she never saw the boat'],
      ['The inspectors have shown that the dam leaks.', 'shown', 'The inspectors', 'that the dam leaks'],
    ];
    for (const [text, words, who, what] of cases) {
      const q = byCue(text, words);
      assert.equal(content(text, q), what, text);
      assert.equal(speaker(text, q), who, text);
    }
  });
});

describe('what a hearer is reminded or warned of', () => {
  it('reads the noun phrase after the hearer and “of” or “about”', () => {
    const cases: [string, string, string, string][] = [
      ['The mayor reminded voters of the flood in 2010.', 'reminded', 'The mayor', 'the flood in 2010'],
      ['The coast guard warned us about the storm.', 'warned', 'The coast guard', 'the storm'],
      ['Ruiz told them about the delay.', 'told', 'Ruiz', 'the delay'],
    ];
    for (const [text, words, who, what] of cases) {
      const q = byCue(text, words);
      assert.equal(content(text, q), what, text);
      assert.equal(speaker(text, q), who, text);
    }
  });

  it('reads no topic in the hearer’s own “of” phrase after “told”, nor a hearer alone', () => {
    const text = 'Ruiz told members of the board about the delay.';
    assert.equal(read(text).filter((q) => content(text, q).startsWith('the board')).length, 0);
    assert.equal(read('The mayor reminded the voters.').length, 0);
  });
});

describe('putting out a document: “issue”, “file”, “post”, “release”, “name”', () => {
  it('reads the noun phrase put out as the subject’s', () => {
    const cases: [string, string, string, string][] = [
      ['The port authority issued a warning to all ferries.', 'issued', 'The port authority', 'a warning to all ferries'],
      ['The growers filed a complaint against the harbour board.', 'filed', 'The growers', 'a complaint against the harbour board'],
      ['Ruiz posted a photo of the flooded pier.', 'posted', 'Ruiz', 'a photo of the flooded pier'],
      ['The board refused to release the report.', 'release', 'The board', 'the report'],
      ['The council named Ruiz its new harbour master.', 'named', 'The council', 'Ruiz its new harbour master'],
    ];
    for (const [text, words, who, what] of cases) {
      const q = byCue(text, words);
      assert.equal(content(text, q), what, text);
      assert.equal(speaker(text, q), who, text);
    }
  });

  it('keeps the base form’s quote after “to” (“called on the board to release the files “as a duty””)', () => {
    const text = 'Lee’s family has called on the board to release the files “as a matter of public duty” and called on people to stay calm.';
    assert.equal(content(text, byCue(text, 'release')), 'the files “as a matter of public duty”');
  });

  it('reads no report in the medium alone, a name given, or the nouns', () => {
    for (const text of ['The board issued a statement.', 'A fisherman named Tomas Lee found the boat.', 'The press release was short.', 'The top issue was the toll.']) {
      assert.equal(read(text).length, 0, text);
    }
  });
});

describe('“list” as a verb of stating', () => {
  it('reads what a subject lists', () => {
    const text = 'The harbour guide lists three ferries as unsafe.';
    const q = byCue(text, 'lists');
    assert.equal(speaker(text, q), 'The harbour guide');
    assert.equal(content(text, q), 'three ferries as unsafe');
    const past = 'Ruiz listed the reasons for the delay.';
    assert.equal(content(past, byCue(past, 'listed')), 'the reasons for the delay');
  });

  it('reads no cue in the noun “list”', () => {
    for (const text of ['The waiting list for the ferry grew longer.', 'Ruiz is on the list of speakers.']) assert.equal(read(text).length, 0, text);
  });
});

describe('nouns’ forms that are verbs after a modal', () => {
  it('reads “support”, “back” and “vote for” after a modal, “do” or the “to” of the subject’s verb', () => {
    const cases: [string, string, string, string][] = [
      ['The harbour union would support the new ferry plan.', 'support', 'The harbour union', 'the new ferry plan'],
      ['Ruiz did not back the toll.', 'back', 'Ruiz', 'the toll'],
      ['Most fishermen tend to vote for the mayor.', 'vote for', 'Most fishermen', 'the mayor'],
    ];
    for (const [text, words, who, what] of cases) {
      const q = byCue(text, words);
      assert.equal(content(text, q), what, text);
      assert.equal(speaker(text, q), who, text);
    }
  });

  it('reads the noun as no cue, nor the verb inside a clause that another word takes', () => {
    for (const text of ['Their support for the ferry plan grew over the summer.', 'The plan has support from the growers.', 'Thanks to support from the growers, the ferry runs.']) {
      assert.equal(read(text).length, 0, text);
    }
    const embedded = 'Ruiz is not sure she can support the plan.';
    assert.equal(read(embedded).filter((q) => speaker(embedded, q) === 'she').length, 0);
    const urged = 'The council urged voters to support the plan.';
    assert.equal(read(urged).filter((q) => speaker(urged, q) === 'voters').length, 0);
  });
});

describe('verbs that report only a clause', () => {
  it('reads what someone knows when a clause follows “know”', () => {
    const cases: [string, string, string, string][] = [
      ['The ferry crews know that the new timetable will not hold.', 'know', 'The ferry crews', 'that the new timetable will not hold'],
      ['Ruiz knew how the council would vote.', 'knew', 'Ruiz', 'how the council would vote'],
      ['Nobody knows whether the pier can be saved.', 'knows', 'Nobody', 'whether the pier can be saved'],
    ];
    for (const [text, words, who, what] of cases) {
      const q = byCue(text, words);
      assert.equal(content(text, q), what, text);
      assert.equal(speaker(text, q), who, text);
    }
  });

  it('reads no report in knowing a person or a place, nor in “knowing” and “known”', () => {
    for (const text of ['Ruiz knew the old harbour master well.', 'Knowing the risks, the crew sailed at dawn.', 'The crew has known the captain for years.']) {
      assert.equal(read(text).length, 0, text);
    }
  });

  it('reads “know” only before its complementizer, or a short phrase and “that”', () => {
    const later = 'The crews did not know at the time that the pier had closed.';
    assert.equal(content(later, byCue(later, 'know')), 'that the pier had closed');
    const quoted = 'I know all about the mayor and how he wins over his “ordinary voter” friends.';
    assert.equal(byCue(quoted, 'know'), undefined);
    const aside = 'The coach says she hopes to win the cup, but she knows that “the harbour team will always be the best.”';
    assert.equal(content(aside, byCue(aside, 'says')), 'she hopes to win the cup, but she knows that “the harbour team will always be the best.”');
  });

  it('reads no report in “maintained a lead” or “maintains a pace”', () => {
    for (const text of ['Ruiz maintained a comfortable lead in the county.', 'The campaign maintains a busy schedule of rallies.']) {
      assert.equal(read(text).length, 0, text);
    }
  });

  it('still reads “maintained that …”', () => {
    const text = 'Ruiz maintained that the dam was safe.';
    assert.equal(content(text, byCue(text, 'maintained')), 'that the dam was safe');
    assert.equal(speaker(text, byCue(text, 'maintained')), 'Ruiz');
  });
});

describe('words between a subject and its cue', () => {
  it('skips a quantifier floated after a plural subject', () => {
    const cases: [string, string, string, string][] = [
      ['Ruiz and Lee both denounced the new toll.', 'denounced', 'Ruiz and Lee', 'the new toll'],
      ['The three mayors all said the ferry was too slow.', 'said', 'The three mayors', 'the ferry was too slow'],
      ['Ruiz and Lee have both argued that the toll is unfair.', 'argued', 'Ruiz and Lee', 'that the toll is unfair'],
      ['They had all warned that the bridge would close.', 'warned', 'They', 'that the bridge would close'],
    ];
    for (const [text, words, who, what] of cases) {
      const q = byCue(text, words);
      assert.equal(content(text, q), what, text);
      assert.equal(speaker(text, q), who, text);
    }
  });

  it('keeps a quantifier that heads the subject or opens it', () => {
    const cases: [string, string, string][] = [
      ['Both oppose the new toll.', 'oppose', 'Both'],
      ['All three mayors said the ferry was too slow.', 'said', 'All three mayors'],
      ['And both vowed to keep the ferry running.', 'vowed', 'both'],
    ];
    for (const [text, words, who] of cases) assert.equal(speaker(text, byCue(text, words)), who, text);
  });

  it('reads “chimed in” as one cue', () => {
    const text = 'Lee chimed in that the plan was fine.';
    const q = byCue(text, 'chimed in');
    assert.equal(content(text, q), 'that the plan was fine');
    assert.equal(speaker(text, q), 'Lee');
  });

  it('reads the cue after “was quick to” or “were careful to” as the subject’s', () => {
    const cases: [string, string, string, string][] = [
      ['Ruiz was quick to point out that the dam had held.', 'point out', 'Ruiz', 'that the dam had held'],
      ['The engineers were careful to stress that the bridge was safe.', 'stress', 'The engineers', 'that the bridge was safe'],
    ];
    for (const [text, words, who, what] of cases) {
      const q = byCue(text, words);
      assert.equal(content(text, q), what, text);
      assert.equal(speaker(text, q), who, text);
    }
  });
});

describe('phrasal cues', () => {
  it('reads a particle and the preposition after it as one cue', () => {
    const cases: [string, string, string, string][] = [
      ['Ruiz lashed out at the council on Friday.', 'lashed out at', 'Ruiz', 'the council'],
      ['The campaign pushed back against the charge.', 'pushed back against', 'The campaign', 'the charge'],
      ['Lee weighed in on the dispute.', 'weighed in on', 'Lee', 'the dispute'],
    ];
    for (const [text, words, who, what] of cases) {
      const q = byCue(text, words);
      assert.equal(content(text, q), what, text);
      assert.equal(speaker(text, q), who, text);
    }
  });

  it('reads “joked about”, “opined on”, “hinted at” and “called out”', () => {
    const cases: [string, string, string, string][] = [
      ['She joked about moving to the coast.', 'joked about', 'She', 'moving to the coast'],
      ['The judge opined on the state of the harbor.', 'opined on', 'The judge', 'the state of the harbor'],
      ['The mayor hinted at a second term.', 'hinted at', 'The mayor', 'a second term'],
      ['Ruiz called out the ferry company for its delays.', 'called out', 'Ruiz', 'the ferry company for its delays'],
    ];
    for (const [text, words, who, what] of cases) {
      const q = byCue(text, words);
      assert.equal(content(text, q), what, text);
      assert.equal(speaker(text, q), who, text);
    }
  });
});

describe('a subject pronoun with its auxiliary run in', () => {
  it('reads the cue after “he’s” and “she’s” as a verb, not a possessive noun', () => {
    const cases: [string, string, string][] = [
      ["She's said that the ferry will keep running.", 'said', 'that the ferry will keep running'],
      ['He’s suggesting that the toll should go.', 'suggesting', 'that the toll should go'],
      ["He's also argued that the dam is safe.", 'argued', 'that the dam is safe'],
    ];
    for (const [text, words, what] of cases) assert.equal(content(text, byCue(text, words)), what, text);
  });

  it('still reads a name’s possessive before a speech noun as its owner', () => {
    const text = "Ruiz's remarks drew applause.";
    assert.equal(read(text).filter((q) => cue(text, q) === 'remarks').length, 0);
  });
});

describe('a negated auxiliary run into one word', () => {
  it('reads the participle after “isn’t” or “wasn’t” as the subject’s cue', () => {
    const cases: [string, string, string, string][] = [
      ["The mayor isn't saying whether the ferry will run.", 'saying', 'The mayor', 'whether the ferry will run'],
      ['Ruiz wasn’t suggesting that the toll should go.', 'suggesting', 'Ruiz', 'that the toll should go'],
    ];
    for (const [text, words, who, what] of cases) {
      const q = byCue(text, words);
      assert.equal(content(text, q), what, text);
      assert.equal(speaker(text, q), who, text);
    }
  });
});
