/**
 * The header search box's typeahead, loaded when the box is first focused: the top results as the
 * shopper types (debounced), chosen with the arrow keys (the ARIA combobox pattern). Enter opens the
 * highlighted result, or submits the form to /search/ as it would without JavaScript.
 */
import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SEARCH_PAGE_PATH, SEARCH_PARAMS } from '../../lib/search/contract';
import { loadPagefind } from '../../lib/search/pagefind';
import { resultView, type ResultView } from '../../lib/search/result-view';
import './header-search.css';

const TYPING_DELAY_MS = 150;
const MAX_SUGGESTIONS = 6;
const LISTBOX_ID = 'site-search-suggestions';
const optionId = (index: number) => `${LISTBOX_ID}-${index}`;

/** Turns the header's plain search form into a combobox with suggestions; safe to call twice. */
export function enhanceSearchBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input || form.querySelector(`#${LISTBOX_ID}`)) return;
  const holder = document.createElement('div');
  holder.className = 'typeahead';
  form.append(holder);
  render(<Typeahead form={form} input={input} />, holder);
}

interface TypeaheadProps {
  form: HTMLFormElement;
  input: HTMLInputElement;
}

async function suggestionsFor(term: string): Promise<ResultView[]> {
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(term);
  const records = await Promise.all(results.slice(0, MAX_SUGGESTIONS).map((result) => result.data()));
  return records.map(resultView).filter((view) => view !== undefined);
}

function Typeahead({ form, input }: TypeaheadProps) {
  const [term, setTerm] = useState('');
  const [views, setViews] = useState<ResultView[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const generation = useRef(0);
  // The suggestions, then "See all results": one more option than there are results.
  const count = term ? views.length + 1 : 0;
  const expanded = open && count > 0;

  useEffect(() => {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', LISTBOX_ID);
    input.setAttribute('autocomplete', 'off');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const lookup = () => {
      const run = ++generation.current;
      const text = input.value.trim();
      if (!text) {
        setTerm('');
        setViews([]);
        return;
      }
      suggestionsFor(text).then(
        (found) => {
          if (run !== generation.current) return;
          setTerm(text);
          setViews(found);
          setActive(-1);
          setOpen(document.activeElement === input);
        },
        () => undefined, // Without the index the box still submits to the search page.
      );
    };
    const onInput = () => {
      clearTimeout(timer);
      timer = setTimeout(lookup, TYPING_DELAY_MS);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!form.contains(event.relatedTarget as Node | null)) setOpen(false);
    };
    const onFocusIn = () => setOpen(true);
    input.addEventListener('input', onInput);
    form.addEventListener('focusout', onFocusOut);
    input.addEventListener('focus', onFocusIn);
    // Typed before this code arrived.
    if (input.value.trim()) lookup();
    return () => {
      clearTimeout(timer);
      input.removeEventListener('input', onInput);
      form.removeEventListener('focusout', onFocusOut);
      input.removeEventListener('focus', onFocusIn);
    };
  }, []);

  // A layout effect, so the attributes and the key handler match the state before the next key
  // lands: a passive effect waits for a frame, and an Enter pressed meanwhile saw the old highlight.
  useLayoutEffect(() => {
    input.setAttribute('aria-expanded', String(expanded));
    if (expanded && active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (count === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setOpen(true);
        // Down from the last option (or up from the first) goes back to the box itself.
        setActive(expanded ? ((active + 1 + step + count + 1) % (count + 1)) - 1 : step > 0 ? 0 : count - 1);
      } else if (event.key === 'Enter' && expanded && active >= 0 && active < views.length) {
        event.preventDefault();
        location.assign(views[active].url);
      } else if (event.key === 'Escape' && expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    };
    input.addEventListener('keydown', onKeyDown);
    return () => input.removeEventListener('keydown', onKeyDown);
  }, [expanded, active, count, views]);

  const allUrl = `${SEARCH_PAGE_PATH}?${new URLSearchParams({ [SEARCH_PARAMS.query]: term }).toString()}`;
  return (
    <div class="typeahead__popup" hidden={!expanded}>
      {/* Pressing an option must not take focus from the box before the click lands. */}
      <ul
        id={LISTBOX_ID}
        role="listbox"
        aria-label="Suggestions"
        onMouseDown={(event) => event.preventDefault()}
      >
        {views.map((view, index) => (
          <li key={view.url} role="presentation">
            <a
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              tabIndex={-1}
              class="typeahead__option"
              href={view.url}
            >
              <img class="typeahead__image" {...view.image} alt="" sizes="3rem" width={48} height={48} />
              <span class="typeahead__text">
                <span class="typeahead__name">{view.name}</span>
                <span class="typeahead__meta">{[view.brand, view.price].filter(Boolean).join(' · ')}</span>
              </span>
            </a>
          </li>
        ))}
        <li role="presentation">
          <a
            id={optionId(views.length)}
            role="option"
            aria-selected={active === views.length}
            tabIndex={-1}
            class="typeahead__option typeahead__option--all"
            href={allUrl}
          >
            {views.length ? `See all results for “${term}”` : `No suggestions: search for “${term}”`}
          </a>
        </li>
      </ul>
      <p class="visually-hidden" role="status">
        {expanded ? `${views.length} ${views.length === 1 ? 'suggestion' : 'suggestions'}` : ''}
      </p>
    </div>
  );
}
