/** Mounts a listing's filter bar in place of its "Filter" button; loaded only when the bar is wanted. */
import { render } from 'preact';
import { parseScope } from '../../lib/search/scope';
import ListingFilters from './ListingFilters';
import './search.css';

/** Renders the filter bar into `root` (`[data-listing-filters]`), opened when `open`. */
export function mountListingFilters(root: HTMLElement, open: boolean): void {
  const scope = parseScope(root.dataset.scope);
  if (!scope) return;
  const takeFocus = root.contains(document.activeElement);
  root.replaceChildren();
  render(
    <ListingFilters
      scope={scope}
      currency={root.dataset.currency}
      staticListing={document.querySelector<HTMLElement>('[data-listing-static]')}
      startOpen={open}
      takeFocus={takeFocus}
    />,
    root,
  );
}
