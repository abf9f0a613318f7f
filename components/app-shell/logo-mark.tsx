/** The Hookflow mark: a hook curving into a flow line. Decorative; the product name sits beside it. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false" className="logo-mark">
      <rect width="32" height="32" rx="8" fill="var(--logo-bg)" />
      <path d="M11 7v10.5a5 5 0 0 0 10 0V15" fill="none" stroke="var(--logo-fg)" strokeWidth="2.6" strokeLinecap="round" />
      <path d="M18 17.5l3-3 3 3" fill="none" stroke="var(--logo-fg)" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="11" cy="7" r="2.2" fill="var(--logo-dot)" />
    </svg>
  );
}
