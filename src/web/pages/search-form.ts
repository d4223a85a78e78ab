import { h } from '../dom.js';
import { navigate } from '../router.js';
import { FILTER_PARAMS, withFilters, type FilterName, type FilterState } from '../state.js';
import { EVENT_STATUSES, EVENT_TYPES } from '../vocabulary.js';

interface Field {
  name: FilterName;
  label: string;
  kind: 'text' | 'code' | 'date' | 'select';
  options?: readonly string[];
  /** Words shown for option values that are not words themselves (true → "disagree"). */
  optionLabels?: Record<string, string>;
  hint?: string;
}

/** The filters, in the order an analyst narrows a question: what, who, to whom, where, when, how sure. */
const FIELDS: Field[] = [
  { name: 'q', label: 'Text', kind: 'text', hint: 'words in the reporting articles' },
  { name: 'type', label: 'Event type', kind: 'select', options: EVENT_TYPES },
  { name: 'actor', label: 'Actor', kind: 'code', hint: 'country code, e.g. PRK' },
  { name: 'recipient', label: 'Recipient', kind: 'code', hint: 'e.g. KOR' },
  { name: 'country', label: 'Country (place)', kind: 'code', hint: 'where it happened' },
  { name: 'place', label: 'Place name', kind: 'text', hint: 'e.g. Pyongyang' },
  { name: 'from', label: 'From', kind: 'date' },
  { name: 'to', label: 'To', kind: 'date' },
  { name: 'status', label: 'Status', kind: 'select', options: EVENT_STATUSES },
  {
    name: 'contradiction',
    label: 'Reports',
    kind: 'select',
    options: ['true', 'false'],
    optionLabels: { true: 'disagree', false: 'agree' },
    hint: 'events whose reports disagree on a value',
  },
];

const CODE_FIELDS = new Set<FilterName>(FIELDS.filter((f) => f.kind === 'code').map((f) => f.name));

/**
 * The filter form. It is a real GET form (it works without script); with script, submitting it moves
 * to `<path>?<filters>` in place. `path` keeps the analyst on the current view (search, timeline, ...).
 */
export function searchForm(state: FilterState, path: string): HTMLFormElement {
  const form = h(
    'form',
    { class: 'filters', method: 'get', action: path, role: 'search', 'aria-label': 'Filter events' },
    FIELDS.map((field) => fieldControl(field, state[field.name] ?? '')),
    h(
      'div',
      { class: 'filter-actions' },
      h('button', { type: 'submit' }, 'Search'),
      h('a', { href: path, class: 'button-link' }, 'Clear'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next: FilterState = {};
    for (const name of FILTER_PARAMS) {
      const value = String(data.get(name) ?? '').trim();
      // Codes are upper case in the store; "prk" typed in the box means PRK.
      if (value) next[name] = CODE_FIELDS.has(name) ? value.toUpperCase() : value;
    }
    navigate(withFilters(path, next));
  });
  return form;
}

function fieldControl(field: Field, value: string): HTMLElement {
  const id = `filter-${field.name}`;
  const hintId = field.hint ? `${id}-hint` : undefined;
  const common = { id, name: field.name, 'aria-describedby': hintId };
  let control: HTMLElement;
  if (field.kind === 'select') {
    control = h(
      'select',
      common,
      h('option', { value: '' }, 'any'),
      (field.options ?? []).map((o) =>
        h('option', { value: o, selected: o === value }, field.optionLabels?.[o] ?? o),
      ),
    );
  } else if (field.kind === 'date') {
    control = h('input', { ...common, type: 'date', value });
  } else if (field.kind === 'code') {
    control = h('input', {
      ...common,
      type: 'text',
      value,
      maxlength: 3,
      pattern: '[A-Za-z]{3}',
      autocomplete: 'off',
      class: 'code-input',
    });
  } else {
    control = h('input', { ...common, type: 'search', value });
  }
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, field.label),
    control,
    hintId ? h('span', { id: hintId, class: 'hint' }, field.hint) : null,
  );
}
