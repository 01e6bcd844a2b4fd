// What kind of text the tokens come from: which lines are all capitals (headlines), which are datelines,
// and whether the document is a sports report (where clubs carry the names of towns).
import { int32Column, uint8Column } from './columns';
import { LINE_FIELDS, LineField, Shape, type Tokens } from './tokenizer';

const CAPS_LINE = 1;
const TITLE_LINE = 2;
const DATELINE = 4;

/** The columns of the layouts, one document's at a time (a layout lives as long as its recognition). */
const kindsColumn = uint8Column();
const lineFirstColumn = int32Column();
const lineEndColumn = int32Column();

export class Layout {
  /** Per line: whether it is in capitals, in title case, a dateline. */
  private readonly kinds: Uint8Array;
  /** Per line: its first token, or -1 when it has none. */
  readonly lineFirst: Int32Array;
  /** Per line: the token after its last. */
  readonly lineEnd: Int32Array;
  sports = false;
  /** A sport played by clubs, whose names are often their towns' (not golf, tennis, athletics...). */
  teamSport = false;
  /** Text tokenised by a machine, punctuation spaced off ("Hewlett - Packard Co . said ,"). */
  tokenised = false;

  constructor(readonly lineCount: number) {
    this.kinds = kindsColumn.take(lineCount, 0);
    this.lineFirst = lineFirstColumn.take(lineCount, -1);
    this.lineEnd = lineEndColumn.take(lineCount, 0);
  }

  /** A line written in capitals, where case says nothing about names. */
  isCapsLine(line: number): boolean {
    return (this.kinds[line] & CAPS_LINE) !== 0;
  }

  /** A line in title case ("Putin Congratulates Trump, Reflects on Relations"): capitalised common words are no names. */
  isTitleLine(line: number): boolean {
    return (this.kinds[line] & TITLE_LINE) !== 0;
  }

  /** A line that opens with a place in capitals and a date or an agency ("LONDON 1996-08-30", "PARIS (Reuters) -"). */
  isDateline(line: number): boolean {
    return (this.kinds[line] & DATELINE) !== 0;
  }

  mark(line: number, kind: number): void {
    this.kinds[line] |= kind;
  }
}

const SPORTS = /^(SOCCER|FOOTBALL|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|ATHLETICS|BOXING|CYCLING|RUGBY|MOTOR|MOTORCYCLING|MOTORSPORT|FORMULA|HORSE|SQUASH|NFL|NBA|NHL|ICE|HOCKEY|SKIING|SWIMMING|ROWING|BADMINTON|SAILING|YACHTING|VOLLEYBALL|HANDBALL|JUDO|WRESTLING|SNOOKER|DARTS|TABLE|ALPINE|NORDIC|TRIATHLON|GYMNASTICS|SPORT|SPORTS|OLYMPICS)/i;
const TEAM_SPORTS = /^(SOCCER|FOOTBALL|CRICKET|BASEBALL|BASKETBALL|RUGBY|NFL|NBA|NHL|ICE|HOCKEY|VOLLEYBALL|HANDBALL|AMERICAN)/i;
const DATE = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}[-/]\d{1,2}[-/]\d{2,4}$/;

/** Token `last` is a full stop written against the word before it ("Paris."), not spaced off as in tokenised text. */
function endsWithFullStop(tokens: Tokens, last: number): boolean {
  return last > 0 && tokens.text(last) === '.' && tokens.joined(last) && tokens.shape(last - 1) !== Shape.Upper;
}

/** Small words that title case capitalises and a sentence does not, inside a line. */
const TITLE_CASED = new Set(['With', 'For', 'In', 'Of', 'To', 'And', 'On', 'At', 'By', 'From', 'Into', 'Over', 'After', 'Amid', 'Against', 'About', 'As', 'Is', 'Are', 'Was', 'Were', 'Be', 'Not', 'Will', 'Can', 'Than', 'Says', 'Say']);

/** Does a word after the first of tokens [i, j) have a capital only title case gives it? */
function titleCasedWords(tokens: Tokens, i: number, j: number): boolean {
  for (let k = i + 1; k < j - 1; k++) if (tokens.shape(k) === Shape.Capitalised && TITLE_CASED.has(tokens.text(k)) && tokens.text(k - 1) !== ':' && tokens.text(k - 1) !== '.') return true;
  return false;
}

export function describeLayout(tokens: Tokens): Layout {
  const layout = new Layout(tokens.length ? tokens.line[tokens.length - 1] + 1 : 0);
  // The tokenizer counted each line's words as it made them.
  const counts = tokens.lineCounts();
  for (let r = 0; r < tokens.lines; r++) {
    const at = r * LINE_FIELDS;
    const line = counts[at + LineField.Line];
    const i = counts[at + LineField.First];
    const j = tokens.lineStop(r);
    const upper = counts[at + LineField.Upper];
    const mixed = counts[at + LineField.Mixed];
    layout.lineFirst[line] = i;
    layout.lineEnd[line] = j;
    if (upper >= 2 && upper >= 4 * mixed) layout.mark(line, CAPS_LINE);
    // ("Obama spoke on Monday in Paris." is a sentence: a headline ends with no full stop written against its word.)
    // (Unless the words between its first and last are capitalised as no sentence has them: "… Ties Hillary Clinton With
    // Michael Bloomberg in a Three-Way Contest.")
    // Or it is the text's first line, set apart by an empty line, with no lower-case word of four letters or more.
    else if (counts[at + LineField.Capitalised] >= 3 && counts[at + LineField.LowerWords] <= 1 && (!endsWithFullStop(tokens, j - 1) || titleCasedWords(tokens, i, j) || (r === 0 && counts[at + LineField.Capitalised] >= 4 && counts[at + LineField.LowerWords] === 0 && r + 1 < tokens.lines && counts[(r + 1) * LINE_FIELDS + LineField.Line] > line + 1))) layout.mark(line, TITLE_LINE);
    // Dateline: capitals up to a date or "(" — then little else on the line, or the story continues after a dash.
    let k = i;
    while (k < j && tokens.shape(k) === Shape.Upper) k++;
    // "TAVILDARA , Tajikistan 1996-08-30": a region or country may follow the town.
    let d = k;
    if (d < j && tokens.text(d) === ',') {
      d++;
      while (d < j && d - k < 5 && (tokens.shape(d) === Shape.Capitalised || tokens.shape(d) === Shape.Upper || tokens.text(d) === '.')) d++;
    }
    if (k > i && d < j && ((tokens.shape(d) === Shape.Number && DATE.test(tokens.text(d))) || tokens.text(d) === '(')) {
      layout.mark(line, DATELINE);
    }
    if (i === 0 && SPORTS.test(tokens.text(0)) && tokens.shape(0) !== Shape.Lower) {
      // "SOCCER - ...", "Boxing-Bruno quits", "NFL AMERICAN FOOTBALL-..."
      layout.sports = true;
      layout.teamSport = TEAM_SPORTS.test(tokens.text(0));
    }
  }
  layout.tokenised = tokens.spacedCommas >= 3 && tokens.spacedCommas * 2 > tokens.commas;
  return layout;
}
