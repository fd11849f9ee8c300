import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no published brief at this address. <Link href="/">See the latest briefs</Link>.</p>
    </>
  );
}
