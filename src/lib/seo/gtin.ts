/** Which product identifiers structured data may carry as a GTIN. */

/** True for a GTIN-8, -12 (UPC-A), -13 (EAN) or -14 whose GS1 check digit is right. */
export function isValidGtin(digits: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(digits)) return false;
  let sum = 0;
  // Weights 3 and 1 alternate leftwards from the digit before the check digit.
  for (let i = digits.length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
    sum += Number(digits[i]) * weight;
  }
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]);
}

/**
 * The GTIN to publish: the GTIN, else the UPC (a UPC-A is a GTIN-12), the first that is valid once the
 * spaces and hyphens of its printed form are taken out; none when neither is.
 */
export function publishedGtin(item: { gtin?: string; upc?: string }): string | undefined {
  for (const code of [item.gtin, item.upc]) {
    const digits = code?.replace(/[\s-]/g, '');
    if (digits && isValidGtin(digits)) return digits;
  }
  return undefined;
}
