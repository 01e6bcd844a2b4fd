// Hedge detection: the seed articles' hedges, the context rules, who hedges, the claim, and robustness.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { findEntities } from '../../src/core/entities';
import { cueWordFilter, findHedges } from '../../src/core/hedges';
import { readQuotes } from '../../src/core/quotes';
import type { Hedge, Quote } from '../../src/core/types';

const cuesOf = (text: string, quotes: Quote[] = []): string[] => findHedges(text, quotes).map((h) => h.cue);
/** The claim of the hedge with cue `cue` in `text` (empty when there is none). */
const claimOf = (text: string, cue = 'may'): string => {
  const h = findHedges(text, []).find((x) => x.cue === cue);
  return h ? text.slice(h.claim.start, h.claim.end) : '';
};
const only = (text: string): Hedge => {
  const hs = findHedges(text, []);
  assert.equal(hs.length, 1, `one hedge expected in ${JSON.stringify(text)}, got ${JSON.stringify(hs.map((h) => h.cue))}`);
  return hs[0];
};

// What a careful reader marks as hedged in the sample articles (seeds-expected.yaml, `hedges`).
const SEED_HEDGES: Record<string, string[]> = {
  '002_3c97b7e833a7f5e1.txt': ['Speculation exists', 'might', 'may be wary', 'appears', 'estimated', 'likely'],
  '003_935c27f9da9fbf9d.txt': ['seems', 'may feel', 'insinuations', 'may have', 'suggest', 'lack substantiation', 'likely'],
  '004_f3864c178bfaef39.txt': ['reportedly'],
  '000_b33d5db25880afa6.txt': ['could signal', 'Analysts note', 'likely'],
};

test('every hedge a careful reader marks in the seed articles is found', () => {
  for (const [file, expected] of Object.entries(SEED_HEDGES)) {
    const text = fs.readFileSync(path.join('seeds', file), 'utf8');
    const hedges = findHedges(text, []);
    for (const phrase of expected) {
      const at = text.indexOf(phrase);
      assert.ok(at >= 0, `${file}: "${phrase}" is in the text`);
      const hit = hedges.find((h) => h.start < at + phrase.length && at < h.end);
      assert.ok(hit, `${file}: "${phrase}" is marked as a hedge`);
    }
  }
});

test('seed hedges get the kinds the reader would give them', () => {
  const text = fs.readFileSync(path.join('seeds', '003_935c27f9da9fbf9d.txt'), 'utf8');
  const kindAt = (phrase: string) => findHedges(text, []).find((h) => h.start <= text.indexOf(phrase) && text.indexOf(phrase) < h.end)?.kind;
  assert.equal(kindAt('insinuations'), 'unsubstantiated');
  assert.equal(kindAt('lack substantiation'), 'unsubstantiated');
  assert.equal(kindAt('seems'), 'epistemic');
  const t2 = fs.readFileSync(path.join('seeds', '002_3c97b7e833a7f5e1.txt'), 'utf8');
  const s = findHedges(t2, []).find((h) => h.cue.startsWith('speculation exists'));
  assert.equal(s?.kind, 'vague-attribution');
  assert.equal(s?.unattributed, true);
});

test('"could" of possibility is a hedge; negated ability and open questions are not', () => {
  assert.equal(only('The sanctions could push prices higher next year.').cue, 'could');
  assert.deepEqual(cuesOf('The mayor could not be reached on Sunday.'), []);
  assert.deepEqual(cuesOf('The clerk couldn’t say when the ferry would sail.'), []);
  assert.deepEqual(cuesOf('Nobody explained how the leak could be fixed.'), []);
  assert.deepEqual(cuesOf('He could be reached at the depot.'), []);
});

test('"May" the month and the surname are not hedges; the modal is', () => {
  assert.deepEqual(cuesOf('The lease was agreed in May and renewed on May 9.'), []);
  assert.deepEqual(cuesOf('Councillor Ruth May opened the meeting.'), []);
  assert.deepEqual(cuesOf('Well may you ask why the bridge is shut.'), []);
  assert.deepEqual(cuesOf('May we begin the tour?'), []);
  assert.equal(only('The survey may reveal useful trends.').cue, 'may');
  assert.equal(only('May was dry and mild. Planners may delay the works.').start > 20, true);
  assert.deepEqual(cuesOf('May Day fairs drew crowds.'), []);
  assert.equal(only('TEACHERS MAY STRIKE IN AUTUMN').cue, 'may');
  assert.equal(only('Mayor May Quit Over Budget Row').cue, 'may');
  assert.deepEqual(cuesOf('MARKET OPENS ON MAY 14'), []);
});

