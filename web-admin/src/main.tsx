import { startElifApp } from '@elif/web-kit'
import { ProductsAdminPage } from './products/ProductsAdminPage'

startElifApp({ name: 'ELIF · Admin', color: 'grape', routes: [{ index: true, element: <ProductsAdminPage /> }] })
