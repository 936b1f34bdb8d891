/**
 * `npm run build` / `npm run dev`: runs an Astro command against the configured store, or against
 * the local sample store (started here, stopped after) when no store is configured.
 */
import { exitWithError, prepareStoreEnv } from './store-env';
import { runBin } from './run';

const [bin, ...args] = process.argv.slice(2);
if (!bin) exitWithError(new Error('usage: tsx scripts/with-store.ts <astro command…>'));

try {
  // Only a build embeds the store's URL in pages; other commands can take any free port.
  const { env, localStore } = await prepareStoreEnv(args[0] === 'build' || args[0] === 'dev' ? undefined : 0);
  if (localStore) console.log(`Using the local sample store at ${localStore.graphqlUrl}`);
  const stop = () => localStore?.stop();
  process.once('SIGINT', () => void stop());
  const code = await runBin(bin, args, env);
  await stop();
  process.exit(code);
} catch (error) {
  exitWithError(error);
}