test('"could" in the consequence of an "if" belongs to the condition, not to a possibility claimed', () => {
  assert.deepEqual(cuesOf('If the dam bursts, the valley could flood within hours.'), []);
  assert.deepEqual(cuesOf('The valley could flood within hours.'), ['could']);
  assert.deepEqual(cuesOf('If the dam bursts, the valley could flood. The town could follow.'), ['could']);
});

test('"should" that predicts an outcome hedges; "should" that prescribes does not', () => {
  assert.deepEqual(cuesOf('The new line should lift the factory’s output.'), ['should']);
  assert.deepEqual(cuesOf('The school should not face trouble filling its places.'), ['should']);
  assert.deepEqual(cuesOf('The grant should be spent on new books.'), []);
  assert.deepEqual(cuesOf('We should paint the fence green.'), []);
  assert.deepEqual(cuesOf('Every tenant who parks here should pay a fee.'), []);
});

test('"potential" hedges a thing that may happen, not a group named by its role', () => {
  assert.deepEqual(cuesOf('Growers fear a potential water shortage.'), ['potential']);
  assert.deepEqual(cuesOf('The club met potential investors on Tuesday.'), []);
  assert.deepEqual(cuesOf('The poll sampled likely voters in two towns.'), []);
  assert.deepEqual(cuesOf('The mayor will likely win a second term.'), ['likely']);
});

test('a belief or a suggestion keeps its kind when no one is named as holding it', () => {
  const s = only('It has been suggested that our well is dry.');
  assert.equal(s.kind, 'epistemic');
  assert.equal(s.unattributed, true);
  const a = only('It is alleged that the builder cut corners.');
  assert.equal(a.kind, 'evidential');
  const v = only('It is said that the builder cut corners.');
  assert.equal(v.kind, 'vague-attribution');
});

test('a cue spans its meaningful words: "that" and "is ... to" help to find it but are left out', () => {
  assert.deepEqual(cuesOf('The bakery indicated that it will hire more staff.'), ['indicated']);
  assert.deepEqual(cuesOf('Just what the council will decide is not clear.'), ['not clear']);
  assert.deepEqual(cuesOf('The delay raises questions about the budget.'), ['raises questions']);
  assert.deepEqual(cuesOf('Little is known about the new owner.'), ['little is known']);
});

test('"that" must open the belief: "feel that way" and "a charge that stung" are not hedges', () => {
  assert.deepEqual(cuesOf('Parents feel that the fees are too high.'), ['feel']);
  assert.deepEqual(cuesOf('Some parents feel that way.'), []);
  assert.deepEqual(cuesOf('It was a remark that might have hurt.'), ['might']);
});

test('"will" and "if" are not hedges', () => {
  assert.deepEqual(cuesOf('The bakery will open a stall if the weather holds.'), []);
});

test('"expected" as a belief about the future is a hedge; as a settled fact it is not', () => {
  assert.equal(only('The bridge is expected to reopen in spring.').kind, 'doxastic');
  assert.equal(only('The verdict is expected in March.').cue, 'expected');
  assert.equal(only('Farmers expected a poor harvest this year.').cue, 'expected');
  assert.deepEqual(cuesOf('The expected parcel came on Friday.'), []);
  assert.deepEqual(cuesOf('As expected, the club raised its fees.'), []);
  assert.deepEqual(cuesOf('Turnout was higher than expected.'), []);
  assert.deepEqual(cuesOf('The shop posted better-than-expected takings.'), []);
  assert.deepEqual(cuesOf('The ruling, which had been expected, arrived on Tuesday.'), []);
  assert.deepEqual(cuesOf('The widely expected rise came on Tuesday.'), []);
  assert.equal(only('The rise is widely expected next month.').cue, 'expected');
});

test('belief verbs hedge when they hold a claim true, not when they mean trust or thinking about', () => {
  assert.equal(only('Doctors believe the two outbreaks are related.').cue, 'believe');
  assert.deepEqual(cuesOf('Hardly anyone believes this any more.'), []);
  assert.deepEqual(cuesOf('Whom will the jury believe?'), []);
  assert.deepEqual(cuesOf('They believe in fair play.'), []);
  assert.equal(only('I think the soup is cold.').cue, 'think');
  assert.deepEqual(cuesOf('We will think about the offer.'), []);
  assert.deepEqual(cuesOf('She gave the plan some thought.'), []);
  const vase = only('The bowl is thought to be Chinese.');
  // The cue is the belief word; "is ... to" only helps to find it.
  assert.equal(vase.cue, 'thought');
  assert.equal(vase.kind, 'doxastic');
  assert.equal(vase.unattributed, true);
});

