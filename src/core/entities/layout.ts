// What kind of text the tokens come from: which lines are all capitals (headlines), which are datelines,
// and whether the document is a sports report (where clubs carry the names of towns).
import { Shape, type Token } from './tokenizer';

export interface Layout {
  /** Lines written in capitals, where case says nothing about names. */
  capsLines: Set<number>;
  /** Lines in title case ("Putin Congratulates Trump, Reflects on Relations"): capitalised common words are no names. */
  titleLines: Set<number>;
  /** Lines that open with a place in capitals and a date or an agency ("LONDON 1996-08-30", "PARIS (Reuters) -"). */
  datelines: Set<number>;
  /** First token index of each line. */
  lineStarts: Map<number, number>;
  sports: boolean;
  /** A sport played by clubs, whose names are often their towns' (not golf, tennis, athletics...). */
  teamSport: boolean;
}

const SPORTS = /^(SOCCER|FOOTBALL|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|ATHLETICS|BOXING|CYCLING|RUGBY|MOTOR|MOTORCYCLING|MOTORSPORT|FORMULA|HORSE|SQUASH|NFL|NBA|NHL|ICE|HOCKEY|SKIING|SWIMMING|ROWING|BADMINTON|SAILING|YACHTING|VOLLEYBALL|HANDBALL|JUDO|WRESTLING|SNOOKER|DARTS|TABLE|ALPINE|NORDIC|TRIATHLON|GYMNASTICS|SPORT|SPORTS|OLYMPICS)/i;
const TEAM_SPORTS = /^(SOCCER|FOOTBALL|CRICKET|BASEBALL|BASKETBALL|RUGBY|NFL|NBA|NHL|ICE|HOCKEY|VOLLEYBALL|HANDBALL|AMERICAN)/i;
const DATE = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}[-/]\d{1,2}[-/]\d{2,4}$/;

export function describeLayout(tokens: Token[]): Layout {
  const capsLines = new Set<number>();
  const titleLines = new Set<number>();
  const datelines = new Set<number>();
  const lineStarts = new Map<number, number>();
  let sports = false;
  let teamSport = false;
  let i = 0;
  while (i < tokens.length) {
    const line = tokens[i].line;
    lineStarts.set(line, i);
    let upper = 0;
    let mixed = 0;
    let capitalised = 0;
    let lowerWords = 0;
    let j = i;
    for (; j < tokens.length && tokens[j].line === line; j++) {
      const t = tokens[j];
      if (t.shape === Shape.Upper && t.text.length >= 2) upper++;
      else if (t.gap) {
        mixed += t.gap.words3;
        lowerWords += t.gap.words4;
      } else if (t.shape === Shape.Capitalised || (t.shape === Shape.Lower && t.text.length >= 3)) mixed++;
      if (t.shape === Shape.Capitalised && t.text.length >= 3) capitalised++;
      else if (!t.gap && t.shape === Shape.Lower && t.text.length >= 4) lowerWords++;
    }
    if (upper >= 2 && upper >= 4 * mixed) capsLines.add(line);
    else if (capitalised >= 3 && lowerWords <= 1) titleLines.add(line);
    // Dateline: capitals up to a date or "(" — then little else on the line, or the story continues after a dash.
    let k = i;
    while (k < j && tokens[k].shape === Shape.Upper) k++;
    // "TAVILDARA , Tajikistan 1996-08-30": a region or country may follow the town.
    let d = k;
    if (d < j && tokens[d].text === ',') {
      d++;
      while (d < j && d - k < 5 && (tokens[d].shape === Shape.Capitalised || tokens[d].shape === Shape.Upper || tokens[d].text === '.')) d++;
    }
    if (k > i && d < j && ((tokens[d].shape === Shape.Number && DATE.test(tokens[d].text)) || tokens[d].text === '(')) {
      datelines.add(line);
    }
    if (i === 0 && SPORTS.test(tokens[0].text) && tokens[0].shape !== Shape.Lower) {
      // "SOCCER - ...", "Boxing-Bruno quits", "NFL AMERICAN FOOTBALL-..."
      sports = true;
      teamSport = TEAM_SPORTS.test(tokens[0].text);
    }
    i = j;
  }
  return { capsLines, titleLines, datelines, lineStarts, sports, teamSport };
}
