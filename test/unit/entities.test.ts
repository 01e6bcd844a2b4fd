// Named entities: canonical names and aliases, titles, possessives, demonyms, roles, headlines, tokenised text,
// the user's registry, and robustness on odd input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityId, findEntities } from '../../src/core/entities';
import fc from 'fast-check';
import { LINE_FIELDS, LineField, Shape, tokenize, WordFilter } from '../../src/core/entities/tokenizer';
import { analyze, toPrediction } from '../../src/core';
import { findQuotes } from '../../src/core/quotes';
import type { ConfirmedEntity, Entity } from '../../src/core/types';

const byName = (entities: Entity[], name: string) => entities.find((e) => e.name === name);
const spans = (text: string, e: Entity | undefined) => (e ? e.mentions.map((m) => text.slice(m.start, m.end)) : []);

test('a title is kept as a role and left out of the name; the surname folds into the full name', () => {
  const text = 'Russian President Vladimir Putin spoke on Friday. Putin said talks would go on.';
  const putin = byName(findEntities(text), 'Vladimir Putin');
  assert.ok(putin);
  assert.equal(putin.type, 'person');
  assert.deepEqual(spans(text, putin), ['Vladimir Putin', 'Putin']);
  assert.ok(putin.roles.includes('Russian President'));
  assert.ok(putin.aliases.includes('Putin'));
  assert.equal(putin.id, 'person:vladimir-putin');
});

test('newsroom titles in bylines and credits are roles, not names: "Staff Writer" alone is nobody', () => {
  const text = 'By Lena Holt, Staff Writer\n\nThe ferry will run again. Editing by Deputy Editor Jo Kim; Senior Correspondent Tom Reyes contributed.';
  const entities = findEntities(text);
  assert.deepEqual(entities.map((e) => e.name).sort(), ['Jo Kim', 'Lena Holt', 'Tom Reyes']);
  assert.ok(byName(entities, 'Jo Kim')?.roles.some((r) => /Editor/.test(r)));
});

test('a name ending in a word of business (Shipping, Logistics, Engineering) is an organisation', () => {
  const text = 'Northwind Shipping, which runs the private boat, declined to comment. Gull Logistics agreed.';
  assert.deepEqual(findEntities(text).map((e) => `${e.type}:${e.name}`), ['org:Northwind Shipping', 'org:Gull Logistics']);
});

test('a common noun that opens a sentence before a role is no organisation ("Campaign manager Lena Holt said")', () => {
  const text = 'The vote is on Monday. Campaign manager Lena Holt said the polls were wrong.';
  assert.deepEqual(findEntities(text).map((e) => `${e.type}:${e.name}`), ['person:Lena Holt']);
});

test('titles of legislatures and cabinets, with "of" inside them, are roles before the name', () => {
  const text = 'Senate Majority Leader Mitch McConnell said the bill would pass. Former Secretary of State Colin Powell disagreed, and White House Chief of Staff Reince Priebus said nothing. McConnell later said he was confident.';
  const entities = findEntities(text);
  const people = entities.filter((e) => e.type === 'person');
  assert.deepEqual(people.map((e) => e.name).sort(), ['Colin Powell', 'Mitch McConnell', 'Reince Priebus']);
  assert.deepEqual(spans(text, byName(entities, 'Mitch McConnell')), ['Mitch McConnell', 'McConnell']);
  assert.ok(byName(entities, 'Colin Powell')?.roles.includes('Secretary of State'));
  assert.ok(byName(entities, 'Reince Priebus')?.roles.some((r) => r.endsWith('Chief of Staff')));
});

test('a title of several words that opens a sentence is a role, not a common first word', () => {
  const text = 'The budget is late. Chief of Staff Tom Reyes said the plan was ready. Secretary of State Anna Berg agreed.';
  const entities = findEntities(text);
  assert.deepEqual(entities.map((e) => `${e.type}:${e.name}`).sort(), ['person:Anna Berg', 'person:Tom Reyes']);
  assert.ok(byName(entities, 'Tom Reyes')?.roles.includes('Chief of Staff'));
});

test('a single letter joined by a hyphen to a name is part of it ("T-Mobile", "H-P")', () => {
  const text = 'Analysts said T-Mobile would gain customers this year, and that H-P would not.';
  const names = findEntities(text).map((e) => e.name);
  assert.ok(names.includes('T-Mobile'), names.join(', '));
  assert.ok(names.includes('H-P'), names.join(', '));
  assert.ok(!names.includes('Mobile') && !names.includes('P'), names.join(', '));
});

test('a name that text decoded twice left with Latin-1 symbols inside stays one name ("FranÃÂ§ois Hollande")', () => {
  const text = 'French President FranÃÂ§ois Hollande met the press on Friday in Paris.';
  const names = findEntities(text).map((e) => e.name);
  assert.ok(names.includes('FranÃÂ§ois Hollande'), names.join(', '));
  assert.ok(!names.includes('Fran'), names.join(', '));
  // The C1 control that the second byte of "ç" becomes is part of it too.
  const c1 = 'French President FranÃ\u0083Â§ois Hollande met the press on Friday in Paris.';
  const c1Names = findEntities(c1).map((e) => e.name);
  assert.ok(c1Names.includes('FranÃ\u0083Â§ois Hollande'), c1Names.join(', '));
});

test('in tokenised text a spaced hyphen joins a name ("Hewlett - Packard"), not a headline to its story', () => {
  const text = 'EUROBONDS - Primary market activity was slow , dealers said .\nHewlett - Packard Co . said on Monday , in a statement , that T - Mobile USA would buy its units , and so on .';
  const names = findEntities(text).map((e) => e.name);
  assert.ok(names.includes('Hewlett - Packard Co'), names.join(', '));
  assert.ok(names.includes('T - Mobile USA'), names.join(', '));
  assert.ok(!names.some((n) => n.includes('EUROBONDS') || n === 'Mobile USA'), names.join(', '));
  // In prose the same spacing is a dash: the names on either side stay apart.
  const prose = findEntities('The talks in Geneva - Oslo had offered to host them - went on.').map((e) => e.name);
  assert.ok(!prose.some((n) => n.includes('-')), prose.join(', '));
});

test('a nickname in quotes between given name and surname stays in the mention but out of the name', () => {
  for (const text of ['The court heard that Vincent "The Chin" Gigante ran the family. Gigante denied it.', 'Prosecutors said Joaquin “El Chapo” Guzman ran the cartel, and Guzman denied it.']) {
    const people = findEntities(text).filter((e) => e.type === 'person' && /Gigante|Guzman|Vincent|Joaquin|Chin|Chapo/.test(e.name));
    assert.equal(people.length, 1, people.map((e) => e.name).join(', '));
    const [person] = people;
    assert.match(person.name, /^(Vincent Gigante|Joaquin Guzman)$/);
    assert.match(spans(text, person)[0], /^(Vincent "The Chin" Gigante|Joaquin “El Chapo” Guzman)$/);
    assert.equal(person.mentions.length, 2);
  }
  // A quoted title after a name is no nickname: the words after it are no surname.
  const text = 'Anna Berg called it "Operation Storm" on Tuesday.';
  assert.ok(!findEntities(text).some((e) => e.name.includes('Tuesday')));
});

test('common words and pronouns that open a sentence or a quote are no names; a title before a suffix opens an organisation', () => {
  const text = 'The talks went on for hours. “Everybody knows it,” she said. Ask anyone. The attacks in the U.S. He says the plan works. The Justice Department said so, and General Motors agreed.';
  const names = findEntities(text).map((e) => `${e.type}:${e.name}`);
  assert.ok(!names.some((n) => /Everybody|Ask|:He$/.test(n)), names.join(', '));
  assert.ok(names.includes('org:Justice Department'), names.join(', '));
  assert.ok(names.includes('org:General Motors'), names.join(', '));
});

