// Denials and negations: a source that says something did not happen, is false, or has no
// evidence behind it disputes any other source that says it did.

// General denial vocabulary; "not" alone is too common to count without a verb after it.
const DENIAL = [
  /\bden(?:y|ies|ied|ying|ial)\b/, /\breject(?:s|ed|ing)?\b/, /\brefut(?:e|es|ed|ing)\b/, /\bdismiss(?:es|ed|ing)?\b/,
  /\bfalse(?:ly)?\b/, /\bfabricat\w+\b/, /\bbaseless\b/, /\bunfounded\b/, /\buntrue\b/, /\bnot true\b/, /\blies\b/,
  /\bno evidence\b/, /\bno (?:civilian )?(?:casualties|victims|deaths)\b/, /\bnothing to do with\b/, /\bhoax\b/, /\bstaged\b/,
  /\b(?:did|does|do|had|has|have|was|were|is|are)(?:n[o’']?t| not) (?:carry|carried|target|targeted|take|took|kill|killed|strike|struck|hit|attack|attacked|involve|involved|use|used|happen|happened|occur|occurred|cause|caused|launch|launched)\b/,
  /\bnever (?:carried|targeted|took|killed|struck|hit|attacked|used|happened|occurred|launched)\b/,
];

/** Denial of one's own involvement: "denied any involvement", "rejected responsibility". */
const SELF_DENIAL = /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disavow\w*)\b(?: \w+){0,3}? (?:involvement|responsibility|role|link|links|connection)\b|\bnothing to do with\b|\bnot (?:involved|responsible)\b/;

/** The denial words a text uses, empty when it makes no denial. */
export function findDenial(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (const re of DENIAL) {
    const m = re.exec(lower);
    if (m) out.push(m[0]);
  }
  return out;
}

/** True when the source denies its own involvement ("denied any involvement in the attack"). */
export function deniesInvolvement(text: string, cue = ''): boolean {
  if (SELF_DENIAL.test(text.toLowerCase())) return true;
  // The cue may carry the verb while the content holds the object: "denied" + "any involvement".
  return /^(?:den(?:y|ies|ied|ying)|reject\w*|disavow\w*)$/i.test(cue.trim()) && /\b(?:involvement|responsibility|role)\b/i.test(text);
}
