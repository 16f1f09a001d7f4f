/** One filter dimension: a fieldset of checkboxes, each value with its therapy count. */
import type { ComponentChild } from 'preact';

export interface FacetValue {
  value: string;
  label: string;
  /** How many therapies the value would match (a number, or a component that reads it). */
  count: ComponentChild;
}

export function FacetList({ legend, name, values, selected, onToggle }: {
  legend: string;
  name: string;
  values: FacetValue[];
  selected: string[];
  onToggle: (value: string) => void;
}) {
  // A chosen value the counts no longer list (no therapy left) stays visible, to be unchecked.
  const shown = [...values, ...selected.filter((s) => !values.some((v) => v.value === s)).map((s) => ({ value: s, label: s, count: 0 }))];
  return (
    <fieldset class="facet">
      <legend>{legend}</legend>
      {shown.length === 0 ? <p class="hint">No values.</p> : null}
      <ul>
        {shown.map((v) => {
          const id = `facet-${name}-${v.value}`;
          return (
            <li key={v.value}>
              <input type="checkbox" id={id} name={name} value={v.value} checked={selected.includes(v.value)} onChange={() => onToggle(v.value)} />
              <label for={id}>
                {v.label} <span class="count">{v.count}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
