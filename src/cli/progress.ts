/** Where the CLI writes: a stream-like sink, with isTTY telling a terminal from a pipe or file. */
export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** How often the progress line may be redrawn, in milliseconds. */
const REDRAW_MS = 100;
/** One megabyte as every figure of the CLI counts it (2^20 bytes, like the size limit). */
export const MEGABYTE = 1024 * 1024;

/** A \r-updated progress line; it draws nothing unless the stream is a terminal. */
export interface Progress {
  update(stage: string, done: number, total: number, bytes?: number): void;
  /** Shows a stage without a count (one long step, such as converting). */
  note(text: string): void;
  /** Shows a running count without a total (`films written 120`), redrawn at most every REDRAW_MS. */
  count(stage: string, done: number): void;
  clear(): void;
}

/** Makes the progress line of a long run: `reading 120/1000 documents, 3.1 MB/s`. */
export const createProgress = (stream: OutStream, now: () => number): Progress => {
  const started = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(stage, done, total, bytes) {
      if (!stream.isTTY) return;
      const t = now();
      if (done < total && t - last < REDRAW_MS) return;
      last = t;
      const seconds = (t - started) / 1000;
      const rate =
        bytes !== undefined && seconds > 0
          ? `, ${(bytes / MEGABYTE / seconds).toFixed(1)} MB/s`
          : '';
      stream.write(`\r${stage} ${done}/${total}${rate}\x1b[K`);
      drawn = true;
    },
    note(text) {
      if (!stream.isTTY) return;
      stream.write(`\r${text}\x1b[K`);
      drawn = true;
    },
    count(stage, done) {
      if (!stream.isTTY) return;
      const t = now();
      if (t - last < REDRAW_MS) return;
      last = t;
      stream.write(`\r${stage} ${done}\x1b[K`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
};
