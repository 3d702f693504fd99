/**
 * Text from the case file reaches letters only through here: control characters, bidirectional
 * overrides and zero-width characters are removed (they could reorder or hide text), whitespace is
 * folded, and every field has a length limit so a hostile value cannot break the layout.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const BIDI_AND_INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

export function clean(text: string | null | undefined, max = 200): string {
  if (!text) return '';
  const s = text.replace(CONTROL, ' ').replace(BIDI_AND_INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** An account or card reference masked to its last 4 digits or characters: "•••• 1234". */
export function mask(ref: string | null | undefined): string | null {
  const s = clean(ref, 100).replace(/[\s-]/g, '');
  if (!s) return null;
  return `•••• ${s.slice(-4)}`;
}
