import os from 'node:os';

/** What the figures were measured on. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  /** The 1-minute load average when the bench started and ended: other work on the machine slows every figure. */
  loadAverage: { start: number; end: number };
  date: string;
}

/** The 1-minute load average, to two decimals. */
export function currentLoadAverage(): number {
  return Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
}

export function describeMachine(now = new Date()): MachineInfo {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: { start: currentLoadAverage(), end: currentLoadAverage() },
    date: now.toISOString(),
  };
}
