/** Calls the Netlify build hook. Its URL is a secret, so no message here ever includes it. */
import type { RebuildRequest } from './rebuild-request';

/** How a build-hook call ended. */
export type BuildHookResult = { ok: true } | { ok: false; error: string };

/** The longest a hook call may take before it counts as failed. */
export const BUILD_HOOK_TIMEOUT_MS = 15_000;

/** POSTs `request` as JSON to the hook, with `title` as Netlify's `trigger_title` query parameter. */
export async function callBuildHook(
  hookUrl: string,
  request: RebuildRequest,
  title: string,
  fetchImpl: typeof fetch = fetch,
): Promise<BuildHookResult> {
  const url = new URL(hookUrl);
  url.searchParams.set('trigger_title', title);
  try {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(BUILD_HOOK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.ok ? { ok: true } : { ok: false, error: `the build hook answered ${response.status}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return {
      ok: false,
      error: `the build hook could not be reached (${cause?.code ?? (error as Error).name})`,
    };
  }
}
