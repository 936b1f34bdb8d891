/** A second process for the disk store's test: records `count` deliveries named `prefix-N` into `dir`. */
import { diskStateStore } from '../../src/lib/webhooks/disk-state-store';
import { recordDelivery } from '../../src/lib/webhooks/rebuild-state';
import { updateRebuildState } from '../../src/lib/webhooks/state-store';

const [dir, prefix, count] = process.argv.slice(2);
const store = diskStateStore(dir);
await Promise.all(
  Array.from({ length: Number(count) }, (_, i) =>
    updateRebuildState(store, (state) => ({
      state: recordDelivery(
        state,
        `${prefix}-${i}`,
        { scope: 'store/product/updated', full: false, products: [i + 1], categories: [], skus: [] },
        Date.now(),
      ).state,
      result: null,
    })),
  ),
);
