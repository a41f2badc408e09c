import { ProductsPage } from '@elif/web-kit'
import { Grid, Paper } from '@mantine/core'
import { NewProductForm } from './NewProductForm'

/** The shared product list, with the form that creates products beside it (below it on small screens). */
export function ProductsAdminPage() {
  return (
    <Grid gutter="xl">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <ProductsPage />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Paper withBorder p="md">
          <NewProductForm />
        </Paper>
      </Grid.Col>
    </Grid>
  )
}
