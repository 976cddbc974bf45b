/** Peak memory: resident set size sampled between phases, and the kernel's own maximum. */

export interface MemoryReport {
  /** The largest RSS seen by `sample()`, in bytes. */
  peakRssSampledBytes: number;
  /** The largest heap use seen by `sample()`, in bytes. */
  peakHeapUsedBytes: number;
  /** `process.resourceUsage().maxRSS`: the process's peak RSS as the kernel counts it, in bytes. */
  maxRssBytes: number;
}

export class MemoryWatch {
  private peakRss = 0;
  private peakHeap = 0;

  sample(): void {
    const m = process.memoryUsage();
    if (m.rss > this.peakRss) this.peakRss = m.rss;
    if (m.heapUsed > this.peakHeap) this.peakHeap = m.heapUsed;
  }

  report(): MemoryReport {
    this.sample();
    // maxRSS is given in kilobytes.
    return { peakRssSampledBytes: this.peakRss, peakHeapUsedBytes: this.peakHeap, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  }
}
