import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { FlushOutcome } from "./brief-session";

/**
 * With unsaved changes, following a link inside the site saves first and then goes;
 * if the save fails, the editor stays (told why) and the next click leaves anyway.
 * Closing or reloading the tab asks the browser's question.
 */
export function useLeaveGuard({
  dirty,
  save,
  onStay,
}: {
  dirty: boolean;
  save: () => Promise<FlushOutcome>;
  onStay: (message: string) => void;
}) {
  const router = useRouter();
  const leaveAnyway = useRef(false);

  useEffect(() => {
    if (!dirty) {
      leaveAnyway.current = false;
      return;
    }
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    const onClick = (event: MouseEvent) => {
      if (leaveAnyway.current || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
      if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      if (url.pathname === window.location.pathname && url.search === window.location.search) return;
      // Before Next's own link handler, which leaves a prevented click alone.
      event.preventDefault();
      void save().then((outcome) => {
        if (outcome.ok) return router.push(url.pathname + url.search + url.hash);
        leaveAnyway.current = true;
        onStay(outcome.message);
      });
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, save, router, onStay]);
}
