"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

const ADMIN_LINKS = [
  { href: "/desk/admin/users", label: "Users" },
  { href: "/desk/admin/audit", label: "Audit log" },
  { href: "/desk/admin/webhooks", label: "Webhooks" },
  { href: "/desk/admin/settings", label: "Settings" },
  { href: "/desk/admin/verdicts", label: "Verdicts" },
];

/** The admin pages behind one "Admin" entry, so the desk's navigation stays on one line; closed again after each page change. */
export function AdminMenu() {
  const pathname = usePathname();
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  const here = pathname.startsWith("/desk/admin");
  return (
    <details ref={menu} className="admin-menu">
      <summary aria-current={here ? "page" : undefined}>Admin</summary>
      <ul>
        {ADMIN_LINKS.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={pathname === l.href ? "page" : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
