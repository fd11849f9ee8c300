import Link from "next/link";
import { SignOutButton } from "../auth/sign-out-button";
import { AdminMenu } from "./admin-menu";

export function DeskHeader({ name, isAdmin, unread }: { name: string; isAdmin: boolean; unread: number }) {
  return (
    <header className="desk-header">
      <Link href="/desk" className="site-name">
        Briefdesk desk
      </Link>
      <nav aria-label="Desk">
        <Link href="/desk">Briefs</Link>
        <Link href="/desk/inbox">
          Inbox
          {unread > 0 && (
            <span className="count" aria-label={`${unread} unread`}>
              {" "}
              {unread}
            </span>
          )}
        </Link>
        <Link href="/desk/documents">Documents</Link>
        <Link href="/desk/sources">Sources</Link>
        {isAdmin && <AdminMenu />}
        <Link href="/desk/account">Account</Link>
        <Link href="/">Reader site</Link>
      </nav>
      <p className="signed-in">
        Signed in as <strong>{name}</strong> <SignOutButton />
      </p>
    </header>
  );
}
