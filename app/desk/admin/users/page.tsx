import type { Metadata } from "next";
import { InviteUserForm } from "@/components/users/invite-user-form";
import { UserList } from "@/components/users/user-list";
import { requireActor } from "@/lib/auth/require-actor";
import { listUsers } from "@/lib/users/list-users";
import { changeUserRoleAction } from "./actions/change-user-role";
import { deactivateUserAction } from "./actions/deactivate-user";
import { inviteUserAction } from "./actions/invite-user";
import { issuePasswordResetAction } from "./actions/issue-password-reset";
import { reactivateUserAction } from "./actions/reactivate-user";

export const metadata: Metadata = { title: "Users" };

const actions = {
  changeRole: changeUserRoleAction,
  deactivate: deactivateUserAction,
  reactivate: reactivateUserAction,
  issueReset: issuePasswordResetAction,
};

export default async function UsersPage() {
  const actor = await requireActor({ from: "/desk/admin/users", permission: "users.manage" });
  const users = await listUsers(actor);
  const activeCount = users.filter((user) => user.active).length;
  return (
    <div className="users">
      <h1>Users</h1>
      <section aria-labelledby="invite-heading" className="narrow">
        <h2 id="invite-heading">Invite a user</h2>
        <p className="field-hint">They get no password: you get a one-time link to send them, valid for 72 hours.</p>
        <InviteUserForm action={inviteUserAction} />
      </section>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading">People on the desk</h2>
        <p className="meta">
          {users.length} {users.length === 1 ? "user" : "users"}, {activeCount} active. Deactivated users cannot sign in; their work keeps
          their name.
        </p>
        <UserList users={users} currentUserId={actor.id} actions={actions} />
      </section>
    </div>
  );
}
