// Markdown read as prose: markup blanked at the same offsets, so quotes, speakers and names are found through it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, formatOfPath, markdownProse } from '../../src/core';
import { CrossSourceIndex } from '../../src/core/corpus';

/** The prose with runs of spaces collapsed, for reading what is left. */
const words = (markdown: string): string => markdownProse(markdown).replace(/[ \t]+/g, ' ').trim();

test('emphasis, headings, quotes and escapes are blanked; their words and list bullets stay', () => {
  assert.equal(words('## Ferry to *resume* in June ##'), 'Ferry to resume in June');
  assert.equal(words('Mayor **Ana Silva** said ~~Monday~~ Tuesday'), 'Mayor Ana Silva said Monday Tuesday');
  assert.equal(words('> > “We owe the island a boat,” she said.'), '“We owe the island a boat,” she said.');
  assert.equal(words('- first point\n* second\n+ third\n12. twelfth'), '- first point\n* second\n+ third\n12. twelfth');
  assert.equal(words('> - quoted point'), '- quoted point');
  assert.equal(words('a \\*literal\\* star'), 'a *literal * star');
  // Not markup: a word's inner underscore, a spaced star, a lone tilde, editorial brackets.
  assert.equal(words('the file_name is 5 * 3 ~ 15 [sic] long'), 'the file_name is 5 * 3 ~ 15 [sic] long');
});

test('links keep their words and lose their addresses; images, code, HTML, comments and front matter are blanked', () => {
  assert.equal(words('posted on [the city’s website](https://city.example.gov/news "News") today'), 'posted on the city’s website today');
  assert.equal(words('see [the report][1] and <https://example.org/x>\n\n[1]: https://example.org/report'), 'see the report and');
  assert.equal(words('![Ferry at dock](images/ferry.jpg "The ferry at Pier 3") Caption.'), 'Caption.');
  assert.equal(words('run `npm start` or ``a ` b`` now'), 'run or now');
  assert.equal(words('```js\nconst quote = "not a quote";\n```\nAfter.'), 'After.');
  assert.equal(words('Before <!-- an editor’s\nnote --> after <em>this</em>.'), 'Before \n after this .');
  assert.equal(words('---\ntitle: "Ferry"\nauthor: Lena Holt\n---\nThe story.'), 'The story.');
  assert.equal(words('| Name | Role |\n|---|:--:|\n| Ana Silva | mayor |'), 'Name Role \n \n Ana Silva mayor');
});

test('the prose has the text’s length and line breaks, and only blanks, on any text', () => {
  const pieces = ['*', '**', '_', '`', '```', '[', ']', '(', ')', '![', '<', '>', '<!--', '-->', '#', '> ', '- ', '1. ', '\\', '~~', '|', '---', 'word', ' ', '\n', '\r\n', '“', '"', 'é', '😀'];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < 300; round++) {
    let text = '';
    const n = Math.floor(next() * 60);
    for (let k = 0; k < n; k++) text += pieces[Math.floor(next() * pieces.length)];
    const prose = markdownProse(text);
    assert.equal(prose.length, text.length, JSON.stringify(text));
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n' || c === '\r') assert.equal(prose[i], c, JSON.stringify(text));
      else assert.ok(prose[i] === c || prose[i] === ' ', `${JSON.stringify(text)} at ${i}`);
    }
  }
});

test('long and unbalanced markup is read in one pass: a megabyte of open brackets, backticks and tags', () => {
  const text = '[a](b `c <d *e_ '.repeat(70_000);
  const prose = markdownProse(text);
  assert.equal(prose.length, text.length);
  assert.ok(prose.includes('a'));
  // A comment that never closes blanks the rest; lines that open a bracket and never close it keep their words.
  const comment = 'Before.\n<!-- open\n' + 'line of prose\n'.repeat(50_000);
  assert.equal(markdownProse(comment).trim(), 'Before.');
  const brackets = '[x\n'.repeat(100_000) + ']: not a definition';
  assert.equal(markdownProse(brackets).split('\n').filter((l) => l === '[x').length, 100_000);
});

