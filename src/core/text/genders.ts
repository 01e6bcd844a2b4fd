// Whether a person is "he" or "she", where the story itself says so: a courtesy title (Mr., Ms.), a gendered role
// ("spokeswoman", "King"), or a given name that is nearly always one or the other. Anything else is unknown, and an
// unknown person agrees with every pronoun.
import type { Entity } from '../types';

export type Gender = 'male' | 'female' | null;

export const FEMALE_NAMES: ReadonlySet<string> = new Set(
  (
    'Abigail|Ada|Adriana|Agnes|Aisha|Alexandra|Alice|Alicia|Alina|Alison|Amanda|Amber|Amelia|Amina|Amy|Ana|Anastasia|Andrea|Angela|Angelina|Anita|Ann|Anna|Anne|Annette|Annie|Antonia|Ashley|Audrey|Barbara|Beatriz|Beatrice|Becky|Bernadette|Beth|Betsy|Betty|Beverly|Bianca|Brenda|Bridget|Brigitte|Brittany|Camila|Carla|Carmen|Carol|Caroline|Carolyn|Catherine|Cathy|Cecilia|Charlotte|Chelsea|Cheryl|Christina|Christine|Claire|Clara|Clare|Claudia|Colleen|Connie|Cristina|Cynthia|Daniela|Danielle|Daphne|Deborah|Debbie|Debra|Denise|Diana|Diane|Dolores|Donna|Doris|Dorothy|Edith|Elena|Eleanor|Elisa|Elisabeth|Elizabeth|Ella|Ellen|Elsa|Emilia|Emily|Emma|Erica|Erika|Esther|Eva|Eve|Evelyn|Fatima|Fiona|Florence|Frances|Francesca|Gabriela|Gabrielle|Gail|Gemma|Georgia|Gina|Giorgia|Giulia|Gloria|Grace|Greta|Hannah|Harriet|Hazel|Heather|Heidi|Helen|Helena|Hillary|Hilary|Ida|Ilhan|Ines|Ingrid|Irene|Iris|Isabel|Isabella|Isabelle|Ivanka|Jacqueline|Jane|Janet|Janice|Jasmine|Jeanne|Jennifer|Jenny|Jessica|Jill|Joan|Joanna|Joanne|Jocelyn|Josephine|Joyce|Judith|Judy|Julia|Julie|Juliet|Justine|Karen|Karin|Karina|Kate|Katherine|Kathleen|Kathryn|Kathy|Katie|Katrina|Kayla|Kelly|Kimberly|Kirsten|Kristen|Kristin|Laura|Lauren|Layla|Leah|Leila|Lena|Linda|Lisa|Liz|Lois|Lorraine|Louise|Lucia|Lucy|Luisa|Lydia|Madeleine|Madeline|Magdalena|Maggie|Margaret|Margarita|Margot|Maria|Mariana|Marie|Marina|Marine|Marion|Marjorie|Marlene|Martha|Martina|Mary|Maureen|Maxine|Megan|Melania|Melanie|Melissa|Mia|Michela|Michelle|Mildred|Miriam|Molly|Monica|Nadia|Nancy|Naomi|Natalia|Natalie|Natasha|Nicole|Nina|Nora|Olga|Olivia|Paige|Pamela|Patricia|Paula|Pauline|Peggy|Penelope|Penny|Phyllis|Priti|Rachel|Rebecca|Regina|Renee|Rita|Roberta|Rosa|Rose|Rosemary|Ruth|Sabine|Sally|Samantha|Sandra|Sara|Sarah|Sharon|Sheila|Shirley|Silvia|Simone|Siobhan|Siobhán|Sofia|Sonia|Sophia|Sophie|Stacey|Stephanie|Susan|Susanne|Suzanne|Svetlana|Sylvia|Tamara|Tanya|Tatiana|Teresa|Theresa|Tiffany|Tina|Ursula|Valentina|Valerie|Vanessa|Vera|Veronica|Victoria|Virginia|Vivian|Wendy|Yolanda|Yulia|Yvonne|Zoe|Zoë'
  ).split('|'),
);