test('appearing in a place is not a hedge; appearing to be is', () => {
  assert.equal(only('The repair appears to be holding up.').cue, 'appears');
  assert.equal(only('The landlord appears in no hurry to repair it.').cue, 'appears');
  assert.deepEqual(cuesOf('The scores appear unlikely to improve.'), ['appear', 'unlikely']);
  assert.deepEqual(cuesOf('The chef appeared on the radio on Sunday.'), []);
  assert.deepEqual(cuesOf('She appeared in a play last year.'), []);
});

test('possible as likelihood, not feasibility', () => {
  assert.equal(only('It is possible that the ferry will be late.').cue, 'possible');
  assert.deepEqual(cuesOf('They asked for the lowest possible fare.'), []);
  assert.deepEqual(cuesOf('Reply as soon as possible.'), []);
  assert.deepEqual(cuesOf('The loan made it possible to buy a van.'), []);
});

test('judgement verbs need their "as": "seen as" hedges, "seen in the car" does not', () => {
  assert.equal(only('The new park will be seen as a bold step.').kind, 'doxastic');
  assert.deepEqual(cuesOf('Her bicycle was seen near the station.'), []);
  assert.deepEqual(cuesOf('Shopkeepers have seen storms such as these before.'), []);
});

test('nouns are not verbs: the suspect, the accused, military might', () => {
  assert.deepEqual(cuesOf('The suspect was released on bail.'), []);
  assert.deepEqual(cuesOf('The accused sat in silence.'), []);
  assert.deepEqual(cuesOf('They admired the sheer might of the river.'), []);
  assert.equal(only('Engineers suspect a fault in the wiring.').cue, 'suspect');
  assert.equal(only('Two youths suspected of theft were detained.').cue, 'suspected');
});

test('evidential and unsubstantiated cues', () => {
  assert.equal(only('The band is reportedly planning a reunion.').kind, 'evidential');
  assert.equal(only('She allegedly kicked a parked car.').kind, 'evidential');
  assert.equal(only('The figures remain unverified.').kind, 'unsubstantiated');
  assert.equal(only('Such stories lack substantiation.').cue, 'lack substantiation');
  assert.equal(only('According to unconfirmed reports, the ship changed course.').kind, 'evidential');
  assert.deepEqual(cuesOf('There is no doubt the cake was fresh.'), []);
});

test('vague attribution is its own kind, with the source left unnamed', () => {
  for (const s of ['Some say the fair will close.', 'Critics argue the fair will close.', 'Analysts note that the fair will close.', 'Sources say the fair will close.', 'It is said that the fair will close.']) {
    const h = only(s);
    assert.equal(h.kind, 'vague-attribution', s);
    assert.equal(h.unattributed, true, s);
  }
  const b = only('It is widely believed that the fair will close.');
  assert.equal(b.kind, 'doxastic');
  assert.equal(b.cue, 'believed');
  assert.equal(b.unattributed, true);
});

test('the claim is the clause around a modal, and what follows a belief verb', () => {
  const text = 'Rents rose again. Tenants said the landlord may raise the rent, but the agent disagreed.';
  const h = findHedges(text, []).find((x) => x.cue === 'may');
  assert.ok(h);
  assert.equal(text.slice(h.claim.start, h.claim.end), 'the landlord may raise the rent');
  const t2 = 'Doctors believe that the two outbreaks are related; the tests go on.';
  const b = only(t2);
  assert.equal(t2.slice(b.claim.start, b.claim.end), 'the two outbreaks are related');
  const t3 = 'The fair will close, some say.';
  const v = only(t3);
  assert.equal(t3.slice(v.claim.start, v.claim.end), 'The fair will close');
});