test('the head of an institution before "for" makes an organisation ("Center for Disaster Preparedness")', () => {
  const text = 'The talks went on for hours. The National Center for Disaster Preparedness agreed, and the Philly Coalition for Real Justice met. The state Division of Gaming Enforcement and the Foundation for Middle East Peace said so.';
  const names = findEntities(text).map((e) => `${e.type}:${e.name}`);
  assert.deepEqual(names, ['org:National Center for Disaster Preparedness', 'org:Philly Coalition for Real Justice', 'org:Division of Gaming Enforcement', 'org:Foundation for Middle East Peace']);
});

test('streets and squares are places, and two of them joined by "and" stay two', () => {
  const text = 'The thieves hit a store on Place Vendome and fled down Rue de Castiglione. Police closed Fifth Avenue and Baker Street, and a shop on Via Condotti shut.';
  const names = findEntities(text).map((e) => `${e.type}:${e.name}`);
  for (const n of ['place:Place Vendome', 'place:Rue de Castiglione', 'place:Fifth Avenue', 'place:Baker Street', 'place:Via Condotti']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
});

test('a title-case headline that runs words into a name the story spells out is cut to that name', () => {
  const story = '\nThe Boston Red Sox signed first baseman Mark Teixeira on Tuesday, the team said. Teixeira will earn a lot of money over eight years, and fans were surprised.';
  const entities = findEntities(`Red Sox Nab Teixeira In Late Deal${story}`);
  assert.ok(!entities.some((e) => e.name.includes('Nab')), entities.map((e) => e.name).join(', '));
  assert.equal(byName(entities, 'Mark Teixeira')?.mentions.length, 3);
  const host = findEntities('Oscar Host Ellen DeGeneres Thanks Fans\nEllen DeGeneres will host the show again, the academy said on Friday. DeGeneres hosted it once before.');
  assert.deepEqual(host.map((e) => e.name), ['Ellen DeGeneres']);
  const rumour = findEntities(`Teixeira Rumor Swirls In Boston${story}`);
  assert.ok(!rumour.some((e) => e.name.includes('Rumor')), rumour.map((e) => e.name).join(', '));
  // A headline's name the story does not spell out is left as it is.
  assert.ok(findEntities(`Sox Sign John Lackey${story}`).some((e) => e.name.includes('Lackey')));
});

test('a title-case headline\'s capitals that the story never writes in a name are no names', () => {
  const body = '\n\nThe Harbour Authority postponed a vote on Tuesday after residents objected to the plans, its chairwoman Ruth Kelly said. "We need more time," Kelly told reporters.';
  const names = (text: string) => findEntities(text).map((e) => `${e.type}:${e.name}`);
  // "Delays" runs into the organisation the body names; "Pier Expansion" is named nowhere else.
  assert.deepEqual(names(`Harbour Authority Delays Vote on Pier Expansion${body}`), ['org:Harbour Authority', 'person:Ruth Kelly']);
  // A Markdown heading is a headline too.
  assert.deepEqual(names(`# Harbour Authority Delays Vote on Pier Expansion${body}`), ['org:Harbour Authority', 'person:Ruth Kelly']);
  // A name the body writes, a given name and a known surname stay names.
  assert.ok(names(`Kelly Backs Delay on Pier${body}`).includes('person:Ruth Kelly'));
  assert.ok(names(`Anna Novak Quits Harbour Post${body}`).includes('person:Anna Novak'));
  // Title-case lines in a results table, and a text that is only a title, are no headlines.
  assert.ok(names('Results:\nSandrine Testud ( France ) beat Ines Gorrochategui ( Argentina ) 4-6 6-2 6-1').includes('person:Sandrine Testud'));
  assert.ok(names('Fort Yukon Harbour Works').length > 0);
});

test('a name nothing around it types is the place a noun of places names elsewhere in the story', () => {
  const text = 'The dispute with the city of Millbrook went on for years. The ruling could cost Millbrook $14 million. Loudoun decided it; the town of Loudoun agreed.';
  const names = findEntities(text).map((e) => `${e.type}:${e.name}:${e.mentions.length}`);
  assert.deepEqual(names, ['place:Millbrook:2', 'place:Loudoun:2']);
  // Another noun's context does not carry over: "Twitter" after "on" is no place for every mention.
  assert.ok(!findEntities('He posted on Twitter. Twitter removed it.').some((e) => e.type === 'place'));
});

test('offices of city and state law and money are titles, not part of the name', () => {
  const text = 'City Attorney Robert Chen said the city would appeal. Assistant U.S. Attorney Maya Song declined. State Treasurer Ann Holt agreed, and Lt. Gov. Ralph Northam and Police Chief Kerr Putney did too. Public Advocate Trish James spoke.';
  const names = findEntities(text).filter((e) => e.type === 'person').map((e) => e.name);
  assert.deepEqual(names, ['Robert Chen', 'Maya Song', 'Ann Holt', 'Ralph Northam', 'Kerr Putney', 'Trish James']);
});

test('party and office adjectives alone, and events named for a season, are no entities', () => {
  const text = 'The talks went on for hours. Sanders won the Minnesota Democratic caucuses, and the Presidential contest went on. What followed was the Arab Spring across the region. The Democratic Party met at the Republican Convention, the Morning Consult Poll found, in the Evening Edition.';
  const names = findEntities(text).map((e) => `${e.type}:${e.name}`);
  assert.ok(!names.some((n) => /:(Democratic|Presidential|Spring|Arab Spring|Republican Convention|Morning Consult Poll|Evening Edition)$/.test(n)), names.join(', '));
  assert.ok(names.includes('org:Democratic Party'), names.join(', '));
});

test('an act named with "of" is one name, no organisation; an abbreviation\'s period before "The" ends the name', () => {
  const text = 'The talks went on for hours. The emails came under the Freedom of Information Act, said Anna Berg of Acme Corp. The council met again.';
  const names = findEntities(text).map((e) => `${e.type}:${e.name}`);
  assert.ok(!names.some((n) => /Freedom|Information|The$/.test(n)), names.join(', '));
  assert.ok(names.includes('person:Anna Berg'), names.join(', '));
  assert.ok(names.includes('org:Acme Corp.'), names.join(', '));
});

test('a common word after a legal form\'s period opens the next sentence: "Halvorsen & Co. Others warned"', () => {
  const text = 'The talks went on for hours, said Tom Becker, an analyst at Halvorsen & Co. Others warned that the deal was risky. It competes with Hewlett-Packard Co. Recently, analysts said so.';
  const names = findEntities(text).map((e) => `${e.type}:${e.name}`);
  assert.deepEqual(names, ['person:Tom Becker', 'org:Halvorsen & Co.', 'org:Hewlett-Packard Co.']);
  const { quotes } = findQuotes(text, findEntities(text));
  const others = quotes.find((q) => q.cue && text.slice(q.cue.start, q.cue.end) === 'warned');
  assert.equal(others?.speaker && text.slice(others.speaker.mention.start, others.speaker.mention.end), 'Others');
});

test('a word capitalised only because it opens a sentence, and named nowhere else, is no name', () => {
  const text = 'The talks went on for hours. Lurid stories followed the vote. Margin of error is three points. Subscribe now for more. Obama said little, and Rios spoke later. Rios was tired.';
  const names = findEntities(text).map((e) => e.name);
  assert.ok(!names.some((n) => /Lurid|Margin|Subscribe/.test(n)), names.join(', '));
  // A speaker, a known surname, and a word the story also writes as a name inside a sentence stay names.
  assert.ok(names.some((n) => n.includes('Obama')), names.join(', '));
  assert.ok(names.includes('Rios'), names.join(', '));
});

test('one word after "the" before a speech verb is a publication, not a person ("The Intercept asked")', () => {
  const text = 'The talks went on for hours. Lee Wang of The Intercept asked about it, and Rios said no.';
  const names = findEntities(text).map((e) => `${e.type}:${e.name}`);
  assert.ok(names.includes('org:Intercept'), names.join(', '));
  assert.ok(names.includes('person:Rios'), names.join(', '));
});

test('a title after a word that is no given name starts a new name; newspapers are organisations; a dateline is no name', () => {
  const text = 'Man Charged With Murder\nPublished April 11, 2007\nThe attack was reported, Qeshm Governor Mehdi Irannejad told the agency. Earl Bloom of the Orange County Register heard it. John Major said so.';
  const names = findEntities(text).map((e) => `${e.type}:${e.name}`);
  assert.ok(names.includes('person:Mehdi Irannejad'), names.join(', '));
  assert.ok(byName(findEntities(text), 'Mehdi Irannejad')?.roles.includes('Governor'), names.join(', '));
  assert.ok(names.includes('org:Orange County Register'), names.join(', '));
  assert.ok(names.includes('person:John Major'), names.join(', '));
  assert.ok(!names.some((n) => /Published|April/.test(n)), names.join(', '));
});

test('a possessor after a place preposition is no place ("outside Pettersen’s apartment")', () => {
  const text = 'The talks went on for hours. Police searched a bin outside Pettersen’s apartment in Hudson on Monday.';
  const types = Object.fromEntries(findEntities(text).map((e) => [e.name, e.type]));
  assert.equal(types.Hudson, 'place');
  assert.ok(types.Pettersen && types.Pettersen !== 'place', JSON.stringify(types));
});

test('a sentence that opens a text is no headline, and a known surname opening it is a name', () => {
  const names = findEntities('Obama spoke on Monday in Paris.').map((e) => `${e.type}:${e.name}`);
  assert.deepEqual(names, ['person:Barack Obama', 'place:Paris']);
});

test('possessives, curly or straight, and written apart as in tokenised text, stay out of the span', () => {
  for (const text of ['Angela Smith won. Smith’s rivals conceded.', "Angela Smith won. Smith's rivals conceded.", "Angela Smith won . Smith 's rivals conceded ."]) {
    const smith = byName(findEntities(text), 'Angela Smith');
    assert.ok(smith, text);
    assert.deepEqual(spans(text, smith), ['Angela Smith', 'Smith'], text);
    assert.equal(smith.mentions[1].possessive, true);
  }
});

test('a name ending in Survey or Reporter is an organisation, even when it starts with a place', () => {
  const text = 'The tremor was recorded by the U.S. Coastal Survey on Monday, the Riverside Reporter said.';
  const entities = findEntities(text);
  assert.equal(byName(entities, 'U.S. Coastal Survey')?.type, 'org');
  assert.equal(byName(entities, 'Riverside Reporter')?.type, 'org');
  assert.ok(!entities.some((e) => e.type === 'place' && e.name === 'Riverside'));
});

test('acronyms and variants of a country fold into one place', () => {
  const text = 'The U.S. said the US and the United States of America, that is America, would act.';
  const us = findEntities(text).filter((e) => e.type === 'place');
  assert.equal(us.length, 1);
  assert.equal(us[0].name, 'United States');
  assert.deepEqual(spans(text, us[0]), ['U.S.', 'US', 'United States of America', 'America']);
});

test('a demonym links to its place as a demonym mention, which the prediction leaves out', () => {
  const text = 'Ukrainian troops held the line in Ukraine.';
  const analysis = analyze(text, { quotes: false, hedges: false });
  const ukraine = byName(analysis.entities, 'Ukraine');
  assert.ok(ukraine);
  assert.deepEqual(
    ukraine.mentions.map((m) => [m.kind, text.slice(m.start, m.end)]),
    [
      ['demonym', 'Ukrainian'],
      ['name', 'Ukraine'],
    ],
  );
  const written = toPrediction('d', analysis).entities.map((e) => text.slice(e.start, e.end));
  assert.deepEqual(written, ['Ukraine']);
});

test('role mentions resolve to the person who holds the role', () => {
  const text =
    'Russian President Vladimir Putin met Donald Trump. Analysts said the Russian leader was cautious. Dmitry Peskov, Putin’s spokesman, declined to comment. Later Putin’s spokesman said more.';
  const entities = findEntities(text);
  const roleOf = (name: string) => (byName(entities, name)?.mentions ?? []).filter((m) => m.kind === 'role').map((m) => m.text);
  assert.deepEqual(roleOf('Vladimir Putin'), ['the Russian leader']);
  assert.deepEqual(roleOf('Dmitry Peskov'), ['Putin’s spokesman', 'Putin’s spokesman']);
  assert.ok(byName(entities, 'Dmitry Peskov')?.roles.includes('Putin’s spokesman'));
});

test('an all-caps headline takes its names from the story below it', () => {
  const text = 'SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN .\nLONDON 1996-08-30\nNewcastle striker Alan Shearer was named captain of England on Friday .';
  const entities = findEntities(text);
  assert.deepEqual(spans(text, byName(entities, 'Alan Shearer')), ['SHEARER', 'Alan Shearer']);
  assert.deepEqual(spans(text, byName(entities, 'England')), ['ENGLAND', 'England']);
  assert.deepEqual(spans(text, byName(entities, 'London')), ['LONDON']);
  // Common words of the headline are no names.
  for (const e of entities) assert.ok(!['NAMED', 'CAPTAIN', 'SOCCER'].includes(e.name));
});

test('organisations are told by their suffix, people by a given name, places by a preposition', () => {
  const text = 'Shares of Jones Medical Industries rose after Kevin Marsh arrived in Tavildara.';
  const entities = findEntities(text);
  assert.equal(byName(entities, 'Jones Medical Industries')?.type, 'org');
  assert.equal(byName(entities, 'Kevin Marsh')?.type, 'person');
  assert.equal(byName(entities, 'Tavildara')?.type, 'place');
});

test('words that only open a sentence or a heading are not names', () => {
  const text = 'Outlook: mixed. Reflecting on the year, officials were calm. Trailing by two, the team rallied.';
  assert.deepEqual(findEntities(text), []);
});

test('the registry of confirmed names wins: its canonical name and its aliases, even in lower case', () => {
  const text = 'The Acme Widget Works said the widget maker would grow. AWW shares rose.';
  const registry = [{ name: 'Acme Widget Works', type: 'org' as const, aliases: ['the widget maker', 'AWW'] }];
  const acme = byName(findEntities(text, { registry }), 'Acme Widget Works');
  assert.ok(acme);
  assert.deepEqual(spans(text, acme), ['Acme Widget Works', 'the widget maker', 'AWW']);
  // Without the registry the lower-case alias is not a name.
  assert.ok(!findEntities(text).some((e) => e.mentions.some((m) => text.slice(m.start, m.end) === 'the widget maker')));
});

test('equal canonical names give equal ids in different documents', () => {
  const a = byName(findEntities('Donald Trump spoke.'), 'Donald Trump');
  const b = byName(findEntities('Yesterday President Donald Trump’s aides spoke. Trump left.'), 'Donald Trump');
  assert.ok(a && b);
  assert.equal(a.id, b.id);
});

test('never throws, and every mention lies inside the text, on odd input', () => {
  const inputs = [
    '',
    ' ',
    '\n\n\n',
    '😀 Émile Zola 🇫🇷 visited París. 😀',
    'مرحبا بكم في القاهرة Cairo',
    '\u0000\u0001\u0002 binary \uFFFD\uD800 lone surrogate',
    'A'.repeat(10000),
    'Mr. '.repeat(2000),
    'U.S.-'.repeat(1000),
    "'s 's 's ' ' '",
    'THE THE THE\nLONDON 1996-08-30\n',
    Array.from({ length: 3000 }, (_, i) => `Name${i} Person${i % 7} said`).join('. '),
  ];
  for (const text of inputs) {
    const entities = findEntities(text);
    for (const e of entities) {
      for (const m of e.mentions) {
        assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, JSON.stringify(m));
        assert.equal(text.slice(m.start, m.end).replace(/\s+/g, ' '), m.text);
      }
    }
  }
});

