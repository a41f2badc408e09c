import { NavLink } from '@mantine/core'
import { Link, useMatch } from 'react-router'
import { hasAnyRole } from '../api/auth'
import { pageHref, type ElifPage } from '../app/pages'
import { useMe } from '../auth/session'

function NavigationLink({ page, onNavigate }: { page: ElifPage; onNavigate: () => void }) {
  const href = pageHref(page)
  const active = useMatch({ path: href, end: page.path === '' }) !== null
  return (
    <NavLink
      component={Link}
      to={href}
      label={page.label}
      active={active}
      onClick={onNavigate}
      data-testid={`nav-${page.key}`}
    />
  )
}

interface NavigationProps {
  pages: ElifPage[]
  /** Called after a link was followed (closes the navigation on small screens). */
  onNavigate: () => void
}

/** Links to the pages the signed-in user's roles open. */
export function Navigation({ pages, onNavigate }: NavigationProps) {
  const me = useMe()
  return (
    <nav aria-label="Pages">
      {pages
        .filter((page) => hasAnyRole(me, page.roles))
        .map((page) => (
          <NavigationLink key={page.key} page={page} onNavigate={onNavigate} />
        ))}
    </nav>
  )
}
