// Text helpers shared by pages that show article text.

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

/** Splits text into non-empty lines (our paragraphs), keeping their offsets into `text`. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
