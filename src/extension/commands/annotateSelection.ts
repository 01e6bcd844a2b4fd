// Annotate the selected words as a quote, a speaker or a claim; "Attribute to …" quick fixes land here too. Words that
// have an annotation of the kind already keep that one (with what the command adds), never a second.
import * as vscode from 'vscode';
import type { ArticleEditors } from '../articleEditors';
import { Commands } from '../constants';
import { overlaps } from '../convert';
import type { DocumentAnalyses } from '../documentAnalyses';
import type { Annotation, AnnotationDraft, AnnotationPatch, SidecarService } from '../sidecar/api';
import { canAnnotate, resolveTarget, type AnnotationCommandArgs } from './commandTargets';
import { sameWordsAnnotation } from './reviewTargets';

type SelectionKind = 'quote' | 'speaker' | 'claim';

async function annotateSelection(kind: SelectionKind, args: AnnotationCommandArgs | undefined, analyses: DocumentAnalyses, sidecars: SidecarService, editors: ArticleEditors): Promise<Annotation | undefined> {
  const target = await resolveTarget(args, editors);
  if (!target || !canAnnotate(sidecars, target.document.uri)) return undefined;
  const text = target.document.getText();
  const { span } = target;
  if (span.end <= span.start) {
    void vscode.window.showInformationMessage(selectFirstMessage(kind));
    return undefined;
  }
  const draft: AnnotationDraft = { kind, start: span.start, end: span.end };
  const analysis = analyses.get(target.document)?.analysis;
  if (args?.speaker) draft.speaker = args.speaker;
  else if (analysis && kind === 'quote') {
    // Keep what the analyzer already knows about this quote, so the person only fixes what is wrong.
    const known = analysis.quotes.find((q) => overlaps(q, span) && q.speaker?.name);
    if (known?.speaker?.name) draft.speaker = known.speaker.name;
    if (known?.cue) draft.cue = text.slice(known.cue.start, known.cue.end);
  } else if (analysis && kind === 'speaker') {
    const entity = analysis.entities.find((e) => e.mentions.some((m) => overlaps(m, span)));
    draft.speaker = entity?.name ?? text.slice(span.start, span.end).replace(/\s+/g, ' ');
  }
  if (args?.note) draft.note = args.note;
  // Run twice (a quick fix used again, a key pressed twice) or on an automatic annotation's words: that one becomes the
  // person's, with the speaker and note given.
  const existing = sameWordsAnnotation(sidecars.annotationsFor(target.document.uri), span, kind);
  if (existing) {
    // What the analysis suggests (a speaker, a cue) must not overwrite a correction the person made: their own
    // annotation only takes what the command was given.
    const { kind: _kind, start: _start, end: _end, ...suggested } = draft;
    const given: AnnotationPatch = { ...(args?.speaker ? { speaker: args.speaker } : {}), ...(args?.note ? { note: args.note } : {}) };
    if (existing.origin !== 'manual') return sidecars.update(target.document.uri, existing.id, suggested);
    return Object.keys(given).length ? sidecars.update(target.document.uri, existing.id, given) : existing;
  }
  return sidecars.addManual(target.document.uri, draft);
}

function selectFirstMessage(kind: SelectionKind): string {
  switch (kind) {
    case 'quote':
      return vscode.l10n.t('Newsmark: select the words to annotate as a quote first.');
    case 'speaker':
      return vscode.l10n.t('Newsmark: select the words to annotate as a speaker first.');
    case 'claim':
      return vscode.l10n.t('Newsmark: select the words to annotate as a claim first.');
  }
}

export function registerAnnotateCommands(analyses: DocumentAnalyses, sidecars: SidecarService, editors: ArticleEditors): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.annotateQuote, (args?: AnnotationCommandArgs) => annotateSelection('quote', args, analyses, sidecars, editors)),
    vscode.commands.registerCommand(Commands.annotateSpeaker, (args?: AnnotationCommandArgs) => annotateSelection('speaker', args, analyses, sidecars, editors)),
    vscode.commands.registerCommand(Commands.annotateClaim, (args?: AnnotationCommandArgs) => annotateSelection('claim', args, analyses, sidecars, editors)),
    vscode.commands.registerCommand(Commands.attributeQuote, (args: AnnotationCommandArgs) => annotateSelection('quote', args, analyses, sidecars, editors)),
  );
}
