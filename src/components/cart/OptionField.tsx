/** One option picker, drawn as its `displayStyle` asks (swatches, radio buttons, boxes, a dropdown) or a field. */
import type { PickerOption } from '../../lib/cart/add-to-cart-props';

/** Props of an option picker; `isAvailable` tells which values some buyable variant has. */
export interface OptionFieldProps {
  option: PickerOption;
  value: number | boolean | string | undefined;
  error?: string;
  /** Id of the control, unique on the page; the error's id derives from it. */
  id: string;
  isAvailable: (valueId: number) => boolean;
  onChange: (value: number | boolean | string | undefined) => void;
}

/** A labelled picker with its error message beside it; unavailable values are marked and disabled. */
export default function OptionField({ option, value, error, id, isAvailable, onChange }: OptionFieldProps) {
  const invalid = error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
  const optional = !option.required && <span class="picker__optional"> (optional)</span>;
  const message = error && (
    <p class="field-error" id={`${id}-error`}>
      {error}
    </p>
  );

  if (option.kind === 'checkbox') {
    return (
      <div class="picker picker--checkbox">
        <input
          type="checkbox"
          id={id}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
          {...invalid}
        />
        <label for={id}>
          {option.label}
          {optional}
        </label>
        {message}
      </div>
    );
  }

  if (option.kind === 'choice' && option.style !== 'select') {
    return (
      <fieldset
        class={`picker picker--${option.style}`}
        role="radiogroup"
        aria-labelledby={`${id}-legend`}
        {...invalid}
      >
        <legend id={`${id}-legend`}>
          {option.name}
          {optional}
        </legend>
        <div class="picker__values">
          {option.values.map((choice) => {
            const available = isAvailable(choice.id);
            const swatch = option.style === 'swatch' && choice.swatch;
            return (
              <span key={choice.id} class={`picker__value${available ? '' : ' picker__value--unavailable'}`}>
                <input
                  type="radio"
                  id={`${id}-${choice.id}`}
                  name={id}
                  checked={value === choice.id}
                  disabled={!available}
                  onChange={() => onChange(choice.id)}
                />
                <label for={`${id}-${choice.id}`} title={choice.label}>
                  {swatch && (
                    <span class="picker__swatch" style={{ background: swatch }} aria-hidden="true" />
                  )}
                  <span class={swatch ? 'visually-hidden' : undefined}>{choice.label}</span>
                  {!available && <span class="visually-hidden"> (unavailable)</span>}
                </label>
              </span>
            );
          })}
        </div>
        {message}
      </fieldset>
    );
  }

  return (
    <div class="picker">
      <label for={id}>
        {option.name}
        {optional}
      </label>
      {option.kind === 'choice' ? (
        <select
          id={id}
          value={value === undefined ? '' : String(value)}
          onChange={(e) => onChange(Number(e.currentTarget.value) || undefined)}
          {...invalid}
        >
          <option value="">Choose {option.name.toLowerCase()}</option>
          {option.values.map((choice) => {
            const available = isAvailable(choice.id);
            return (
              <option key={choice.id} value={choice.id} disabled={!available}>
                {choice.label + (available ? '' : ' (unavailable)')}
              </option>
            );
          })}
        </select>
      ) : (
        <input
          id={id}
          type={option.kind}
          value={typeof value === 'string' ? value : ''}
          required={option.required}
          {...(option.kind === 'number'
            ? { min: option.min, max: option.max, step: option.integer ? 1 : 'any' }
            : { maxLength: option.maxLength })}
          onInput={(e) => onChange(e.currentTarget.value)}
          {...invalid}
        />
      )}
      {message}
    </div>
  );
}
