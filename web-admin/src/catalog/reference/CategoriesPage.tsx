import { Badge } from '@mantine/core'
import { useCategories, useSaveCategory, type Category } from '../api'
import { adaptSave } from './adaptSave'
import { ReferenceListPage } from './ReferenceListPage'

type Values = { name: string; sellable: boolean }

/** Categories; a category that is not sellable (empties, raw goods) stays out of the order desk. */
export function CategoriesPage() {
  const categories = useCategories()
  const save = adaptSave(useSaveCategory(), (values: Values) => ({
    name: values.name.trim(),
    sellable: values.sellable,
  }))
  return (
    <ReferenceListPage<Category, Values>
      title="Categories"
      noun="category"
      testId="category"
      query={categories}
      nameOf={(category) => category.name}
      columns={[
        { label: 'Name', render: (category) => category.name },
        {
          label: 'Order desk',
          render: (category) => (
            <Badge
              size="sm"
              variant="light"
              color={category.sellable ? 'green' : 'gray'}
              data-testid="category-sellable"
            >
              {category.sellable ? 'sellable' : 'not sellable'}
            </Badge>
          ),
        },
      ]}
      fields={[
        { key: 'name', label: 'Name', placeholder: 'Soft drinks' },
        {
          key: 'sellable',
          label: 'Sellable',
          type: 'checkbox',
          description: 'Offered at the order desk (not for empties or raw goods).',
        },
      ]}
      empty={{ name: '', sellable: true }}
      valuesOf={(category) => ({ name: category.name, sellable: category.sellable })}
      save={save}
      conflicts={{ 'duplicate-category': 'name' }}
    />
  )
}
