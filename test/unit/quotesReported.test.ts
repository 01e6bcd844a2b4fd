// Reported speech: which cues, subjects and content boundaries the attribution reader accepts (invented sentences).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotes } from '../../src/core/quotes';
import { analyze } from '../../src/core';
import type { Quote } from '../../src/core/types';

const read = (text: string): Quote[] => findQuotes(text, []).quotes;
const content = (text: string, q: Quote | undefined): string => (q ? text.slice(q.start, q.end) : '');
const speaker = (text: string, q: Quote | undefined): string => (q?.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : '');
const cue = (text: string, q: Quote | undefined): string => (q?.cue ? text.slice(q.cue.start, q.cue.end) : '');
const byCue = (text: string, word: string): Quote | undefined => read(text).find((q) => cue(text, q) === word);

describe('subjects with no known role word', () => {
  it('takes the noun phrase before the cue as its subject', () => {
    const text = 'Bicycle safety campaigners said the new lanes had made cycling safer.';
    const q = byCue(text, 'said');
    assert.equal(content(text, q), 'the new lanes had made cycling safer');
    assert.equal(speaker(text, q), 'Bicycle safety campaigners');
  });

  it('walks through “of” to the quantity that heads the subject', () => {
    const text = 'Nearly two-thirds of the beekeepers say the winter was the worst in years.';
    const q = byCue(text, 'say');
    assert.equal(content(text, q), 'the winter was the worst in years');
    assert.match(speaker(text, q), /beekeepers$/);
  });

  it('takes numbers, percentages and quantifiers as subjects', () => {
    const cases: [string, string][] = [
      ['One in three said the ferry was too slow.', 'One in three'],
      ['Among the riders, 42% say the ferry is too slow.', '42%'],
      ['Hardly anyone complained, but many said the ferry was too slow.', 'many'],
    ];
    for (const [text, who] of cases) {
      const q = read(text).find((x) => x.cueLemma === 'say');
      assert.equal(content(text, q), text.includes('is too slow') ? 'the ferry is too slow' : 'the ferry was too slow', text);
      assert.equal(speaker(text, q), who, text);
    }
  });

  it('does not take a fronted prepositional phrase or a lone quantifier for the subject', () => {
    const text = 'For some farmers, the losses would outstrip the gains, said Ruiz.';
    const q = byCue(text, 'said');
    assert.equal(speaker(text, q), 'Ruiz');
    assert.equal(content(text, q), 'For some farmers, the losses would outstrip the gains');
  });

  it('takes the subject before an aside set off by commas or dashes', () => {
    const text = 'Several growers, including the largest, said the frost had spared the vines.';
    assert.equal(speaker(text, byCue(text, 'said')), 'Several growers');
    const dashed = 'Bakers — and some millers — say that flour will cost more.';
    assert.equal(speaker(dashed, byCue(dashed, 'say')), 'Bakers');
  });

  it('gives a relative clause’s cue to the noun before “that”', () => {
    const text = 'The club put up a sign that said, “Members only after six.”';
    const q = byCue(text, 'said');
    assert.equal(q?.kind, 'direct');
    assert.equal(speaker(text, q), 'a sign');
  });

  it('steps over any “-ly” adverb between the subject and the cue, but not a noun in “-ly”', () => {
    const text = 'The mayor bluntly warned that the bridge was unsafe.';
    assert.equal(speaker(text, byCue(text, 'warned')), 'The mayor');
    const family = 'The family said the bridge was unsafe.';
    assert.equal(speaker(family, byCue(family, 'said')), 'The family');
  });

  it('steps over “last week” between the subject and the cue', () => {
    const text = 'The governor last week said the budget was balanced.';
    assert.equal(speaker(text, byCue(text, 'said')), 'The governor');
  });

  it('steps over a day name between the subject and the cue', () => {
    const text = 'The harbour board on Monday rejected both objections.';
    assert.equal(speaker(text, byCue(text, 'rejected')), 'The harbour board');
    const earlier = 'Okafor earlier Thursday said the count was final.';
    assert.equal(speaker(earlier, byCue(earlier, 'said')), 'Okafor');
  });

  it('runs an “according to” source that a lower-case word cut short on to its comma', () => {
    const text = 'For the club, according to its former finance director Ana Ruiz, the season was a loss.';
    const q = byCue(text, 'according to');
    assert.equal(speaker(text, q), 'its former finance director Ana Ruiz');
  });

  it('does not take a contracted pronoun for a possessive', () => {
    const text = 'Joyce told The Courier he’s not planning an appeal.';
    const q = byCue(text, 'told');
    assert.equal(speaker(text, q), 'Joyce');
    assert.equal(content(text, q), 'he’s not planning an appeal');
  });

  it('takes the subject before an adverbial phrase, not the phrase', () => {
    const text = 'Mayor Ana Ruiz in a blog post said the bridge would reopen.';
    assert.equal(speaker(text, byCue(text, 'said')), 'Mayor Ana Ruiz');
  });

  it('reads a vague source with its tail (“Those close to him say”)', () => {
    const text = 'Those close to the mayor say that she will run again.';
    const q = byCue(text, 'say');
    assert.equal(speaker(text, q), 'Those close to the mayor');
    assert.equal(q?.speaker?.anonymous, true);
  });

  it('does not take an adverb or a preposition for a subject', () => {
    const text = 'The plan, as it turned out, quietly said that taxes would rise.';
    assert.equal(read(text).filter((q) => speaker(text, q) === 'quietly').length, 0);
  });
});

describe('noun-phrase objects of attitude cues', () => {
  it('ends the object before a time adverbial', () => {
    const text = 'The union endorsed Maria Gomez on Tuesday after a long debate.';
    const q = byCue(text, 'endorsed');
    assert.equal(content(text, q), 'Maria Gomez');
    assert.equal(speaker(text, q), 'The union');
  });

  it('runs an object on through a list of names', () => {
    const text = 'The editor criticized Ortiz, Lund and Vale for the delay.';
    assert.equal(content(text, byCue(text, 'criticized')), 'Ortiz, Lund and Vale for the delay');
  });

  it('keeps a one-word object', () => {
    const text = 'The farmers opposed Hendricks during the hearing.';
    assert.equal(content(text, byCue(text, 'opposed')), 'Hendricks');
  });

  it('reads cues of discussing, echoing and expecting', () => {
    const text = 'The council discussed the parking fees on Friday. Residents echoed the complaint about noise. Grocers expect prices to fall.';
    assert.equal(content(text, byCue(text, 'discussed')), 'the parking fees');
    assert.equal(speaker(text, byCue(text, 'echoed')), 'Residents');
    assert.equal(content(text, byCue(text, 'expect')), 'prices to fall');
  });

  it('keeps a two-word infinitive (“declined to comment”)', () => {
    const text = 'A spokeswoman for the port declined to comment.';
    const q = byCue(text, 'declined');
    assert.equal(content(text, q), 'to comment');
    assert.equal(speaker(text, q), 'A spokeswoman for the port');
  });

  it('reads a clause when an auxiliary follows the noun phrase', () => {
    const text = 'The company announced the plant would close in March.';
    assert.equal(content(text, byCue(text, 'announced')), 'the plant would close in March');
  });

  it('runs an object on through “to” and “that”', () => {
    const text = 'The mayor urged residents to stay indoors during the storm.';
    assert.equal(content(text, byCue(text, 'urged')), 'residents to stay indoors during the storm');
  });
});

describe('where reported content ends', () => {
  it('ends the content before a relative aside opened by “, which”', () => {
    const text = 'The minister said the ferry would be replaced by a bridge, which pleased the islanders.';
    assert.equal(content(text, byCue(text, 'said')), 'the ferry would be replaced by a bridge');
  });

  it('ends the content before a relative aside opened by “, who”', () => {
    const text = 'The coach said the job would go to Lena Park, who joined the club in May.';
    assert.equal(content(text, byCue(text, 'said')), 'the job would go to Lena Park');
  });

  it('ends the content at a contrasting clause after a comma', () => {
    const text = 'The coach said the team would not change its lineup, but the players had other ideas.';
    assert.equal(content(text, byCue(text, 'said')), 'the team would not change its lineup');
  });
});

describe('views and impressions with no source', () => {
  it('reads “seemed” with its subject and complement as content without a speaker', () => {
    const text = 'The goalkeeper seemed unsure about the new rules.';
    const q = byCue(text, 'seemed');
    assert.equal(content(text, q), 'The goalkeeper seemed unsure about the new rules');
    assert.equal(q?.speaker, null);
  });

  it('does not read “appeared” before a place or an occasion', () => {
    const text = 'The goalkeeper appeared on a breakfast show with his coach.';
    assert.equal(read(text).length, 0);
  });

  it('reads a passive view (“is expected to”)', () => {
    const text = 'Attendance is expected to double next season.';
    const q = byCue(text, 'is expected');
    assert.equal(content(text, q), 'Attendance is expected to double next season');
    assert.equal(q?.speaker, null);
  });

  it('reads “is seen as” as a view, and “is seen walking” as what the eye saw', () => {
    const view = 'The ferry is seen as a lifeline for the island.';
    assert.equal(content(view, byCue(view, 'is seen')), 'The ferry is seen as a lifeline for the island');
    assert.equal(read('Four officers are seen gathered around the car.').length, 0);
    assert.equal(read('The mayor was seen leaving the pier after midnight.').length, 0);
  });

  it('keeps the view when the verb after “to” takes only quoted words or a clause', () => {
    const text = 'The governor is expected to deliver a speech tonight.';
    const q = byCue(text, 'is expected');
    assert.equal(content(text, q), 'The governor is expected to deliver a speech tonight');
  });

  it('ends the view before a clause of the narrator’s after its comma, however short the complement', () => {
    const text = 'The new ferry is expected next spring, but the pier will not be ready until autumn.';
    assert.equal(content(text, byCue(text, 'is expected')), 'The new ferry is expected next spring');
    const bare = 'The plan was widely known, but the mayor had never spoken of it in public.';
    assert.equal(content(bare, byCue(bare, 'was widely known')), 'The plan was widely known');
    const list = 'The toll seemed fair, cheap and simple to pay.';
    assert.equal(content(list, byCue(list, 'seemed')), 'The toll seemed fair, cheap and simple to pay');
  });

  it('reads a view with an adverb between “be” and its participle (“is best known for”, “was once thought”)', () => {
    const text = 'The harbour master is best known for his storm warnings.';
    const q = byCue(text, 'is best known');
    assert.equal(content(text, q), 'The harbour master is best known for his storm warnings');
    assert.equal(q?.speaker, null);
    const once = 'The old ferry was once thought to be unsinkable.';
    assert.equal(content(once, byCue(once, 'was once thought')), 'The old ferry was once thought to be unsinkable');
  });

  it('keeps an adverb with no “be” before it out of the cue (“the ferry, once known as …”)', () => {
    const text = 'The ferry, once known as the Gull, was sold in May.';
    assert.equal(byCue(text, 'once known'), undefined);
    assert.ok(byCue(text, 'known'));
  });

  it('reads “known as” after a noun', () => {
    const text = 'The farmers crossed the pass known as the Devil’s Gate.';
    assert.ok(byCue(text, 'known'));
  });

  it('leaves “seemed to” with a cue verb to that verb and its subject', () => {
    const text = 'The minister seemed to suggest that fares would rise.';
    const quotes = read(text);
    assert.equal(quotes.length, 1);
    assert.equal(cue(text, quotes[0]), 'suggest');
    assert.equal(speaker(text, quotes[0]), 'The minister');
  });
});

describe('direct quotes and their speakers', () => {
  it('keeps an initial in the speaker’s name', () => {
    const text = '“The river is rising,” J. Alvarez Moreno, the harbour master, said.';
    const [q] = read(text);
    assert.equal(q.kind, 'direct');
    assert.match(speaker(text, q), /^J\. Alvarez Moreno/);
  });

  it('does not read the apposition after an inverted speaker as more content', () => {
    const text = 'But “the season is over,” said Lena Park, the club’s chairwoman.';
    const [q] = read(text);
    assert.equal(content(text, q), 'But “the season is over,”');
    assert.equal(speaker(text, q), 'Lena Park');
  });

  it('attributes a question or exclamation to the name and verb right after it', () => {
    const text = 'The board met. “Who signed this?” Okafor asked during the meeting. The answer came later.';
    const q = read(text).find((x) => x.kind === 'direct');
    assert.equal(cue(text, q), 'asked');
    assert.equal(speaker(text, q), 'Okafor');
    assert.equal(content(text, q), '“Who signed this?”');
  });

  it('does not take a participial aside on an inverted speaker for the content', () => {
    const text = '“This is a stage show and we are props,” said delegate Rosa Lind, angered that the rules changed.';
    const q = byCue(text, 'said');
    assert.equal(q?.kind, 'direct');
    assert.equal(content(text, q), '“This is a stage show and we are props,”');
  });

  it('gives a quote after a colon to the name right before the colon', () => {
    const text = 'The result did not surprise the pollster Mara Vale: “Late deciders always break for the challenger.”';
    const q = read(text).find((x) => x.kind === 'direct');
    assert.equal(speaker(text, q), 'the pollster Mara Vale');
    const digest = 'TURNOUT FELL - More from Vale: “Fewer young people voted than in any year since 1990.”';
    assert.equal(speaker(digest, read(digest).find((x) => x.kind === 'direct')), 'Vale');
  });

  it('takes a possessor with its modifiers as the subject of a main clause', () => {
    const text = 'On Monday, the mayor’s right-hand man rallied the staff, saying: “We will finish on time.”';
    assert.equal(speaker(text, byCue(text, 'saying')), 'the mayor’s right-hand man');
  });

  it('reads “…, as X put it” with the content before the aside', () => {
    const text = 'The rule favours a “steady source of income,” as a city memo put it.';
    const q = byCue(text, 'put it');
    assert.equal(speaker(text, q), 'a city memo');
    assert.equal(content(text, q), 'The rule favours a “steady source of income,”');
  });

  it('reads the quote after an adverbial and a comma as the content', () => {
    const text = 'Later, the museum said Thursday on its website, “We never asked for the painting.”';
    const q = byCue(text, 'said');
    assert.equal(q?.kind, 'direct');
    assert.equal(content(text, q), '“We never asked for the painting.”');
  });

  it('reads verbs of manner that introduce a quote (“cracked”, “scoffed”)', () => {
    const text = 'The mayor cracked, “Nobody reads the minutes anyway.”';
    assert.equal(byCue(text, 'cracked')?.kind, 'direct');
  });

  it('still ends the sentence after a quote when the next one has content of its own', () => {
    const text = '“We won.” Okafor said the vote was close.';
    const reported = read(text).find((x) => x.kind === 'reported');
    assert.equal(content(text, reported), 'the vote was close');
  });
});

describe('quoted titles', () => {
  it('reads a few capitalised words in quotation marks as a title, not speech', () => {
    const title = '“Morning Edition,” the host said.';
    assert.equal(read(title).length, 0);
    const speech = '“Mornings are hard,” the host said.';
    assert.equal(read(speech)[0]?.kind, 'direct');
  });

  it('opens a sentence at a parenthesis that holds a quote', () => {
    const text = 'The club agreed to play. (“We owed it to the fans,” the coach said.) The match sold out.';
    const q = read(text).find((x) => x.kind === 'direct');
    assert.equal(content(text, q), '“We owed it to the fans,”');
    assert.equal(speaker(text, q), 'the coach');
  });
});

describe('participial cues after a preposition', () => {
  it('gives “by saying” to the subject of the main clause', () => {
    const text = 'The coach ended the meeting by saying the team would train on Sunday.';
    const q = byCue(text, 'saying');
    assert.equal(speaker(text, q), 'The coach');
    assert.equal(content(text, q), 'the team would train on Sunday');
  });

  it('gives a fronted “after telling” clause to the subject after its comma', () => {
    const text = 'After saying the roads were safe, the mayor closed the bridge.';
    const q = byCue(text, 'saying');
    assert.equal(speaker(text, q), 'the mayor');
    assert.equal(content(text, q), 'the roads were safe');
  });
});

