// Function words and reporting filler that carry no claim content, for cross-source term matching.

const WORDS = `a about above across after afterwards again against all almost alone along already also although always am among
an and another any anyone anything are around as at back be became because become becomes been before being below
beside besides between beyond both but by can cannot could did do does doing done down during each either else even
ever every few for former from further had has have having he her here hers herself him himself his how however i if
in into is it its itself just last latter least less like made make many may me meanwhile might mine more moreover
most mostly much must my myself neither never nevertheless next no nobody none nor not nothing now of off often on
once one only onto or other others otherwise our ours ourselves out over own per perhaps quite rather really same
seem seemed seeming seems several she should since so some somehow someone something sometimes still such than that
the their theirs them themselves then there thereby therefore these they this those though through throughout thus
to together too toward towards under until up upon us very via was we well were what whatever when whenever where
whether which while who whoever whole whom whose why will with within without would yet you your yours yourself
mr mrs ms dr st its it's also said says say told tells tell according added adding new year years time times
first second since including include includes included amid way ways lot lots thing things`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