test('the first word after a wire dateline\'s dash opens a sentence; a common word before an institution\'s one word names it', () => {
  const names = (text: string) => findEntities(text).map((e) => `${e.type}:${e.name}`);
  assert.deepEqual(names('CAIRO, Nov. 30 (Wire) — Indirect talks stalled on Sunday, diplomats said.'), ['place:Cairo', 'org:Wire']);
  assert.deepEqual(names('CAIRO — Indirect talks stalled on Sunday, diplomats said.'), ['place:Cairo']);
  assert.deepEqual(names('He left. Green Party presidential candidate Jill Stein spoke, and State Department spokesman John Kirby agreed.'), ['org:Green Party', 'person:Jill Stein', 'org:State Department', 'person:John Kirby']);
  // A party's adjective stays out: "Democratic Senate candidates" name the Senate.
  assert.ok(!names('He left. Democratic Senate candidates met.').some((n) => n.includes('Democratic')));
});

test('a dateline names the town and its country once each', () => {
  const text = 'Fighting goes on .\nTAVILDARA , Tajikistan 1996-08-30\nGovernment troops now control the town , officials said .';
  const entities = findEntities(text);
  assert.deepEqual(spans(text, byName(entities, 'Tavildara')), ['TAVILDARA']);
  assert.deepEqual(spans(text, byName(entities, 'Tajikistan')), ['Tajikistan']);
  const starts = entities.flatMap((e) => e.mentions.map((m) => m.start));
  assert.equal(new Set(starts).size, starts.length, 'no span is mentioned twice');
});

