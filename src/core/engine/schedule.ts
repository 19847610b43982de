// Order in which samples go out. Jobs are interleaved round-robin, and the samples of the same
// (suite, case, sample index) in different jobs — base and head of a PR — go out next to each other,
// so a drift of the live model during the run affects both sides alike instead of confounding the delta.
// Linear in the number of tasks (the bench schedules thousands).

export interface ScheduleJob {
  suite: string;
  caseIds: readonly string[];
  repeat: number;
  /** Sample indices per case (the gate's extra rounds); default 0..repeat−1 for every case. */
  indices?: readonly (readonly number[])[];
}

export interface TaskRef {
  job: number;
  caseIdx: number;
  /** The sample index (part of the cache key). */
  sample: number;
  /** Position of the sample in the case's result list. */
  pos: number;
}

export function interleave(jobs: readonly ScheduleJob[]): TaskRef[] {
  const perJob: TaskRef[][] = jobs.map((j, job) => {
    const list: TaskRef[] = [];
    for (let caseIdx = 0; caseIdx < j.caseIds.length; caseIdx++) {
      const idx = j.indices?.[caseIdx];
      if (idx) idx.forEach((sample, pos) => list.push({ job, caseIdx, sample, pos }));
      else for (let sample = 0; sample < j.repeat; sample++) list.push({ job, caseIdx, sample, pos: sample });
    }
    return list;
  });
  const keyOf = (t: TaskRef) => `${jobs[t.job]!.suite}\u0000${jobs[t.job]!.caseIds[t.caseIdx]}\u0000${t.sample}`;
  const groups = new Map<string, TaskRef[]>();
  for (const list of perJob) {
    for (const t of list) {
      const k = keyOf(t);
      const g = groups.get(k);
      if (g) g.push(t);
      else groups.set(k, [t]);
    }
  }
  const emitted = new Set<TaskRef>();
  const order: TaskRef[] = [];
  const longest = Math.max(0, ...perJob.map((l) => l.length));
  for (let pos = 0; pos < longest; pos++) {
    for (const list of perJob) {
      const t = list[pos];
      if (!t || emitted.has(t)) continue;
      for (const mate of groups.get(keyOf(t)) ?? [t]) {
        if (emitted.has(mate)) continue;
        emitted.add(mate);
        order.push(mate);
      }
    }
  }
  return order;
}
