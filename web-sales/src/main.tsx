import { startElifApp } from '@elif/web-kit'

startElifApp({ name: 'ELIF · Sales', color: 'teal' })