describe('polls as sources', () => {
  it('reads a fronted “In a poll …,” as the source of the clause after it', () => {
    const text = 'In a survey of growers released Monday, most farms reported a smaller harvest.';
    const q = byCue(text, 'In');
    assert.equal(content(text, q), 'most farms reported a smaller harvest');
    assert.equal(speaker(text, q), 'a survey of growers released Monday');
  });

  it('reads a poll that closes its sentence, and no other noun phrase after “in”', () => {
    const text = 'The mayor leads by nine points in the latest city poll.';
    assert.equal(speaker(text, byCue(text, 'in')), 'the latest city poll');
    const other = 'The mayor lives in a house near the polling station.';
    assert.equal(byCue(other, 'in'), undefined);
  });

  it('reads no source in polls in general (“has struggled in the polls”)', () => {
    for (const text of ['The mayor has struggled in the polls.', 'The harbour party rose steadily in polls.']) assert.equal(byCue(text, 'in'), undefined, text);
    const named = 'The harbour party rose steadily in the Gazette polls.';
    assert.equal(speaker(named, byCue(named, 'in')), 'the Gazette polls');
  });
});

describe('headlines and verbs of attack', () => {
  it('reads any capitalised reporting verb in a title-case headline', () => {
    const text = 'Farmers Rip Water Board As A ‘Reckless Gamble.’\nThe board met on Monday.';
    const q = read(text).find((x) => x.cueLemma === 'rip');
    assert.ok(q);
    assert.equal(speaker(text, q), 'Farmers');
  });

  it('reads verbs of attack only with quoted words or a clause (“pounding him as a “fraud””)', () => {
    const quoted = 'The senator has been pounding the mayor as a “fraud” for weeks.';
    assert.ok(byCue(quoted, 'pounding'));
    const plain = 'The rain has been pounding the coast for weeks.';
    assert.equal(byCue(plain, 'pounding'), undefined);
  });
});

describe('infinitive cues', () => {
  it('gives “to announce” to the name right before it', () => {
    const text = 'Senator Vale to announce run for governor on Monday.';
    const q = byCue(text, 'announce');
    assert.equal(speaker(text, q), 'Senator Vale');
  });

  it('does not read an infinitive after a common noun or a verb', () => {
    const text = 'The tool lets readers choose to report errors quickly.';
    assert.equal(byCue(text, 'report'), undefined);
  });
});

describe('passive cues', () => {
  it('names no source for a passive cue', () => {
    const text = 'The coach was asked whether the team would travel.';
    const q = byCue(text, 'asked');
    assert.equal(content(text, q), 'whether the team would travel');
    assert.equal(q?.speaker, null);
  });

  it('takes the agent after “by” as the source of a passive cue', () => {
    const text = 'The players were told by the referee that the match was over.';
    const q = byCue(text, 'told');
    assert.equal(speaker(text, q), 'the referee');
    assert.equal(content(text, q), 'that the match was over');
  });

  it('takes the agent of a passive with an adverb before its participle', () => {
    const cases: [string, string, string, string][] = [
      ['The ferry deal was first reported by the Harbour Gazette.', 'reported', 'the Harbour Gazette', 'The ferry deal'],
      ['The new toll was widely criticized by farmers.', 'criticized', 'farmers', 'The new toll'],
    ];
    for (const [text, words, who, what] of cases) {
      const q = byCue(text, words);
      assert.equal(speaker(text, q), who, text);
      assert.equal(content(text, q), what, text);
    }
  });
});

describe('names given, not words said', () => {
  it('reads “a website called …” as a name, not an attribution', () => {
    const text = 'The story came from a website called Daily Truth Now.';
    assert.equal(byCue(text, 'called'), undefined);
    const said = 'The mayor called the plan “a disaster for farmers.”';
    assert.ok(byCue(said, 'called'));
  });
});

describe('time adverbials, coordinated and dotted subjects', () => {
  it('reads a time adverbial after the cue as no content', () => {
    const text = 'Not paying the fine “makes me clever,” the mayor said last week.';
    const q = byCue(text, 'said');
    assert.equal(content(text, q), 'Not paying the fine “makes me clever,”');
    const afternoon = 'The harbour will close for a month, port officials said Friday afternoon, as ships waited.';
    assert.equal(content(afternoon, byCue(afternoon, 'said')), 'The harbour will close for a month');
  });

  it('reads a subject of two names joined by “and” as plural', () => {
    const text = 'But Ms. Ortiz and Mr. Lund say other changes are needed.';
    assert.equal(content(text, byCue(text, 'say')), 'other changes are needed');
  });

  it('reads a dotted acronym before the cue as the speaker', () => {
    const text = 'The F.A.A. said it would review the rules.';
    assert.equal(speaker(text, byCue(text, 'said')), 'The F.A.A');
  });
});

describe('more subjects and contents', () => {
  it('reads the subject of a passive with an agent as the content', () => {
    const text = 'The new bridge has been praised by dozens of engineers.';
    const q = byCue(text, 'praised');
    assert.equal(content(text, q), 'The new bridge');
    assert.match(speaker(text, q), /^dozens/);
  });

  it('reads “not to” after a prepositional phrase as the content', () => {
    const text = 'The board decided after a long review not to raise the fees.';
    assert.equal(content(text, byCue(text, 'decided')), 'not to raise the fees');
  });

  it('takes a role that opens its clause before an adverbial phrase', () => {
    const text = 'The flyer ran for a week. “Why pay more?” a voice in the radio spot asks.';
    assert.equal(speaker(text, byCue(text, 'asks')), 'a voice');
  });

  it('gives a participle after a preposition to the name opening the sentence when no verb names a subject', () => {
    const text = 'Okafor sings to the crowd before asking them, “Are you ready?”';
    assert.equal(speaker(text, byCue(text, 'asking')), 'Okafor');
  });
});

describe('numbers', () => {
  it('keeps a decimal number in one sentence', () => {
    const text = 'The measure passed with 45.4 percent of the vote, officials said.';
    assert.equal(content(text, byCue(text, 'said')), 'The measure passed with 45.4 percent of the vote');
  });
});

describe('fronted participles', () => {
  it('reads a fronted participle with quoted words for the subject after it', () => {
    const text = 'Bemoaning the “rigged game,” the coach blamed the referees.';
    const q = byCue(text, 'Bemoaning');
    assert.equal(speaker(text, q), 'the coach');
    assert.equal(content(text, q), 'the “rigged game,”');
  });

  it('reads no attribution in a fronted participle without quoted words or a clause', () => {
    const text = 'Speaking at the forum, the mayor praised the volunteers.';
    assert.equal(byCue(text, 'Speaking'), undefined);
  });
});

describe('straight single quotation marks', () => {
  it('reads straight single marks around words as a quote', () => {
    const text = "Mayor Calls Bridge Plan 'A Waste of Money.'\nThe council met.";
    const q = read(text).find((x) => x.kind !== 'reported');
    assert.ok(q);
    assert.ok(text.slice(q.start, q.end).includes("'A Waste of Money.'"));
  });

  it('does not take apostrophes and possessives for quotation marks', () => {
    const { scareQuotes, quotes } = findQuotes("The players' union said it can't agree to the '90s rules.", []);
    assert.equal(scareQuotes.length, 0);
    assert.ok(quotes.every((q) => q.kind === 'reported'));
  });
});

describe('transcripts', () => {
  it('reads an all-capitals speaker label as the source of the whole paragraph', () => {
    const text = 'HOST: Welcome back. We start with the storm.\n\nREYES: Thank you. The roads are closed tonight.';
    const q = read(text).find((x) => speaker(text, x) === 'REYES');
    assert.equal(content(text, q), 'Thank you. The roads are closed tonight');
  });

  it('reads a transcript line that opens with an unpaired quotation mark', () => {
    const text = '"REYES: The roads are closed until Monday morning.\n\n"HOST: Thank you.';
    assert.ok(read(text).some((x) => speaker(text, x) === 'REYES'));
  });
});

describe('gaps between a subject and its cue', () => {
  it('reads subjects across a day and time, a prepositional phrase, a participle and a long parenthesis', () => {
    const cases: [string, string, string][] = [
      ['The mayor on Thursday evening said the bridge was safe.', 'said', 'The mayor'],
      ['Three papers in the county, including the Herald, said the bridge was safe.', 'said', 'Three papers'],
      ['On Friday, Okafor — named by the board as its choice — told reporters that the bridge was safe.', 'told', 'Okafor'],
      ['A city engineer hired Thursday says that the bridge was safe.', 'says', 'A city engineer'],
      ['Ana Ruiz (an engineer so careful she checks every bolt twice before lunch) says the bridge was safe.', 'says', 'Ana Ruiz'],
    ];
    for (const [text, verb, who] of cases) assert.ok(speaker(text, byCue(text, verb)).startsWith(who), text);
  });
});

describe('askers and inverted speakers', () => {
  it('names the asker of a fronted question after “by”', () => {
    const text = 'When asked by a reporter whether the fares would rise, the mayor said no.';
    const q = read(text).find((x) => x.cueLemma === 'ask');
    assert.equal(speaker(text, q), 'a reporter');
    assert.equal(content(text, q), 'whether the fares would rise');
  });

  it('takes any noun phrase after the cue of a quote as its speaker', () => {
    const text = '“It is hard to come back so soon,” said the designer, who works for another brand.';
    assert.equal(speaker(text, byCue(text, 'said')), 'the designer');
  });
});

describe('phrases between a cue and its “that” clause', () => {
  it('steps over a long prepositional phrase, a name with a verb-like word and a duration', () => {
    const cases: [string, string][] = [
      ['The judge said in a long interview with the Harbour Gazette last month that the ruling would stand.', 'that the ruling would stand'],
      ['The judge said in an interview with Lakeside Press that the ruling would stand.', 'that the ruling would stand'],
      ['The judge has said for weeks the ruling would stand.', 'the ruling would stand'],
    ];
    for (const [text, want] of cases) assert.equal(content(text, byCue(text, 'said')), want, text);
  });
});

describe('the narrator’s next clause', () => {
  it('ends reported content at “, and he” with a past verb', () => {
    const text = 'Okafor said the real problem is the budget, and he railed against the board for ignoring it.';
    assert.equal(content(text, byCue(text, 'said')), 'the real problem is the budget');
  });

  it('keeps a coordinated clause without a new subject', () => {
    const text = 'Okafor said the budget is small, and the board likes it.';
    assert.equal(content(text, byCue(text, 'said')), 'the budget is small, and the board likes it');
  });
});

describe('questions put to a speaker after the cue', () => {
  it('reads “when asked whether …” after a quote and after reported content', () => {
    const quoted = '“Of course,” the mayor said when asked whether the bridge would reopen.';
    const ask = read(quoted).find((x) => x.cueLemma === 'ask');
    assert.equal(content(quoted, ask), 'whether the bridge would reopen');
    const reported = 'The mayor said no when asked whether the bridge would reopen.';
    assert.equal(content(reported, byCue(reported, 'said')), 'no');
    assert.equal(content(reported, read(reported).find((x) => x.cueLemma === 'ask')), 'whether the bridge would reopen');
  });

  it('reads an aside “, when asked about …,” after the subject', () => {
    const text = 'The mayor, when asked about the delays, blamed the weather.';
    assert.equal(content(text, read(text).find((x) => x.cueLemma === 'ask')), 'about the delays');
  });
});

describe('cues of several words', () => {
  it('reads “made it clear”, “made clear” and “made the case” but not a bare “made”', () => {
    const cases: [string, string][] = [
      ['The mayor made it clear that the bridge would stay shut.', 'made it clear'],
      ['The mayor made clear the bridge would stay shut.', 'made clear'],
      ['The mayor has made the case that the bridge should stay shut.', 'made the case'],
    ];
    for (const [text, want] of cases) {
      const q = byCue(text, want);
      assert.ok(q, text);
      assert.ok(content(text, q).includes('the bridge'), text);
    }
    assert.equal(read('The mayor made a cake that the children loved.').length, 0);
  });
});

describe('forms that seldom report speech', () => {
  it('reads no attribution from “votes”, “voting”, “saw” and “speaking”', () => {
    for (const text of ['The early voting bloc was larger than the polls had shown.', 'The votes necessary to override him are not there.', 'The city saw a surge in new riders last year.', 'Speaking to a packed hall, the mayor smiled at the crowd.']) {
      assert.equal(read(text).length, 0, text);
    }
  });
});

describe('plural nouns that look like cue verbs', () => {
  it('reads no cue in “the tax plans would …” but keeps the gap after a relative word', () => {
    assert.equal(read('The new tax plans would cost a fortune, the paper found nothing else.').filter((q) => cue('The new tax plans would cost a fortune, the paper found nothing else.', q) === 'plans').length, 0);
    const gap = 'The bridge, which she hopes will open in May, is late.';
    assert.equal(content(gap, byCue(gap, 'hopes')), 'will open in May, is late');
  });
});

describe('names given with “called”', () => {
  it('reads no speech in “a super PAC called Harbour Forward” but keeps “a day after Okafor called …”', () => {
    assert.equal(read('The money went to a super PAC called Harbour Forward last spring.').length, 0);
    const text = 'A day after Okafor called the plan “a disaster,” the board met.';
    assert.equal(speaker(text, byCue(text, 'called')), 'Okafor');
  });
});

describe('around quoted words inside reported content', () => {
  it('ends at the narrator’s “as he …” after the quote, but not at “when he said”', () => {
    const text = 'Okafor says she is “proud of where we stand” as she faces a hard vote.';
    assert.equal(content(text, byCue(text, 'says')), 'she is “proud of where we stand”');
    const said = 'Okafor said Ruiz was “absolutely right” when he said the bridge was unsafe.';
    assert.ok(content(said, read(said)[0]).endsWith('unsafe'));
  });

  it('steps over “, however,” after the cue and keeps “but that …” in the content', () => {
    const text = 'Okafor acknowledged, however, “Past results are no guide to the future.”';
    assert.equal(content(text, byCue(text, 'acknowledged')), '“Past results are no guide to the future.”');
    const but = 'Okafor says the vote was close, but that her team “did everything it could.”';
    assert.equal(content(but, byCue(but, 'says')), 'the vote was close, but that her team “did everything it could.”');
  });

  it('reads manner verbs like “barked” after a quote', () => {
    const text = '“Sit down,” the chairman barked at the reporter.';
    assert.equal(speaker(text, byCue(text, 'barked')), 'the chairman');
  });
});

describe('main clauses with irregular past verbs', () => {
  it('finds the subject of “began …, saying”', () => {
    const text = 'The governor began by thanking the crowd, saying that the bridge would open soon.';
    assert.equal(speaker(text, byCue(text, 'saying')), 'The governor');
  });
});

describe('a quote that ends with a full stop', () => {
  it('ends its sentence even before a name and a verb, so the quote joins the one before', () => {
    const text = '“Our jobs are leaving,” Mr. Ruiz said. “Jobs are my strength.” He said, twice, that he would stay.';
    const [first, second] = read(text);
    assert.equal(content(text, first), '“Our jobs are leaving,” Mr. Ruiz said. “Jobs are my strength.”');
    assert.equal(content(text, second), 'that he would stay');
  });
});

describe('polls with several sponsors', () => {
  it('reads “In an ABC/Harbour Times poll released Monday, …”', () => {
    const text = 'In an ABC/Harbour Times poll released Monday, 50 percent of voters backed the bridge.';
    const q = read(text)[0];
    assert.equal(speaker(text, q), 'an ABC/Harbour Times poll released Monday');
    assert.equal(content(text, q), '50 percent of voters backed the bridge');
  });
});

describe('colon lines that say nothing', () => {
  it('reads no speech in a label line or a list of names', () => {
    assert.equal(read('PREVIOUSLY: The council voted to close the old bridge last spring.').length, 0);
    assert.equal(read('Harbour County: Ana Ruiz, Ben Okafor, Carla Diaz, Dan Reyes, Eve Park.').length, 0);
    assert.equal(read('Okafor: The bridge will open in May, and it will be safe.').length, 1);
  });

  it('reads no speaker in a heading in title case', () => {
    assert.equal(read('Trouble Over The Bridge: The council voted to close it last spring.').length, 0);
    assert.equal(read('The Gap Goes On: It was under the old council that the bridge was closed.').length, 0);
    assert.equal(speaker('Secretary of State Ana Ruiz: The bridge will open in May.', read('Secretary of State Ana Ruiz: The bridge will open in May.')[0]), 'Secretary of State Ana Ruiz');
  });
});

describe('“found” that reports nothing', () => {
  it('reads no cue in “found itself …” or “was found …” but keeps “found that …”', () => {
    assert.equal(read('The harbour board found itself at the center of the dispute over the bridge.').length, 0);
    assert.equal(read('The missing engineer was found alive in a cabin near the bridge.').length, 0);
    const text = 'The audit found that the bridge was unsafe.';
    assert.equal(content(text, byCue(text, 'found')), 'that the bridge was unsafe');
  });
});

