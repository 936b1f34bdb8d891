/** Lines a vanished cart held that the new cart could not take: why, and how to say so. Pure. */
import type { CartFailure } from './failures';
import type { CartLine } from './model';

/** Why the store would not take a remembered line back. */
export type LostReason = 'out-of-stock' | 'gone' | 'options';

/** A line the new cart could not take, as the shopper knew it. */
export interface LostLine {
  name: string;
  options: CartLine['options'];
  reason: LostReason;
}

// The product (or its variant) was deleted, hidden or taken off sale since the line was added.
const GONE = /product .*not found|not available for purchase|does not belong to product|has no price/i;

/** The lost line for `line`, from the store's refusal. */
export function toLostLine(line: CartLine, failure: CartFailure): LostLine {
  const reason = failure.kind === 'stock' ? 'out-of-stock' : GONE.test(failure.message) ? 'gone' : 'options';
  return { name: line.name, options: line.options, reason };
}

const REASONS: Record<LostReason, string> = {
  'out-of-stock': 'out of stock',
  gone: 'no longer sold',
  options: 'no longer sold with these options',
};

/** What the shopper reads about a lost line, e.g. `Speckled Mug (Colour: Oat): out of stock`. */
export function describeLostLine(line: LostLine): string {
  const options = line.options.map((option) => `${option.name}: ${option.value}`).join(', ');
  return `${line.name}${options ? ` (${options})` : ''}: ${REASONS[line.reason]}`;
}

/** Reads stored lost lines back; anything else reads as none. */
export function parseLostLines(text: string | undefined | null): LostLine[] {
  try {
    const value: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(value)
      ? value.filter(
          (line: Partial<LostLine>) =>
            typeof line?.name === 'string' &&
            Array.isArray(line.options) &&
            Object.hasOwn(REASONS, String(line.reason)),
        )
      : [];
  } catch {
    return [];
  }
}