test('ids are the canonical name in lower case, other characters as single hyphens, accents dropped', () => {
  assert.equal(entityId('person', 'Donald Trump'), 'person:donald-trump');
  assert.equal(entityId('person', "Seán O'Brien"), 'person:sean-o-brien');
  assert.equal(entityId('person', 'Jean-Claude  Dupont'), 'person:jean-claude-dupont');
  assert.equal(entityId('org', 'A.B.C. Holdings'), 'org:a-b-c-holdings');
  assert.equal(entityId('org', 'Müller & Söhne'), 'org:muller-sohne');
  assert.equal(entityId('place', ' - '), 'place:unnamed');
});

test('a text made of one paragraph repeated gives the paragraph’s entities, each mention repeated', () => {
  const paragraph = 'Vladimir Putin met Angela Merkel in Berlin, then Putin, Merkel and the NATO chief flew to Paris.';
  const once = findEntities(paragraph);
  const repeated = findEntities(Array(300).fill(paragraph).join('\n'));
  assert.ok(once.length >= 4);
  assert.deepEqual(
    repeated.map((e) => [e.name, e.type, e.mentions.length]),
    once.map((e) => [e.name, e.type, e.mentions.length * 300]),
  );
});

test('the tokenizer keeps every token of a text denser in tokens than its first guess', () => {
  const text = ',;'.repeat(1000) + ' Putin';
  const tokens = tokenize(text);
  assert.equal(tokens.length, 2001);
  assert.equal(tokens.text(1999), ';');
  assert.equal(tokens.start[1999], 1999);
  assert.equal(tokens.text(2000), 'Putin');
  assert.equal(tokens.end[2000], text.length);
});

test('a text that ends on the first word of a title keeps its names', () => {
  const entities = findEntities('Angela Merkel met Emmanuel Macron and Prime');
  assert.deepEqual(
    ['Angela Merkel', 'Emmanuel Macron'].map((name) => byName(entities, name)?.type),
    ['person', 'person'],
  );
});

test('a registry alias ending in half a surrogate pair spoils no other confirmed name', () => {
  const text = 'Thomas Reyes met the Harbour Board on Monday.';
  const registry = [
    { name: 'Ada Lindqvist', type: 'person' as const, aliases: ['Ada\uD83D'] },
    { name: 'Thomas Reyes', type: 'person' as const, aliases: ['Reyes'] },
    { name: 'Harbour Board', type: 'org' as const, aliases: [] },
  ];
  const entities = findEntities(text, { registry });
  assert.deepEqual(spans(text, byName(entities, 'Thomas Reyes')), ['Thomas Reyes']);
  assert.deepEqual(spans(text, byName(entities, 'Harbour Board')), ['Harbour Board']);
});

test('a lone high surrogate in an article does not swallow the character after it', () => {
  const tokens = tokenize('a\uD83D\nPutin said');
  const texts: string[] = [];
  for (let i = 0; i < tokens.length; i++) texts.push('a\uD83D\nPutin said'.slice(tokens.start[i], tokens.end[i]));
  assert.ok(texts.includes('\uD83D'), `tokens: ${JSON.stringify(texts)}`);
  assert.ok(texts.includes('Putin'));
});

test('quoted answers between full names in a list are no nicknames: each name stays a person of its own', () => {
  const text = 'The roll call went on. Tom Reyes “Yes” Anna Berg “No” Lena Holt “Yes” and the bill passed.';
  const people = findEntities(text).filter((e) => e.type === 'person').map((e) => e.name).sort();
  assert.deepEqual(people, ['Anna Berg', 'Lena Holt', 'Tom Reyes']);
  // Two given names before the nickname are still one person's ("Mary Ann").
  assert.ok(byName(findEntities('Mary Ann “The Fox” Berg said the shop would close.'), 'Mary Ann Berg'));
});

test('"He" after a title is a surname ("Vice Premier He Lifeng"); after an abbreviation\'s period it is a pronoun', () => {
  const text = 'The talks went on. Chinese Vice Premier He Lifeng met the delegation in Zurich.';
  const he = findEntities(text).find((e) => e.type === 'person');
  assert.equal(he?.name, 'He Lifeng');
  assert.ok(he?.roles.some((r) => /Vice Premier/.test(r)));
  assert.deepEqual(findEntities('Prices rose in the U.S. He says it will pass.').map((e) => e.name), ['United States']);
});

test('an office before a surname that is also an organisation\'s word is a person\'s title ("Ambassador Power")', () => {
  for (const [text, surname, title] of [
    ['The vote was close. Ambassador Power said the council would meet again.', 'Power', 'Ambassador'],
    ['The hearing ended. Senator Post said the bill was dead.', 'Post', 'Senator'],
  ]) {
    const person = findEntities(text).find((e) => e.name === surname);
    assert.equal(person?.type, 'person', text);
    assert.ok(person?.roles.includes(title), text);
  }
  // Titles that are also words of institutions still open their names.
  const text = 'The hearing ended. The Justice Department said nothing, and General Electric declined to comment.';
  assert.deepEqual(findEntities(text).map((e) => `${e.type}:${e.name}`), ['org:Justice Department', 'org:General Electric']);
});