describe('“declined” of a figure', () => {
  it('is no refusal, but “declined to comment” and “declined repeatedly to say” are', () => {
    assert.equal(read('Support for the mayor declined significantly from 2019 to 2023.').filter((q) => q.cueLemma === 'decline').length, 0);
    assert.equal(read('Trade between the two towns declined 40 percent in the first six months.').filter((q) => q.cueLemma === 'decline').length, 0);
    const text = 'Lee declined repeatedly to say whether the pier was safe.';
    assert.equal(content(text, byCue(text, 'declined')), 'to say whether the pier was safe');
  });
});

describe('an “-ing” form before “of”', () => {
  it('is a noun (“the backing of”), unless its verb takes “of” or it is a verb of saying', () => {
    const text = 'People assumed that Lee had the financial backing of the harbour board, but that was not the case.';
    assert.equal(read(text).filter((q) => q.cueLemma === 'back').length, 0);
    const warning = 'Critics were warning of a collapse.';
    assert.equal(content(warning, byCue(warning, 'warning of')), 'a collapse');
  });
});

describe('a cue followed by “and” or “or”', () => {
  it('has no content of its own: the subject goes on with another verb', () => {
    assert.deepEqual(read('The protester yelled and held up a banner that was quickly torn down.').filter((q) => q.cueLemma === 'yell').length, 0);
    const text = 'Lee laughed and admitted the pier was a mess.';
    assert.equal(content(text, byCue(text, 'admitted')), 'the pier was a mess');
    assert.equal(read(text).filter((q) => q.cueLemma === 'laugh').length, 0);
  });
});

describe('“as one of X noted”, set off inside the sentence', () => {
  it('gives the clause after it to the share of the group', () => {
    const text = 'The harbour, as one of the mayor’s advisers pointed out, rarely floods in May.';
    const q = byCue(text, 'pointed out');
    assert.equal(speaker(text, q), 'one of the mayor’s advisers');
    assert.equal(content(text, q), 'rarely floods in May');
  });
});

describe('a long subject of a finding', () => {
  it('runs from its article to the cue, past a participle that modifies it', () => {
    const text = 'The average of the counts taken over the past two weeks shows ferry use falling 12 percent.';
    const q = byCue(text, 'shows');
    assert.equal(speaker(text, q), 'The average of the counts taken over the past two weeks');
    assert.equal(content(text, q), 'ferry use falling 12 percent');
  });
});

describe('a sentence adverb before the cue', () => {
  it('is no speaker (“Perhaps go further, and ask …”)', () => {
    const text = 'Perhaps go a step further, and ask would you vote for the ferry plan.';
    assert.deepEqual(read(text).map((q) => speaker(text, q)).filter((w) => w === 'Perhaps'), []);
  });
});

describe('a participle after a relative clause', () => {
  it('is the sentence subject’s, an auxiliary as its verb', () => {
    const text = 'Lee was similarly defensive about an engineer who said he was unpaid after he built the pier, saying, “Maybe he did a poor job.”';
    const q = byCue(text, 'saying');
    assert.equal(speaker(text, q), 'Lee');
  });
});

describe('“to” and a noun phrase after the cue', () => {
  it('names whom it was said to: no content, unless a quote follows it', () => {
    const song = 'Ana Ruiz sings to the mayor in a preview clip of ‘The Harbour Show.’';
    assert.deepEqual(read(song).filter((q) => q.cueLemma === 'sing').map((q) => content(song, q)), []);
    const quote = 'Lee wrote to his 20,000 followers, “It is time to save the pier,” on Friday.';
    assert.equal(content(quote, byCue(quote, 'wrote')), '“It is time to save the pier,”');
    const infinitive = 'Lee Vows To Save The Pier';
    assert.equal(read(infinitive).length > 0, true);
    const agreed = 'The union agreed to a two-tier wage system.';
    assert.equal(content(agreed, byCue(agreed, 'agreed')), 'to a two-tier wage system');
  });
});

describe('“according to X” inside or after the content', () => {
  it('ends the content before an apposition on the source, and goes on with more content', () => {
    const apposition = 'Ferry use fell by a third last year, according to Ada Rowe, head of the harbour board, and other officials.';
    assert.equal(content(apposition, byCue(apposition, 'according to')), 'Ferry use fell by a third last year');
    const relative = 'Ferry use fell by a third, according to the harbour board, which counts every ticket.';
    assert.equal(content(relative, byCue(relative, 'according to')), 'Ferry use fell by a third');
    const more = 'Over the long term, according to the board, the rise in fares is to blame.';
    assert.equal(content(more, byCue(more, 'according to')), 'Over the long term, according to the board, the rise in fares is to blame');
  });
});

describe('a name with its party in brackets and an apposition', () => {
  it('speaks, and the quote after its cue goes on with it', () => {
    const text = '“It is odd,” Rep. Ana Ruiz (D-Ore.), a harbour board member, said in an interview. “But no one fixed the pier.”';
    const quotes = read(text);
    assert.equal(quotes.length, 1);
    assert.equal(speaker(text, quotes[0]), 'Rep. Ana Ruiz');
  });
});

describe('“seeing”', () => {
  it('is a view as “seeing X as Y”, not what someone saw', () => {
    assert.equal(read('Lee changed her mind after seeing the state of the pier.').filter((q) => q.cueLemma === 'see').length, 0);
    const view = 'Ruiz demurred, seeing the plan as a stunt.';
    assert.equal(content(view, byCue(view, 'seeing')), 'the plan as a stunt');
  });
});

describe('advice', () => {
  it('is reported with “to”, “that” or “against”, not as a job (“who advised the campaign”)', () => {
    assert.equal(read('Ada Rowe, a pollster who advised the Ruiz campaign, was not surprised.').filter((q) => q.cueLemma === 'advise').length, 0);
    const to = 'The board advised residents to leave the pier.';
    assert.equal(content(to, byCue(to, 'advised')), 'residents to leave the pier');
    assert.equal(read('He repeated the same talking points about the pier.').filter((q) => q.cueLemma === 'talk').length, 0);
  });
});

describe('a cue’s base form before an auxiliary, after an article', () => {
  it('is the head noun of the subject (“The strong jobs report has cleared the way”)', () => {
    assert.equal(read('The strong jobs report has cleared the way for a rate rise.').filter((q) => q.cueLemma === 'report').length, 0);
  });
});

describe('a manner or a place after the cue of a question', () => {
  it('leaves the question before it as the content', () => {
    const text = '“How are you today?” Lee, a retired ferry pilot, said pleasantly into the phone.';
    const q = byCue(text, 'said');
    assert.equal(content(text, q), '“How are you today?”');
    assert.equal(speaker(text, q), 'Lee');
    assert.equal(read('Saving the pier is easier said than done.').filter((x) => x.cueLemma === 'say').length, 0);
  });
});

describe('a vote', () => {
  it('reports a choice only with what it was for or against', () => {
    assert.equal(read('In the end, Ruiz voted in support of the ferry bill.').filter((q) => q.cueLemma === 'vote').length, 0);
    assert.equal(read('In the primary, 603,000 people voted, a 20% increase.').filter((q) => q.cueLemma === 'vote').length, 0);
    const tally = 'The council voted 6-1 for the ferry resolution.';
    assert.equal(content(tally, byCue(tally, 'voted')), '6-1 for the ferry resolution');
  });
});

describe('“pledged delegates”', () => {
  it('is a noun phrase, not a pledge', () => {
    assert.equal(read('Ruiz has won 271 pledged delegates so far in the race.').length, 0);
    const text = 'Ruiz pledged to keep the bridge open.';
    assert.equal(content(text, byCue(text, 'pledged')), 'to keep the bridge open');
  });
});

describe('“another” as a subject', () => {
  it('reads “Another said …” but keeps “another claim” a noun', () => {
    const text = 'Another said that the bridge was unsafe.';
    assert.equal(speaker(text, byCue(text, 'said')), 'Another');
    assert.equal(read('He made another claim about the bridge and the harbour.').length, 0);
  });
});

describe('partitive subjects', () => {
  it('reads “One of them said” and “Some of us say”', () => {
    for (const [text, who] of [['One of them said the bridge was unsafe.', 'One of them'], ['Some of us say the bridge was unsafe.', 'Some of us']] as const) {
      assert.equal(speaker(text, read(text)[0]), who, text);
    }
  });
});

describe('verdicts with “as”', () => {
  it('reads “knocked the rules as undemocratic” and “painted him as a fraud”, not “as president”', () => {
    const text = 'Even Ruiz has knocked the rules as undemocratic.';
    assert.equal(content(text, byCue(text, 'knocked')), 'the rules as undemocratic');
    const painted = 'The ads painted Okafor as a reckless spender.';
    assert.equal(content(painted, byCue(painted, 'painted')), 'Okafor as a reckless spender');
    assert.equal(read('Okafor could embrace a new energy policy as president of the board.').length, 0);
  });
});

describe('a coordinated clause before an inverted cue', () => {
  it('is content, not an aside on a subject', () => {
    const text = 'The port has grown in many ways, and it has kept its old charm, said Ana Ruiz, a historian.';
    const q = byCue(text, 'said');
    assert.equal(speaker(text, q), 'Ana Ruiz');
    assert.equal(content(text, q), 'The port has grown in many ways, and it has kept its old charm');
  });
});

describe('lists of quoted items', () => {
  it('keeps “a “x,” a “y” and a “z”” in one content', () => {
    const text = 'Okafor tweeted that Ruiz is a “loser,” a “liar” and a “whiner.”';
    assert.equal(content(text, byCue(text, 'tweeted')), 'that Ruiz is a “loser,” a “liar” and a “whiner.”');
    const blaming = 'Okafor called the plan “a disgrace,” blaming the board.';
    assert.equal(content(blaming, byCue(blaming, 'called')), 'the plan “a disgrace,”');
  });
});

describe('cues whose particle brings the object', () => {
  it('reads the noun phrase after “voted for”, “responded to”, “focused on” and “agreed with”', () => {
    const cases: [string, string, string][] = [
      ['The alderman voted for the harbour levy.', 'voted for', 'the harbour levy'],
      ['The ferry company did not respond to requests for comment.', 'respond to', 'requests for comment'],
      ['The council has focused on bus safety this year.', 'focused on', 'bus safety'],
      ['Dr. Moreau agreed with the fishermen.', 'agreed with', 'the fishermen'],
      ['The librarian is pointing to a survey of readers.', 'pointing to', 'a survey of readers'],
    ];
    for (const [text, word, words] of cases) assert.equal(content(text, byCue(text, word)), words, text);
  });

  it('still reads no bare noun phrase after a cue that needs a clause', () => {
    const text = 'The librarian focused the lamp.';
    assert.equal(read(text).length, 0);
  });
});

describe('where a noun-phrase object ends', () => {
  it('stops at a conjunction that opens another verb phrase', () => {
    const text = 'Senator Okafor blasted the ferry board and defended the mayor in an interview.';
    assert.equal(content(text, byCue(text, 'blasted')), 'the ferry board');
    const but = 'The rebel group praised the raid but the army condemned it.';
    assert.equal(content(but, byCue(but, 'praised')), 'the raid');
  });

  it('keeps a list of names joined by “and”', () => {
    const text = 'The union endorsed Ruiz and Okafor on Monday.';
    assert.equal(content(text, byCue(text, 'endorsed')), 'Ruiz and Okafor');
  });
});

describe('a vague source', () => {
  it('reports the clause after “Officials said” with “Officials” as its speaker', () => {
    const text = 'The bridge opened in June.\nOfficials said the plan may fail.\n';
    const q = byCue(text, 'said');
    assert.equal(q?.kind, 'reported');
    assert.equal(content(text, q), 'the plan may fail');
    assert.equal(speaker(text, q), 'Officials');
    assert.equal(q?.speaker?.anonymous, true);
  });
});

describe('a quoted sentence after a comma', () => {
  it('is the words of the clause’s subject whatever its verb (“shot back, “…””)', () => {
    const text = 'After the hearing, Ruiz shot back, “I suppose I could have stayed home, but I chose to run.”';
    const q = read(text).find((x) => content(text, x).startsWith('“I suppose'));
    assert.equal(q?.kind, 'direct');
    assert.equal(content(text, q), '“I suppose I could have stayed home, but I chose to run.”');
    assert.equal(speaker(text, q), 'Ruiz');
  });

  it('is no quote of its own after a conjunction and its comma (“because, “…””)', () => {
    const text = 'The turnout was low, which hurt the ferry plan because, “In the end, nobody votes against a boat. They vote for one.”';
    const q = read(text).find((x) => content(text, x) === '“In the end, nobody votes against a boat. They vote for one.”');
    assert.equal(q, undefined);
  });

  it('leaves a short title after a comma a scare quote', () => {
    const text = 'The band closed the night with its best-known song, “Harbour Lights.”';
    assert.equal(read(text).length, 0);
  });
});

describe('where a reported clause ends', () => {
  it('goes on past a quoted phrase whose comma is followed by a subject and its verb', () => {
    const text = 'Ruiz said that by refusing to say the words "clean water," Democrats are "failing every family."';
    assert.equal(content(text, byCue(text, 'said')), 'that by refusing to say the words "clean water," Democrats are "failing every family."');
  });

  it('still ends at a quoted phrase followed by another cue', () => {
    const text = 'Ruiz said the plan was "a disgrace," Ortiz added.';
    assert.equal(content(text, byCue(text, 'said')), 'the plan was "a disgrace,"');
  });

  it('ends at “but” that opens a clause with a subject of its own', () => {
    const text = 'The rebel group claimed responsibility for the raid but the governor doubted it.';
    assert.equal(content(text, byCue(text, 'claimed')), 'responsibility for the raid');
    const same = 'Ruiz says she respects him but thinks he is wrong.';
    assert.equal(content(same, byCue(same, 'says')), 'she respects him');
  });

  it('keeps a sum of money in a noun-phrase object', () => {
    const text = 'The mayor seeks an additional $2 million for roads.';
    assert.equal(content(text, byCue(text, 'seeks')), 'an additional $2 million for roads');
  });
});

describe('a subject too long for the phrase reader', () => {
  it('speaks with its relative clause (“The bakers whose ovens … say”)', () => {
    const text = 'The bakers whose ovens have been broken for weeks say the real change has come in the courts.';
    const q = byCue(text, 'say');
    assert.equal(content(text, q), 'the real change has come in the courts');
    assert.equal(speaker(text, q), 'The bakers whose ovens have been broken for weeks');
  });

  it('is not taken from the middle of a sentence', () => {
    const text = 'Rain fell all week on the old town and the bakers whose ovens were broken say the harvest is lost.';
    const q = byCue(text, 'say');
    assert.notEqual(speaker(text, q), 'Rain fell all week on the old town and the bakers whose ovens were broken');
  });
});

describe('a split quote after an abbreviation', () => {
  it('joins the second half that follows “Ore.” in the same sentence', () => {
    const text = '"They would be wrong," Mary Ortiz, a spokeswoman for the council, said in an interview Sunday in Salem, Ore. "The reality is this is going to a vote."';
    const q = byCue(text, 'said');
    assert.equal(q?.kind, 'direct');
    assert.equal(q?.parts.length, 2);
    assert.equal(content(text, q), text);
    assert.equal(speaker(text, q), 'Mary Ortiz');
  });
});

describe('the subject of a verb before an infinitive cue', () => {
  it('speaks through “trying to”, “needs to” and “eager to”', () => {
    const cases: [string, string, string, string][] = [
      ['The mayor is now trying to cast herself as an outsider.', 'cast', 'The mayor', 'herself as an outsider'],
      ['The guild needs to realize that the ball is in its court.', 'realize', 'The guild', 'that the ball is in its court'],
      ['Ruiz was eager to tell voters that the ferry works.', 'tell', 'Ruiz', 'that the ferry works'],
    ];
    for (const [text, word, who, words] of cases) {
      const q = byCue(text, word);
      assert.equal(speaker(text, q), who, text);
      assert.equal(content(text, q), words, text);
    }
  });
});

describe('a participle after the main clause', () => {
  it('takes the name that opens the sentence when the main verb is unknown', () => {
    const text = 'Senator Ruiz hit the road on Monday with the governor, trashing the tax plan as a fraud.';
    const q = byCue(text, 'trashing');
    assert.equal(speaker(text, q), 'Senator Ruiz');
    assert.equal(content(text, q), 'the tax plan as a fraud');
  });
});

