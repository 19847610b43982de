// The monitor's log: one line per event. `text` for a terminal (the time, then a sentence); `json` for a
// container's log collector (one JSON object per line: time, level, event, target, message and the
// event's fields, e.g. the error kind and message of a failed check). Every line is scrubbed of the
// secrets the monitor knows before it is written.
export type LogFormat = 'text' | 'json';
export type Level = 'info' | 'warn' | 'error';

export interface MonitorLog {
  event(level: Level, event: string, message: string, fields?: Record<string, unknown>): void;
}

export function createMonitorLog(
  format: LogFormat,
  write: (line: string) => void,
  scrub: (text: string) => string,
  now: () => Date = () => new Date(),
): MonitorLog {
  return {
    event(level, event, message, fields = {}) {
      const time = now().toISOString();
      const line =
        format === 'json' ? JSON.stringify({ time, level, event, ...fields, message }) : `${time} ${message}`;
      write(`${scrub(line)}\n`);
    },
  };
}
