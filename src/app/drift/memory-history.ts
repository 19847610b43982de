// A history store that keeps nothing: a drift shard run judges its partial night against no history and
// must leave the real one untouched (the merge job writes the night once).
import { emptyHistory } from '../../core/drift/history.js';
import type { HistoryStore } from '../../core/ports/history.js';

export function createMemoryHistoryStore(): HistoryStore {
  return {
    where: 'nowhere (shard run)',
    load: async () => undefined,
    update: async (suite, change) => change(emptyHistory(suite)),
    list: async () => [],
    writeDashboard: async () => 'not written (shard run)',
  };
}
