import { createTheme, type CSSVariablesResolver } from '@mantine/core'

export const theme = createTheme({
  primaryColor: 'blue',
  // Mantine's default shade 6 puts white text on #228be6 at 3.5:1; shade 8 passes WCAG AA (4.5:1).
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // The placeholder is a role=presentation child of role=menu, which the ARIA spec (and axe) forbids.
    // A plain object rather than `Menu.extend`, which would bring the menu's code into the first load.
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
    // Light alerts read their tint from --console-alert-* when the scheme sets one (dark, below).
    Alert: {
      vars: (
        _theme: unknown,
        { color = 'blue', variant = 'light' }: { color?: string; variant?: string },
      ) => ({
        root:
          variant === 'light'
            ? {
                '--alert-bg': `var(--console-alert-${color}-bg, var(--mantine-color-${color}-light))`,
                '--alert-bd': `1px solid var(--console-alert-${color}-bd, transparent)`,
              }
            : {},
      }),
    },
  },
})

// Text tone of "light" variants (badges, alerts, light buttons, the active nav link) on their tinted
// background: dark enough for 4.5:1 on the hover tint (shade 2), which is darker than the resting one
// (shade 1); computed once with the WCAG relative luminance.
const lightVariantText: Record<string, string> = {
  blue: '#155999',
  teal: '#066f4f',
  red: '#ad2323',
  orange: '#ae390b',
  gray: '#212529',
  grape: '#862e9c',
  green: '#247233',
  yellow: '#a15300',
  violet: '#5939b8',
}

// Mantine's dark "light" tints are near-solid (red is rgb(101, 21, 21)): stacked alerts weigh on the page.
// Dark alerts get a faint tint of the colour's shade 6 and a border of it instead.
const darkAlertTint: Record<string, string> = {
  blue: '34, 139, 230',
  teal: '18, 184, 134',
  red: '250, 82, 82',
  orange: '253, 126, 20',
  yellow: '250, 176, 5',
  green: '64, 192, 87',
  gray: '134, 142, 150',
  grape: '190, 75, 219',
}

/** Darker text tones than Mantine's defaults, so muted text, errors and tinted badges reach 4.5:1. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)', // red-8 is 4.49:1 on white, just short of AA
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-8)',
    ...Object.fromEntries(
      Object.entries(lightVariantText).map(([color, text]) => [`--mantine-color-${color}-light-color`, text]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-3)',
    ...Object.fromEntries(
      Object.entries(darkAlertTint).flatMap(([color, rgb]) => [
        [`--console-alert-${color}-bg`, `rgba(${rgb}, 0.12)`],
        [`--console-alert-${color}-bd`, `rgba(${rgb}, 0.45)`],
      ]),
    ),
  },
})
