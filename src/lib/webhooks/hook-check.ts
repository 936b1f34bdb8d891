/**
 * The safety net's check of the registered hooks, over the management API: it reactivates this
 * site's hooks that BigCommerce deactivated. I/O (through the management client).
 */
import type { Env } from '../config';
import { createManagementClient } from '../management/client';
import { managementConfigFrom } from '../management/config';
import { hookDestinationFrom, reactivateInactiveHooks } from '../management/webhook-registration';
import type { HookCheck } from './safety-net';

/** The hook check for `env`: without `BIGCOMMERCE_ACCESS_TOKEN` it says the hooks went unchecked. */
export function managementHookCheck(env: Env): HookCheck {
  return async () => {
    try {
      const config = managementConfigFrom(env);
      if (!config) return ['registered hooks were not checked: BIGCOMMERCE_ACCESS_TOKEN is not set'];
      const destination = hookDestinationFrom(env);
      return (await reactivateInactiveHooks(createManagementClient(config), { destination })).lines;
    } catch (error) {
      return [`registered hooks could not be checked: ${(error as Error).message}`];
    }
  };
}
