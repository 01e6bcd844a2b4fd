// Sidecar costs: hashing, parse + rewrite, re-anchoring after an outside edit, and live shifting per keystroke.
import { makeTarget, parseSidecar, reanchorAnnotations, renderSidecar, sha256Hex, shiftAnnotations, type Annotation, type Sidecar } from '../src/core/sidecar';
import { SIDECAR_TEST_ARTICLES } from '../test/fixtures/sidecarArticles';
import type { BenchSection } from './bench';

function timed(run: () => void, minMs = 300): number {
  run(); // warm-up
  let n = 0;
  const start = performance.now();
  do {
    run();
    n++;
  } while (performance.now() - start < minMs);
  return (performance.now() - start) / n;
}

export const sidecarBench: BenchSection = {
  name: 'sidecar',
  run(print) {
    // About 200 KB of text: the invented articles, each copy numbered so that paragraphs are not exact repeats.
    const parts: string[] = [];
    for (let i = 0; parts.join('\n\n').length < 200_000; i++) parts.push(`Part ${i}.\n\n${SIDECAR_TEST_ARTICLES[i % SIDECAR_TEST_ARTICLES.length]}`);
    const text = parts.join('\n\n');
    const annotations: Annotation[] = [];
    for (let i = 0; annotations.length < 1000; i++) {
      const start = Math.floor((i * 7919) % (text.length - 80));
      annotations.push({ id: `a${i}`, kind: 'note', target: makeTarget(text, start, start + 20 + (i % 50)), origin: 'manual', status: 'anchored', note: `note ${i}` });
    }
    const sidecar: Sidecar = { version: 1, document: { path: 'a.txt', length: text.length, sha256: sha256Hex(text) }, annotations, entities: [] };

    const hashMs = timed(() => sha256Hex(text));
    print(`sha256: ${(text.length / 1e6 / (hashMs / 1000)).toFixed(1)} MB/s (${(text.length / 1000).toFixed(0)} KB in ${hashMs.toFixed(1)} ms)`);

    // A heavily annotated article (100 annotations) and a stress case (1000).
    const small: Sidecar = { ...sidecar, annotations: annotations.slice(0, 100) };
    const smallYaml = renderSidecar(small);
    const smallParsed = parseSidecar(smallYaml);
    if (!smallParsed.ok) throw new Error(smallParsed.problems[0].message);
    const smallParseMs = timed(() => parseSidecar(smallYaml));
    const smallRewriteMs = timed(() => renderSidecar({ ...small, annotations: small.annotations.map((a, i) => (i % 10 ? a : { ...a, note: 'changed' })) }, smallParsed.parsed));
    print(`100 annotations (${(smallYaml.length / 1000).toFixed(0)} KB YAML): parse ${smallParseMs.toFixed(1)} ms, in-place rewrite ${smallRewriteMs.toFixed(1)} ms`);

    const yaml = renderSidecar(sidecar);
    const parsed = parseSidecar(yaml);
    if (!parsed.ok) throw new Error(parsed.problems[0].message);
    const parseMs = timed(() => parseSidecar(yaml));
    const rewriteMs = timed(() => renderSidecar({ ...sidecar, annotations: annotations.map((a, i) => (i % 10 ? a : { ...a, note: 'changed' })) }, parsed.parsed));
    print(`1000 annotations (${(yaml.length / 1000).toFixed(0)} KB YAML): parse ${parseMs.toFixed(1)} ms, in-place rewrite ${rewriteMs.toFixed(1)} ms`);

    // A file with a few hand-written annotations and 5000 more added by position among them: a long article's
    // automatic annotations written for the first time.
    const many: Annotation[] = [];
    for (let i = 0; many.length < 5000; i++) {
      const start = Math.floor((i * 7919) % (text.length - 80));
      many.push({ id: `m${i}`, kind: 'quote', target: makeTarget(text, start, start + 20 + (i % 50)), origin: 'auto', status: 'anchored' });
    }
    many.sort((x, y) => x.target.start - y.target.start);
    const manyParsed = parseSidecar(renderSidecar({ ...sidecar, annotations: many.filter((_, i) => i % 500 === 0) }));
    if (!manyParsed.ok) throw new Error(manyParsed.problems[0].message);
    const insertMs = timed(() => renderSidecar({ ...sidecar, annotations: many }, manyParsed.parsed));
    print(`5000 annotations written into a file of 10, each placed by position: ${insertMs.toFixed(0)} ms`);

    const edited = 'A new first paragraph.\n\n' + text.slice(0, 50_000) + text.slice(52_000).replace(/council/g, 'assembly');
    const reanchorMs = timed(() => reanchorAnnotations(annotations, edited, { previousLength: text.length }), 500);
    const result = reanchorAnnotations(annotations, edited, { previousLength: text.length });
    const counts = { anchored: 0, drifted: 0, orphaned: 0 };
    for (const a of result) counts[a.status]++;
    print(
      `re-anchor 1000 annotations after an outside edit: ${reanchorMs.toFixed(1)} ms (${counts.anchored} anchored, ${counts.drifted} drifted, ${counts.orphaned} orphaned)`,
    );

    let live = annotations;
    let offset = 1000;
    const keystrokeMs = timed(() => {
      live = shiftAnnotations(live, [{ start: offset, end: offset, text: 'x' }]);
      offset = (offset + 997) % text.length;
    });
    print(`live shift, 1000 annotations: ${(keystrokeMs * 1000).toFixed(0)} µs per keystroke`);
  },
};
