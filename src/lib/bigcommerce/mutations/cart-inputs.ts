/** Input shapes shared by the cart mutations, mirroring BigCommerce's input types. */

/** Choice of an option value (multiple choice or checkbox). */
export type CartOptionValueInput = { optionEntityId: number; optionValueEntityId: number };

/** The options chosen for a line; leave out the kinds the product doesn't have. */
export type CartSelectedOptionsInput = {
  multipleChoices?: CartOptionValueInput[];
  checkboxes?: CartOptionValueInput[];
  textFields?: { optionEntityId: number; text: string }[];
  multiLineTextFields?: { optionEntityId: number; text: string }[];
  numberFields?: { optionEntityId: number; number: number }[];
  /** ISO 8601 date-time. */
  dateFields?: { optionEntityId: number; date: string }[];
};

/** One line to put in a cart. */
export type CartLineItemInput = {
  quantity: number;
  productEntityId: number;
  variantEntityId?: number;
  selectedOptions?: CartSelectedOptionsInput;
};
