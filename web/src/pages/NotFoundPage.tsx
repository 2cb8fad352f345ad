import { Link } from "../router.js";

export function NotFoundPage({ message = "There is no page at this address." }: { message?: string }) {
  return (
    <>
      <h1>Not found</h1>
      <p>{message}</p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </>
  );
}