test('"and" after an institution\'s head word ends its name: "the Justice Department and General Electric" are two', () => {
  const text = 'The hearing ended. The Justice Department and General Electric said nothing.';
  assert.deepEqual(findEntities(text).map((e) => `${e.type}:${e.name}`), ['org:Justice Department', 'org:General Electric']);
  // Words joined by "of" or "for" after the head stay one name.
  assert.deepEqual(findEntities('The Department of Energy and the Center for Disaster Preparedness agreed to share their findings with the public.').map((e) => `${e.type}:${e.name}`), ['org:Department of Energy', 'org:Center for Disaster Preparedness']);
});

test('a name opening a sentence before "and" and another name is a name in a list, not a lone capitalised word', () => {
  const text = 'The match was long. Berg and Holt met in Oslo on Monday.';
  const names = findEntities(text).map((e) => e.name);
  assert.ok(names.includes('Berg'), names.join(', '));
  assert.ok(names.includes('Holt'), names.join(', '));
});

test('a plural possessive inside an organisation’s name keeps it whole: "the Citizens\' Utility Board"', () => {
  const text = "Jorge Alvarez of the Citizens' Utility Board spoke. The Teachers’ Union met with the Veterans' Affairs Department.";
  assert.deepEqual(findEntities(text).map((e) => `${e.type}:${e.name}`), ['person:Jorge Alvarez', "org:Citizens' Utility Board", 'org:Teachers’ Union', "org:Veterans' Affairs Department"]);
  // Before a person the possessive is the owner's: the leader is Chuck Schumer.
  assert.deepEqual(findEntities("The Democrats' leader Chuck Schumer objected.").map((e) => `${e.type}:${e.name}`), ['person:Chuck Schumer']);
});

test('a lawmaker’s party and state ("D-Ohio", "R-N.Y.") name nothing', () => {
  for (const text of ['Sen. Mark Ellison, D-Ohio, told reporters.', 'Rep. Ann Lee (R-Texas) objected.', 'Sen. Ann Lee, D-N.Y., agreed.', 'Sen. Tom Hale, I-Vt., agreed.']) {
    assert.deepEqual(findEntities(text).map((e) => e.type), ['person'], text);
  }
  // A single letter's compound elsewhere stays a name.
  assert.ok(findEntities('Shares of T-Mobile, Verizon and Acme fell.').some((e) => e.name === 'T-Mobile'));
});

test('an "and" inside the name of a public body keeps it whole; names on either side of "and" stay apart', () => {
  const text = 'The Fisheries and Harbours Commission met on Monday. Sen. Ana Ruiz chairs the Senate Roads and Bridges Committee.';
  const orgs = findEntities(text).filter((e) => e.type === 'org').map((e) => e.name);
  assert.ok(orgs.includes('Fisheries and Harbours Commission'), orgs.join(', '));
  assert.ok(orgs.includes('Senate Roads and Bridges Committee'), orgs.join(', '));
  assert.ok(!orgs.includes('Harbours Commission') && !orgs.includes('Fisheries'), orgs.join(', '));
  // A firm's name is no public body: "Zorvex and Quillon Corp." are two.
  const firms = findEntities('Shares of Zorvex and Quillon Corp. rose.').map((e) => e.name);
  assert.ok(!firms.includes('Zorvex and Quillon Corp.'), firms.join(', '));
});

test('streets named by Lane, Drive or Boulevard are places; a given name before such a word who speaks is a person', () => {
  const text = 'Crews closed Birchwood Lane and Harlow Drive after the storm. Traffic moved to Quarry Boulevard.';
  assert.deepEqual(findEntities(text).map((e) => `${e.type}:${e.name}`), ['place:Birchwood Lane', 'place:Harlow Drive', 'place:Quarry Boulevard']);
  assert.deepEqual(findEntities('Nathan Lane said the play would reopen.').map((e) => `${e.type}:${e.name}`), ['person:Nathan Lane']);
});

test('plural heads of institutions ("Schools", "Institutes of") make organisations', () => {
  const text = 'The Dunmore Public Schools closed on Friday. The National Institutes of Oceanography paid for the survey.';
  assert.deepEqual(findEntities(text).map((e) => `${e.type}:${e.name}`), ['org:Dunmore Public Schools', 'org:National Institutes of Oceanography']);
});

test('a name before a noun of a kind of place is a place ("the Pelgrave district", "Dolmar and Vintz counties")', () => {
  assert.deepEqual(findEntities('Police searched homes in the Pelgrave district.').map((e) => `${e.type}:${e.name}`), ['place:Pelgrave']);
  assert.deepEqual(findEntities('Floods hit Dolmar and Vintz counties on Sunday.').map((e) => `${e.type}:${e.name}`), ['place:Dolmar', 'place:Vintz']);
});

test('a county is a place, a club named for a county only in results', () => {
  assert.deepEqual(findEntities('Shelters in Tillamook County filled up.').map((e) => `${e.type}:${e.name}`), ['place:Tillamook County']);
  const results = findEntities('Brora Rangers 2 Tillamook County 1\nElgin City 0 Forres 3').find((e) => e.name === 'Tillamook County');
  assert.equal(results?.type, 'org');
});

test('a single letter before an ampersand opens the name ("P&Q Holdings", "S&P" was "&P")', () => {
  const names = findEntities('Shares of P&Q Holdings rose, and the S&P 500 gained 1%.').map((e) => e.name);
  assert.ok(names.includes('P&Q Holdings'), names.join(', '));
  assert.ok(!names.some((n) => n.startsWith('&')), names.join(', '));
});

test('a generation after a full name ("III", "Jr.") is no surname: the surname alone folds into the full name', () => {
  const text = "Anthony Valcourt III, 38, was arrested. Valcourt's lawyer said he would plead.";
  const people = findEntities(text);
  assert.deepEqual(people.map((e) => `${e.type}:${e.name}`), ['person:Anthony Valcourt III']);
  assert.deepEqual(spans(text, people[0]), ['Anthony Valcourt III', 'Valcourt']);
});

test('the surname of a full name typed by its form alone is that person, not an organisation', () => {
  const text = "Tashkel Ormonov spoke on Friday. Ormonov's aide said talks went well.";
  const entities = findEntities(text);
  assert.deepEqual(entities.map((e) => `${e.type}:${e.name}`), ['person:Tashkel Ormonov']);
  assert.deepEqual(spans(text, entities[0]), ['Tashkel Ormonov', 'Ormonov']);
});

test('a role set off before a name describes that name ("Ormonov’s spokesman, Bakyt Dzhusupov,"), not a later holder', () => {
  const text = "President Tashkel Ormonov spoke. Ormonov's spokesman, Bakyt Dzhusupov, said talks went well. Palace spokesman Ivan Korin agreed.";
  const entities = findEntities(text);
  assert.deepEqual(spans(text, byName(entities, 'Bakyt Dzhusupov')), ["Ormonov's spokesman", 'Bakyt Dzhusupov']);
  assert.deepEqual(spans(text, byName(entities, 'Ivan Korin')), ['Ivan Korin']);
  assert.ok(byName(entities, 'Bakyt Dzhusupov')?.roles.includes("Ormonov's spokesman"));
});

test('a surname the document writes after a given name opens a later sentence as the name, though a word like it is written in lower case', () => {
  // "stile" in lower case makes "Stiles" look like a plural of it.
  const text = 'A walker named Margaret Stiles climbed over the broken stile by the lane.\n\nStiles says the path is old.';
  assert.deepEqual(spans(text, byName(findEntities(text), 'Margaret Stiles')), ['Margaret Stiles', 'Stiles']);
  // A filter of fingerprints may find a lower-case word that the document does not write.
  const other = 'Her neighbour, a retired teacher named Walter Grimes, tells it differently, and nobody knocked on his door.\n\nGrimes isn’t convinced.';
  assert.deepEqual(spans(other, byName(findEntities(other), 'Walter Grimes')), ['Walter Grimes', 'Grimes']);
});