test('a Markdown draft: the speaker in bold, the source behind a link, a hedge in italics', () => {
  const draft = [
    '# Ferry to resume',
    '',
    'Mayor **Ana Silva** said on Monday that the ferry would run again in June.',
    '',
    '> “We owe the island a boat,” [Silva](https://example.org/silva) told reporters.',
    '',
    'The council *may* approve the money next week.',
  ].join('\n');
  const analysis = analyze(draft, { format: 'markdown' });
  const reported = analysis.quotes.find((q) => draft.slice(q.start, q.end).includes('the ferry would run again'));
  assert.equal(reported?.speaker?.name, 'Ana Silva');
  const direct = analysis.quotes.find((q) => q.kind === 'direct');
  assert.equal(direct?.speaker?.name, 'Ana Silva');
  assert.ok(analysis.hedges.some((h) => h.cue === 'may'));
  // Spans are the draft's own.
  const silva = analysis.entities.find((e) => e.name === 'Ana Silva');
  assert.ok(silva?.mentions.every((m) => draft.slice(m.start, m.end).replace(/\*/g, '') === m.text.replace(/\s+/g, ' ')));
  // Read as plain text, the marks hide the speaker of the first report.
  const plain = analyze(draft);
  assert.notEqual(plain.quotes.find((q) => draft.slice(q.start, q.end).includes('the ferry would run again'))?.speaker?.name, 'Ana Silva');
});

test('the format a file name implies; the cross-source index reads .md documents as Markdown', () => {
  assert.equal(formatOfPath('drafts/story.md'), 'markdown');
  assert.equal(formatOfPath('file:///home/ana/Story.MARKDOWN'), 'markdown');
  assert.equal(formatOfPath('story.txt'), 'plain');
  assert.equal(formatOfPath('notes.md/story.txt'), 'plain');
  const text = 'Mayor **Ana Silva** said on Monday that the ferry would run again in June.';
  const index = new CrossSourceIndex();
  index.update('a.md', text);
  index.update('b.txt', text);
  const speakers = (docId: string) => index.quotes(1, docId).map((g) => g.speaker);
  assert.deepEqual(speakers('a.md'), ['Ana Silva']);
  assert.notDeepEqual(speakers('b.txt'), ['Ana Silva']);
});

test('a list of "Label: value" items is no transcript, in Markdown as in plain text', () => {
  const list = 'Key facts:\n\n- Closure: March to September\n- Detour: via Pine Avenue\n';
  for (const format of ['markdown', 'plain'] as const) assert.deepEqual(analyze(list, { format }).quotes, [], format);
  // A transcript's lines, and a line that ends as a sentence after a role, are someone's words.
  const transcript = 'REYES: We will rebuild the bridge.\n\nModerator: What would you do first?\n';
  assert.deepEqual(analyze(transcript, { format: 'markdown' }).quotes.map((q) => transcript.slice(q.start, q.end)), ['We will rebuild the bridge', 'What would you do first']);
  // After a role that names no one, words that are no sentence say nothing.
  const labels = 'Moderator: via Pine Avenue and Elm Street\n';
  assert.deepEqual(analyze(labels).quotes, []);
});

test('a list item that is a speaker’s line is a transcript line, in Markdown as in plain text', () => {
  const notes = 'From the meeting:\n\n- Ruiz: We will rebuild the pier.\n- Lee: Not with this budget.\n* Detour: via Pine Avenue.\n';
  for (const format of ['markdown', 'plain'] as const) {
    const quotes = analyze(notes, { format }).quotes;
    assert.deepEqual(quotes.map((q) => notes.slice(q.start, q.end)), ['We will rebuild the pier', 'Not with this budget'], format);
    assert.deepEqual(quotes.map((q) => q.speaker && notes.slice(q.speaker.mention.start, q.speaker.mention.end)), ['Ruiz', 'Lee'], format);
  }
});