export const MALE_NAMES: ReadonlySet<string> = new Set(
  (
    'Aaron|Abdul|Abdullah|Adam|Adrian|Ahmed|Alan|Albert|Alberto|Alejandro|Aleksandr|Alexander|Alexei|Alfred|Ali|Andreas|Andrei|Andrew|Andy|Angelo|Anthony|Antoine|Antonio|Arnold|Arthur|Barack|Barry|Ben|Benjamin|Bernard|Bernie|Bill|Billy|Bob|Bobby|Boris|Brad|Brandon|Brendan|Brett|Brian|Bruce|Bruno|Bryan|Carl|Carlos|Charles|Charlie|Chuck|Clint|Colin|Craig|Daniel|Danny|Darren|Dave|David|Dean|Dennis|Derek|Diego|Dmitry|Donald|Doug|Douglas|Duncan|Eamon|Edward|Emmanuel|Enrique|Eric|Erik|Ernest|Eugene|Fernando|Francis|Francisco|Frank|Fred|Frederick|Gary|George|Gerald|Gordon|Graham|Greg|Gregory|Hans|Harold|Harry|Henry|Howard|Hugh|Hussein|Ian|Igor|Isaac|Ivan|Jack|Jacob|Jake|James|Jason|Javier|Jeff|Jeffrey|Jeremy|Jim|Jimmy|Joe|Joel|John|Johnny|Jon|Jonathan|Jorge|Jose|Joseph|Joshua|Juan|Karl|Keith|Ken|Kenneth|Kevin|Klaus|Larry|Lawrence|Leonard|Luis|Luke|Marco|Marcus|Mario|Mark|Martin|Matt|Matthew|Michael|Miguel|Mike|Mikhail|Mitch|Mohammed|Muhammad|Nathan|Neil|Nicholas|Nick|Nigel|Oliver|Omar|Oscar|Patrick|Paul|Pedro|Peter|Philip|Phil|Pierre|Ralph|Raymond|Richard|Rick|Robert|Roger|Ron|Ronald|Roy|Russell|Ryan|Samuel|Scott|Sean|Sergei|Sergey|Simon|Stephen|Steve|Steven|Stuart|Ted|Terence|Thomas|Tim|Timothy|Todd|Tom|Tony|Victor|Viktor|Vincent|Vladimir|Walter|Wayne|William|Willie|Yuri'
  ).split('|'),
);

/** Words of roles that say which one the holder is. */
const FEMALE_ROLES = /\b(?:spokeswoman|chairwoman|congresswoman|councilwoman|assemblywoman|alderwoman|businesswoman|anchorwoman|policewoman|sportswoman|stateswoman|selectwoman|queen|princess|empress|duchess|countess|baroness|dame|lady|actress|mother|sister|wife|daughter|grandmother|widow|aunt|niece|mrs|ms|miss)\b/i;
const MALE_ROLES = /\b(?:spokesman|chairman|congressman|councilman|assemblyman|alderman|businessman|anchorman|policeman|sportsman|statesman|selectman|king|prince|emperor|duke|count|baron|sir|lord|actor|father|brother|husband|son|grandfather|widower|uncle|nephew|mr)\b/i;

/** The gender the pronoun names: "he", "him", "his" and "she", "her" (hers); others name none. */
export function pronounGender(word: string): Gender {
  if (word === 'he' || word === 'him' || word === 'his' || word === 'himself') return 'male';
  if (word === 'she' || word === 'her' || word === 'hers' || word === 'herself') return 'female';
  return null;
}

function join(a: Gender, b: Gender): Gender | 'conflict' {
  if (!a) return b;
  if (!b || a === b) return a;
  return 'conflict';
}

/** The gender of a person the story names: by the courtesy titles before its mentions, its roles, its given name. */
export function personGender(entity: Entity, text: string): Gender {
  let g: Gender | 'conflict' = null;
  for (const role of entity.roles) {
    g = join(g, FEMALE_ROLES.test(role) ? 'female' : null);
    if (g === 'conflict') return null;
    g = join(g, MALE_ROLES.test(role) ? 'male' : null);
    if (g === 'conflict') return null;
  }
  for (const m of entity.mentions) {
    if (m.kind === 'pronoun') continue;
    const title = courtesyTitleBefore(text, m.start);
    if (!title) continue;
    g = join(g, title);
    if (g === 'conflict') return null;
  }
  g = join(g, nameGender(entity.name));
  return g === 'conflict' ? null : g;
}

/** The gender a role or title says its holder is ("spokeswoman", "Mr."), or null. */
export function roleGender(role: string): Gender {
  const female = FEMALE_ROLES.test(role);
  return female === MALE_ROLES.test(role) ? null : female ? 'female' : 'male';
}

/** The gender a courtesy title right before `at` gives ("Mr. ", "Ms ", "Mrs. ", "Miss "), or null. */
export function courtesyTitleBefore(text: string, at: number): Gender {
  let k = at - 1;
  if (k < 2 || text.charCodeAt(k) !== 32) return null;
  k--;
  if (text.charCodeAt(k) === 46) k--;
  let start = k;
  while (start > 0 && start > k - 4 && ((text.charCodeAt(start - 1) | 32) >= 97 && (text.charCodeAt(start - 1) | 32) <= 122)) start--;
  if (start > 0 && ((text.charCodeAt(start - 1) | 32) >= 97 && (text.charCodeAt(start - 1) | 32) <= 122)) return null;
  const word = text.slice(start, k + 1);
  return word === 'Mr' ? 'male' : word === 'Ms' || word === 'Mrs' || word === 'Miss' ? 'female' : null;
}

/** The gender of a full name by its given name ("Maria Lopez"); null for a single word or a name of either. */
export function nameGender(name: string): Gender {
  const space = name.indexOf(' ');
  if (space <= 0) return null;
  const given = name.slice(0, space);
  return FEMALE_NAMES.has(given) ? 'female' : MALE_NAMES.has(given) ? 'male' : null;
}

/** Whether a pronoun of gender `wanted` may stand for someone of gender `known`. */
export function agrees(wanted: Gender, known: Gender): boolean {
  return !wanted || !known || wanted === known;
}
