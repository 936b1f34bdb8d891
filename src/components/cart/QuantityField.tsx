/** A labelled quantity input with − and + buttons. */

/** Props of the quantity field; `value` is the text typed, so a half-typed number survives re-renders. */
export interface QuantityFieldProps {
  id: string;
  value: string;
  min: number;
  max: number | null;
  error?: string;
  onChange: (value: string) => void;
}

/** Quantity with a stepper; the buttons never disable, so keyboard focus is never dropped. */
export default function QuantityField({ id, value, min, max, error, onChange }: QuantityFieldProps) {
  const current = Number(value) || min;
  const step = (delta: number) => {
    const next = Math.max(min, current + delta);
    onChange(String(max === null ? next : Math.min(max, next)));
  };
  const errorId = `${id}-error`;
  return (
    <div class="picker">
      <label for={id}>Quantity</label>
      <div class="stepper">
        <button type="button" aria-label="Decrease quantity" onClick={() => step(-1)}>
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max ?? undefined}
          step={1}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(event) => onChange(event.currentTarget.value)}
        />
        <button type="button" aria-label="Increase quantity" onClick={() => step(1)}>
          +
        </button>
      </div>
      {error && (
        <p class="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