describe('a quoted phrase inside a reported clause', () => {
  it('goes on when “and” with an auxiliary or “because” follows its comma', () => {
    const text = 'The senator told the paper that polls could be "way off," and have been wrong before.';
    assert.equal(content(text, byCue(text, 'told')), 'that polls could be "way off," and have been wrong before');
    const because = 'Ruiz wrote that the request was "futile," because the records were gone.';
    assert.equal(content(because, byCue(because, 'wrote')), 'that the request was "futile," because the records were gone');
  });
});

describe('the narrator’s words after a reported clause', () => {
  it('end the clause at “, compared with”, “, up from” and “, versus”', () => {
    const cases: [string, string][] = [
      ['Just 28 percent of riders said they liked the new timetable, compared with 33 percent last month.', 'they liked the new timetable'],
      ['Some 40 percent said they trusted the council, up from 31 percent in May.', 'they trusted the council'],
      ['Half of the bakers said they would vote for Ruiz, versus 39 percent for Okafor.', 'they would vote for Ruiz'],
    ];
    for (const [text, words] of cases) assert.equal(content(text, byCue(text, 'said')), words, text);
  });

  it('end the clause at “, and” with a new subject and its verb or a subordinator', () => {
    const text = 'Most residents say they do not trust the board, and some council members questioned the plan.';
    assert.equal(content(text, byCue(text, 'say')), 'they do not trust the board');
    const as = 'Riders say the fares are too high, and as the line grows the issue is getting bigger.';
    assert.equal(content(as, byCue(as, 'say')), 'the fares are too high');
  });

  it('go on past an aside inside the clause when its verb follows the aside', () => {
    const dashes = 'The Star reported that Tom Baker — a grower himself — was planning to run for mayor.';
    assert.equal(content(dashes, byCue(dashes, 'reported')), 'that Tom Baker — a grower himself — was planning to run for mayor');
    const which = 'Ruiz said that the announcement, which some called a trick, was an insult to volunteers.';
    assert.equal(content(which, byCue(which, 'said')), 'that the announcement, which some called a trick, was an insult to volunteers');
    const after = 'Ruiz opposed the trade pact — one of the biggest in years.';
    assert.equal(content(after, byCue(after, 'opposed')), 'the trade pact');
  });

  it('end content that is all quoted words before a second verb of the subject', () => {
    const text = 'Marchers in the streets chanted “What curfew?” and kept going until dawn.';
    assert.equal(content(text, byCue(text, 'chanted')), '“What curfew?”');
    assert.equal(byCue(text, 'chanted')?.kind, 'direct');
  });

  it('end at a quoted sentence closed by its own punctuation right after the cue', () => {
    const text = 'All she could do was shout “Yes!” at the TV.';
    assert.equal(content(text, byCue(text, 'shout')), '“Yes!”');
    const subject = 'Ruiz said “the plan” was dead.';
    assert.equal(content(subject, byCue(subject, 'said')), '“the plan” was dead');
  });

  it('keep a second reported clause of the same speaker after “, and that”', () => {
    const text = 'Ruiz said the fares were too high, and that the board had ignored riders.';
    assert.match(content(text, byCue(text, 'said')), /ignored riders$/);
  });
});

describe('a speaker with words around it', () => {
  it('is found before a parenthesis and an aside (“Rep. Ana Ruiz (D-Ore.), chair of …, said”)', () => {
    const text = 'Rep. Ana Ruiz (D-Ore.), chair of the Rules Committee, said that it was “committed to an open process.”';
    const q = byCue(text, 'said');
    assert.equal(speaker(text, q), 'Rep. Ana Ruiz');
    assert.equal(content(text, q), 'that it was “committed to an open process.”');
  });

  it('after an inverted cue keeps its prepositional phrase out of the content', () => {
    const text = 'The plan “was far too early,” said Mary Lee of the teachers union.';
    const q = byCue(text, 'said');
    assert.equal(speaker(text, q), 'Mary Lee');
    assert.equal(content(text, q), 'The plan “was far too early,”');
    const aside = 'The harbour was quiet before the war, said Ana Ruiz in an interview.';
    assert.equal(content(aside, byCue(aside, 'said')), 'The harbour was quiet before the war');
    assert.equal(speaker(aside, byCue(aside, 'said')), 'Ana Ruiz');
  });
});

describe('quotes marked with two apostrophes', () => {
  it('close after the third of three apostrophes, which ends an inner single quote', () => {
    const text = "''Part of my job is to say: 'Hey, this man is for real,''' Mr. Ruiz said of the mayor.";
    const q = byCue(text, 'said');
    assert.equal(q?.kind, 'direct');
    assert.equal(content(text, q), "''Part of my job is to say: 'Hey, this man is for real,'''");
    assert.equal(speaker(text, q), 'Mr. Ruiz');
  });
});

describe('a quote after a colon with a cue of its own', () => {
  it('is not part of the clause before the colon', () => {
    const text = 'At the time, Ruiz seemed to suggest he had silenced his rival: "She signed a secrecy deal," he told the paper.';
    assert.equal(content(text, byCue(text, 'suggest')), 'he had silenced his rival');
    const told = byCue(text, 'told');
    assert.equal(content(text, told), '"She signed a secrecy deal,"');
    assert.equal(told?.kind, 'direct');
  });

  it('still belongs to the cue before the colon when none follows it', () => {
    const text = 'Ruiz explained his plan: "We will open the pier in May."';
    assert.equal(content(text, byCue(text, 'explained')), 'his plan: "We will open the pier in May."');
  });
});

describe('a preposition and a participle cue after a cue', () => {
  it('leave the quote to the participle (“continued by saying, “…””)', () => {
    const text = 'Ruiz continued by saying, “We will appeal this ruling because the vote was close.”';
    const quotes = read(text);
    assert.equal(quotes.length, 1);
    assert.equal(cue(text, quotes[0]), 'saying');
    assert.equal(speaker(text, quotes[0]), 'Ruiz');
  });
});

describe('a light verb with a noun of speech', () => {
  it('is a cue through the noun and its particle (“made no mention of”, “made comments about”)', () => {
    const cases: [string, string, string][] = [
      ['The mayor made no mention of the strike.', 'made no mention of', 'the strike'],
      ['Ruiz made an impassioned call for calm on Wednesday.', 'made an impassioned call for', 'calm'],
      ['Ruiz made the suggestion that the pier should close.', 'made the suggestion', 'that the pier should close'],
      ['The senator made comments about the harbour budget.', 'made comments about', 'the harbour budget'],
    ];
    for (const [text, words, what] of cases) {
      const q = read(text).find((x) => cue(text, x) === words);
      assert.equal(content(text, q), what, text);
    }
  });

  it('is no cue without one (“made a fortune”)', () => {
    assert.equal(read('Ruiz made a fortune in shipping.').length, 0);
  });
});

describe('a cue that closes its sentence after a comma', () => {
  it('reports the whole sentence before it, the report inside as part of its content', () => {
    const text = 'The storm drives him to work harder, and he finds that in public service, he said.';
    const q = byCue(text, 'said');
    assert.equal(content(text, q), 'The storm drives him to work harder, and he finds that in public service');
    assert.equal(speaker(text, q), 'he');
    assert.equal(byCue(text, 'finds'), undefined);
    const alone = 'The storm drives him to work harder, and he finds that in public service.';
    assert.equal(content(alone, byCue(alone, 'finds')), 'that in public service');
  });
});

describe('a noun of saying or deciding owned by its speaker', () => {
  it('reports the clause or infinitive after it', () => {
    const pledge = 'Farmers shrugged off his pledge to cut the fuel tax.';
    assert.equal(content(pledge, byCue(pledge, 'pledge')), 'to cut the fuel tax');
    assert.equal(speaker(pledge, byCue(pledge, 'pledge')), 'his');
    const claim = 'The town laughed at Ruiz’s claim that the dam leaks.';
    assert.equal(content(claim, byCue(claim, 'claim')), 'that the dam leaks');
    assert.equal(speaker(claim, byCue(claim, 'claim')), 'Ruiz’s');
  });

  it('reads no owner’s words in a relative “that”, a time’s noun, a subject of the sentence or another cue after it', () => {
    assert.equal(byCue('His pledge to cut the fuel tax won the county.', 'pledge'), undefined);
    assert.equal(byCue('The claim that was made by Lee is false.', 'claim'), undefined);
    assert.equal(byCue('Monday’s decision to close the plant hurt.', 'decision'), undefined);
    const other = 'Ruiz’s insistence that the town would wait was right, most voters said.';
    assert.equal(byCue(other, 'insistence'), undefined);
    assert.equal(speaker(other, byCue(other, 'said')), 'most voters');
    assert.equal(content(other, byCue(other, 'said')), 'Ruiz’s insistence that the town would wait was right');
  });
});

describe('a report inside another speaker’s content', () => {
  it('is part of what that speaker said, not an attribution of its own', () => {
    const text = 'Cox says the plan would not stop the closures that Mayor Ruiz mentioned when she announced the budget.';
    const quotes = read(text);
    assert.deepEqual(quotes.map((q) => cue(text, q)), ['says']);
    assert.equal(content(text, quotes[0]), 'the plan would not stop the closures that Mayor Ruiz mentioned when she announced the budget');
    assert.equal(speaker(text, quotes[0]), 'Cox');
  });

  it('keeps the speech verb after a refusal rather than the refusal (“declined to say whether …”)', () => {
    const text = 'Ruiz declined to say whether the plan would pass.';
    const quotes = read(text);
    assert.deepEqual(quotes.map((q) => cue(text, q)), ['say']);
    assert.equal(content(text, quotes[0]), 'whether the plan would pass');
    assert.equal(speaker(text, quotes[0]), 'Ruiz');
  });

  it('keeps a quote whose cue stands outside the other report', () => {
    const text = 'Ruiz said the closures were painful. “We had no choice,” she told the council.';
    assert.deepEqual(read(text).map((q) => cue(text, q)), ['said', 'told']);
  });
});

describe('a relative clause with a cue of its own', () => {
  it('ends its content at the comma before the main clause’s cue', () => {
    const text = 'Barkley, who said he usually votes for the mayor, said the ferry plan is the best one.';
    const quotes = read(text);
    const inner = quotes.find((q) => speaker(text, q) === 'who');
    assert.equal(content(text, inner), 'he usually votes for the mayor');
    const main = quotes.find((q) => speaker(text, q) === 'Barkley');
    assert.equal(content(text, main), 'the ferry plan is the best one');
  });

  it('takes a relative “which” after its comma for the subject of the cue', () => {
    const text = 'The growers’ league, which endorsed the ferry plan in March, met on Monday.';
    const q = byCue(text, 'endorsed');
    assert.equal(speaker(text, q), 'which');
    assert.equal(content(text, q), 'the ferry plan');
    const perfect = 'The harbour board, which has opposed the toll, will vote again.';
    assert.equal(speaker(perfect, byCue(perfect, 'opposed')), 'which');
  });

  it('ends a relative clause inside a fronted phrase before the main clause’s subject and verb', () => {
    const text = 'After the audit, which found that the toll had been misspent, the board said it would resign.';
    assert.equal(content(text, byCue(text, 'found')), 'that the toll had been misspent');
    assert.equal(speaker(text, byCue(text, 'said')), 'the board');
  });

  it('reads no words before a relative “which” as what it said, nor a “which” with no comma as a speaker', () => {
    const before = 'The ferry lost money for the third year running, which the board did not disclose.';
    assert.equal(read(before).filter((q) => speaker(before, q) === 'which').length, 0);
    const restrictive = 'The plan which the board endorsed was cheaper.';
    assert.equal(read(restrictive).filter((q) => speaker(restrictive, q) === 'which').length, 0);
  });

  it('goes on past a participle that modifies a noun after a comma (“the ferry, described in the plan, …”)', () => {
    const text = 'The chart shows what the new ferry, described in the plan, would cost after the tariff.';
    assert.equal(content(text, byCue(text, 'shows')), 'what the new ferry, described in the plan, would cost after the tariff');
  });
});

describe('a question or exclamation quoted before its cue sentence', () => {
  it('takes the speaker and cue of a sentence that is only “Ruiz asked the council”', () => {
    const text = '“Why are you still backing him?” Ruiz asked the council members. “What does this say about you?”';
    const quotes = read(text);
    assert.equal(quotes.length, 1);
    assert.equal(speaker(text, quotes[0]), 'Ruiz');
    assert.equal(cue(text, quotes[0]), 'asked');
    assert.equal(quotes[0].parts.length, 2);
  });

  it('leaves the quote alone when the next sentence reports something else', () => {
    const text = '“Why are you still backing him?” Ruiz said the vote was close.';
    const q = read(text).find((x) => content(text, x).startsWith('“Why'));
    assert.equal(q?.speaker ?? null, null);
  });
});

describe('a participle after an article and an adverb', () => {
  it('is an adjective, no cue (“a hotly contested convention”)', () => {
    assert.equal(read('The race heads toward a hotly contested convention in July.').length, 0);
    assert.equal(read('The council faced a politically charged vote on the pier.').length, 0);
  });

  it('still lets an adverb stand between a subject and its cue', () => {
    const text = 'The mayor quickly said the pier would close.';
    assert.equal(speaker(text, byCue(text, 'said')), 'The mayor');
  });
});

describe('one report read two ways', () => {
  it('keeps the reading whose speaker does not swallow the other reading’s cue', () => {
    const text = 'Ferry fares rose by 4 percent, the harbour board said in a June report, and the crossings grew busier.';
    const quotes = read(text).filter((q) => content(text, q) === 'Ferry fares rose by 4 percent');
    assert.equal(quotes.length, 1);
    assert.equal(speaker(text, quotes[0]), 'the harbour board');
    assert.equal(cue(text, quotes[0]), 'said');
  });
});

describe('a subject whose head comes before a preposition', () => {
  it('agrees with the verb through the phrase after it (“Aides to Ruiz say”)', () => {
    const cases: [string, string, string][] = [
      ['Aides to Ruiz say she is rethinking her stance on the pier.', 'Aides to Ruiz', 'she is rethinking her stance on the pier'],
      ['Ferry captains in Salem say that the new schedule is unsafe.', 'Ferry captains in Salem', 'that the new schedule is unsafe'],
      ['Supporters of Lee say he will win the runoff.', 'Supporters of Lee', 'he will win the runoff'],
    ];
    for (const [text, who, said] of cases) {
      const q = byCue(text, 'say');
      assert.equal(content(text, q), said, text);
      assert.equal(speaker(text, q), who, text);
    }
  });

  it('still reads a singular name with a bare verb as no report', () => {
    assert.equal(read('Jones of Salem say the bill is dead.').length, 0);
    assert.equal(read('Republican support was solid in the east.').length, 0);
  });
});

describe('an aside between commas right after the cue', () => {
  it('reports the clause after it, aside included (“says, win or lose, he’s staying”)', () => {
    const cases: [string, string][] = [
      ['Ruiz says, win or lose in the runoff, she’s staying in the race.', 'win or lose in the runoff, she’s staying in the race'],
      ['She said, if elected, she would keep the ferry running.', 'if elected, she would keep the ferry running'],
    ];
    for (const [text, said] of cases) assert.equal(content(text, read(text)[0]), said, text);
  });

  it('is no aside when it holds a second verb of the subject', () => {
    const text = 'The mayor agreed, but also argued that since she is not running, she should keep her seat.';
    assert.ok(read(text).every((q) => !content(text, q).startsWith('but also')));
  });
});

describe('the hearer after “told”', () => {
  it('runs on through its lower-case words, so the content is what was told', () => {
    const cases: [string, string][] = [
      ['This is not about me, the mayor told his closest advisers as he worked on the speech.', 'This is not about me'],
      ['The ferry will run all winter, Harbour Master Ana Ruiz told a Senate panel Wednesday.', 'The ferry will run all winter'],
      ['Ruiz told a news conference they are “planting the seeds” for a deal.', 'they are “planting the seeds” for a deal'],
    ];
    for (const [text, said] of cases) assert.equal(content(text, byCue(text, 'told')), said, text);
  });

  it('is part of an order or a request (“told Salem residents not to drink the water”, “asked them to stay”)', () => {
    const order = 'Officials told Salem residents not to drink the water.';
    assert.equal(content(order, byCue(order, 'told')), 'Salem residents not to drink the water');
    const request = 'Ruiz asked them to support another candidate.';
    assert.equal(content(request, byCue(request, 'asked')), 'them to support another candidate');
  });

  it('leaves what is told as the content (“told the story of …”, “told a tale”)', () => {
    const story = 'She tells the story of a single mother who went back to school.';
    assert.equal(content(story, byCue(story, 'tells')), 'the story of a single mother who went back to school');
  });

  it('takes the quote after an aside, and a colon after the aside introduces the next paragraph’s quote', () => {
    const aside = 'He told the audience, to loud applause, “I can say with confidence that she is ready.”';
    assert.equal(content(aside, byCue(aside, 'told')), '“I can say with confidence that she is ready.”');
    const colon = 'He told his audience, to loud applause:\n\n“I can say with confidence that she is ready.”';
    const q = read(colon).find((x) => x.kind === 'direct');
    assert.equal(speaker(colon, q), 'He');
    assert.equal(cue(colon, q), 'told');
  });
});

