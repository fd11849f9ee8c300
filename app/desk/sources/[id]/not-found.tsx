import Link from "next/link";

export default function SourceNotFound() {
  return (
    <>
      <h1>Source not found</h1>
      <p>
        There is no source at this address: it may have been deleted. <Link href="/desk/sources">Back to the sources</Link>.
      </p>
    </>
  );
}
