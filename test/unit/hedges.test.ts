// Hedge detection: the seed articles' hedges, the context rules, who hedges, the claim, and robustness.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { findHedges } from '../../src/core/hedges';
import type { Hedge, Quote } from '../../src/core/types';

const cuesOf = (text: string, quotes: Quote[] = []): string[] => findHedges(text, quotes).map((h) => h.cue);
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
  assert.deepEqual(cuesOf('The minister could not be reached for comment.'), []);
  assert.deepEqual(cuesOf('The spokesman couldn’t say when the talks would resume.'), []);
  assert.deepEqual(cuesOf('Nobody explained how the dispute could be settled.'), []);
  assert.deepEqual(cuesOf('She could be reached at her office.'), []);
});

test('"May" the month and the surname are not hedges; the modal is', () => {
  assert.deepEqual(cuesOf('The treaty was signed in May and ratified on May 6.'), []);
  assert.deepEqual(cuesOf('Prime Minister Theresa May spoke first.'), []);
  assert.deepEqual(cuesOf('Well may we say that nothing will save us.'), []);
  assert.deepEqual(cuesOf('May I ask a question?'), []);
  assert.equal(only('The rifle may yield important clues.').cue, 'may');
  assert.equal(only('May brings warmer weather. Officials may delay the vote.').start > 20, true);
  assert.deepEqual(cuesOf('May Day parades were held.'), []);
  assert.equal(only('LEADERS MAY MEET IN GENEVA').cue, 'may');
  assert.equal(only('Putin May Visit Washington Next Month').cue, 'may');
  assert.deepEqual(cuesOf('ELECTION SET FOR MAY 6'), []);
});

test('"could" in the consequence of an "if" belongs to the condition, not to a possibility claimed', () => {
  assert.deepEqual(cuesOf('If the talks fail, the army could move within days.'), []);
  assert.deepEqual(cuesOf('The army could move within days.'), ['could']);
  assert.deepEqual(cuesOf('If the talks fail, the army could move. The navy could follow.'), ['could']);
});

test('"should" that predicts an outcome hedges; "should" that prescribes does not', () => {
  assert.deepEqual(cuesOf('The merger should improve the bank’s margins.'), ['should']);
  assert.deepEqual(cuesOf('The thrift should not face problems meeting the rules.'), ['should']);
  assert.deepEqual(cuesOf('The alliance should be used to keep the peace.'), []);
  assert.deepEqual(cuesOf('We should keep the door open.'), []);
  assert.deepEqual(cuesOf('Any business that benefits from our markets should pay taxes.'), []);
});

test('"potential" hedges a thing that may happen, not a group named by its role', () => {
  assert.deepEqual(cuesOf('Investors fear a potential price war.'), ['potential']);
  assert.deepEqual(cuesOf('The firm is in talks with potential buyers.'), []);
  assert.deepEqual(cuesOf('She leads among likely voters.'), []);
  assert.deepEqual(cuesOf('She will likely lead among voters.'), ['likely']);
});

test('a belief or a suggestion keeps its kind when no one is named as holding it', () => {
  const s = only('It has been suggested that the tomb is empty.');
  assert.equal(s.kind, 'epistemic');
  assert.equal(s.unattributed, true);
  const a = only('It is alleged that the firm paid bribes.');
  assert.equal(a.kind, 'evidential');
  const v = only('It is said that the firm paid bribes.');
  assert.equal(v.kind, 'vague-attribution');
});

test('a cue spans its meaningful words: "that" and "is ... to" help to find it but are left out', () => {
  assert.deepEqual(cuesOf('The firm indicated that it has room to grow.'), ['indicated']);
  assert.deepEqual(cuesOf('Just what the alliance will do is not clear.'), ['not clear']);
  assert.deepEqual(cuesOf('The slowdown raises questions about demand.'), ['raises questions']);
  assert.deepEqual(cuesOf('Little is known about the buyer.'), ['little is known']);
});

test('"that" must open the belief: "feel that way" and "a charge that stung" are not hedges', () => {
  assert.deepEqual(cuesOf('Voters feel that the race is close.'), ['feel']);
  assert.deepEqual(cuesOf('Some voters feel that way.'), []);
  assert.deepEqual(cuesOf('It was a charge that might have stung.'), ['might']);
});

test('"will" and "if" are not hedges', () => {
  assert.deepEqual(cuesOf('The company will close the plant if demand falls.'), []);
});

test('"expected" as a belief about the future is a hedge; as a settled fact it is not', () => {
  assert.equal(only('The deal is expected to close by year end.').kind, 'doxastic');
  assert.equal(only('The payment is expected in December.').cue, 'expected');
  assert.equal(only('Analysts expected a loss for the quarter.').cue, 'expected');
  assert.deepEqual(cuesOf('The expected result arrived on time.'), []);
  assert.deepEqual(cuesOf('As expected, the bank cut its rate.'), []);
  assert.deepEqual(cuesOf('Earnings were lower than expected.'), []);
  assert.deepEqual(cuesOf('The firm reported lower-than-expected sales.'), []);
  assert.deepEqual(cuesOf('The approval, which had been expected, came on Monday.'), []);
  assert.deepEqual(cuesOf('The widely expected cut came on Monday.'), []);
  assert.equal(only('The cut is widely expected next week.').cue, 'expected');
});

