// Text typed in the wrong keyboard layout: ЙЦУКЕН ↔ QWERTY, key by key.

const EN = "`qwertyuiop[]asdfghjkl;'zxcvbnm,.";
const RU = "ёйцукенгшщзхъфывапролджэячсмитьбю";

const toRu = new Map<string, string>();
const toEn = new Map<string, string>();
for (let i = 0; i < EN.length; i++) {
  toRu.set(EN[i] as string, RU[i] as string);
  toEn.set(RU[i] as string, EN[i] as string);
}

/**
 * Re-types `text` as if the other layout had been on. The direction follows the text's letters: Latin text
 * becomes Cyrillic (keys such as `;` and `,` become ж and б), Cyrillic becomes Latin. Other characters stay.
 */
export function switchLayout(text: string): string {
  const lower = text.toLowerCase();
  const latin = (lower.match(/[a-z]/g) ?? []).length;
  const cyrillic = (lower.match(/[а-яё]/g) ?? []).length;
  const map = latin >= cyrillic ? toRu : toEn;
  let out = "";
  for (const ch of lower) out += map.get(ch) ?? ch;
  return out;
}
