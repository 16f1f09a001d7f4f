/**
 * The shape of each seed file's entries, built from the registry in kinds.ts so that a new
 * attribute or fact field is declared once. Objects are strict (an unknown field is an
 * error: it is almost always a typo that would silently drop a fact), strings must not be
 * blank. Whether references point at existing entries is checked in validate.ts, which sees
 * all files at once.
 */
import { z } from 'zod';
import { KINDS, type AttributeValue, type KindName, type KindSpec, type RelationshipField } from '../model/kinds.ts';

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_EXCERPT_WORDS = 25;

const nonBlank = z.string().regex(/\S/, 'must not be empty');
/** An id pointing at another entry; whether it exists is validate.ts's business. */
const reference = nonBlank;
const numberAsText = (v: unknown) => (typeof v === 'number' ? String(v) : v);
const EMPTY_LIST = 'must not be empty (leave the field out instead)';

function citationList(what: string) {
  return z.array(reference).min(1, `at least one citation is required for ${what}`);
}

const excerpt = nonBlank.superRefine((s, ctx) => {
  const words = wordCount(s);
  if (words > MAX_EXCERPT_WORDS) {
    ctx.addIssue({ code: 'custom', message: `${words} words; an excerpt is at most ${MAX_EXCERPT_WORDS}` });
  }
});

export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function attributeSchema(value: AttributeValue): z.ZodType {
  switch (value.type) {
    case 'text':
      return nonBlank;
    case 'text-list':
      return z.array(nonBlank).min(1, EMPTY_LIST);
    case 'choice':
      // Message built in issues.ts, which sees the offending value.
      return z.enum(value.values as [string, ...string[]]);
    case 'choice-list':
      return z
        .array(z.enum(value.values as [string, ...string[]]))
        .min(1, EMPTY_LIST)
        .refine((list) => new Set(list).size === list.length, 'lists a value twice');
    case 'label':
      return z.preprocess(numberAsText, nonBlank);
    case 'date':
      // A bare year is a number in YAML; accept it as the text it means.
      return z.preprocess(numberAsText, z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
    case 'day':
      return z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD (quoted)');
    case 'url':
      return z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' });
  }
}

function relationshipSchema(r: RelationshipField): z.ZodType {
  const one = (() => {
    switch (r.form) {
      case 'fact':
        return z.strictObject({ to: reference, citations: citationList('every fact') });
      case 'about':
        return reference;
      case 'support':
        return z.strictObject({ citation: reference, section: nonBlank, excerpt: excerpt.optional() });
    }
  })();
  if (r.single) return r.required ? one : one.optional();
  // Facts are optional (omit rather than write []); a claim must be about something and supported.
  const list = z.array(one).min(1, r.form === 'fact' ? EMPTY_LIST : 'at least one is required');
  return r.form === 'fact' ? list.optional() : list;
}

function entrySchema(kind: KindSpec): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {
    id: z.string().regex(SLUG, 'must be a lower-case slug (a-z, 0-9, single hyphens), like "imatinib"'),
  };
  for (const [field, spec] of Object.entries(kind.attributes)) {
    const schema = attributeSchema(spec.value);
    shape[field] = spec.optional ? schema.optional() : schema;
  }
  if (kind.cited) shape.citations = citationList(`every ${kind.noun}`);
  for (const r of kind.relationships) shape[r.field] = relationshipSchema(r);
  return z.strictObject(shape);
}

export const ENTRY_SCHEMAS: Readonly<Record<KindName, z.ZodType<Record<string, unknown>>>> = Object.fromEntries(
  Object.values(KINDS).map((k) => [k.name, entrySchema(k)]),
) as Record<KindName, z.ZodType<Record<string, unknown>>>;
