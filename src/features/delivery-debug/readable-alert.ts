/**
 * Mantine's light alerts colour their title with the mid shade of the alert colour, which fails WCAG
 * contrast on the tinted background; the body text colour passes in both schemes.
 */
export const readableTitle = { title: { color: 'var(--mantine-color-text)' } }
