// Entry of the sidecar feature: registerSidecars(context, getAnalysis[, isArticle]) -> SidecarService.
import type * as vscode from 'vscode';
import type { AnalysisProvider, RegisterSidecars, SidecarService } from './api';
import { SidecarServiceImpl } from './sidecarService';

export type { SidecarService, AnalysisProvider } from './api';

export const registerSidecars: RegisterSidecars = (
  context: vscode.ExtensionContext,
  getAnalysis: AnalysisProvider,
  isArticle?: (document: vscode.TextDocument) => boolean,
): SidecarService => {
  const service = new SidecarServiceImpl(getAnalysis, isArticle);
  context.subscriptions.push(service);
  return service;
};