test('the agency in brackets after a dateline is an organisation, also written like a common word; the dateline place is named in title case', () => {
  const text = 'HOLLISTER, Calif. (AP) — The county board voted on Thursday to close the bridge.\n\nThe Associated Press could not reach the board.';
  const entities = findEntities(text);
  assert.deepEqual(spans(text, byName(entities, 'Associated Press')), ['AP', 'Associated Press']);
  assert.deepEqual(spans(text, byName(entities, 'Hollister')), ['HOLLISTER']);
  // An acronym stays in capitals.
  assert.ok(byName(findEntities('ROME (KRTV) - Prices rose.'), 'KRTV'));
});

test('in a title-case headline a given name that the story writes in lower case is a name only before a surname', () => {
  const text = 'Council Sends Harbor Bill Despite Protests\n\nThe council voted on Tuesday. The bill now goes to the mayor.';
  assert.deepEqual(findEntities(text).filter((e) => e.type === 'person'), []);
  const named = 'Bill Clinton Wins Praise for Harbor Bill\n\nBill Clinton said the bill was good.';
  assert.deepEqual(spans(named, byName(findEntities(named), 'Bill Clinton')), ['Bill Clinton', 'Bill Clinton']);
});

test('a Markdown heading of one unknown word names a section, not an organisation', () => {
  const text = 'The council met.\n\n## Fallout\n\nMayor Lena Holt said the vote was close.\n\n# Portland';
  assert.deepEqual(findEntities(text).map((e) => `${e.type}:${e.name}`), ['person:Lena Holt', 'place:Portland']);
});

test('the parties either side of "v." name a court case, not a person or an organisation', () => {
  const text = 'Attorney General Dana Whitlock spoke. The case, Coastal Tenants Alliance v. Whitlock, is pending.';
  const entities = findEntities(text);
  assert.deepEqual(entities.map((e) => `${e.type}:${e.name}`), ['person:Dana Whitlock']);
  assert.deepEqual(spans(text, entities[0]), ['Dana Whitlock']);
});

test('the tokenizer counts each line’s words for the layout as a recount of its tokens does, gaps and commas too', () => {
  const keep = new WordFilter();
  for (const w of ['the', 'said', 'of', 'v.']) keep.add(w);
  const pieces = ['MAYOR', 'U.S.', 'Harbour', 'Board', 'Lena', 'Holt', 'the', 'said', 'ferry', 'will', 'run', 'again', 'on', 'a', 'v.', 'of', 'e.g.', 'iPhone', 'state-run', '1996-08-30', 'Mr.', ',', '.', '"', '—', "'s", '’s', 'é', 'Ünal'];
  const seps = [' ', ' ', ' ', '', '\n', '\n\n', '\t', '  ', '\u00a0'];
  const text = fc.tuple(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), fc.array(fc.constantFrom(...seps), { minLength: 80, maxLength: 80 })).map(([words, gaps]) => words.map((w, k) => w + gaps[k]).join(''));
  fc.assert(
    fc.property(text, fc.boolean(), (t, withKeep) => {
      const tokens = tokenize(t, withKeep ? keep : undefined);
      // Recounted from the tokens of the same text with no words folded into gaps (a gap may hold words written
      // against each other, "e.g.iPhone").
      const words = tokenize(t);
      const expected: number[] = [];
      let commas = 0;
      let spacedCommas = 0;
      for (let i = 0; i < words.length; i++) {
        if (i === 0 || words.line[i] !== words.line[i - 1]) expected.push(words.line[i], -1, 0, 0, 0, 0);
        const at = expected.length - LINE_FIELDS;
        const shape = words.shape(i);
        const length = words.end[i] - words.start[i];
        if (shape === Shape.Upper && length >= 2) expected[at + LineField.Upper]++;
        if (shape === Shape.Capitalised) expected[at + LineField.Mixed]++;
        if (shape === Shape.Capitalised && length >= 3) expected[at + LineField.Capitalised]++;
        if (shape === Shape.Lower && length >= 3) expected[at + LineField.Mixed]++;
        if (shape === Shape.Lower && length >= 4) expected[at + LineField.LowerWords]++;
        if (words.text(i) === ',') {
          commas++;
          if (!words.joined(i)) spacedCommas++;
        }
      }
      // Each line's first token, among the tokens counted.
      for (let i = 0, r = 0; i < tokens.length; i++) if (i === 0 || tokens.line[i] !== tokens.line[i - 1]) expected[r++ * LINE_FIELDS + LineField.First] = i;
      assert.equal(tokens.lines * LINE_FIELDS, expected.length);
      assert.deepEqual([...tokens.lineCounts().subarray(0, expected.length)], expected);
      assert.deepEqual([tokens.commas, tokens.spacedCommas], [commas, spacedCommas]);
    }),
    { numRuns: 300 },
  );
});

test('a registry read for one article is read anew once it changes, in place or in a new array', () => {
  const text = 'The widget maker hired Nora Pell. Pell said the plant in Brightwater would grow.';
  const registry: ConfirmedEntity[] = [{ name: 'Acme Widget Works', type: 'org', aliases: ['the widget maker'] }];
  const names = (r?: ConfirmedEntity[]) => findEntities(text, r && { registry: r }).map((e) => `${e.name}/${e.type}`).sort();
  assert.ok(names(registry).includes('Acme Widget Works/org'));
  // An alias added to the same array is honoured on the next article.
  registry[0].aliases.push('Brightwater');
  assert.ok(spans(text, byName(findEntities(text, { registry }), 'Acme Widget Works')).includes('Brightwater'));
  // A type changed in place, a new array with the same names, and no registry at all.
  registry[0].type = 'place';
  assert.ok(names(registry).includes('Acme Widget Works/place'));
  const copy = registry.map((e) => ({ ...e, aliases: [...e.aliases] }));
  assert.deepEqual(names(copy), names(registry));
  assert.ok(!names().some((n) => n.startsWith('Acme')));
  assert.deepEqual(names([{ name: 'Nora Pell', type: 'person', aliases: ['Pell'] }]).filter((n) => n.includes('Pell')), ['Nora Pell/person']);
});

test('the portfolio after an office’s "for" or "of" is the role, not part of the name ("Minister for Finance Paschal Donohoe")', () => {
  const text =
    'Minister for Finance Paschal Donohoe said the budget was balanced. Secretary of State for Defence Ben Wallace said troops would stay. ' +
    'Chancellor of the Exchequer Rishi Sunak said taxes would rise. Later Donohoe and Wallace met.';
  const entities = findEntities(text);
  assert.deepEqual(entities.map((e) => `${e.type}:${e.name}`), ['person:Paschal Donohoe', 'person:Ben Wallace', 'person:Rishi Sunak']);
  assert.deepEqual(spans(text, byName(entities, 'Paschal Donohoe')), ['Paschal Donohoe', 'Donohoe']);
  assert.ok(byName(entities, 'Paschal Donohoe')?.roles.includes('Minister for Finance'), JSON.stringify(byName(entities, 'Paschal Donohoe')?.roles));
  assert.ok(byName(entities, 'Rishi Sunak')?.roles.includes('Chancellor of the Exchequer'));
});

test('an organisation after an office’s "of" keeps its words ("the chairman of the Organisation for Security and Cooperation")', () => {
  const text = 'Flavio Cotti, the chairman of the Organisation for Security and Cooperation in Europe, spoke. She is director of Communications Workers of America.';
  const names = findEntities(text).map((e) => `${e.type}:${e.name}`);
  assert.ok(names.includes('org:OSCE'), names.join(' | '));
  assert.ok(names.some((n) => n.endsWith(':Communications Workers')), names.join(' | '));
  assert.ok(!names.some((n) => /:(?:Workers|for Security|Cooperation)$/.test(n)), names.join(' | '));
});

