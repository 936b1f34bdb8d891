/** Dated items (banners, announcements): shown only inside their window, as of the build date. */

/** A dated item's window: from `start` (inclusive) to `end` (exclusive); either end may be open. */
export interface DateWindow {
  start?: Date;
  end?: Date;
}

/** True when `now` falls inside the item's window. */
export function isLive(item: DateWindow, now: Date): boolean {
  const time = now.getTime();
  return (!item.start || item.start.getTime() <= time) && (!item.end || time < item.end.getTime());
}

/** The items live at `now`, in their given order. */
export function liveItems<T extends DateWindow>(items: readonly T[], now: Date): T[] {
  return items.filter((item) => isLive(item, now));
}

/** The build date that decides what is live: `CONTENT_DATE` (an ISO date, for previews and tests) or now. */
export function contentDate(
  env: Record<string, string | undefined>,
  now: () => Date = () => new Date(),
): Date {
  const raw = env.CONTENT_DATE?.trim();
  if (!raw) return now();
  const date = new Date(raw);
  if (Number.isNaN(date.getTime()))
    throw new Error(`CONTENT_DATE: "${raw}" is not a date such as 2026-01-31`);
  return date;
}