describe('a number after the cue', () => {
  it('is reported with its modifier (“reported at least six”, “said about half”)', () => {
    const cases: [string, string, string][] = [
      ['The harbour board reported at least six boats were lost in the storm.', 'reported', 'at least six boats were lost in the storm'],
      ['The budget office said about half of the cuts fell on the ferries.', 'said', 'about half of the cuts fell on the ferries'],
      ['Ruiz said around 30 percent of the riders were tourists.', 'said', 'around 30 percent of the riders were tourists'],
    ];
    for (const [text, word, said] of cases) assert.equal(content(text, byCue(text, word)), said, text);
  });

  it('keeps the thousands of a number in a noun-phrase object', () => {
    const text = 'The town has deemed about 1,500 of those permits void.';
    assert.equal(content(text, byCue(text, 'deemed')), 'about 1,500 of those permits void');
  });

  it('still reads a particle as a particle (“talked about the plan”, “add up to”)', () => {
    const talk = 'She talked about the plan.';
    assert.equal(content(talk, read(talk)[0]), 'the plan');
    const add = 'The costs would add up to $2 million, the board said.';
    assert.ok(read(add).every((q) => !content(add, q).startsWith('up to')));
  });
});

describe('an “as” clause set off inside the sentence', () => {
  it('attributes the clause after its comma (“…, and as Ruiz noted, riders could …”)', () => {
    const cases: [string, string, string][] = [
      ['Fares may still rise, and as Ruiz noted, riders could face longer waits.', 'noted', 'riders could face longer waits'],
      ['There are doubts about the plan, given that, as the Salem Times reported on Saturday, the board has already voted.', 'reported on', 'the board has already voted'],
    ];
    for (const [text, word, said] of cases) assert.equal(content(text, byCue(text, word)), said, text);
  });

  it('leaves the clause around the aside whole when its verb follows the comma, and a condition before it', () => {
    const verb = 'He said that the result, as he later explained, was a “bubble” in prices.';
    assert.ok(read(verb).every((q) => !content(verb, q).startsWith('was')));
    const condition = 'If fares fall, as some riders hope, the ferry could lose money.';
    assert.ok(read(condition).every((q) => content(condition, q) !== 'the ferry could lose money'));
  });
});

describe('a purpose infinitive of attack or claim', () => {
  it('reports the main clause subject’s words (“took to the radio to accuse …”)', () => {
    const text = 'Ruiz took to the radio overnight to accuse the board of wasting “every cent.”';
    const q = byCue(text, 'accuse');
    assert.equal(speaker(text, q), 'Ruiz');
    assert.equal(content(text, q), 'the board of wasting “every cent.”');
  });

  it('still reads other purposes as no report (“met on Monday to discuss”)', () => {
    assert.equal(read('The council met on Monday to discuss the roads.').length, 0);
  });
});

describe('a view with no holder behind "it" ("it is believed that")', () => {
  it('reports the clause after the cue, with no speaker; the "it" says nothing', () => {
    for (const [text, words, cueWords] of [
      ['It is widely believed that the ferry will close.', 'that the ferry will close', 'is widely believed'],
      ['It was reported that the mayor had resigned.', 'that the mayor had resigned', 'was reported'],
    ]) {
      const q = byCue(text, cueWords);
      assert.equal(content(text, q), words, text);
      assert.equal(q?.speaker ?? null, null, text);
    }
    // A real subject stays part of what is said of it: "The ferry is expected to close" is about the ferry.
    const text = 'The ferry is expected to close in May.';
    assert.match(content(text, read(text)[0]), /^The ferry/);
  });
});

describe('a full stop after a lone digit', () => {
  it('ends the sentence, so the next one is read on its own', () => {
    const text = 'Mendes said the county votes on June 7. Still, Okafor said no.';
    const quotes = findQuotes(text, []).quotes;
    assert.deepEqual(
      quotes.map((q) => text.slice(q.start, q.end)),
      ['the county votes on June 7', 'no'],
    );
  });

  it('keeps the quoted words of a sentence that ends with a date', () => {
    const text = '“The harbour is ready,” said Ana Mendes. “We could open the pier before the vote,” which falls on June 7. Still, Okafor said no.';
    const quotes = findQuotes(text, []).quotes;
    assert.ok(quotes.some((q) => text.slice(q.start, q.end).includes('We could open the pier')), JSON.stringify(quotes.map((q) => text.slice(q.start, q.end))));
  });
});

describe('a second verb of the subject after a fronted clause', () => {
  it('is spoken by the subject after the fronted clause’s comma', () => {
    const text = 'Asked whether he would run again, Mr. Ortega shook his head and said, “Not this time.”';
    const q = byCue(text, 'said');
    assert.equal(content(text, q), '“Not this time.”');
    assert.equal(speaker(text, q), 'Mr. Ortega');
  });
});

describe('verbs of speaking after a quote', () => {
  it('attribute the quote to the speaker next to them', () => {
    const cases: [string, string, string][] = [
      ['“The way I see it,” she elaborated, “nobody ever doubted the crew.”', 'elaborated', 'she'],
      ['“This is a big win for the harbour,” I confessed.', 'confessed', 'I'],
      ['“This is wonderful!” beamed Tom Okafor, who had driven in from the coast.', 'beamed', 'Tom Okafor'],
      ['“Pier closed for good!” blared the front page of the Harbour Gazette.', 'blared', 'the front page'],
    ];
    for (const [text, verb, who] of cases) {
      const q = byCue(text, verb);
      assert.equal(q?.kind, 'direct', text);
      assert.ok(speaker(text, q).startsWith(who), text);
    }
  });

  it('leave the adjective reading alone (“an elaborate plan”)', () => {
    const text = 'The council drew up an elaborate plan for the pier.';
    assert.equal(read(text).length, 0);
  });
});

describe('"supposed to"', () => {
  it('is a duty or a plan, no view reported', () => {
    const text = 'The new bridge was supposed to open in the spring.';
    assert.equal(read(text).length, 0);
  });
});

describe('a long subject before an aside', () => {
  it('speaks the clause after the cue', () => {
    const text = 'Many farmers who have grown rye for decades, in the valley and on the hills, said the harvest was the worst yet.';
    const q = byCue(text, 'said');
    assert.equal(content(text, q), 'the harvest was the worst yet');
    assert.equal(speaker(text, q), 'Many farmers who have grown rye for decades');
  });

  it('is no fronted adverbial', () => {
    const text = 'In the dry summers of the 1990s, the old miller said, the river ran low.';
    assert.notEqual(speaker(text, byCue(text, 'said')), 'In the dry summers of the 1990s');
  });
});

describe('an unsourced view in a relative clause or after "and"', () => {
  it('takes the relative pronoun as the subject and ends at the clause’s comma', () => {
    const text = 'The ferry, which is expected to resume service in May, carried few riders this winter.';
    const q = byCue(text, 'is expected');
    assert.equal(content(text, q), 'which is expected to resume service in May');
    assert.equal(q?.speaker, null);
  });

  it('reads the rest of the clause when the subject is elided', () => {
    const text = 'The mayor is not on board and is not expected to sign the budget soon.';
    const q = byCue(text, 'is not expected');
    assert.equal(content(text, q), 'to sign the budget soon');
  });
});

describe('a speaker coordinated with "and" after the content', () => {
  it('takes both conjuncts', () => {
    const text = 'The dam is leaking, current and former engineers said.';
    const q = byCue(text, 'said');
    assert.equal(content(text, q), 'The dam is leaking');
    assert.equal(speaker(text, q), 'current and former engineers');
  });

  it('is no list of nouns before a verb in "-s"', () => {
    const text = 'The group will pay for radio ads, flyers and phone calls.';
    assert.equal(byCue(text, 'calls'), undefined);
  });
});

describe('a passive cue with its agent', () => {
  it('reports the subject when a relative clause on the agent follows', () => {
    const text = 'The bill was endorsed by the mayor, who wrote to the council about it.';
    const q = byCue(text, 'endorsed');
    assert.equal(content(text, q), 'The bill');
    assert.equal(speaker(text, q), 'the mayor');
  });
});

describe('"thanked"', () => {
  it('reports whom the speaker thanked', () => {
    const text = 'The coach thanked the volunteers for their patience.';
    const q = byCue(text, 'thanked');
    assert.match(content(text, q), /^the volunteers/);
    assert.equal(speaker(text, q), 'The coach');
  });
});

describe('where a speaker is from', () => {
  it('keeps a place after "from" or "in" inside the role, and names nobody by it', () => {
    for (const [text, who, verb] of [
      ['A senator from Texas said the bill would pass.', 'A senator from Texas', 'said'],
      ['Officials in Kabul said the road was open.', 'Officials in Kabul', 'said'],
      ['The report from the agency in Ohio says the river is safe.', 'the agency in Ohio', 'says'],
    ]) {
      const q = byCue(text, verb);
      assert.equal(speaker(text, q), who);
      assert.equal(q?.speaker?.name, null);
    }
  });

  it('names nobody by a demonym in a role ("an American official")', () => {
    const text = 'The plan is dead, said an American official who asked not to be named.';
    const q = analyze(text).quotes.find((x) => cue(text, x) === 'said');
    assert.equal(speaker(text, q), 'an American official who asked not to be named');
    assert.equal(q?.speaker?.name, null);
  });

  it('leaves a person after "from" as the speaker of a colon quote', () => {
    const text = "A lesson from Loretta Lynch: 'Be the voice that people hear.'";
    const q = analyze(text).quotes.find((x) => x.kind === 'direct');
    assert.equal(q?.speaker?.name, 'Loretta Lynch');
  });
});

describe('sentences that open with a preposition', () => {
  it('give a participle after their comma no speaker, hence no report', () => {
    const text = 'With a potential for renewed dialogue, characterizing this chapter will depend on the actions.';
    assert.equal(byCue(text, 'characterizing'), undefined);
    // The subject of a main clause still speaks through its participle.
    const spoken = 'Putin spoke at length, calling the result a surprise.';
    assert.equal(speaker(spoken, byCue(spoken, 'calling')), 'Putin');
  });
});

describe('"questions"', () => {
  it('is a noun after a verb, not the cue of the sentence', () => {
    const text = 'Reyes said any candidate "owes it to the voters" of the city to answer questions.';
    assert.equal(byCue(text, 'questions'), undefined);
    const q = byCue(text, 'said');
    assert.equal(speaker(text, q), 'Reyes');
    assert.equal(analyze(text).quotes.length, 1);
  });

  it('leaves the past form a cue', () => {
    const text = 'Berg questioned whether the bridge is safe.';
    assert.equal(speaker(text, byCue(text, 'questioned')), 'Berg');
  });
});

describe('"add"', () => {
  it('reports a clause or a quote, not what is added ("may add 20 minutes")', () => {
    const text = 'The closure may add 20 minutes to commutes, the transit authority estimated.';
    assert.equal(byCue(text, 'add'), undefined);
    assert.equal(speaker(text, byCue(text, 'estimated')), 'the transit authority');
    for (const said of ['Reyes added that the bridge was safe.', 'The bridge is safe, Reyes added.', 'Reyes added, “We will rebuild.”']) {
      assert.equal(speaker(said, byCue(said, 'added')), 'Reyes', said);
    }
  });
});

describe('why a source goes unnamed', () => {
  it('is part of the source, no report of its own', () => {
    for (const text of [
      'A city official who spoke anonymously to discuss internal plans said Wednesday, "There are talks between the mayor and the council."',
      'A city official who asked not to be named to discuss internal plans said Wednesday, "There are talks between the mayor and the council."',
      'Two people familiar with the talks, who spoke on the condition of anonymity because they were not allowed to discuss them, said a deal was close.',
      'The official, who was not authorized to speak publicly about the matter, said the talks had stalled.',
      'An aide, who declined to be identified, said the talks had stalled.',
    ]) {
      const quotes = analyze(text).quotes;
      assert.equal(quotes.length, 1, text);
      assert.equal(cue(text, quotes[0]), 'said', text);
      assert.match(text.slice(quotes[0].start, quotes[0].end), /talks|deal/, text);
      // The source is the noun phrase before the formula, not the reason's last words ("internal plans").
      assert.doesNotMatch(speaker(text, quotes[0]), /plans|discuss/, text);
    }
  });
});

describe('"spoke"', () => {
  it('reports what follows "of" or "about", nothing else', () => {
    assert.equal(speaker('Reyes spoke highly of the new ferry.', byCue('Reyes spoke highly of the new ferry.', 'spoke')), 'Reyes');
    const about = 'Reyes spoke briefly about the ferry schedule.';
    assert.equal(speaker(about, byCue(about, 'spoke')), 'Reyes');
    for (const text of ['Reyes spoke for more than an hour.', 'Reyes spoke Spanish at the rally.', 'Berg, who spoke briefly, left early.']) assert.equal(byCue(text, 'spoke'), undefined, text);
  });

  it('opens a title-case headline with a quote', () => {
    const text = 'Mayor Reyes Speaks ‘Directly To The Voters’ After The Vote';
    assert.equal(analyze(text).quotes.length, 1);
  });
});

describe('a cue form before "said"', () => {
  it('is the noun that speaks ("the plans said")', () => {
    const text = 'The internal plans said the bridge would close.';
    assert.equal(byCue(text, 'plans'), undefined);
    assert.equal(speaker(text, byCue(text, 'said')), 'The internal plans');
  });
});

describe('a fact check’s labels', () => {
  it('say nothing before their colon', () => {
    for (const text of ['FACT CHECK: Did the governor really cut school funding by 20 percent?', 'Verdict: The claim is mostly false.', 'Our ruling: The numbers do not add up.']) {
      assert.deepEqual(analyze(text).quotes, [], text);
    }
    const line = 'HENDRICKS: The governor cut school funding.';
    assert.equal(speaker(line, analyze(line).quotes[0]), 'HENDRICKS');
  });
});

describe('an age set off by commas', () => {
  it('is the speaker’s, not the speaker', () => {
    for (const text of ['Ms. Ortiz, 54, a nurse from Dayton, said she had hoped for more.', 'Maria Ortiz, 54, a nurse, said she had hoped for more.', 'Ortiz, 54, said she had hoped for more.']) {
      assert.equal(byCue(text, 'said')?.speaker?.name, text.startsWith('Maria') ? 'Maria Ortiz' : 'Ortiz', text);
    }
  });
});

describe('a lone adverb after a cue', () => {
  it('is no content ("declined to comment further")', () => {
    const text = 'Ellison declined to comment further.';
    assert.equal(byCue(text, 'comment'), undefined);
    const q = byCue(text, 'declined');
    assert.equal(q && text.slice(q.start, q.end), 'to comment further');
    assert.equal(byCue('Reyes spoke briefly.', 'spoke'), undefined);
    assert.ok(byCue('Reyes said no.', 'said'), 'a one-word answer is content');
  });
});

describe('"called" after a thing named', () => {
  it('names it; nobody speaks ("a play called …")', () => {
    for (const text of ['Students staged a popular play called "Sons of the Harbor" in the town hall.', 'The money came from a super PAC called Better Harbors and two unions.', 'She started a reading drive called #1000Books last year.']) {
      assert.equal(byCue(text, 'called'), undefined, text);
    }
    // A subject and its verb still report.
    const said = 'At the cookout, the band leader called the mayor a fraud.';
    assert.equal(speaker(said, byCue(said, 'called')), 'the band leader');
  });
});

describe('an infinitive of purpose after a place', () => {
  it('is not spoken by the place ("went to Salem to announce")', () => {
    const went = 'Reyes went to Salem to announce the plan.';
    assert.equal(speaker(went, byCue(went, 'announce')), 'Reyes');
    const marched = 'Thousands of people marched through central Salem to protest the law.';
    assert.notEqual(speaker(marched, byCue(marched, 'protest')), 'Salem');
    // A purpose that is no verbal act reports nothing.
    assert.equal(byCue('The council met in Salem to discuss the budget.', 'discuss'), undefined);
  });
});

