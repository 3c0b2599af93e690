/**
 * The shape a translation must have: the same keys as the English strings, each a string (or a list of
 * strings). `export const fr: Strings<typeof en> = …` makes a missing or misspelt key a type error.
 */
export type Strings<English> = {
  readonly [Key in keyof English]: English[Key] extends string
    ? string
    : English[Key] extends readonly string[]
      ? readonly string[]
      : Strings<English[Key]>
}
