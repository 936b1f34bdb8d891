/** Builders for product options: variant options (swatches, sizes) and modifiers. */
import { hexColorsOf } from './palette';
import type {
  CheckboxRecord,
  MultipleChoiceRecord,
  NumberFieldRecord,
  OptionRecord,
  OptionValueRecord,
  TextFieldRecord,
} from './types';

/** Allocates option and option-value ids; option value ids are unique across the whole store. */
export interface OptionIds {
  option: () => number;
  value: () => number;
}

/** How a multiple-choice option behaves beyond its values. */
export interface ChoiceSettings {
  /** Variant options define variants; the rest are modifiers. Defaults to true. */
  variant?: boolean;
  /** Defaults to true for variant options, false for modifiers. */
  required?: boolean;
  /** Index of the preselected value; `null` for none. Defaults to 0. */
  defaultIndex?: number | null;
  /** Modifier price adjustment per value, in value order (modifiers only). */
  adjustments?: number[];
}

type ChoiceStyle = MultipleChoiceRecord['displayStyle'];

/** A multiple-choice option; swatch values take their colours from the palette. */
export function choiceOption(
  ids: OptionIds,
  displayName: string,
  displayStyle: ChoiceStyle,
  labels: string[],
  settings: ChoiceSettings = {},
): MultipleChoiceRecord {
  const isVariantOption = settings.variant ?? true;
  const defaultIndex = settings.defaultIndex === undefined ? 0 : settings.defaultIndex;
  const entityId = ids.option();
  const values: OptionValueRecord[] = labels.map((label, i) => {
    const value: OptionValueRecord = { entityId: ids.value(), label, isDefault: i === defaultIndex };
    if (displayStyle === 'Swatch') value.hexColors = hexColorsOf(label);
    return value;
  });
  const option: MultipleChoiceRecord = {
    kind: 'MultipleChoice',
    entityId,
    displayName,
    isRequired: settings.required ?? isVariantOption,
    isVariantOption,
    displayStyle,
    values,
  };
  if (settings.adjustments) {
    if (isVariantOption) throw new Error(`Variant option "${displayName}" cannot adjust prices`);
    option.priceAdjustments = Object.fromEntries(
      values.map((value, i) => [value.entityId, settings.adjustments?.[i] ?? 0]),
    );
  }
  return option;
}

/** A checkbox modifier such as "Add gift wrap". */
export function checkboxOption(
  ids: OptionIds,
  displayName: string,
  label: string,
  checkedByDefault = false,
): CheckboxRecord {
  return {
    kind: 'Checkbox',
    entityId: ids.option(),
    displayName,
    isRequired: false,
    label,
    checkedByDefault,
    checkedOptionValueEntityId: ids.value(),
    uncheckedOptionValueEntityId: ids.value(),
  };
}

/** A free-text modifier such as an engraving. */
export function textOption(
  ids: OptionIds,
  displayName: string,
  limits: { minLength?: number; maxLength?: number; defaultValue?: string; required?: boolean } = {},
): TextFieldRecord {
  const { required = false, ...rest } = limits;
  return { kind: 'TextField', entityId: ids.option(), displayName, isRequired: required, ...rest };
}

/** A number modifier such as a cut length in metres. */
export function numberOption(
  ids: OptionIds,
  displayName: string,
  limits: {
    lowest?: number;
    highest?: number;
    defaultValue?: number;
    integerOnly?: boolean;
    required?: boolean;
  } = {},
): NumberFieldRecord {
  const { lowest, highest, required = false, integerOnly = false, ...rest } = limits;
  const limitNumberBy: NumberFieldRecord['limitNumberBy'] =
    lowest !== undefined && highest !== undefined
      ? 'RANGE'
      : lowest !== undefined
        ? 'LOWEST_VALUE'
        : highest !== undefined
          ? 'HIGHEST_VALUE'
          : 'NO_LIMIT';
  const option: NumberFieldRecord = {
    kind: 'NumberField',
    entityId: ids.option(),
    displayName,
    isRequired: required,
    isIntegerOnly: integerOnly,
    limitNumberBy,
    ...rest,
  };
  if (lowest !== undefined) option.lowest = lowest;
  if (highest !== undefined) option.highest = highest;
  return option;
}

/** Option-building methods for anything that can allocate option and value ids. */
export abstract class OptionMaker {
  protected abstract readonly optionIds: OptionIds;

  /** A variant swatch option (or a modifier with `{ variant: false }`) from palette colour names. */
  swatch(displayName: string, colours: string[], settings?: ChoiceSettings): MultipleChoiceRecord {
    return choiceOption(this.optionIds, displayName, 'Swatch', colours, settings);
  }

  /** A multiple-choice option drawn as boxes, a dropdown or radio buttons. */
  choice(
    displayName: string,
    style: 'RectangleBoxList' | 'DropdownList' | 'RadioButtons',
    labels: string[],
    settings?: ChoiceSettings,
  ): MultipleChoiceRecord {
    return choiceOption(this.optionIds, displayName, style, labels, settings);
  }

  /** A checkbox modifier. */
  checkbox(displayName: string, label: string, checkedByDefault = false): OptionRecord {
    return checkboxOption(this.optionIds, displayName, label, checkedByDefault);
  }

  /** A text modifier. */
  text(displayName: string, limits?: Parameters<typeof textOption>[2]): OptionRecord {
    return textOption(this.optionIds, displayName, limits);
  }

  /** A number modifier. */
  number(displayName: string, limits?: Parameters<typeof numberOption>[2]): OptionRecord {
    return numberOption(this.optionIds, displayName, limits);
  }
}
