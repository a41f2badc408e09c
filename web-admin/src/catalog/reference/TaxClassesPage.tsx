import { useSaveTaxClass, useTaxClasses, type TaxClass } from '../api'
import { adaptSave } from './adaptSave'
import { ReferenceListPage } from './ReferenceListPage'

type Values = { name: string; rate: string }

/** Tax classes and their rates; sales prices include the tax, purchase costs exclude it. */
export function TaxClassesPage() {
  const taxClasses = useTaxClasses()
  const save = adaptSave(useSaveTaxClass(), (values: Values) => ({
    name: values.name.trim(),
    rate: values.rate.trim(),
  }))
  return (
    <ReferenceListPage<TaxClass, Values>
      title="Tax classes"
      noun="tax class"
      testId="tax-class"
      query={taxClasses}
      nameOf={(taxClass) => taxClass.name}
      columns={[
        { label: 'Name', render: (taxClass) => taxClass.name },
        { label: 'Rate', render: (taxClass) => `${taxClass.rate} %`, align: 'right' },
      ]}
      fields={[
        { key: 'name', label: 'Name', placeholder: 'Standard VAT' },
        { key: 'rate', label: 'Rate (%)', placeholder: '20.00', inputMode: 'decimal' },
      ]}
      empty={{ name: '', rate: '' }}
      valuesOf={(taxClass) => ({ name: taxClass.name, rate: taxClass.rate })}
      save={save}
      conflicts={{ 'duplicate-tax-class': 'name' }}
    />
  )
}