test('belief verbs hedge when they hold a claim true, not when they mean trust or thinking about', () => {
  assert.equal(only('Police believe the two attacks are linked.').cue, 'believe');
  assert.deepEqual(cuesOf('Nobody believes this any more.'), []);
  assert.deepEqual(cuesOf('Who will voters believe?'), []);
  assert.deepEqual(cuesOf('They believe in hard work.'), []);
  assert.equal(only('I think the mood is gloomy.').cue, 'think');
  assert.deepEqual(cuesOf('I will think about it.'), []);
  assert.deepEqual(cuesOf('He gave it some thought.'), []);
  const vase = only('The vase is thought to be Roman.');
  // The cue is the belief word; "is ... to" only helps to find it.
  assert.equal(vase.cue, 'thought');
  assert.equal(vase.kind, 'doxastic');
  assert.equal(vase.unattributed, true);
});

test('appearing in a place is not a hedge; appearing to be is', () => {
  assert.equal(only('Diplomacy appears to be making headway.').cue, 'appears');
  assert.equal(only('The Kremlin appears in no rush to sign.').cue, 'appears');
  assert.deepEqual(cuesOf('The results appear unlikely to change.'), ['appear', 'unlikely']);
  assert.deepEqual(cuesOf('The singer appeared on television last night.'), []);
  assert.deepEqual(cuesOf('He appeared in court on Monday.'), []);
});

test('possible as likelihood, not feasibility', () => {
  assert.equal(only('It is possible that the talks will fail.').cue, 'possible');
  assert.deepEqual(cuesOf('They called for the fastest possible ratification.'), []);
  assert.deepEqual(cuesOf('Send it as soon as possible.'), []);
  assert.deepEqual(cuesOf('The grant made it possible to hire staff.'), []);
});

test('judgement verbs need their "as": "seen as" hedges, "seen in the car" does not', () => {
  assert.equal(only('The treaty will be seen as a turning point.').kind, 'doxastic');
  assert.deepEqual(cuesOf('His car was seen in the neighbourhood.'), []);
  assert.deepEqual(cuesOf('Fund managers have seen outflows such as these before.'), []);
});

test('nouns are not verbs: the suspect, the accused, military might', () => {
  assert.deepEqual(cuesOf('The suspect was arrested on Friday.'), []);
  assert.deepEqual(cuesOf('The accused denied everything.'), []);
  assert.deepEqual(cuesOf('They feared the military might of their neighbour.'), []);
  assert.equal(only('Officials suspect a link between the bombings.').cue, 'suspect');
  assert.equal(only('Two men suspected of arson were held.').cue, 'suspected');
});

test('evidential and unsubstantiated cues', () => {
  assert.equal(only('The war is reportedly entering a critical phase.').kind, 'evidential');
  assert.equal(only('He allegedly lunged at an inspector.').kind, 'evidential');
  assert.equal(only('The claims remain unverified.').kind, 'unsubstantiated');
  assert.equal(only('These accounts lack substantiation.').cue, 'lack substantiation');
  assert.equal(only('According to unconfirmed reports, the convoy turned back.').kind, 'evidential');
  assert.deepEqual(cuesOf('There is no doubt the vote was fair.'), []);
});

test('vague attribution is its own kind, with the source left unnamed', () => {
  for (const s of ['Some say the plan is doomed.', 'Critics argue the plan is doomed.', 'Analysts note that the plan is doomed.', 'Sources say the plan is doomed.', 'It is said that the plan is doomed.']) {
    const h = only(s);
    assert.equal(h.kind, 'vague-attribution', s);
    assert.equal(h.unattributed, true, s);
  }
  const b = only('It is widely believed that the plan is doomed.');
  assert.equal(b.kind, 'doxastic');
  assert.equal(b.cue, 'believed');
  assert.equal(b.unattributed, true);
});

test('the claim is the clause around a modal, and what follows a belief verb', () => {
  const text = 'Prices rose again. Analysts said the central bank may raise rates, but the governor disagreed.';
  const h = findHedges(text, []).find((x) => x.cue === 'may');
  assert.ok(h);
  assert.equal(text.slice(h.claim.start, h.claim.end), 'the central bank may raise rates');
  const t2 = 'Police believe that the two attacks are linked; the inquiry goes on.';
  const b = only(t2);
  assert.equal(t2.slice(b.claim.start, b.claim.end), 'the two attacks are linked');
  const t3 = 'The plan will fail, some say.';
  const v = only(t3);
  assert.equal(t3.slice(v.claim.start, v.claim.end), 'The plan will fail');
});

test('the claim runs past abbreviations and takes in the subject of an infinitive', () => {
  const t1 = 'Talks stalled. The U.S. delegation may leave early, Mr. Smith said.';
  const h1 = findHedges(t1, []).find((h) => h.cue === 'may');
  assert.ok(h1);
  assert.equal(t1.slice(h1.claim.start, h1.claim.end), 'The U.S. delegation may leave early');
  const t2 = 'Relations are thought to be at a low.';
  const h2 = only(t2);
  assert.equal(t2.slice(h2.claim.start, h2.claim.end), 'Relations are thought to be at a low.');
  const t3 = 'He said: “Prices could fall.” Others disagreed.';
  const h3 = only(t3);
  assert.equal(t3.slice(h3.claim.start, h3.claim.end), 'Prices could fall.');
});

test('inside a quote the speaker hedges; outside, the reporter', () => {
  const text = 'The minister said: “We may need more time.” Talks could resume soon.';
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
    ('The talks may fail, analysts say, and it is widely believed that prices could rise. ' + '\n').repeat(20_000),
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
