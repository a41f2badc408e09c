import { BASE_UNIT_LABELS, describeError, httpStatus, QueryContent, useCatalogProduct } from '@elif/web-kit'
import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core'
import { Link, useParams } from 'react-router'
import { useSetProductActive, type ProductDetail } from '../api'
import { ContainersSection } from './ContainersSection'
import { PacksSection } from './PacksSection'
import { PricesSection } from './PricesSection'
import { ProductDetailsForm } from './ProductDetailsForm'

function ActiveToggle({ product }: { product: ProductDetail }) {
  const setActive = useSetProductActive(product.id)
  return (
    <Group gap="xs">
      {setActive.isError && (
        <Text size="sm" c="red" data-testid="product-active-error">
          {describeError(setActive.error)}
        </Text>
      )}
      <Button
        variant="light"
        color={product.active ? 'red' : 'green'}
        loading={setActive.isPending}
        data-testid="product-toggle-active"
        onClick={() => setActive.mutate(!product.active)}
      >
        {product.active ? 'Deactivate' : 'Activate'}
      </Button>
    </Group>
  )
}

function ProductDetailView({ product }: { product: ProductDetail }) {
  return (
    <Stack data-testid="product-detail" data-sku={product.sku}>
      <Anchor component={Link} to="/" size="sm">
        ← All products
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>{product.name}</Title>
            <Badge color={product.active ? 'green' : 'gray'} data-testid="product-status">
              {product.active ? 'active' : 'inactive'}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            SKU <span style={{ fontFamily: 'monospace' }}>{product.sku}</span> · counted in{' '}
            {(BASE_UNIT_LABELS[product.baseUnit] ?? product.baseUnit).toLowerCase()}s · {product.categoryName}
            {product.sellable ? '' : ' (not sellable)'} · {product.taxClassName} {product.taxRate} %
          </Text>
        </Stack>
        <ActiveToggle product={product} />
      </Group>
      <ProductDetailsForm product={product} />
      <PacksSection product={product} />
      <PricesSection product={product} />
      <ContainersSection product={product} />
    </Stack>
  )
}

/** One product: its details and barcodes, status, packs, prices with their history, and containers. */
export function ProductDetailPage() {
  const { productId = '' } = useParams()
  const product = useCatalogProduct<ProductDetail>(productId)
  if (httpStatus(product.error) === 404) {
    return (
      <Alert color="yellow" title="No such product" data-testid="product-not-found">
        <Anchor component={Link} to="/">
          Back to the products
        </Anchor>
      </Alert>
    )
  }
  return (
    <QueryContent query={product} what="The product" testId="load">
      {(loaded) => <ProductDetailView product={loaded} />}
    </QueryContent>
  )
}