describe('an impression inside a report', () => {
  it('is part of what the speaker said ("Tran said the city appears to …")', () => {
    const text = 'Tran said the city appears to have enough money in its emergency fund.';
    const q = byCue(text, 'said');
    assert.equal(speaker(text, q), 'Tran');
    assert.equal(q && text.slice(q.start, q.end), 'the city appears to have enough money in its emergency fund');
    assert.equal(byCue(text, 'appears'), undefined);
    // Alone, the impression is nobody's.
    const alone = 'The city appears to have enough money.';
    assert.equal(byCue(alone, 'appears')?.speaker, null);
  });
});

describe('a person of an organisation', () => {
  it('is the speaker, the organisation where they work', () => {
    for (const [text, who] of [
      ['Professor Anna Lindqvist of the Karolinska Institute said the study was weak.', 'Anna Lindqvist'],
      ['Dr. Helen Cho of Lakeside University said the study was weak.', 'Helen Cho'],
      ['The Bank of England said rates would rise.', 'Bank of England'],
      ['The University of Texas said the plan was weak.', 'University of Texas'],
    ]) {
      assert.equal(byCue(text, 'said')?.speaker?.name, who, text);
    }
  });
});

describe('a vague source tied to a name', () => {
  it('is not named by it ("supporters of Sanders", "people close to Tom Reyes")', () => {
    for (const text of ['Supporters of Sanders said no.', 'People close to Tom Reyes said he would run.', 'A source familiar with Acme said no.', 'Residents of Oak Lane said the water was brown.']) {
      assert.equal(byCue(text, 'said')?.speaker?.name, null, text);
    }
    // An institution's officials speak for it.
    assert.equal(byCue('Officials at the Kremlin said no.', 'said')?.speaker?.name, 'Kremlin');
  });
});

describe('a person of an organisation in a place', () => {
  it('is the speaker ("Anna Lindqvist of Lakeside University in Salem said")', () => {
    const text = 'Professor Anna Lindqvist of Lakeside University in Salem said the study was weak.';
    const q = byCue(text, 'said');
    assert.equal(q?.speaker?.name, 'Anna Lindqvist');
    assert.equal(speaker(text, q), 'Professor Anna Lindqvist of Lakeside University in Salem');
  });
});

describe('a plural after a quantifier', () => {
  it('is a noun ("one of several challenges pending")', () => {
    assert.equal(byCue('The case is one of several challenges pending before the court.', 'challenges'), undefined);
    assert.equal(speaker('Some say the plan is dead.', byCue('Some say the plan is dead.', 'say')), 'Some');
  });
});

describe('an expectation that a source closes', () => {
  it('is the source’s report ("…, officials said")', () => {
    const text = 'The agency is expected to publish rules by January, officials said.';
    const q = byCue(text, 'said');
    assert.equal(speaker(text, q), 'officials');
    assert.equal(q && text.slice(q.start, q.end), 'The agency is expected to publish rules by January');
    assert.equal(analyze(text).quotes.length, 1);
  });

  it('after a route, is the marchers’ ("marched through Salem to protest")', () => {
    const text = 'Thousands marched through Salem to protest a draft law.';
    assert.equal(speaker(text, byCue(text, 'protest')), 'Thousands');
  });
});

describe('a title-case headline', () => {
  it('reads a cue form that closes a phrase after a preposition as a noun ("… Over Police Shooting Comments")', () => {
    const text = 'Mayor Reyes Calls Council Plan ‘A Disgrace’ Over Budget Comments';
    assert.equal(byCue(text, 'Comments'), undefined);
    assert.equal(byCue(text, 'Calls')?.speaker?.name, 'Reyes');
  });
});

describe('plural titles', () => {
  it('do not end a sentence ("Sens. Jon Tester and Ann Lee")', () => {
    const text = 'The bank was involved with what lawmakers called “fraud” lead Sens. Jon Tester and Ann Lee to ask for more.';
    const q = byCue(text, 'called');
    assert.ok(q);
    assert.doesNotMatch(text.slice(q.start, q.end), /Sens$/);
  });
});

describe('rules that must stay narrow', () => {
  it('keep the reports they are not about', () => {
    const cases: [string, string, string][] = [
      ['Smith spoke candidly about her years in prison.', 'spoke', 'Smith'],
      ['Ortiz spoke privately to reporters about the deal.', 'spoke', 'Ortiz'],
      ['A day after Smith called Jones a liar, the council met.', 'called', 'Smith'],
      ['Only one of the three says the plan is flawed.', 'says', 'one of the three'],
      ['Woman In Viral Video Says ‘I Was Scared’', 'Says', 'Woman In Viral Video'],
    ];
    for (const [text, cueWord, who] of cases) assert.equal(speaker(text, byCue(text, cueWord)), who, text);
    // Impressions whose subject holds a noun of speech, or that an aside follows, stay impressions.
    for (const [text, cueWord] of [
      ['The claims by the company are expected to face scrutiny in court.', 'are expected'],
      ['Early reports from the scene appear to favor large farms.', 'appear'],
      ['The agency is expected to publish new rules, a step critics say is overdue.', 'is expected'],
    ]) {
      assert.ok(byCue(text, cueWord), text);
    }
  });
});

describe('"as … put it"', () => {
  it('gives the quote after it its source, inside an impression', () => {
    const text = 'His record has not kept him from being seen, as the Salem Times put it in a long profile, “the fixer.”';
    const q = analyze(text).quotes.find((x) => x.kind === 'direct');
    assert.equal(q && text.slice(q.start, q.end), '“the fixer.”');
    assert.equal(q?.speaker?.name, 'Salem Times');
  });
});

describe('a quote introduced after a first report in the same sentence', () => {
  it('is the second verb’s after an adverb (“… and repeatedly says, “…””)', () => {
    const text = 'Mara then urges her brother to leave the boat and repeatedly says, "Don\'t you do it," until the tide turns.';
    assert.equal(content(text, byCue(text, 'urges')), 'her brother to leave the boat');
    const says = byCue(text, 'says');
    assert.equal(content(text, says), '"Don\'t you do it,"');
    assert.equal(says?.kind, 'direct');
    assert.equal(speaker(text, says), 'Mara');
  });

  it('is the participle’s after its preposition (“while chanting, “…””), spoken by the subject that opens the sentence', () => {
    const text = 'Small groups of residents continued to demand answers about the closure, circling the harbour - where the ferries docked - while chanting, "Open the bay."';
    const chant = byCue(text, 'chanting');
    assert.equal(content(text, chant), '"Open the bay."');
    assert.equal(chant?.kind, 'direct');
    assert.equal(speaker(text, chant), 'Small groups of residents');
    for (const q of read(text)) if (cue(text, q) !== 'chanting') assert.ok(q.end <= text.indexOf('"Open'), content(text, q));
  });

  it('is not joined to the quote before the participle’s preposition (““…,” Lee sings before asking her, “…””)', () => {
    const text = '“Keep the lamp lit,” Lee sings to the keeper before asking her, “Where do the boats go now?”';
    const asking = byCue(text, 'asking');
    assert.equal(content(text, asking), '“Where do the boats go now?”');
    assert.equal(content(text, byCue(text, 'sings')), '“Keep the lamp lit,”');
  });
});

describe('an adverbial between a cue and its quote', () => {
  it('is left out of the quoted sentence, whatever follows it', () => {
    const cases: [string, string, string][] = [
      ['The film ends with footage of Ruiz saying during the hearing last week, “That makes me careful,” while the panel laughs.', 'saying', '“That makes me careful,”'],
      ['Ruiz said at a town meeting in Salem on Monday, “We will rebuild the pier.”', 'said', '“We will rebuild the pier.”'],
    ];
    for (const [text, cueWord, quoted] of cases) {
      const q = byCue(text, cueWord);
      assert.equal(content(text, q), quoted, text);
      assert.equal(q?.kind, 'direct', text);
    }
  });

  it('stays out only when it is an adverbial: a reported clause before a colon is the first cue’s', () => {
    const text = 'Lee said he had warned the council: "The pier will fall," she told the paper.';
    assert.equal(content(text, byCue(text, 'said')), 'he had warned the council');
  });

  it('is no report of “concludes with” before a description, but is before the quote itself', () => {
    const footage = 'The spot concludes with footage of Ruiz saying at the hearing, “That makes me careful,” while the panel laughs.';
    assert.equal(byCue(footage, 'concludes'), undefined);
    assert.equal(content(footage, byCue(footage, 'saying')), '“That makes me careful,”');
    const letter = 'The letter concludes with, “We will not forget.”';
    assert.equal(content(letter, byCue(letter, 'concludes')), '“We will not forget.”');
  });

  it('runs to the longer reach only when it starts as an adverbial, not after a clause’s subject', () => {
    const text = 'Ruiz told the council that the fees, in her words, “are a disgrace.”';
    assert.equal(content(text, byCue(text, 'told')), 'that the fees, in her words, “are a disgrace.”');
  });
});

describe('a split quote around a participle’s aside', () => {
  it('goes on after the aside when its second half starts in lower case (““…,” Lee said, referring to …, “you …””)', () => {
    const text = '“Every time you say that,” Lee said, referring to the harbour report, “you give the critics more to use.”';
    const quotes = read(text).filter((q) => q.kind === 'direct');
    assert.equal(quotes.length, 1);
    assert.equal(content(text, quotes[0]), text);
    assert.equal(quotes[0].parts.length, 2);
    assert.equal(speaker(text, quotes[0]), 'Lee');
  });

  it('is not joined across the participle’s own quote or clause', () => {
    const adding = '“We are done,” Lee said, adding, “and we will not come back.”';
    assert.equal(content(adding, byCue(adding, 'said')), '“We are done,”');
    assert.equal(content(adding, byCue(adding, 'adding')), '“and we will not come back.”');
    const clause = '“Out!” she wrote, arguing that if the council did not act, “more boats will sink.”';
    assert.equal(content(clause, byCue(clause, 'wrote')), '“Out!”');
  });
});

describe('support as a stance', () => {
  it('reports what a named subject supports or backs, but not a retreat or the noun', () => {
    const text = 'Mayor Ruiz supports raising the harbour fee. Lee backed the plan on Monday. Tran backed away from the deal. The city has broad support among fishermen.';
    assert.equal(content(text, byCue(text, 'supports')), 'raising the harbour fee');
    assert.equal(speaker(text, byCue(text, 'supports')), 'Mayor Ruiz');
    assert.equal(content(text, byCue(text, 'backed')), 'the plan');
    assert.equal(read(text).length, 2);
  });
});

describe('a label before a colon', () => {
  it('is no speaker when it opens a clause, is a clause or is a headline’s call', () => {
    for (const text of [
      'Still to come: results in Salem, Dover and Keene.',
      'And with good reason: the pier has been closed for a year.',
      'Enough is enough: it is time to fix the pier.',
      'REVEALED: What The Harbour Board Kept From Voters',
      'Look: Crowds Line The Pier For The Last Ferry',
    ]) assert.deepEqual(read(text).map((q) => content(text, q)), [], text);
  });

  it('still introduces the quote when a form of “be” ends it', () => {
    const text = 'Ruiz’s answer was: “Not this year.”';
    const q = read(text).find((x) => x.kind === 'direct');
    assert.equal(content(text, q), '“Not this year.”');
  });
});

describe('a quote that opens the next paragraph', () => {
  it('goes on with the speaker’s words unless the narration goes on after it', () => {
    const text = '“Keep the lamp lit,” Lee sings to the keeper before asking her, “Where do the boats go now?”\n\n“Harbour Light (No. 9)” was written by Ruiz after the storm.';
    const asking = byCue(text, 'asking');
    assert.equal(content(text, asking), '“Where do the boats go now?”');
    const said = '“We will stay,” Lee said.\n\n“We have nowhere else to go,” the letter read.';
    assert.equal(content(said, byCue(said, 'read')), '“We have nowhere else to go,”');
  });
});

describe('reports with a longer way to their subject or clause', () => {
  it('skip a prepositional phrase before the reported clause (“said after the vote he would …”)', () => {
    const text = 'Ruiz said after the vote he would not run again. Lee said at the time it had been a mistake.';
    assert.equal(content(text, read(text)[0]), 'he would not run again');
    assert.equal(content(text, read(text)[1]), 'it had been a mistake');
    // A phrase that is the whole content stays one ("spoke about the plan").
    const about = 'Ruiz spoke about the plan in Salem.';
    assert.equal(content(about, read(about)[0]), 'the plan in Salem');
  });

  it('find the head of a subject before two phrases joined by “and”', () => {
    const text = 'Residents in Salem and around the bay say the pier must stay.';
    assert.equal(speaker(text, byCue(text, 'say')), 'Residents in Salem and around the bay');
  });

  it('take a share of a relative clause’s group as the speaker (“many of whom say”)', () => {
    const text = 'The plan angered the families, many of whom say the fees are unfair.';
    const q = byCue(text, 'say');
    assert.equal(content(text, q), 'the fees are unfair');
    assert.equal(speaker(text, q), 'many of whom');
  });
});

describe('plural subjects that do not end in “s”', () => {
  it('take a plural verb (“the fishermen say”, “women say”)', () => {
    for (const [text, who] of [
      ['The fishermen say the pier must stay.', 'The fishermen'],
      ['Women say the pier must stay.', 'Women'],
    ]) assert.equal(speaker(text, byCue(text, 'say')), who, text);
  });
});

describe('the narrator’s contrast after a report', () => {
  it('ends the content at “, even as”, not at “, even though” or “, even after” (often the speaker’s own)', () => {
    const text = 'Ruiz insisted the pier was safe, even as inspectors disagreed.';
    assert.equal(content(text, byCue(text, 'insisted')), 'the pier was safe');
    const though = 'Lee said he supports the plan, even though it will raise his taxes.';
    assert.equal(content(though, byCue(though, 'said')), 'he supports the plan, even though it will raise his taxes');
    const after = 'Lee said the pier was safe, even after the storm.';
    assert.equal(content(after, byCue(after, 'said')), 'the pier was safe, even after the storm');
  });
});

describe('a “that” clause after where something was written', () => {
  it('is the content even when the medium is a cue word (“in a Facebook post that …”)', () => {
    const text = 'Ruiz wrote in a Facebook post that the pier was safe.';
    assert.equal(content(text, byCue(text, 'wrote')), 'that the pier was safe');
  });
});

describe('an absolute phrase after “With” that opens the sentence', () => {
  it('ends at its comma, and the main clause’s quote is the main subject’s', () => {
    const text = 'With local leaders increasingly worried about the fees, Ruiz is rolling out a new message: "It is about you."';
    const quotes = read(text);
    assert.ok(quotes.every((q) => !content(text, q).includes('Ruiz is rolling')), quotes.map((q) => content(text, q)).join(' | '));
    const direct = quotes.find((q) => q.kind === 'direct');
    assert.equal(content(text, direct), '"It is about you."');
    assert.equal(speaker(text, direct), 'Ruiz');
  });
});

describe('“when it comes to” after quoted words', () => {
  it('goes on with what is said; another “when” clause is the narrator’s', () => {
    const text = 'Lee said there remains a "real gap between the towns," when it comes to how many boats dock there.';
    assert.equal(content(text, byCue(text, 'said')), 'there remains a "real gap between the towns," when it comes to how many boats dock there');
    const other = 'Lee said the plan was "a good start," when she spoke on Monday.';
    assert.equal(content(other, byCue(other, 'said')), 'the plan was "a good start,"');
  });
});

describe('where an object was attacked or praised', () => {
  it('is no part of the object (“attacked Lee in late-night tweets”)', () => {
    const text = 'Ruiz attacked Lee in late-night tweets.';
    assert.equal(content(text, byCue(text, 'attacked')), 'Lee');
  });
});

describe('a speaker named with initials', () => {
  it('is the whole name, not the part before or after an initial’s full stop', () => {
    for (const [text, who] of [
      ['“The pier is safe,” said Rep. T.J. Ortega, who chairs the panel.', 'Rep. T.J. Ortega'],
      ['J.R. Halvorsen said the pier was safe.', 'J.R. Halvorsen'],
    ]) {
      const q = analyze(text).quotes[0];
      assert.equal(q?.speaker && text.slice(q.speaker.mention.start, q.speaker.mention.end), who, text);
    }
  });
});

