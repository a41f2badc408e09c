import {
  createTheme,
  darken,
  luminance,
  Pagination,
  TableScrollContainer,
  type CSSVariablesResolver,
  type MantineColor,
} from '@mantine/core'

// WCAG 2.2 AA wants text at 4.5:1 against its background. Mantine's colours fall short: its grey secondary text is
// 3.3:1, white on a filled button of shade 6 down to 2.6:1, a light badge's text down to 2.1:1. The kit's theme
// darkens each colour as far as it must, so that every app passes axe-core's checks (AccessibilityBrowserTests).

/**
 * Against white, with a margin over WCAG's 4.5: white text on a filled colour; coloured text (links, plain text), which
 * may sit on a row's grey hover; the text of light variants and the active link, on a tint that darkens on hover.
 */
const FILLED = 4.6
const TEXT = 5.5
const ON_TINT = 6.5

const contrastWithWhite = (color: string) => 1.05 / (luminance(color) + 0.05)

function darkenedTo(color: string, contrast: number) {
  let result = color
  for (let step = 0; step < 20 && contrastWithWhite(result) < contrast; step++) result = darken(result, 0.05)
  return result
}

/**
 * Per colour: a filled background that white text reads on (a light one keeps black text: `autoContrast`), and text
 * of light, outline and plain coloured elements dark enough; grey 7 for secondary ("dimmed") text.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const shade = typeof theme.primaryShade === 'number' ? theme.primaryShade : theme.primaryShade.light
  const light: Record<string, string> = { '--mantine-color-dimmed': theme.colors.gray[7] }
  const variables = (shades: readonly string[], prefix: string) => {
    const color = shades[shade] ?? shades[6] ?? '#000'
    const text = darkenedTo(color, ON_TINT)
    if (luminance(color) <= theme.luminanceThreshold) light[`${prefix}-filled`] = darkenedTo(color, FILLED)
    light[`${prefix}-light-color`] = text
    light[`${prefix}-outline`] = text
    light[`${prefix}-text`] = darkenedTo(color, TEXT)
  }
  for (const [name, shades] of Object.entries(theme.colors)) variables(shades, `--mantine-color-${name}`)
  const primary = theme.colors[theme.primaryColor] ?? []
  variables(primary, '--mantine-primary-color')
  light['--mantine-color-anchor'] = light['--mantine-primary-color-text'] ?? ''
  return { variables: {}, light, dark: {} }
}

/** An app's theme: its colour, with black or white text on filled elements by contrast. */
export function elifTheme(color: MantineColor) {
  return createTheme({
    primaryColor: color,
    autoContrast: true,
    components: {
      // a table wider than the screen scrolls: its scrolling region takes the keyboard's focus, so arrows scroll it
      TableScrollContainer: TableScrollContainer.extend({
        defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
      }),
      // the pages' arrows and numbers are named for screen readers
      Pagination: Pagination.extend({
        defaultProps: {
          getControlProps: (control) => ({ 'aria-label': `${control[0]?.toUpperCase()}${control.slice(1)} page` }),
          getItemProps: (page) => ({ 'aria-label': `Page ${page}` }),
        },
      }),
    },
  })
}