test('the claim runs past abbreviations and takes in the subject of an infinitive', () => {
  const t1 = 'Work paused. The U.K. team may fly home early, Mr. Brown said.';
  const h1 = findHedges(t1, []).find((h) => h.cue === 'may');
  assert.ok(h1);
  assert.equal(t1.slice(h1.claim.start, h1.claim.end), 'The U.K. team may fly home early');
  const t2 = 'The pipes are thought to be made of lead.';
  const h2 = only(t2);
  assert.equal(t2.slice(h2.claim.start, h2.claim.end), 'The pipes are thought to be made of lead.');
  const t3 = 'She said: “Fares could drop.” Others disagreed.';
  const h3 = only(t3);
  assert.equal(t3.slice(h3.claim.start, h3.claim.end), 'Fares could drop.');
  // In capitals too: a headline's infinitive takes in its subject.
  const t4 = 'THE PIPES ARE THOUGHT TO BE MADE OF LEAD.';
  const h4 = only(t4);
  assert.equal(t4.slice(h4.claim.start, h4.claim.end), t4);
});

test('a full stop after a title or an initialism does not end the claim; after a longer word it does', () => {
  assert.equal(claimOf('Prof. Lin may retire. Capt. Ruiz stays.'), 'Prof. Lin may retire.');
  assert.equal(claimOf('PROF. Lin may retire. Capt. Ruiz stays.'), 'PROF. Lin may retire.');
  assert.equal(claimOf('Staff at the N.H.S. may strike.'), 'Staff at the N.H.S. may strike.');
  assert.equal(claimOf('He met the mayor. Lin may retire.'), 'Lin may retire.');
  assert.equal(claimOf('He spoke to Profs. Lin may retire.'), 'Lin may retire.');
});

test('inside a quote the speaker hedges; outside, the reporter', () => {
  const text = 'The coach said: “We may need a new keeper.” Training could start soon.';
  const open = text.indexOf('“') + 1;
  const close = text.indexOf('”');
  const quote: Quote = { start: open - 1, end: close + 1, kind: 'direct', parts: [{ start: open, end: close }], cue: null, cueLemma: null, speaker: null };
  const [inside, outside] = findHedges(text, [quote]);
  assert.equal(inside.cue, 'may');
  assert.equal(inside.voice, 'speaker');
  assert.equal(inside.quoteIndex, 0);
  assert.equal(outside.cue, 'could');
  assert.equal(outside.voice, 'reporter');
  assert.equal(outside.quoteIndex, undefined);
});

test('never throws and keeps spans inside the text: empty, emoji, right-to-left, huge', () => {
  const samples = [
    '',
    ' ',
    'may',
    'MAY',
    'could',
    '😀 may 😀 perhaps 👍🏽',
    'مرحبا may be שלום likely',
    '\u202eperhaps\u202c it could',
    'it is',
    'some analysts',
    '"',
    '’s may’s émay ’',
    'a'.repeat(10_000) + ' may',
    ('The roof may leak, builders say, and it is widely believed that costs could climb. ' + '\n').repeat(20_000),
  ];
  for (const text of samples) {
    const hedges = findHedges(text, []);
    for (const h of hedges) {
      assert.ok(h.start >= 0 && h.end <= text.length && h.start < h.end, 'cue inside the text');
      assert.ok(h.claim.start >= 0 && h.claim.end <= text.length && h.claim.start <= h.claim.end, 'claim inside the text');
    }
  }
  assert.deepEqual(cuesOf('😀 may 😀 perhaps'), ['may', 'perhaps']);
  // Nothing but cue words: every one is found, each with a claim that holds it.
  const dense = 'may could might '.repeat(5000);
  const hs = findHedges(dense, []);
  assert.equal(hs.length, 15000 - 1);
  for (const h of hs) assert.ok(h.claim.start <= h.start && h.claim.end >= h.end);
});

test('a hedge that is a report\'s own cue is the reporter\'s, not a quoted speaker\'s', async () => {
  const { analyze } = await import('../../src/core');
  const view = analyze('The ferry is expected to resume service in May.');
  assert.equal(view.hedges.find((h) => h.cue === 'expected')?.voice, 'reporter');
  const quoted = analyze('“The ferry may resume service in May,” Ruiz said.');
  assert.equal(quoted.hedges.find((h) => h.cue === 'may')?.voice, 'speaker');
});

