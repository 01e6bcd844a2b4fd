// Institutions named after a place or another organisation ("Oregon Legislature", "BBC Sport"), told from a place or
// an organisation that is a person's role ("Texas Gov. Ann Lee", "U.S. District Judge Ann Lee").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/core/entities';
import type { Entity } from '../../src/core/types';

const typed = (entities: Entity[]) => entities.map((e) => `${e.type}:${e.name}`);

test('a known place before the words of an institution opens its name: no person, no role', () => {
  const text = 'The Nevada Legislature met on Monday. Denver Street Outreach said it would open two shelters. UK Seedbank said.';
  const entities = findEntities(text);
  assert.deepEqual(typed(entities), ['org:Nevada Legislature', 'org:Denver Street Outreach', 'org:UK Seedbank']);
  assert.ok(entities.every((e) => e.roles.length === 0));
});

test('a known organisation opens the name of its division, not of its products', () => {
  const entities = findEntities('BBC Sport reported the fee. Sales of the Apple Orchardbook fell.');
  assert.ok(typed(entities).includes('org:BBC Sport'));
  assert.ok(!typed(entities).includes('org:Apple Orchardbook'));
});

test('a place and a word before a title are the role of the person after it', () => {
  const text = 'U.S. District Judge Mara Quist ruled on Friday. Kent County Sheriff Dale Orme said the road was closed.';
  const entities = findEntities(text);
  assert.deepEqual(entities.find((e) => e.name === 'Mara Quist')?.roles, ['U.S. District Judge']);
  assert.ok(!entities.some((e) => e.type === 'org'), typed(entities).join(', '));
  assert.equal(entities.find((e) => e.name === 'Dale Orme')?.type, 'person');
});

test('a place before a person with a title keeps its role; a street named after a place is a place', () => {
  const entities = findEntities('Texas Gov. Ann Lee spoke. Traffic on Ontario Street stopped.');
  assert.deepEqual(entities.find((e) => e.name === 'Ann Lee')?.roles, ['Texas Gov.']);
  assert.ok(typed(entities).includes('place:Ontario Street'));
});

test('an institution before a title is an organisation and part of the role; a courtesy title after the office is not', () => {
  const text = 'Lakeside Public Schools Superintendent Dr. Nora Pell said classes would resume. Harbor Valley Police Chief Owen Dray agreed.';
  const entities = findEntities(text);
  assert.ok(typed(entities).includes('org:Lakeside Public Schools'), typed(entities).join(', '));
  assert.deepEqual(entities.find((e) => e.name === 'Nora Pell')?.roles, ['Lakeside Public Schools Superintendent']);
  assert.ok(typed(entities).includes('org:Harbor Valley Police'), typed(entities).join(', '));
  assert.deepEqual(entities.find((e) => e.name === 'Owen Dray')?.roles, ['Harbor Valley Police Chief']);
});

test('"said Clearwater chief executive Dana Whitfield": the word before the role is where she works, not a person', () => {
  const text = 'The judge sided with Clearwater Utilities on Monday. "This is a vindication," said Clearwater chief executive Dana Whitfield.';
  const entities = findEntities(text);
  assert.deepEqual(typed(entities), ['org:Clearwater Utilities', 'person:Dana Whitfield']);
  assert.equal(entities[0].mentions.length, 2);
});

test('an office before a name is its role, not part of it (“Acme CEO Ann Lee”); a party’s word stays in its organisation', () => {
  const ceo = findEntities('Korvane CEO Ann Lee said profits rose.');
  assert.deepEqual(typed(ceo), ['org:Korvane', 'person:Ann Lee']);
  assert.deepEqual(ceo[1].roles, ['CEO']);
  assert.deepEqual(typed(findEntities('The Republican Party met on Monday.')), ['org:Republican Party']);
  assert.deepEqual(typed(findEntities('The Republican Governors Association met on Monday.')), ['org:Republican Governors Association']);
});

test('an unknown word opening the sentence before a demonym is no given name (“Controversial Australian Ann Hill”)', () => {
  const entities = findEntities('Controversial Australian Ann Hill was cleared on Monday.');
  assert.deepEqual(typed(entities), ['place:Australia', 'person:Ann Hill']);
});

test('a month’s name that is also a given name opens a name before a capitalised word (“Jan Kroslak”)', () => {
  assert.deepEqual(typed(findEntities('Yesterday Jan Kroslak won in three sets.')), ['person:Jan Kroslak']);
  assert.deepEqual(typed(findEntities('The vote was held on Jan 5 in Salem.')), ['place:Salem']);
});

test('a known place after “Greater” is a place with it, not a person', () => {
  assert.deepEqual(typed(findEntities('Planned Parenthood of Greater Texas sued the state.')), ['org:Planned Parenthood', 'place:Greater Texas']);
});

test('a name right before “daily” or “newspaper” is the newspaper', () => {
  assert.deepEqual(typed(findEntities('Gazeta Borska daily said on Saturday that taxes would rise.')), ['org:Gazeta Borska']);
});

