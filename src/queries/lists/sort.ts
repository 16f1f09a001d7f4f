import { sortFields, type SortField } from '../../model/sort.ts';

/**
 * The sort expression over a list's item `n` of a sort field of the model
 * (src/model/sort.ts): text sorts ignore case, missing values sort as the model says.
 */
export function sortExpression(field: SortField): string {
  const spec = sortFields[field];
  const value = `n.${spec.property}`;
  if ('missingAs' in spec) return `coalesce(${value}, '${spec.missingAs}')`;
  return spec.ignoreCase ? `toLower(${value})` : value;
}
