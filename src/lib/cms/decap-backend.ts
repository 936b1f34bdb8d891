/**
 * Which repository and branch the CMS commits to (pure): Decap's GitHub backend, signed in through
 * Netlify's OAuth provider, configured from the build's environment.
 */

/** The GitHub backend's settings, as `config.yml` writes them. */
export interface DecapBackend {
  name: 'github';
  /** `owner/name`; without it the CMS says the backend needs a repo when an editor signs in. */
  repo?: string;
  branch: string;
  base_url: string;
  auth_endpoint: string;
}

/** Netlify's OAuth provider, which holds the GitHub OAuth app's secret on the editor's behalf. */
export const NETLIFY_OAUTH = { base_url: 'https://api.netlify.com', auth_endpoint: 'auth' } as const;

/** The branch the CMS publishes to when nothing names one. */
export const DEFAULT_BRANCH = 'main';

/** `owner/name` of a GitHub repository URL (https or ssh, as Netlify's REPOSITORY_URL gives it). */
export function githubRepoOf(url: string): string | undefined {
  const match = /github\.com[/:]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/**
 * The backend from the environment: `DECAP_GITHUB_REPO` and `DECAP_GITHUB_BRANCH` first, else what
 * Netlify sets (`REPOSITORY_URL`, and `BRANCH` in a production build only: a deploy preview's branch is
 * a draft's, not the one to publish to).
 */
export function decapBackend(env: Record<string, string | undefined>): DecapBackend {
  const repo = env.DECAP_GITHUB_REPO?.trim() || githubRepoOf(env.REPOSITORY_URL ?? '');
  if (repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repo))
    throw new Error(`DECAP_GITHUB_REPO must be "owner/name", such as acme/storefront; it is "${repo}"`);
  const productionBranch = env.CONTEXT === 'production' ? env.BRANCH?.trim() : undefined;
  const branch = env.DECAP_GITHUB_BRANCH?.trim() || productionBranch || DEFAULT_BRANCH;
  return { name: 'github', ...(repo ? { repo } : {}), branch, ...NETLIFY_OAUTH };
}