describe('“call” in its base form', () => {
  it('is a naming cue after a plural subject, and a noun after an article', () => {
    const text = 'When smugglers are revealed as part of a ring, Ruiz and Lee call them "lone sailors".';
    const q = byCue(text, 'call');
    assert.equal(content(text, q), 'them "lone sailors"');
    assert.equal(speaker(text, q), 'Ruiz and Lee');
    // The passive with no agent, then a prepositional phrase, reports nothing (and does not swallow the quote).
    assert.equal(byCue(text, 'revealed'), undefined);
    for (const noun of ['The call came at noon.', 'Ruiz took a call from Lee.']) assert.deepEqual(read(noun), [], noun);
  });

  it('keeps a passive cue with no agent when no later cue claims the quote after it', () => {
    const staff = 'Staff were told in an email, “Do not speak to reporters.”';
    const q = byCue(staff, 'told');
    assert.ok(q && content(staff, q).endsWith('“Do not speak to reporters.”'), content(staff, q));
    assert.equal(speaker(staff, q), '');
    const told = 'Voters were told that the pier was safe.';
    assert.equal(content(told, byCue(told, 'told')), 'that the pier was safe');
  });
});

describe('“echo”, “share” and “outline” in their base form', () => {
  it('are cues after a plural subject and nouns after an article or a possessive', () => {
    const echo = 'Ruiz and Lee echo the concern.';
    assert.equal(content(echo, byCue(echo, 'echo')), 'the concern');
    const outline = 'Officials outline a plan to rebuild the pier.';
    assert.equal(content(outline, byCue(outline, 'outline')), 'a plan to rebuild the pier');
    for (const noun of ['The outline of the plan is clear.', 'Her share of the vote fell.', 'An echo of the debate was heard.']) assert.deepEqual(read(noun), [], noun);
  });
});

describe('“suspect” and “detail” in their base form', () => {
  it('are cues after a plural subject and nouns after an article', () => {
    const suspect = 'Investigators suspect the pier was sabotaged.';
    assert.equal(content(suspect, byCue(suspect, 'suspect')), 'the pier was sabotaged');
    const detail = 'Officials detail the plan in a report.';
    assert.ok(byCue(detail, 'detail'));
    for (const noun of ['The suspect was arrested.', 'The details of the plan are unclear.']) assert.deepEqual(read(noun), [], noun);
  });
});

describe('a year between a subject and its cue', () => {
  it('is no speaker (“who in 2010 said”, “doctors in 2015 sent …, calling for”)', () => {
    const who = 'Ruiz, who in 2010 said the pier was safe, left the council.';
    assert.equal(speaker(who, byCue(who, 'said')), 'who');
    const doctors = 'A group of doctors in 2015 sent a letter, calling for his dismissal.';
    assert.equal(speaker(doctors, byCue(doctors, 'calling for')), 'A group of doctors');
  });

  it('leaves “Having said that,” unread', () => {
    const text = '(Having said that, the fees may fall.)';
    assert.equal(byCue(text, 'said'), undefined);
  });
});

describe('short reports and names with an ampersand', () => {
  it('read a clause of a subject and its verb (“said he agreed”) and a name joined by “&” as one speaker', () => {
    const agreed = 'Ruiz said he agreed.';
    assert.equal(content(agreed, byCue(agreed, 'said')), 'he agreed');
    const company = 'Halvor & Dunne said sales rose sharply in May.';
    assert.equal(speaker(company, byCue(company, 'said')), 'Halvor & Dunne');
    // A preposition and a word are no clause ("said in May").
    assert.equal(byCue('Ruiz said in May.', 'said'), undefined);
  });
});

describe('two people named together as the speaker', () => {
  it('are named together, not as the last of them', () => {
    const text = 'Ana Ruiz spoke first. Later, Ruiz and Tom Lee said the fees were unfair.';
    const q = analyze(text).quotes.find((x) => text.slice(x.start, x.end) === 'the fees were unfair');
    assert.equal(q?.speaker?.name, 'Ruiz and Tom Lee');
    assert.equal(q?.speaker?.entityId, null);
  });
});

describe('narrower readings', () => {
  it('a quote opening a paragraph goes on with the speaker unless a verb follows its closing mark', () => {
    const text = '“We will rebuild the pier,” Ruiz said.\n\n“It matters to every family here” — and she means it.';
    const q = byCue(text, 'said');
    assert.equal(q?.parts.length, 2);
  });

  it('“back” of a vehicle is no stance, and a participle of quoting hands on someone else’s words', () => {
    assert.deepEqual(read('The driver backed the truck into a crowd of shoppers.'), []);
    const quoting = '“It is over,” Lee said, quoting Ruiz, “the pier is gone.”';
    assert.equal(content(quoting, byCue(quoting, 'said')), '“It is over,”');
    const noting = '“We tried,” Lee said, noting the delay, “but nobody cared,” and left.';
    const parts = read(noting).filter((q) => q.kind !== 'reported');
    assert.equal(parts.length, 1, parts.map((q) => content(noting, q)).join(' | '));
  });

  it('“many of which” is no speaker, and “Yemen” is no plural', () => {
    assert.deepEqual(read('Some of the families, many of which say the fees are unfair, sued.').map((q) => cue('Some of the families, many of which say the fees are unfair, sued.', q)), []);
    const yemen = 'Officials in Yemen say the port is closed.';
    assert.equal(speaker(yemen, byCue(yemen, 'say')), 'Officials in Yemen');
    assert.equal(byCue('Carmen share the view.', 'share'), undefined);
  });
});

describe('negated reports and subjects joined by “and”', () => {
  it('reads a contracted negation like “did not”, outside the speaker', () => {
    for (const text of ["Lee didn't say whether the pier would reopen.", 'Lee did not say whether the pier would reopen.', 'Lee didn’t say whether the pier would reopen.']) {
      const q = byCue(text, 'say');
      assert.equal(content(text, q), 'whether the pier would reopen', text);
      assert.equal(speaker(text, q), 'Lee', text);
    }
    const pair = "Ruiz and Lee won't say when the pier will reopen.";
    assert.equal(speaker(pair, byCue(pair, 'say')), 'Ruiz and Lee');
  });

  it('names a noun phrase opening the clause with the speaker after “and”', () => {
    const aides = 'The mayor and her aides said the pier was safe.';
    assert.equal(speaker(aides, byCue(aides, 'said')), 'The mayor and her aides');
    const farmers = 'In Salem, farmers and their lawyers said the rule was unfair.';
    assert.equal(speaker(farmers, byCue(farmers, 'said')), 'farmers and their lawyers');
    // A verb after the "cue" shows it was a noun: no speaker is joined, nothing is reported.
    assert.deepEqual(read('The mental and emotional stress is hard to bear.'), []);
  });
});

describe('a cue opening the sentence', () => {
  it('names the speaker after it and reports the quote after its comma or colon', () => {
    const said = 'Said the mayor of Salem, “We will rebuild the pier.”';
    const q = byCue(said, 'Said');
    assert.equal(content(said, q), '“We will rebuild the pier.”');
    assert.equal(speaker(said, q), 'the mayor of Salem');
    const added = 'Added Ruiz: "The budget is small."';
    assert.equal(speaker(added, byCue(added, 'Added')), 'Ruiz');
    // A name that opens with a cue's base form is a name ("Hope Ruiz: …" is a transcript line of Hope Ruiz).
    const hope = 'Hope Ruiz: "No comment."';
    assert.equal(byCue(hope, 'Hope'), undefined);
  });
});

describe('a report in a relative clause', () => {
  it('ends before the main clause’s verb', () => {
    const aside = 'Ruiz, who said the pier would reopen, is wary.';
    const q = byCue(aside, 'said');
    assert.equal(content(aside, q), 'the pier would reopen');
    assert.equal(speaker(aside, q), 'who');
    const restrictive = 'Voters who praise Ruiz are young.';
    assert.equal(content(restrictive, byCue(restrictive, 'praise')), 'Ruiz');
    // A comma inside the reported clause, with no verb after it, does not end it.
    const inside = 'Lee, who said that in May, after the storm, the pier closed, left.';
    assert.equal(content(inside, byCue(inside, 'said')), 'that in May, after the storm, the pier closed');
  });
});

describe('a verb before a cue form', () => {
  it('is no subject after an auxiliary, "not" or "to"', () => {
    assert.deepEqual(read('The mayor did not unveil plans for the pier.'), []);
    const wants = 'Lee wants to share plans for the pier.';
    assert.equal(speaker(wants, byCue(wants, 'wants')), 'Lee');
    assert.equal(byCue(wants, 'plans'), undefined);
    // "Not everyone agrees": a "not" with no auxiliary before it negates the subject, which speaks.
    const everyone = 'Not everyone agrees that the pier is safe.';
    assert.equal(content(everyone, byCue(everyone, 'agrees')), 'that the pier is safe');
  });
});

describe('a refusal after a fronted question', () => {
  it('reports the question and the refusal, not the question as what was not said', () => {
    const text = 'Asked about the delay, she declined to comment.';
    assert.equal(content(text, byCue(text, 'declined')), 'to comment');
    assert.equal(byCue(text, 'comment'), undefined);
    assert.equal(content(text, byCue(text, 'Asked')), 'about the delay');
  });
});

describe('a noun that sums up the reported clause', () => {
  it('ends the clause, and its own cue reports that noun with the words after it as the speaker', () => {
    const text = 'Brandt said the economy grew by 4 percent last year, a figure critics dispute.';
    assert.equal(content(text, byCue(text, 'said')), 'the economy grew by 4 percent last year');
    const dispute = byCue(text, 'dispute');
    assert.equal(content(text, dispute), 'a figure');
    assert.equal(speaker(text, dispute), 'critics');
    const claim = 'The mayor said the plan may fail, a claim her opponents reject.';
    assert.equal(content(claim, byCue(claim, 'said')), 'the plan may fail');
    // A noun phrase that goes on with the clause is not cut ("…, a plan the council backs" has no summing noun).
    const plan = 'Lee said the town needs a new pier, a plan the council backs.';
    assert.match(content(plan, byCue(plan, 'said')), /a new pier/);
  });
});

describe('a month or year between the subject and the cue', () => {
  it('is an adverbial with its preposition, not the speaker', () => {
    const august = 'Lee in August said that the pier would reopen.';
    assert.equal(speaker(august, byCue(august, 'said')), 'Lee');
    const poll = 'A poll in late August found that most voters want change.';
    assert.equal(speaker(poll, byCue(poll, 'found')), 'A poll');
    const records = 'Tax records from 1995 showed that he lost money.';
    assert.equal(speaker(records, byCue(records, 'showed')), 'Tax records');
    // "August" opening a name is the name.
    const wilson = 'August Wilson said the play was done.';
    assert.equal(speaker(wilson, byCue(wilson, 'said')), 'August Wilson');
  });
});

describe('a share with its approximator and its figure set off by commas', () => {
  it('speaks', () => {
    const text = 'Among likely voters, about two-thirds, 67 percent, say they will vote for Lee.';
    const q = byCue(text, 'say');
    assert.equal(content(text, q), 'they will vote for Lee');
    assert.equal(speaker(text, q), 'about two-thirds');
  });
});

describe('a quote after "From …:"', () => {
  it('is the words of the source after "from"', () => {
    const text = 'From the report: “Samples with more careful weighting gave better results.”';
    assert.equal(speaker(text, analyze(text).quotes[0]), 'the report');
    const more = 'More from the letter: “We will not back down on this.”';
    assert.equal(speaker(more, analyze(more).quotes[0]), 'the letter');
  });
});

describe('whom it was said to, before “that”', () => {
  it('is skipped, and a number’s modifier opens the reported clause', () => {
    const irs = 'The foundation reported to the IRS that his salary was small.';
    assert.equal(content(irs, byCue(irs, 'reported')), 'that his salary was small');
    // An infinitive after a verb that takes one is the content ("wants to prove that …").
    const wants = 'Lee wants to prove that the pier is safe.';
    assert.equal(content(wants, byCue(wants, 'wants')), 'to prove that the pier is safe');
    const least = 'On Friday, as the parade went by, the station reported at least six planes flew over the town.';
    assert.equal(content(least, byCue(least, 'reported')), 'at least six planes flew over the town');
  });
});

describe('whom it was said to, with a plural possessive in the name', () => {
  it('is skipped up to “that”', () => {
    const told = 'Lee told Channel Nine News’ Ada Rowe that the pier would reopen in May.';
    const q = byCue(told, 'told');
    assert.equal(content(told, q), 'that the pier would reopen in May');
    assert.equal(speaker(told, q), 'Lee');
    const complained = "Lee complained to Channel Nine News' Ada Rowe that the pier was unsafe.";
    assert.equal(content(complained, byCue(complained, 'complained')), 'that the pier was unsafe');
  });
});

describe('“as reported by X”', () => {
  it('gives the outlet as the source of the clause, before or after it', () => {
    const before = 'As reported by the Harbour Gazette, the ferry will stop running in May.';
    const first = read(before).find((q) => q.cueLemma === 'report');
    assert.equal(content(before, first), 'the ferry will stop running in May');
    assert.equal(speaker(before, first), 'the Harbour Gazette');
    const after = 'The ferry will stop running in May, as first reported by the Harbour Gazette.';
    const second = read(after).find((q) => q.cueLemma === 'report');
    assert.equal(content(after, second), 'The ferry will stop running in May');
    assert.equal(speaker(after, second), 'the Harbour Gazette');
  });

  it('reads “as stated in X” and “as noted by X” the same way, a plural possessive inside the source', () => {
    const text = 'As stated in Davis’ commentary, the ferry will stop running in May.';
    const q = read(text).find((x) => x.cueLemma === 'state');
    assert.equal(content(text, q), 'the ferry will stop running in May');
    assert.equal(speaker(text, q), 'Davis’ commentary');
    const noted = 'The ferry will stop running in May, as noted by the auditors.';
    assert.equal(content(noted, read(noted).find((x) => x.cueLemma === 'note')), 'The ferry will stop running in May');
  });

  it('leaves a quote with its own speaker alone', () => {
    const text = '“We will keep the ferry,” Ruiz noted on Friday, as reported by the Harbour Gazette.';
    const quotes = read(text);
    const direct = quotes.find((q) => q.kind === 'direct');
    assert.equal(speaker(text, direct), 'Ruiz');
    assert.equal(quotes.filter((q) => q.cueLemma === 'report').length, 0);
  });
});

describe('“that” with a noun after the cue', () => {
  it('is the object, and the next clause keeps its own attribution', () => {
    const text = 'Officials disputed that claim, and the senator warned that the deal would collapse.';
    const disputed = byCue(text, 'disputed');
    assert.equal(content(text, disputed), 'that claim');
    const warned = byCue(text, 'warned');
    assert.equal(content(text, warned), 'that the deal would collapse');
    assert.equal(speaker(text, warned), 'the senator');
  });

  it('still opens a clause when a pronoun follows', () => {
    const text = 'He said that she, too, enjoyed her work.';
    assert.equal(content(text, byCue(text, 'said')), 'that she, too, enjoyed her work');
  });
});

describe('a clause that goes on after an inverted speaker', () => {
  it('keeps both parts, past an apposition on the speaker', () => {
    const text = 'Any reading of the mayor’s plan, said Ada Rowe, a planner at the harbour board, would find it too costly.';
    const q = byCue(text, 'said');
    assert.equal(content(text, q), 'Any reading of the mayor’s plan, said Ada Rowe, a planner at the harbour board, would find it too costly');
    assert.equal(speaker(text, q), 'Ada Rowe');
    const plain = 'Any reading of the plan, said Ada Rowe, would find it too costly.';
    assert.equal(content(plain, byCue(plain, 'said')), 'Any reading of the plan, said Ada Rowe, would find it too costly');
  });

  it('does not take a name given with “called” for a speaker going on', () => {
    const text = 'His charity, called the Harbour Fund, will still own the pier.';
    assert.notEqual(content(text, byCue(text, 'called')), 'His charity, called the Harbour Fund, will still own the pier');
  });
});

describe('a “that” far after a comma that follows the cue', () => {
  it('is no complementizer of the cue', () => {
    const text = 'If only a few seats are at stake, the party said, it may not bother taking that step.';
    assert.equal(content(text, byCue(text, 'said')), 'If only a few seats are at stake, the party said, it may not bother taking that step');
    const aside = 'Lee said, in a statement on Friday, that the pier would reopen.';
    assert.equal(content(aside, byCue(aside, 'said')), 'that the pier would reopen');
  });
});

