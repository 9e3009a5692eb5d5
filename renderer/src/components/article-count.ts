/**
 * The count beside the library's heading. The list stops at a limit; when it reaches it, the
 * heading must not pass the limit off as the library's size: it gives the whole count when it is
 * known (no search or source filter narrows the list), and otherwise says these are the first ones.
 */
export function articleCountLabel(listed: number, limit: number, wholeLibrary: number | null): string {
  if (listed < limit) return String(listed);
  return wholeLibrary !== null && wholeLibrary > listed ? `${listed} of ${wholeLibrary}` : `first ${listed}`;
}
