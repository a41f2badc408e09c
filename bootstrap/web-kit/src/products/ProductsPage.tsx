import { Grid, Paper, Stack, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { ProductList } from './ProductList'

interface ProductsPageProps {
  /** Shown in a bordered panel beside the list on large screens (below it on small ones), e.g. a form. */
  aside?: ReactNode
}

/** The product list under its title, with an optional side panel. */
export function ProductsPage({ aside }: ProductsPageProps) {
  const list = (
    <Stack>
      <Title order={2}>Products</Title>
      <ProductList />
    </Stack>
  )
  if (aside === undefined) return list
  return (
    <Grid gutter="xl">
      <Grid.Col span={{ base: 12, lg: 8 }}>{list}</Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Paper withBorder p="md">
          {aside}
        </Paper>
      </Grid.Col>
    </Grid>
  )
}
