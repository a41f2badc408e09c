/** A quantity of base units as whole packs and the base units left over: 75 in crates of 24 is 3 + 3. */
export function splitIntoPacks(quantity: number, unitsPerPack: number): { packs: number; rest: number } {
  if (quantity <= 0 || unitsPerPack <= 0) return { packs: 0, rest: Math.max(quantity, 0) }
  return { packs: Math.floor(quantity / unitsPerPack), rest: quantity % unitsPerPack }
}

/** "bottle", "bottles": a base unit's label for a count (every unit's plural takes an s). */
export const unitWord = (label: string, count: number) => `${label.toLowerCase()}${count === 1 ? '' : 's'}`
