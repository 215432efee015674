import type { z } from 'zod'

/**
 * Ties a zod object shape to the TypeGen type of the query result it checks: naming a field the
 * query does not select is a type error, so a query and its schema cannot drift apart silently.
 * (TypeGen types every field as nullable, so the types cannot say which fields are required; the
 * zod schema does that at run time.)
 *
 *   z.object(shapeOf<PAGE_RESULT>()({ title: z.string() }))
 */
export function shapeOf<Result>() {
  return <Shape extends Record<string, z.ZodType>>(
    shape: Shape & Record<Exclude<keyof Shape, keyof NonNullable<Result>>, never>,
  ): Shape => shape
}

/** The element type of an array-typed TypeGen field. */
export type ItemOf<T> = NonNullable<T> extends readonly (infer Item)[] ? Item : never
