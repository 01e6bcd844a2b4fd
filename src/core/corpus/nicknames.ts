// Familiar forms of English given names (Katie / Kathryn, Bob / Robert), so that one person's two first names do not split them.
import { foldToken } from './names';

/** Each line: the formal names, then the familiar forms that stand for any of them. */
const FAMILIES = [
  'katherine catherine kathryn kathleen katharine: kate katie katy kathy cathy kat kay',
  'robert: bob bobby rob robbie bert',
  'william: bill billy will willie',
  'james: jim jimmy jamie',
  'john jonathan: jack johnny jon',
  'michael: mike mick mickey',
  'richard: dick rick ricky rich',
  'thomas: tom tommy',
  'joseph: joe joey',
  'edward: ed eddie ted teddy ned',
  'anthony antony: tony',
  'david: dave davey',
  'daniel: dan danny',
  'christopher: chris kit',
  'christine christina: chris chrissy tina',
  'stephen steven: steve',
  'gerald gerard jerome: jerry gerry',
  'lawrence laurence: larry',
  'elizabeth: liz lizzie beth betty betsy eliza libby',
  'margaret: maggie meg peggy marge',
  'susan suzanne: sue susie',
  'nicholas: nick nicky',
  'samuel samantha: sam sammy',
  'alexander alexandra: alex sandy',
  'andrew: andy drew',
  'benjamin: ben benny',
  'matthew: matt',
  'patrick patricia: pat patty paddy',
  'jennifer: jen jenny',
  'rebecca: becky becca',
  'victoria: vicky tori',
  'gregory: greg',
  'ronald: ron ronnie',
  'donald: don donnie',
  'frederick: fred freddie',
  'henry: harry hank',
  'charles: charlie chuck',
  'timothy: tim timmy',
  'peter: pete',
  'philip phillip: phil',
  'raymond: ray',
  'walter: walt',
  'eugene: gene',
  'louis: lou',
  'vincent: vince vinny',
  'jeffrey geoffrey: jeff geoff',
  'joshua: josh',
  'kenneth: ken kenny',
  'nathan nathaniel: nate',
  'zachary: zach zack',
  'abraham: abe',
  'deborah: deb debbie',
  'barbara: barb',
  'dorothy: dot dottie',
  'theodore: ted teddy theo',
  'albert alan allan: al',
  'douglas: doug',
  'leonard: leo len lenny',
  'frances francis: fran frank frankie',
];

/** Folded given name -> the folded names it may stand for (itself included). */
const ALIKE = new Map<string, Set<string>>();
for (const line of FAMILIES) {
  const [formal, familiar] = line.split(':');
  const names = [...formal.trim().split(' '), ...familiar.trim().split(' ')].map(foldToken);
  for (const n of names) {
    let set = ALIKE.get(n);
    if (!set) ALIKE.set(n, (set = new Set([n])));
    for (const m of names) set.add(m);
  }
}

/** Can two folded given names be one person's ("katie" and "kathrin", "bob" and "robert")? */
export function sameGivenName(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  return ALIKE.get(a)?.has(b) ?? false;
}
