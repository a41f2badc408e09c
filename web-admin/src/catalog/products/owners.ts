import { BASE_UNIT_LABELS } from '@elif/web-kit'
import type { Pack, ProductDetail } from '../api'

/** What a price or a container belongs to: the product's base unit (packId null) or one of its packs. */
export interface Owner {
  packId: string | null
  label: string
  pack?: Pack
}

/** The base unit first, then each pack. */
export function ownersOf(product: ProductDetail): Owner[] {
  return [
    { packId: null, label: `${BASE_UNIT_LABELS[product.baseUnit] ?? product.baseUnit} (base unit)` },
    ...product.packs.map((pack) => ({ packId: pack.id, label: `${pack.name} (${pack.unitsPerPack})`, pack })),
  ]
}

export function ownerLabel(product: ProductDetail, packId: string | null): string {
  return ownersOf(product).find((owner) => owner.packId === packId)?.label ?? 'Removed pack'
}