test('a surname that opens a paragraph is a name even when it ends like an adverb or a participle ("Connolly", "O’Reilly", "Boreing")', () => {
  const text = "The vote was led by Tom Connolly and Eamon O'Reilly of the board, and by Jeremy Boreing.\n\nConnolly, who chairs it, said it would pass.\n\nO'Reilly, who took over in 2019, agreed.\n\nBoreing said nothing. Reportedly, the vote was close.";
  const entities = findEntities(text);
  assert.deepEqual(spans(text, byName(entities, 'Tom Connolly')), ['Tom Connolly', 'Connolly']);
  assert.deepEqual(spans(text, byName(entities, "Eamon O'Reilly")), ["Eamon O'Reilly", "O'Reilly"]);
  assert.deepEqual(spans(text, byName(entities, 'Jeremy Boreing')), ['Jeremy Boreing', 'Boreing']);
  assert.ok(!entities.some((e) => e.name === 'Reportedly'));
});

test('a name written with the typographic apostrophe and with the typewriter one is one person', () => {
  const text = "Mary O’Brien chairs the panel. O'Brien said the report was late. Later O’Brien’s office said it had arrived.";
  const entities = findEntities(text);
  assert.equal(entities.length, 1, entities.map((e) => e.name).join(' | '));
  assert.deepEqual(spans(text, entities[0]), ['Mary O’Brien', "O'Brien", 'O’Brien']);
});

test('a party-and-state tag that ends the sentence is no organisation ("said Sen. Susan Collins, R-Maine.")', () => {
  const text = '"Never," said Sen. Susan Collins, R-Maine. "Not once." Rep. Ann Lee (D-Ohio) agreed.';
  assert.deepEqual(findEntities(text).map((e) => `${e.type}:${e.name}`), ['person:Susan Collins', 'person:Ann Lee']);
});

test('right after a title, a place’s name before a surname is a given name ("Rep. Alexandria Ocasio-Cortez"); "the former Warsaw Pact" stays one', () => {
  const text = 'Rep. Alexandria Ocasio-Cortez said no. Foreign Minister Israel Katz spoke in Cairo. The former Warsaw Pact states agreed.';
  const names = findEntities(text).map((e) => `${e.type}:${e.name}`);
  assert.ok(names.includes('person:Alexandria Ocasio-Cortez'), names.join(' | '));
  assert.ok(names.includes('person:Israel Katz'), names.join(' | '));
  assert.ok(names.includes('place:Cairo'), names.join(' | '));
  assert.ok(!names.some((n) => n.startsWith('person:Warsaw')), names.join(' | '));
});

test('a given name before a street’s or a park’s word is a person when the surname speaks elsewhere ("David Park … Park said")', () => {
  const text = 'Her colleague David Park disagreed. "This will hurt shops," he said. The rally was in Victoria Park.\n\nPark: "We will keep fighting."';
  const entities = findEntities(text);
  const park = byName(entities, 'David Park');
  assert.equal(park?.type, 'person', entities.map((e) => `${e.type}:${e.name}`).join(' | '));
  assert.deepEqual(spans(text, park), ['David Park', 'Park']);
  assert.equal(byName(entities, 'Victoria Park')?.type, 'place');
  const { quotes } = findQuotes(text, entities);
  assert.equal(quotes.find((q) => text.slice(q.start, q.end).includes('hurt shops'))?.speaker?.name, 'David Park');
  // (And so is one after a role noun.)
  const after = 'Council spokeswoman Anna Lake met the press on Lake Street.';
  assert.deepEqual(findEntities(after).map((e) => `${e.type}:${e.name}`), ['person:Anna Lake', 'place:Lake Street']);
});

test('local offices are titles, kept as roles: Councillor, Councilwoman, Alderman, Assemblywoman, MP', () => {
  const text = 'Councillor Ana Silva spoke first. Councilwoman Rosa Diaz and Alderman Jason Ervin agreed; Assemblywoman Claudia Tenney and Labour MP Jess Phillips did not.';
  assert.deepEqual(
    findEntities(text).filter((e) => e.type === 'person').map((e) => e.name),
    ['Ana Silva', 'Rosa Diaz', 'Jason Ervin', 'Claudia Tenney', 'Jess Phillips'],
  );
});

test('the plural of a role’s acronym names no one ("told MPs", "CEOs and MEPs")', () => {
  assert.deepEqual(findEntities('She told MPs the plan would work. CEOs and MEPs agreed, as did Labour MP Jess Phillips.').map((e) => e.name), ['Labour Party', 'Jess Phillips']);
});

test('a transcript’s speaker labels that speak more than once are people; a label of the text is no one', () => {
  const text = 'CORRECTION: An earlier version misspelled a name.\n\nTAPPER: Welcome back.\n\nBENENSON: Thank you, Jake.\n\nTAPPER: Let us start with the polls.\n\nBENENSON: They are close.';
  const names = findEntities(text).map((e) => `${e.type}:${e.name}`);
  assert.ok(names.some((n) => /^person:(TAPPER|Tapper)$/.test(n)), names.join(' | '));
  assert.ok(names.some((n) => /^person:(BENENSON|Benenson)$/.test(n)), names.join(' | '));
  assert.ok(!names.some((n) => /CORRECTION|Correction/.test(n)), names.join(' | '));
});

test('a surname shared by a man and a woman of the story goes to the one its title or a following "he" / "she" names', () => {
  const text =
    'A hearing for Tom Hale, 31, accused of defrauding his aunt Ruth Hale, 64, was held on Monday. ' +
    'Hale was not in court because he was ill, his lawyer said. Mr Hale denies the charge. ' +
    'Miss Hale told the court she had lost her savings.';
  const entities = findEntities(text);
  assert.deepEqual(spans(text, byName(entities, 'Tom Hale')), ['Tom Hale', 'Hale', 'Hale']);
  assert.deepEqual(spans(text, byName(entities, 'Ruth Hale')), ['Ruth Hale', 'Hale']);
});

test('without a title, a "he" or "she" decides only for a surname that opens its sentence, and not from inside a quotation', () => {
  // "he" may be anyone: the surname stays with the one last named.
  const trailing = 'Tom Hale and Ruth Hale ran for mayor. Voters are backing Hale, but he says he can win.';
  assert.deepEqual(spans(trailing, byName(findEntities(trailing), 'Ruth Hale')), ['Ruth Hale', 'Hale']);
  // "him" inside her quoted words is someone else.
  const quoted = 'Tom Hale and Ruth Hale ran for mayor. Hale said, "I never met him."';
  assert.deepEqual(spans(quoted, byName(findEntities(quoted), 'Ruth Hale')), ['Ruth Hale', 'Hale']);
  // A surname that opens its sentence is the subject a later "he" stands for.
  const subject = 'Tom Hale and Ruth Hale ran for mayor. Hale said on Monday that he would win.';
  assert.deepEqual(spans(subject, byName(findEntities(subject), 'Tom Hale')), ['Tom Hale', 'Hale']);
});

