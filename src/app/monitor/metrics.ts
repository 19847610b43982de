// Prometheus metrics of the monitor through prom-client, imported lazily: only the monitor with
// --listen pays for it (the CLI and the action never load it). Labels are target, suite, outcome and
// error kind: names from monitor.yml and evalgate.yml, never a secret.
import type { DriftFlowResult } from '../drift/flow.js';
import type { RunTally } from './run-tally.js';

export interface MonitorMetrics {
  /** A finished check (outcome per suite), its tally, or a check that failed as a whole (`failed`). */
  recordCheck(target: string, flow: DriftFlowResult | undefined, tally: RunTally): void;
  /** The text exposition and its content type. */
  render(): Promise<{ contentType: string; body: string }>;
}

export async function createMonitorMetrics(): Promise<MonitorMetrics> {
  const prom = await import('prom-client');
  const registry = new prom.Registry();
  // No prom-client default (process/Node.js) metrics: three of them (nodejs_active_*_total, gauges named
  // like counters) fail `promtool check metrics`, and the node exporter or cAdvisor reports the process.
  const checks = new prom.Counter({
    name: 'evalgate_drift_checks_total',
    help: 'Drift checks by target, suite and outcome (healthy, drifted, inconclusive, baseline, failed).',
    labelNames: ['target', 'suite', 'outcome'],
    registers: [registry],
  });
  const lastSuccess = new prom.Gauge({
    name: 'evalgate_drift_last_success_timestamp_seconds',
    help: 'Unix time of the last check of a target that ran to its end.',
    labelNames: ['target'],
    registers: [registry],
  });
  const drifted = new prom.Gauge({
    name: 'evalgate_drift_drifted',
    help: '1 while the suite is in drift (its last judged check drifted), else 0.',
    labelNames: ['target', 'suite'],
    registers: [registry],
  });
  const score = new prom.Gauge({
    name: 'evalgate_drift_score',
    help: 'Mean score of the suite in its last check.',
    labelNames: ['target', 'suite'],
    registers: [registry],
  });
  const cost = new prom.Gauge({
    name: 'evalgate_drift_run_cost_usd',
    help: 'Cost of the last check of a target, in USD (absent when a price is unknown).',
    labelNames: ['target'],
    registers: [registry],
  });
  const tokens = new prom.Gauge({
    name: 'evalgate_drift_run_tokens',
    help: 'Tokens of the last check of a target, by direction.',
    labelNames: ['target', 'direction'],
    registers: [registry],
  });
  const requestErrors = new prom.Counter({
    name: 'evalgate_model_request_errors_total',
    help: 'Model requests that failed, by target and error kind.',
    labelNames: ['target', 'kind'],
    registers: [registry],
  });
  return {
    recordCheck(target, flow, tally) {
      for (const [kind, n] of tally.errorsByKind) requestErrors.inc({ target, kind }, n);
      tokens.set({ target, direction: 'input' }, tally.tokensIn);
      tokens.set({ target, direction: 'output' }, tally.tokensOut);
      if (tally.costUsd !== null) cost.set({ target }, tally.costUsd);
      if (!flow) {
        // A check that failed before any suite had an outcome (config, GitHub, abort) counts for all of them.
        checks.inc({ target, suite: '*', outcome: 'failed' });
        return;
      }
      for (const o of flow.result.outcomes) {
        checks.inc({ target, suite: o.suite, outcome: o.status });
        if (o.status !== 'inconclusive') drifted.set({ target, suite: o.suite }, o.status === 'drifted' ? 1 : 0);
        if (o.entry.aggregates.meanScore !== null) score.set({ target, suite: o.suite }, o.entry.aggregates.meanScore);
      }
      lastSuccess.set({ target }, Date.now() / 1000);
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
