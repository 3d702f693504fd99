/** Moving around the desk: the way back to the list as last filtered, and a message for the next screen. */
import { navigate } from '../ctx.js';

/** The desk view's query as last applied: "back to the list" returns to it. */
let lastDeskSearch = '';
export const rememberDeskSearch = (search: string) => {
  lastDeskSearch = search;
};

/** A message for the next desk screen (after a case is erased, the list says so). */
let flash: string | null = null;
export const setFlash = (message: string) => {
  flash = message;
};
export function takeFlash(): string | null {
  const m = flash;
  flash = null;
  return m;
}

/** An in-app link (history API). */
export function AppLink(props: { href: string; id?: string; children: preact.ComponentChildren }) {
  return (
    <a
      href={props.href}
      id={props.id}
      onClick={(e) => {
        e.preventDefault();
        navigate(props.href);
      }}
    >
      {props.children}
    </a>
  );
}

export function BackToDesk(props: { label: string }) {
  return (
    <p>
      <AppLink href={`/desk${lastDeskSearch}`}>← {props.label}</AppLink>
    </p>
  );
}
