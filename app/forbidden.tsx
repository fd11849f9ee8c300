import Link from "next/link";

export default function Forbidden() {
  return (
    <>
      <h1>Not allowed</h1>
      <p>Your account does not have permission to open this page. <Link href="/desk">Back to the desk</Link>.</p>
    </>
  );
}
