// The messages the extension speaks through vscode.l10n.t, read from its sources with the TypeScript compiler API: the
// English bundle translators start from (l10n/bundle.l10n.json), and the checks that keep messages translatable.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Where the runtime messages live, from the project's root. */
export const EXTENSION_SOURCES = 'src/extension';
export const BUNDLE_PATH = 'l10n/bundle.l10n.json';

/** The TypeScript files under dir (relative to root), in a stable order. */
export function sourceFiles(root, dir = EXTENSION_SOURCES) {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(root, dir, f))
    .sort();
}

function parse(file) {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

/**
 * Whether `node` is a call of a localizer's `t`: `vscode.l10n.t(…)`, or `l10n.t(…)` on a localizer passed in (code
 * kept free of vscode receives vscode.l10n as a parameter named l10n).
 */
export function isMessageCall(node) {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 't') return false;
  const owner = node.expression.expression;
  return (ts.isIdentifier(owner) && owner.text === 'l10n') || (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n');
}

function where(file, node, root) {
  const source = node.getSourceFile();
  const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return `${path.relative(root, file)}:${line + 1}:${character + 1}`;
}

function literalText(node) {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
}

/** A comment for translators, as `comment` holds it: one string or several. */
function commentOf(node) {
  const one = literalText(node);
  if (one !== undefined) return [one];
  if (ts.isArrayLiteralExpression(node)) {
    const all = node.elements.map(literalText);
    return all.every((c) => c !== undefined) ? all : undefined;
  }
  return undefined;
}

/**
 * The bundle's entry of one message call, as VS Code looks it up: the message itself is the key; a message with a
 * comment for translators (`t({ message, comment })`) is keyed `message/comment`, its value holds both.
 */
function entryOf(call) {
  const [first] = call.arguments;
  if (!first) return undefined;
  const message = literalText(first);
  if (message !== undefined) return { key: message, value: message };
  if (!ts.isObjectLiteralExpression(first)) return undefined;
  const property = (name) => first.properties.find((p) => ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name);
  const messageProperty = property('message');
  const text = messageProperty && literalText(messageProperty.initializer);
  if (text === undefined) return undefined;
  const commentProperty = property('comment');
  if (!commentProperty) return { key: text, value: text };
  const comment = commentOf(commentProperty.initializer);
  if (!comment) return undefined;
  return { key: `${text}/${comment.join('')}`, value: { message: text, comment } };
}

/**
 * Every message of the sources' vscode.l10n.t calls, keyed as VS Code looks them up, in key order; `problems` lists the
 * calls whose message is not a literal (a translator could never see it).
 */
export function extractMessages(root, files = sourceFiles(root)) {
  const entries = new Map();
  const problems = [];
  for (const file of files) {
    const visit = (node) => {
      if (isMessageCall(node)) {
        const entry = entryOf(node);
        if (entry) entries.set(entry.key, entry.value);
        else problems.push(`${where(file, node, root)}: the message of l10n.t must be a string literal (or { message, comment } of literals)`);
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(file));
  }
  const bundle = {};
  for (const key of [...entries.keys()].sort()) bundle[key] = entries.get(key);
  return { bundle, problems };
}

/** The bundle as written to l10n/bundle.l10n.json. */
export function bundleText(bundle) {
  return JSON.stringify(bundle, null, 2) + '\n';
}
