import Link from "next/link";

export default function DocumentNotFound() {
  return (
    <>
      <h1>No such document</h1>
      <p>
        This document does not exist, or the address is mistyped. <Link href="/desk/documents">See all documents</Link>.
      </p>
    </>
  );
}