test('the claim leaves out whom it was told to, and what a vague source is familiar with', () => {
  const t1 = 'Mayor Ruiz told reporters the levy could fail in May.';
  const h1 = only(t1);
  assert.equal(t1.slice(h1.claim.start, h1.claim.end), 'the levy could fail in May.');
  const t2 = 'The agency is auditing the ferry operator, according to people familiar with the review.';
  const h2 = only(t2);
  assert.equal(h2.kind, 'vague-attribution');
  assert.equal(t2.slice(h2.claim.start, h2.claim.end), 'The agency is auditing the ferry operator');
  const t3 = 'A person close to the owners told me the mill had been sold.';
  const h3 = only(t3);
  assert.equal(t3.slice(h3.claim.start, h3.claim.end), 'the mill had been sold.');
});

test('what could not be verified is unsubstantiated; what can be is not', () => {
  for (const text of ['The claim could not be independently verified.', 'The report has not been independently confirmed.', 'The figure has not been verified.', 'It cannot be verified.']) {
    assert.equal(only(text).kind, 'unsubstantiated', text);
  }
  assert.deepEqual(cuesOf('The figures can be verified online.'), []);
});

test('a cue after the claim and a comma claims only what comes before the comma', () => {
  const text = 'Coffee may lower the risk of liver disease, a study suggests';
  const h = findHedges(text, []).find((x) => x.cue === 'suggests');
  assert.equal(h && text.slice(h.claim.start, h.claim.end), 'Coffee may lower the risk of liver disease');
});

test('a listener is left out only after "told"; a nominee not confirmed is no unsubstantiated claim', () => {
  assert.equal(claimOf('Ortiz said her clinic may close.', 'may'), 'her clinic may close.');
  assert.equal(claimOf('Reyes told reporters the bill could cost more.', 'could'), 'the bill could cost more.');
  assert.equal(claimOf('In Ohio, turnout will be far higher than many analysts expect.', 'expect'), 'In Ohio, turnout will be far higher than many analysts');
  assert.deepEqual(cuesOf('The nominee has not been confirmed by the Senate.'), []);
});

test('a modal’s claim ends at the first mark that ends a clause, whichever it is, and no further than its reach', () => {
  assert.equal(claimOf('The old mill may reopen; the owners are silent.'), 'The old mill may reopen');
  assert.equal(claimOf('The old mill may reopen (the owners are silent).'), 'The old mill may reopen');
  assert.equal(claimOf('The old mill may reopen — the owners are silent.'), 'The old mill may reopen');
  assert.equal(claimOf('The old mill may reopen\nThe owners are silent.'), 'The old mill may reopen');
  assert.equal(claimOf('The old mill may reopen, but the owners are silent.'), 'The old mill may reopen');
  assert.equal(claimOf('The old mill may reopen, the owners hint, in spring.'), 'The old mill may reopen, the owners hint, in spring.');
  assert.equal(claimOf('The old mill may reopen at 9.30 in spring. The owners are silent.'), 'The old mill may reopen at 9.30 in spring.');
  const long = 'The old mill may reopen' + ' and grind oats'.repeat(100);
  const claim = claimOf(long);
  assert.ok(claim.startsWith('The old mill may reopen and grind oats') && claim.length < long.length && claim.length > 600, `claim of ${claim.length} characters`);
});

test('hedges found among the quote finder’s tokens are those found reading the whole text', () => {
  const texts = [
    'Officials may approve it. It MAY rain; it may_be; “émay” and mayé are no cue words.',
    'He couldn\'t say. “We could,” she said, “but couldn\'t.” The “couldn\'” t was odd; the ‘couldn’t’ too.',
    'The well-known plan reportedly-failed; U.S. officials possibly agreed. Mr. Lee can\'t confirm it, apparently.',
    'Sources say the deal is likely. It is widely believed that prices might rise, analysts note, though it is unclear.',
    'Supposedly_ it works; 2may or may2 or Reportedly. “Allegedly”, he said, according to people familiar with the talks.',
  ];
  // (The lexicon's cue words allow the reading of tokens: without a filter the test would compare a reading with itself.)
  const filter = cueWordFilter();
  assert.ok(filter);
  for (const text of texts) {
    const { quotes, tokens } = readQuotes(text, findEntities(text), filter);
    assert.deepEqual(findHedges(text, quotes, tokens), findHedges(text, quotes), text);
  }
  // The texts of the sample articles, too.
  for (const file of fs.readdirSync('seeds').filter((f) => f.endsWith('.txt'))) {
    const text = fs.readFileSync(path.join('seeds', file), 'utf8');
    const { quotes, tokens } = readQuotes(text, findEntities(text), filter);
    assert.deepEqual(findHedges(text, quotes, tokens), findHedges(text, quotes), file);
  }
});
