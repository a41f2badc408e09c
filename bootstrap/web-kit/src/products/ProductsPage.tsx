import { Stack, Title } from '@mantine/core'
import { ProductList } from './ProductList'

/** The product list under its title: every app's home page, alone or beside app-specific panels. */
export function ProductsPage() {
  return (
    <Stack>
      <Title order={2}>Products</Title>
      <ProductList />
    </Stack>
  )
}