describe('an infinitive between commas after a name', () => {
  it('is no aside on a subject, so the name does not speak the cue after it', () => {
    const text = 'The mayor warned the harbour chief, Ada Rowe, not to close the pier, said a city official.';
    assert.deepEqual(read(text).filter((q) => speaker(text, q) === 'Ada Rowe').map((q) => content(text, q)), []);
    const during = 'Mr. Lee warned the chief, Ada Rowe, during their meeting not to close the pier, said a city official.';
    assert.deepEqual(read(during).filter((q) => speaker(during, q) === 'Ada Rowe').map((q) => content(during, q)), []);
  });
});

describe('a plural possessive inside a noun-phrase object', () => {
  it('keeps the object going past the apostrophe, either mark', () => {
    for (const mark of ['’', "'"]) {
      const text = `The mayor dismissed the farmers${mark} complaints about the new tolls during the meeting.`;
      assert.equal(content(text, byCue(text, 'dismissed')), `the farmers${mark} complaints about the new tolls`);
    }
  });
});

describe('a subordinate clause whose comma sits inside a closing quotation mark', () => {
  it('ends at that mark, before the main clause', () => {
    const text = 'Though she conceded that she is “not a natural campaigner,” Maria Ortiz had a good night on Tuesday.';
    assert.equal(content(text, byCue(text, 'conceded')), 'that she is “not a natural campaigner,”');
  });

  it('goes on when “and” joins another quoted part', () => {
    const text = 'While he says he “loves the city,” and “the city loves me,” Mayor Tom Reyes has few friends on the council.';
    assert.match(content(text, byCue(text, 'says')), /“the city loves me,”$/);
  });
});

describe('a date with its year inside a noun-phrase object', () => {
  it('keeps the object going past the commas around the year', () => {
    const text = 'The governor invoked the Sept. 11, 2001, terrorist attacks in her speech.';
    assert.match(content(text, byCue(text, 'invoked')), /^the Sept\. 11, 2001, terrorist attacks/);
  });

  it('still ends the object at a comma after the year that opens something else', () => {
    const text = 'The governor praised the accord of June 4, 2015, which ended the dispute.';
    assert.equal(content(text, byCue(text, 'praised')), 'the accord of June 4, 2015');
  });
});

describe('a long subject with verbs of its own before “said”', () => {
  it('reports the clause, the noun phrase opening the sentence speaking', () => {
    const text = "Several growers I've spoken with over the last few weeks said the frost had ruined most of the crop.";
    const q = byCue(text, 'said');
    assert.equal(content(text, q), 'the frost had ruined most of the crop');
    assert.equal(speaker(text, q), 'Several growers');
  });

  it('reads past an aside before the cue when a pronoun opens the clause', () => {
    const text = 'But dozens of farmers interviewed at markets this week, including Mr. Ortiz, said they had no quarrel with the new rules.';
    const q = byCue(text, 'said');
    assert.equal(content(text, q), 'they had no quarrel with the new rules');
    assert.match(speaker(text, q), /^dozens/);
  });

  it('takes no subject from a clause with a gap in it', () => {
    const text = 'Part of what farmers supporting the plan, say growers like Ana Ruiz, is the cost of water.';
    assert.equal(speaker(text, byCue(text, 'say')), '');
  });
});

describe('a cue inside a clause fronted by a subordinator or preposition', () => {
  it('ends its content at the comma that closes the fronted clause', () => {
    const cases: [string, string, string][] = [
      ['Despite polls showing her well behind, Ruiz campaigned hard in the north.', 'showing', 'her well behind'],
      ['If we read the plan right when he says he intends to win delegates everywhere, his aim is to stay in the race.', 'says', 'he intends to win delegates everywhere'],
      ['While candidates like Lee and Ortiz are vowing to bring back jobs lost to other states, the public is gloomy.', 'vowing', 'to bring back jobs lost to other states'],
    ];
    for (const [text, word, expected] of cases) assert.equal(content(text, byCue(text, word)), expected, text);
  });

  it('goes on past a comma before “and”, and past an attribution set off by commas', () => {
    const joined = 'If we read him right when he says the plan is fair, and that it is cheap, voters are wary.';
    assert.equal(content(joined, byCue(joined, 'says')), 'the plan is fair, and that it is cheap');
    const aside = 'After being told that he would be charged, police said, Lee went to the station.';
    assert.notEqual(content(aside, byCue(aside, 'charged')), 'police said');
  });
});

describe('a short prepositional phrase fronted before the subject and its cue', () => {
  it('is no content: it says where or when', () => {
    for (const [text, word] of [['In Nevada, he reminded voters of his record.', 'reminded'], ['In recent months, several businesses have called off projects.', 'called']]) {
      assert.equal(read(text).filter((q) => cue(text, q) === word && content(text, q).startsWith('In ')).length, 0, text);
    }
  });

  it('leaves the quote after an introducing colon its cue and speaker', () => {
    const text = 'In a 1962 speech, he declared:\n\n“We will build the bridge, whatever it costs.”';
    const q = read(text).find((x) => x.kind === 'direct');
    assert.equal(cue(text, q), 'declared');
    assert.equal(speaker(text, q), 'he');
  });

  it('still opens a report that goes on after the cue', () => {
    const text = 'In the end, Mr. Rosen said, union voters always back the party.';
    assert.equal(content(text, byCue(text, 'said')), 'In the end, Mr. Rosen said, union voters always back the party');
  });
});

describe('a relative clause set off by commas inside a reported clause', () => {
  it('runs long, and the clause goes on with its verb after it', () => {
    const text = 'He argued the new toll road, which has been the subject of an increasingly bitter fight in the council chamber for nearly three years involving dozens of lawyers and consultants, is nearly finished.';
    assert.match(content(text, byCue(text, 'argued')), /is nearly finished$/);
  });

  it('goes on when the verb opens quoted words', () => {
    const text = 'He argued the pipeline, which is widely supported by farmers, “would not go ten feet” without the new law.';
    assert.match(content(text, byCue(text, 'argued')), /without the new law$/);
  });
});

describe('an apposition on a noun-phrase object before the verb’s complement', () => {
  it('keeps the object going to its “as”, “of” or “for”', () => {
    const cases: [string, string, RegExp][] = [
      ['The agency quoted Ana Ruiz, a Salem native, as saying the bridge had collapsed.', 'quoted', /as saying the bridge had collapsed$/],
      ['The letter accuses one of the reporters, Tom Lee, of ignoring the facts.', 'accuses', /of ignoring the facts$/],
      ['The mayor assailed a county judge, Ana Ruiz, for her ruling.', 'assailed', /for her ruling$/],
    ];
    for (const [text, word, expected] of cases) assert.match(content(text, byCue(text, word)), expected, text);
  });

  it('ends the object before a clause after the apposition', () => {
    const text = 'The mayor praised the new judge, Ana Ruiz, as the vote neared.';
    assert.equal(content(text, byCue(text, 'praised')), 'the new judge');
  });
});

describe('an aside between a reported clause’s subject and its verb', () => {
  it('keeps the clause going to its verb', () => {
    const cases: [string, string, string][] = [
      ['He says the toll dispute, while troublesome, was settled fairly.', 'says', 'the toll dispute, while troublesome, was settled fairly'],
      ['Ruiz warned that Tom Lee, even as a candidate, had weakened the council.', 'warned', 'that Tom Lee, even as a candidate, had weakened the council'],
    ];
    for (const [text, word, expected] of cases) assert.equal(content(text, byCue(text, word)), expected, text);
  });

  it('does not read the comma of a number as an aside', () => {
    const text = 'Ruiz said the city wanted to admit 25,000 visitors, said the report.';
    assert.doesNotMatch(content(text, byCue(text, 'said')), /said the report/);
  });
});

describe('a question, then its speaker “asked” whom it was put to', () => {
  it('gives the question the cue and speaker, not the hearer', () => {
    for (const text of ['“Did you know it was the mayor?” Todd asked the real estate mogul.', '“Why are you still backing him?” Ruiz asked council members.']) {
      const asked = read(text).filter((q) => cue(text, q) === 'asked');
      assert.equal(asked.length, 1, text);
      assert.match(content(text, asked[0]), /^“/, text);
    }
  });
});

describe('a long subject after a short fronted prepositional phrase', () => {
  it('speaks the clause after “said”', () => {
    const text = "In the mayor's favor, all the planners I interviewed said her budget was more detailed than his.";
    const q = byCue(text, 'said');
    assert.equal(content(text, q), 'her budget was more detailed than his');
    assert.equal(speaker(text, q), 'all the planners');
  });
});

describe('a plural subject with verbs of its own before a bare “say”', () => {
  it('speaks the clause, however the words before the cue end', () => {
    const cases: [string, string][] = [
      ['Activists clamoring to block Lee from the nomination say they are suddenly gaining ground.', 'Activists'],
      ['The state officials who met with the governor say the real change has come in the courts.', 'The state officials'],
    ];
    for (const [text, who] of cases) {
      const q = byCue(text, 'say');
      assert.match(content(text, q), /^(they|the real)/, text);
      assert.equal(speaker(text, q), who, text);
    }
  });

  it('still takes no speaker from a relative pronoun that is the subject itself', () => {
    const text = 'Some of the families, many of which say the fees are unfair, sued.';
    assert.equal(byCue(text, 'say'), undefined);
  });
});

describe('saying as the purpose of what the subject did', () => {
  it('reports the clause after “to say”, the main clause’s subject speaking', () => {
    const cases: [string, string, string][] = [
      ['He went out of his way to say that the economy had hit bottom this year.', 'that the economy had hit bottom this year', 'He'],
      ['Recently, Tom Ruiz of Salem stood at a council meeting to say he was leaning toward the plan.', 'he was leaning toward the plan', 'Tom Ruiz of Salem'],
    ];
    for (const [text, expected, who] of cases) {
      const q = byCue(text, 'say');
      assert.equal(content(text, q), expected, text);
      assert.equal(speaker(text, q), who, text);
    }
  });

  it('reads nothing from “to say” without a clause after it', () => {
    for (const text of ['He went to the hall to say goodbye.', 'She came to say a few words about the plan.']) assert.equal(byCue(text, 'say'), undefined, text);
  });
});

describe('a participle fronted by a preposition', () => {
  it('gives the clause to the subject after the fronted clause, past a subject and verb inside the clause', () => {
    const cases: [string, string, string, string][] = [
      ['After saying that she regretted the delay, Ruiz left the hall.', 'saying', 'Ruiz', 'that she regretted the delay'],
      ['Before announcing on Monday that the ferry had stopped, the mayor met the crew.', 'announcing', 'the mayor', 'that the ferry had stopped'],
      ['After angrily denying that she knew the captain, Ruiz left the hall.', 'denying', 'Ruiz', 'that she knew the captain'],
    ];
    for (const [text, words, who, what] of cases) {
      const q = byCue(text, words);
      assert.equal(speaker(text, q), who, text);
      assert.equal(content(text, q), what, text);
    }
  });
});

describe('a participle after its preposition and an adverb', () => {
  it('reads “by publicly saying” as the subject’s report', () => {
    const text = 'Ruiz angered the crew by publicly saying that the ferry was unsafe.';
    const q = byCue(text, 'saying');
    assert.equal(speaker(text, q), 'Ruiz');
    assert.equal(content(text, q), 'that the ferry was unsafe');
  });
});

describe('an attitude adjective with the preposition of what it is towards', () => {
  it('reads the object as the view of the subject of “be”, “remain” and the like', () => {
    const cases: [string, string, string, string][] = [
      ['Ruiz has been openly critical of the new toll.', 'critical of', 'Ruiz', 'the new toll'],
      ['Farmers remain wary of the harbour plan.', 'wary of', 'Farmers', 'the harbour plan'],
      ['The mayor was opposed to the ferry contract.', 'opposed to', 'The mayor', 'the ferry contract'],
      ['The crew remained uneasy about the new schedule.', 'uneasy about', 'The crew', 'the new schedule'],
      ['Growers are aware of the risks.', 'aware of', 'Growers', 'the risks'],
    ];
    for (const [text, words, who, what] of cases) {
      const q = byCue(text, words);
      assert.equal(speaker(text, q), who, text);
      assert.equal(content(text, q), what, text);
    }
  });

  it('reads the “that” clause or the infinitive after an adjective of belief or wish', () => {
    const cases: [string, string, string, string][] = [
      ['The growers are confident that the harvest will recover.', 'confident', 'The growers', 'that the harvest will recover'],
      ['Ruiz was eager to rebuild the pier before winter.', 'eager', 'Ruiz', 'to rebuild the pier before winter'],
      ['Many fishermen remain reluctant to leave the harbour.', 'reluctant', 'Many fishermen', 'to leave the harbour'],
      ['Ruiz was adamant that the pier would stay open.', 'adamant', 'Ruiz', 'that the pier would stay open'],
    ];
    for (const [text, words, who, what] of cases) {
      const q = byCue(text, words);
      assert.equal(speaker(text, q), who, text);
      assert.equal(content(text, q), what, text);
    }
  });

  it('leaves the view to the source that closes the sentence (“…, Lee said.”)', () => {
    const text = 'The board may be reluctant to act while the talks go on, Lee said.';
    assert.equal(byCue(text, 'reluctant'), undefined);
    assert.equal(speaker(text, byCue(text, 'said')), 'Lee');
  });

  it('leaves a cue verb after “to”, a clause another word takes, and “opposed to” a noun phrase alone', () => {
    const endorse = 'Ruiz was reluctant to endorse the toll.';
    assert.equal(byCue(endorse, 'reluctant'), undefined);
    const embedded = 'Lee worries that the growers are confident that prices will rise.';
    assert.equal(read(embedded).filter((q) => speaker(embedded, q) === 'the growers').length, 0);
    const opposed = 'The mayor was opposed to electing a new board.';
    assert.equal(content(opposed, byCue(opposed, 'opposed to')), 'electing a new board');
  });

  it('reads no view without a linking verb, and keeps a verb that is also an adjective', () => {
    assert.equal(read('A critical of the plan was missing.').length, 0);
    const text = 'Ruiz opposed the ferry contract.';
    assert.equal(content(text, byCue(text, 'opposed')), 'the ferry contract');
  });
});

describe('a clause passed on with “reportedly”', () => {
  it('reads the clause around the adverb as a report with no source named', () => {
    const cases: [string, string][] = [
      ['The harbour board is reportedly weighing a new toll.', 'The harbour board is reportedly weighing a new toll'],
      ['Both Ruiz and Lee have reportedly met the captain.', 'Both Ruiz and Lee have reportedly met the captain'],
      ['With the mayor reportedly planning a run, the council met early.', 'the mayor reportedly planning a run'],
    ];
    for (const [text, what] of cases) {
      const q = byCue(text, 'reportedly');
      assert.equal(content(text, q), what, text);
      assert.equal(q?.speaker, null, text);
    }
  });

  it('leaves a cue after the adverb and a relative clause to the other rules', () => {
    const said = 'Ruiz reportedly said the toll would go.';
    assert.equal(byCue(said, 'reportedly'), undefined);
    assert.equal(speaker(said, byCue(said, 'said')), 'Ruiz');
    assert.equal(byCue('The club, which is reportedly losing money, won.', 'reportedly'), undefined);
    const inner = 'Ruiz said the club is reportedly losing money.';
    assert.equal(content(inner, byCue(inner, 'said')), 'the club is reportedly losing money');
  });
});

describe('a long adverbial fronted before the subject', () => {
  it('is no content of a cue whose object or preposition follows it', () => {
    for (const text of [
      'In an interview with the Harbour Gazette over the weekend, Ruiz laughed off the attack ad.',
      'Earlier this year, Ruiz spoke with the paper about the ferry.',
      'Like the mayor, Lee has reckoned with the protest movement.',
      'These days, many farmers worry about the new toll.',
      'But on Thursday night at the harbour hall, Ruiz spoke out in favor of the ferry.',
      'In Salem, Albany and Dover, growers fear for their harvest.',
    ]) {
      assert.equal(read(text).filter((q) => text.slice(q.start, q.end).startsWith(text.slice(0, 5))).length, 0, text);
    }
  });

  it('still gives the words around an attribution set off by commas to its speaker', () => {
    const text = 'In the end, Lee said, voters will decide.';
    assert.equal(content(text, byCue(text, 'said')), 'In the end, Lee said, voters will decide');
    const clause = 'This week the toll rose, Ruiz said.';
    assert.equal(content(clause, byCue(clause, 'said')), 'This week the toll rose');
  });
});
