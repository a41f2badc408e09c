import { startElifApp } from '@elif/web-kit'

startElifApp({ name: 'ELIF · Order desk', color: 'blue' })