test('a road with its number and a golf course are places', () => {
  assert.deepEqual(typed(findEntities('Drivers took Route 66 and Interstate 95 to the Pine Hollow Golf Course.')), ['place:Route 66', 'place:Interstate 95', 'place:Pine Hollow Golf Course']);
});

test('a courtesy title alone is still the role of the name after it', () => {
  const entities = findEntities('The report, said Dr. Ann Lee, was late.');
  assert.deepEqual(entities.find((e) => e.name === 'Ann Lee')?.roles, ['Dr.']);
});

test('a company with its legal form, without it and by its first word is one organisation, also in a headline', () => {
  const text = 'Korvath Dynamics Profit Beats Forecasts\n\nKorvath Dynamics Inc. said on Tuesday its profit rose. Korvath Dynamics hired 300 people, and Korvath expects more.';
  const entities = findEntities(text);
  assert.deepEqual(typed(entities), ['org:Korvath Dynamics Inc.']);
  assert.equal(entities[0].mentions.length, 4);
});

test('a company without a legal form and then by its first word alone is one organisation, unless two names open so', () => {
  const one = findEntities('Brightline Logistics said on Monday it would close the depot. A Brightline spokesman declined to comment.');
  assert.deepEqual(typed(one), ['org:Brightline Logistics']);
  assert.deepEqual(one[0].mentions.map((m) => m.text), ['Brightline Logistics', 'Brightline']);
  // A word the lexicon's name opens folds into it too, even read as a surname.
  const known = findEntities('Goldman Sachs reported a profit. Goldman said trading rose.');
  assert.deepEqual(typed(known), ['org:Goldman Sachs']);
  // Two organisations opened by the word: the word alone is neither.
  const two = findEntities('Orvane Freight and Orvane Energy both grew. Orvane said nothing.');
  assert.ok(!two.some((e) => e.mentions.some((m) => m.text === 'Orvane') && e.name !== 'Orvane'), typed(two).join(', '));
});

test('a lone surname stays the person when only an unknown company opens with it', () => {
  const entities = findEntities('Harlan Brothers Construction won the contract. Tom Reyes congratulated the firm. Harlan said he was pleased.');
  assert.ok(entities.some((e) => e.type === 'person' && e.mentions.some((m) => m.text === 'Harlan')), typed(entities).join(', '));
});
test('a lone word that opens a company\'s name and is nobody\'s name is the company, even when it speaks', () => {
  const text = 'Nimbus Systems is exploring a sale of its chip unit. Nimbus declined to comment. Analysts said Nimbus would gain.';
  const entities = findEntities(text);
  assert.deepEqual(typed(entities), ['org:Nimbus Systems']);
  assert.equal(entities[0].mentions.length, 3);
});


test('well-known companies are organisations, with their usual short forms', () => {
  const entities = findEntities('Motorola and Hyundai cut prices. Shares of Deutsche Telekom rose, and Telekom said it would hire.');
  assert.deepEqual(typed(entities), ['org:Motorola', 'org:Hyundai', 'org:Deutsche Telekom']);
  assert.equal(entities[2].mentions.length, 2);
});

test('well-known advocacy groups are organisations ("Planned Parenthood", "ACLU")', () => {
  const entities = findEntities('Planned Parenthood sued the state, and the ACLU joined the suit.');
  assert.deepEqual(typed(entities), ['org:Planned Parenthood', 'org:American Civil Liberties Union']);
});

test('a web domain that names a company is one name, folded with its legal form ("Amazon.com Inc.")', () => {
  const text = 'Rivals such as Amazon.com Inc. and Lumora.com cut prices. Amazon.com said it would hire. Smith & Co. left.';
  const entities = findEntities(text);
  assert.deepEqual(typed(entities), ['org:Amazon.com', 'org:Lumora.com', 'org:Smith & Co.']);
  assert.deepEqual(entities[0].mentions.map((m) => m.text), ['Amazon.com Inc.', 'Amazon.com']);
});

test('where an analyst or a professor works is an organisation, not a place', () => {
  const entities = findEntities('Lena Holt, an analyst at Brixton Marlowe, said the stock was cheap. They met at Kelso.');
  assert.ok(typed(entities).includes('org:Brixton Marlowe'), typed(entities).join(', '));
  assert.ok(typed(entities).includes('place:Kelso'), typed(entities).join(', '));
});

test('a letter hyphened to a word is a brand, even before a speech verb; hyphened given names stay a person', () => {
  const entities = findEntities('Q-Lattice said it would cut prices. Jean-Claude Morel said he would buy.');
  assert.deepEqual(typed(entities), ['org:Q-Lattice', 'person:Jean-Claude Morel']);
});

test('broadcasters, studios and magazines are organisations by their last word ("Sky Sports", "Fox News Channel", "Time Magazine")', () => {
  const text = '"It was a massive result," Rashford told Sky Sports. He was a guest on Fox News Channel. Time Magazine chose Merkel.';
  const orgs = findEntities(text).filter((e) => e.type === 'org').map((e) => e.name);
  assert.deepEqual(orgs, ['Sky Sports', 'Fox News Channel', 'Time Magazine']);
});
