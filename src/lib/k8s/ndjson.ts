export interface LineSplitter {
  /** Feeds one chunk; returns the complete, non-blank lines it finished. */
  push(chunk: Uint8Array): string[];
  /** Flushes the last line when the stream ended without a trailing newline. */
  end(): string[];
}

/**
 * Splits a byte stream into lines. Chunks end anywhere: inside a JSON line, inside a multi-byte
 * UTF-8 character, or after several lines at once; the streaming TextDecoder and the carried-over
 * remainder handle all three.
 */
export function createLineSplitter(): LineSplitter {
  const decoder = new TextDecoder();
  let rest = '';
  const take = (text: string): string[] => {
    const parts = (rest + text).split('\n');
    rest = parts.pop() ?? '';
    return parts.map((line) => line.trim()).filter((line) => line !== '');
  };
  return {
    push: (chunk) => take(decoder.decode(chunk, { stream: true })),
    end: () => {
      const lines = take(decoder.decode());
      const last = rest.trim();
      rest = '';
      return last ? [...lines, last] : lines;
    },
  };
}
