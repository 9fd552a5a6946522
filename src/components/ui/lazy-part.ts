import { lazy, type ComponentType } from 'react';

/** A part's code could not be fetched (a dropped connection, a server gone): not a bug in the part. */
export class CodeLoadError extends Error {
  constructor(cause: unknown) {
    super(`The code of this part could not load: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'CodeLoadError';
  }
}

/**
 * React's `lazy` for a named export, its load failure marked as a CodeLoadError so that a
 * LazyBoundary replaces the part for that reason only and lets any other error reach the page's.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    try {
      return { default: await load() };
    } catch (cause) {
      throw new CodeLoadError(cause);
    }
  });
}
