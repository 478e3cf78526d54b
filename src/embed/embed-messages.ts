/** The one message an embed sends to its parent page (see README, "Embedding"). */
export const RESIZE_MESSAGE = 'gk-embed:resize'

export type ResizeMessage = { type: typeof RESIZE_MESSAGE; chart: string; height: number }

export function resizeMessage(chart: string, height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE, chart, height: Math.ceil(height) }
}
