/** Text of the server-rendered option list. */
import type { ProductOption } from '../../lib/catalog/schema';

/** What a text or number field asks for, e.g. "A number from 1 to 10". */
export function describeField(option: ProductOption): string {
  if (option.kind === 'text') {
    return option.maxLength ? `Your text (up to ${option.maxLength} characters)` : 'Your text';
  }
  if (option.kind === 'number') {
    const { lowest, highest } = option;
    const kind = option.integerOnly ? 'A whole number' : 'A number';
    if (lowest !== undefined && highest !== undefined) return `${kind} from ${lowest} to ${highest}`;
    if (lowest !== undefined) return `${kind} of at least ${lowest}`;
    if (highest !== undefined) return `${kind} up to ${highest}`;
    return kind;
  }
  return '';
}
