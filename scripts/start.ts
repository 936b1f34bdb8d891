/**
 * `npm start`: starts the local sample store (unless a store is configured), builds the site
 * against it and serves `dist/` at http://localhost:4321 with the store still running.
 */
import { exitWithError, prepareStoreEnv } from './store-env';
import { runBin } from './run';

try {
  const { env, localStore } = await prepareStoreEnv();
  const buildCode = await runBin('astro', ['build'], env);
  if (buildCode !== 0) {
    await localStore?.stop();
    process.exit(buildCode);
  }
  console.log('');
  if (localStore) console.log(`Local BigCommerce store: ${localStore.graphqlUrl}`);
  console.log('Storefront:              http://localhost:4321/');
  console.log('');
  process.once('SIGINT', () => void localStore?.stop().then(() => process.exit(0)));
  const code = await runBin('astro', ['preview', '--port', '4321'], env);
  await localStore?.stop();
  process.exit(code);
} catch (error) {
  exitWithError(error);
}
