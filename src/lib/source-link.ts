/** Fragment of a report line in the source view; a plain anchor, so it works on static hosting. */
export const sourceLineId = (line: number) => `L${line}`
export const sourceLineHref = (line: number) => `#${sourceLineId(line)}`
