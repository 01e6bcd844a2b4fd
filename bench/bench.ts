// `npm run bench`: the performance figures of the README, printed section by section (no timed tests elsewhere).
import { analysisThroughput } from './analysisThroughput';
import { crossSourceBench } from './crossSource';
import { editorBench } from './editor';
import { entitiesThroughput } from './entities';
import { hedgesThroughput } from './hedges';
import { markdownBench } from './markdown';
import { quotesBench } from './quotes';
import { sidecarBench } from './sidecar';

export interface BenchSection {
  name: string;
  run(print: (line: string) => void): Promise<void> | void;
}

const sections: BenchSection[] = [analysisThroughput, editorBench, hedgesThroughput, markdownBench, entitiesThroughput, quotesBench, sidecarBench, crossSourceBench];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const s of sections) {
    if (only.length && !only.includes(s.name)) continue;
    console.log(`\n## ${s.name}`);
    await s.run((line) => console.log(line));
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
