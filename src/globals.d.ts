// Constants that esbuild defines at build time.
declare const NEWSMARK_VERSION: string;
