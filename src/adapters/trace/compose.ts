// Trace sinks side by side: the JSONL audit log and, when configured, the OpenTelemetry exporter see the
// same records. The exporter is loaded on demand so a run without OTEL_* settings never pays its import.
import type { TraceRecord, TraceSink } from '../../core/ports/stores.js';

export function fanOut(sinks: readonly TraceSink[]): TraceSink | undefined {
  if (sinks.length <= 1) return sinks[0];
  return {
    async write(record: TraceRecord) {
      await Promise.all(sinks.map((s) => s.write(record)));
    },
    async close() {
      await Promise.all(sinks.map((s) => s.close?.()));
    },
  };
}

/** A sink whose module is imported when it is created, and awaited on first use. */
export function lazySink(load: () => Promise<TraceSink>): TraceSink {
  const sink = load();
  // An import failure surfaces on the first write; until then it must not be an unhandled rejection.
  sink.catch(() => undefined);
  return {
    async write(record) {
      await (await sink).write(record);
    },
    async close() {
      await (await sink).close?.();
    },
  };
}

/**
 * A sink whose failure stays its own: the first failed write (disk full, read-only folder) is reported
 * once through `onFailure` and the sink stops, so the run, its results and its other outputs go on.
 */
export function failAlone(sink: TraceSink, onFailure: (err: unknown) => void): TraceSink {
  let failed = false;
  const fail = (err: unknown) => {
    if (failed) return;
    failed = true;
    onFailure(err);
  };
  return {
    async write(record) {
      if (failed) return;
      await sink.write(record).catch(fail);
    },
    async close() {
      await sink.close?.().catch(fail);
    },
  };
}
