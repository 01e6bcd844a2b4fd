// Types of scripts/l10nMessages.mjs, for the unit tests that import it.
export declare const EXTENSION_SOURCES: string;
export declare const BUNDLE_PATH: string;
export type BundleEntry = string | { message: string; comment: string[] };
export declare function sourceFiles(root: string, dir?: string): string[];
export declare function extractMessages(root: string, files?: string[]): { bundle: Record<string, BundleEntry>; problems: string[] };
export declare function bundleText(bundle: Record<string, BundleEntry>): string;
export declare function findRecasedMessages(root: string, files?: string[]): string[];
