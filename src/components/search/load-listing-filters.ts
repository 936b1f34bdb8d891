/**
 * A listing page's hook for its filter bar: shows the "Filter and sort" button, and loads the bar when
 * it is pressed, or at once when the URL already holds filters or a sort (a shared link, a reload, Back).
 */
import { narrowsListing } from '../../lib/search/params';

const bar = document.querySelector<HTMLElement>('[data-listing-filters]');
const button = bar?.querySelector('button');
if (bar && button) {
  // A failed load leaves the button in place, so pressing it again tries again.
  const mount = () =>
    void import('./listing-filters').then((module) => module.mountListingFilters(bar, true));
  button.hidden = false;
  button.addEventListener('click', mount);
  if (narrowsListing(location.search)) mount();
}
