/** Which lines of a vanished cart could not be brought back, and why, until the shopper dismisses it. */
import { describeLostLine } from '../../lib/cart/lost-lines';
import { $lostLines } from '../../lib/cart/recovery-stores';
import { useStore } from './use-store';

const dismiss = () => $lostLines.set([]);

/** A status region, always present so that lines appearing in it are announced. */
export default function LostLinesNotice() {
  const lost = useStore($lostLines);
  return (
    <div role="status" class="cart-notice-region">
      {lost.length > 0 && (
        <div class="cart-notice">
          <p>
            Your cart had expired, so we made it again, but {lost.length === 1 ? 'this item' : 'these items'}{' '}
            could not be put back:
          </p>
          <ul>
            {lost.map((line, index) => (
              <li key={index}>{describeLostLine(line)}</li>
            ))}
          </ul>
          <button type="button" class="button button--ghost" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
