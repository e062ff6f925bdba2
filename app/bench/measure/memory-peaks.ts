const SAMPLE_EVERY_MS = 20;
const MB = 1024 * 1024;

export interface MemoryPeaks {
  /** The process's highest resident set size since it started (from the OS), in MB. */
  rssPeakMb: number;
  /** The highest V8 heap use seen, sampled every 20 ms and whenever `sample` is called, in MB. */
  heapPeakMb: number;
}

export interface MemoryWatch {
  /** Takes a sample now: call it where the heap is expected to be at its fullest. */
  sample(): void;
  stop(): MemoryPeaks;
}

/** Watches the process's memory while the bench runs. */
export function watchMemory(): MemoryWatch {
  let heapPeak = 0;
  const sample = () => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS).unref();
  sample();
  return {
    sample,
    stop() {
      clearInterval(timer);
      sample();
      return { rssPeakMb: (process.resourceUsage().maxRSS * 1024) / MB, heapPeakMb: heapPeak / MB };
    },
  };
}
