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

const RECASING = new Set(['toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase']);

/**
 * The places where a translated message is re-cased (`vscode.l10n.t('Direct quote').toLowerCase()`, also through a
 * function or a constant that returns one): a translation's case is the translator's, so a message must be written in
 * the case it is shown in.
 */
export function findRecasedMessages(root, files = sourceFiles(root)) {
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const declarationsOf = (node) => {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.declarations ?? [];
  };
  const carrying = new Map();
  // Whether the function's returned values carry a message (each function is looked at once; recursion says no).
  const returnsMessage = (fn) => {
    if (carrying.has(fn)) return carrying.get(fn);
    carrying.set(fn, false);
    let found = false;
    if (fn.body && !ts.isBlock(fn.body)) found = carriesMessage(fn.body);
    else if (fn.body) {
      const visit = (node) => {
        if (found || ts.isFunctionLike(node)) return;
        if (ts.isReturnStatement(node) && node.expression && carriesMessage(node.expression)) found = true;
        else ts.forEachChild(node, visit);
      };
      ts.forEachChild(fn.body, visit);
    }
    carrying.set(fn, found);
    return found;
  };
  const carriesMessage = (node) => {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isSatisfiesExpression(node)) return carriesMessage(node.expression);
    if (isMessageCall(node)) return true;
    if (ts.isConditionalExpression(node)) return carriesMessage(node.whenTrue) || carriesMessage(node.whenFalse);
    if (ts.isBinaryExpression(node)) return carriesMessage(node.left) || carriesMessage(node.right);
    if (ts.isTemplateExpression(node)) return node.templateSpans.some((span) => carriesMessage(span.expression));
    if (ts.isCallExpression(node)) {
      return declarationsOf(ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression).some((d) => {
        if (ts.isFunctionLike(d)) return returnsMessage(d);
        return ts.isVariableDeclaration(d) && d.initializer !== undefined && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)) && returnsMessage(d.initializer);
      });
    }
    if (ts.isIdentifier(node)) {
      return declarationsOf(node).some((d) => ts.isVariableDeclaration(d) && d.initializer !== undefined && !ts.isFunctionLike(d.initializer) && carriesMessage(d.initializer));
    }
    return false;
  };
  const found = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    const visit = (node) => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && RECASING.has(node.expression.name.text) && carriesMessage(node.expression.expression)) {
        found.push(`${where(file, node, root)}: ${node.getText(source)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
