/**
 * Stored text shown as typed: the bidirectional controls and the invisible characters (zero width,
 * word joiner, byte order mark) removed, so a title can never reorder or hide what the desk shows
 * (the letters do the same, src/letters/sanitize.ts).
 */
const CONTROLS = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

export const plainText = (s: string | null | undefined): string => (s ?? '').replace(CONTROLS, '');
