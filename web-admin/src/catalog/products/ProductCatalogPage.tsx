import { Grid, Paper } from '@mantine/core'
import { NewProductForm } from './NewProductForm'
import { ProductCatalogList } from './ProductCatalogList'

/** The catalogue's products (search, filters, sorting), with the form that creates one beside them. */
export function ProductCatalogPage() {
  return (
    <Grid gutter="xl">
      <Grid.Col span={{ base: 12, xl: 8 }}>
        <ProductCatalogList />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 4 }}>
        <Paper withBorder p="md">
          <NewProductForm />
        </Paper>
      </Grid.Col>
    </Grid>
  )
}
