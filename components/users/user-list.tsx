import { UserCard, type UserCardActions, type UserCardData } from "./user-card";

/** Everyone on the desk, each with the admin's actions on them. */
export function UserList({ users, currentUserId, actions }: { users: UserCardData[]; currentUserId: string; actions: UserCardActions }) {
  if (users.length === 0) return <p>No users yet.</p>;
  return (
    <ul className="user-list">
      {users.map((user) => (
        <UserCard key={user.id} user={user} isYou={user.id === currentUserId} actions={actions} />
      ))}
    </ul>
  );
}
