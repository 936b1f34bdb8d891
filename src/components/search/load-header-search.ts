/**
 * Every page's hook for the header search box, a few hundred bytes: the typeahead loads when the box is
 * first focused, and nothing of search loads before. Without it the box is a plain form to /search/.
 */
const box = document.querySelector<HTMLFormElement>('form[data-search-box]');
box?.addEventListener(
  'focusin',
  () => void import('./header-search').then((module) => module.enhanceSearchBox(box)),
  { once: true },
);
