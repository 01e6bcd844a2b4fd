// The sidecar store's FileSystem over vscode.workspace.fs (local disks, remote and virtual workspaces, VS Code for the Web).
import * as vscode from 'vscode';
import type { FileSystem } from '../../core/fs';
import { uriFileSystem } from './uriFileSystem';

/** Paths are URI strings (uri.toString()); the store derives sidecar paths by appending to them. */
export const workspaceFileSystem: FileSystem = uriFileSystem(vscode.workspace.fs, { parse: (value) => vscode.Uri.parse(value), joinPath: (folder, name) => vscode.Uri.joinPath(folder, name) });
