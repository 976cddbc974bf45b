import { availableParallelism, cpus, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  totalMemoryBytes: number;
  node: string;
  platform: string;
  arch: string;
}

/** What the figures were measured on. */
export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length || availableParallelism(),
    totalMemoryBytes: totalmem(),
    node: process.version,
    platform: process.platform,
    arch: process.arch,
  };
}
