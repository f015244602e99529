/**
 * The progress bar of a batch: drawn on stderr only when it is a terminal and
 * the user did not ask for quiet. Lines for failed files are held while the
 * bar is drawn and written when it is gone, so they never tear it.
 */
import { Presets, SingleBar } from "cli-progress";

export type ProgressStream = NodeJS.WritableStream & { isTTY?: boolean };

export interface Progress {
  start(total: number): void;
  tick(): void;
  /** A line for stderr (with its newline): now, or after the bar when one is drawn. */
  line(text: string): void;
  stop(): void;
}

export function makeProgress(stream: ProgressStream, wanted: boolean): Progress {
  const bar = wanted && stream.isTTY
    ? new SingleBar({ stream, format: "{bar} {value}/{total}", hideCursor: true, clearOnComplete: true, etaBuffer: 20 }, Presets.shades_classic)
    : null;
  const held: string[] = [];
  return {
    start: (total) => bar?.start(total, 0),
    tick: () => bar?.increment(1),
    line: (text) => (bar ? held.push(text) : void stream.write(text)),
    stop: () => {
      bar?.stop();
      for (const t of held.splice(0)) stream.write(t);
    },
  };
}
