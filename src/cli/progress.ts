import type { Progress } from '../library/add-inputs.js';

const WIDTH = 24;
const INTERVAL_MS = 100;

/**
 * A one-line progress bar on standard error, drawn only on a terminal: when output is piped or
 * `--quiet` is given, nothing is drawn, so logs and scripts see clean output.
 */
export function progressBar(stream: NodeJS.WriteStream, enabled: boolean): { update: (p: Progress) => void; done: () => void } {
  if (!enabled || !stream.isTTY) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let drawn = false;
  const started = Date.now();
  return {
    update(p) {
      const now = Date.now();
      if (now - last < INTERVAL_MS && p.done < p.total) return;
      last = now;
      const ratio = p.total ? Math.min(p.done / p.total, 1) : 0;
      const filled = Math.round(ratio * WIDTH);
      const rate = p.done / Math.max((now - started) / 1000, 0.001);
      const name = p.input.length > 40 ? '…' + p.input.slice(-39) : p.input;
      stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${p.done}/${p.total} inputs, ${rate.toFixed(0)}/s  ${name}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
