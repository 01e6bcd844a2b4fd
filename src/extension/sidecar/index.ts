// Entry of the sidecar feature: registerSidecars(context, getAnalysis[, isArticle]) -> SidecarService.
import * as vscode from 'vscode';
import type { AnalysisProvider, RegisterSidecars, SidecarService } from './api';
import { JournalFolder, journalFolderOf } from './journalFolder';
import { SidecarServiceImpl } from './sidecarService';

export type { SidecarService, AnalysisProvider } from './api';

export const registerSidecars: RegisterSidecars = (
  context: vscode.ExtensionContext,
  getAnalysis: AnalysisProvider,
  isArticle?: (document: vscode.TextDocument) => boolean,
  isWorkspaceArticle?: (uri: vscode.Uri) => boolean,
): SidecarService => {
  const service = new SidecarServiceImpl(getAnalysis, isArticle, undefined, new JournalFolder(journalFolderOf(context), { session: vscode.env.sessionId, shared: !context.storageUri }), isWorkspaceArticle);
  context.subscriptions.push(service);
  return service;
};