test('a full name with a middle initial and the same name without it are one person ("Lena J. Holt", "Lena Holt")', () => {
  const text = 'Lena J. Holt spoke on Monday. Later, Lena Holt said the ferry would run. Holt left at noon.';
  const entities = findEntities(text).filter((e) => e.type === 'person');
  assert.deepEqual(entities.map((e) => e.name), ['Lena J. Holt']);
  assert.deepEqual(spans(text, entities[0]), ['Lena J. Holt', 'Lena Holt', 'Holt']);
  // The lexicon's name wins: "Donald J. Trump" is "Donald Trump".
  const trump = 'Donald J. Trump spoke first. Donald Trump then left.';
  assert.deepEqual(findEntities(trump).filter((e) => e.type === 'person').map((e) => e.name), ['Donald Trump']);
  // A father and son the initial tells apart, when only the son is in the lexicon, stay two people.
  const bushes = 'George W. Bush spoke, and his father, George Bush, listened.';
  assert.deepEqual(findEntities(bushes).filter((e) => e.type === 'person').map((e) => e.name).sort(), ['George Bush', 'George W. Bush']);
});

test('a weekday ends no name: "Super Tuesday" names a day, and "Nimbus Systems Monday" is the firm without the day of the news', () => {
  const text = 'Voters in twelve states go to the polls on Super Tuesday. Shares of Nimbus Systems Monday rose after the vote, and Good Friday is a holiday.';
  const entities = findEntities(text);
  assert.deepEqual(entities.map((e) => `${e.type}:${e.name}`), ['org:Nimbus Systems']);
  assert.deepEqual(spans(text, entities[0]), ['Nimbus Systems']);
});

test('"World War II" is an event and "Brookings Institution" an organisation, not people', () => {
  const text = 'The report by the Brookings Institution compared the programme with the years after World War II.';
  assert.deepEqual(findEntities(text).map((e) => `${e.type}:${e.name}`), ['org:Brookings Institution']);
});

test('a party\'s word before a person\'s name is their role ("Republican Anna Holt", "Democrat Obama"), and "Christian" is a given name', () => {
  const text = 'Republican Anna Holt won the seat. Democrat Obama spoke later, and Christian Bale watched. The Republican Party met.';
  const entities = findEntities(text);
  const holt = byName(entities, 'Anna Holt');
  assert.ok(holt);
  assert.deepEqual(spans(text, holt), ['Anna Holt']);
  assert.ok(holt.roles.includes('Republican'));
  assert.deepEqual(spans(text, byName(entities, 'Barack Obama') ?? byName(entities, 'Obama')), ['Obama']);
  assert.ok(byName(entities, 'Christian Bale'));
  assert.equal(byName(entities, 'Republican Party')?.type, 'org');
});

test('groups and programmes are nobody: "House Republicans", "Log Cabin Republicans", "Social Security"; "Iowa Democrats" keeps Iowa', () => {
  const text = 'House Republicans and Log Cabin Republicans met Iowa Democrats on Capitol Hill to discuss Social Security and the Rust Belt.';
  assert.deepEqual(findEntities(text).map((e) => `${e.type}:${e.name}`).sort(), ['place:Capitol Hill', 'place:Iowa', 'place:Rust Belt']);
});

test('political action committees, caucuses and coalitions are organisations ("Our Principles PAC", "Congressional Black Caucus")', () => {
  const text = 'Ads by Our Principles PAC ran for weeks. The Congressional Black Caucus and the Republican Jewish Coalition objected.';
  assert.deepEqual(findEntities(text).map((e) => `${e.type}:${e.name}`), ['org:Our Principles PAC', 'org:Congressional Black Caucus', 'org:Republican Jewish Coalition']);
});

test('a given name alone is the one person of the story it opens the name of ("Chelsea Clinton … Chelsea said"), not a club', () => {
  const text = 'Chelsea Clinton spoke in Iowa. Chelsea said her mother would win, and Bernie Sanders agreed. Bernie smiled.';
  const entities = findEntities(text);
  assert.deepEqual(spans(text, byName(entities, 'Chelsea Clinton')), ['Chelsea Clinton', 'Chelsea']);
  assert.deepEqual(spans(text, byName(entities, 'Bernie Sanders')), ['Bernie Sanders', 'Bernie']);
  assert.equal(entities.filter((e) => e.type === 'org').length, 0);
  // Two people of one given name: "John" alone is neither for sure.
  const two = 'John Hale and John Reyes spoke. John said the vote was close.';
  assert.deepEqual(spans(two, byName(findEntities(two), 'John Hale')), ['John Hale']);
});

test('a family named by the plural of a surname is people, not a firm ("the Clintons", "the Hales"); Twitter is an organisation', () => {
  const text = 'Tom Hale ran the shop. The Hales sold it in May, and the Clintons bought a house nearby. Oh, they wrote on Twitter.';
  const entities = findEntities(text);
  assert.equal(byName(entities, 'Hales')?.type, 'person');
  assert.equal(byName(entities, 'Clintons')?.type, 'person');
  assert.equal(byName(entities, 'Twitter')?.type, 'org');
  assert.equal(byName(entities, 'Oh'), undefined);
});

test('a state\'s nickname is the state ("the Granite State" is New Hampshire); a pollster\'s "Research" is an organisation', () => {
  const text = 'Voters in New Hampshire turned out early. The Granite State polls were run by Edison Research for Politico.';
  const entities = findEntities(text);
  assert.deepEqual(spans(text, byName(entities, 'New Hampshire')), ['New Hampshire', 'Granite State']);
  assert.equal(byName(entities, 'Edison Research')?.type, 'org');
  assert.equal(byName(entities, 'Politico')?.type, 'org');
});

test('a title-case headline is one even when it ends with a full stop, told by its capitalised small words ("… With …")', () => {
  const text = 'Poll: Anna Holt Ties Tom Reyes With Ruth Hale in a Three-Way Contest.\n\nAnna Holt leads the field, a poll found on Monday. Tom Reyes trails her by four points, and Ruth Hale is third.';
  assert.deepEqual(findEntities(text).map((e) => e.name).sort(), ['Anna Holt', 'Ruth Hale', 'Tom Reyes']);
  // A sentence is no headline: its names stay as they are.
  const sentence = 'Anna Holt met Tom Reyes in Salem on Monday.\n\nThe talks went well.';
  assert.deepEqual(findEntities(sentence).map((e) => e.name).sort(), ['Anna Holt', 'Salem', 'Tom Reyes']);
});

test('a text\'s first line set apart by an empty line, all capitalised words and a full stop, is a headline', () => {
  const text = 'Harbour Board Chief Praises Anna Holt’s Ferry Deal.\n\nAnna Holt signed the ferry deal on Monday, the harbour board said.';
  assert.deepEqual(findEntities(text).map((e) => e.name), ['Anna Holt']);
});

test('a word right before a title is no given name ("Virginia Sen. Tim Kaine"), and advisers and SEALs are titles', () => {
  const text = 'She chose Virginia Sen. Tim Kaine. Senior Adviser Sidney Blumenthal, Assistant AG Vanita Gupta and Navy SEAL Chris Kyle spoke.';
  const entities = findEntities(text);
  assert.deepEqual(entities.map((e) => `${e.type}:${e.name}`), ['place:Virginia', 'person:Tim Kaine', 'person:Sidney Blumenthal', 'person:Vanita Gupta', 'person:Chris Kyle']);
  assert.ok(byName(entities, 'Tim Kaine')?.roles.includes('Virginia Sen.'));
});

test('storms and operations are events; "New Bedford", "Fort Hood" and "Zion Ranch" are places; coroners and troopers have titles', () => {
  const text = 'Hurricane Katrina hit New Bedford and Fort Hood during Operation Desert Storm. Coroner Gary Hargrove and Senior Trooper William Hakim spoke at the Zion Ranch; the New Deal was recalled.';
  assert.deepEqual(findEntities(text).map((e) => `${e.type}:${e.name}`), ['place:New Bedford', 'place:Fort Hood', 'person:Gary Hargrove', 'person:William Hakim', 'place:Zion Ranch']);
});
