// The one form in which registries of confirmed names are compared: an analysis's, the index's, an article's part.
export function registryKey(registry: readonly object[]): string {
  return registry.length ? JSON.stringify(registry) : '';
}
