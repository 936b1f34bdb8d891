/** The currencies the local store offers: USD by default, EUR to pay in, GBP to display only. */
import type { CurrencyRecord } from './types';

/** USD (default, transactional), EUR (transactional, 0.92) and GBP (display-only, 0.79). */
export function storeCurrencies(): CurrencyRecord[] {
  return [
    {
      code: 'USD',
      name: 'US Dollar',
      isActive: true,
      isTransactional: true,
      exchangeRate: 1,
      display: {
        symbol: '$',
        symbolPlacement: 'LEFT',
        decimalToken: '.',
        thousandsToken: ',',
        decimalPlaces: 2,
      },
    },
    {
      code: 'EUR',
      name: 'Euro',
      isActive: true,
      isTransactional: true,
      exchangeRate: 0.92,
      display: {
        symbol: '€',
        symbolPlacement: 'RIGHT',
        decimalToken: ',',
        thousandsToken: '.',
        decimalPlaces: 2,
      },
    },
    {
      code: 'GBP',
      name: 'British Pound',
      isActive: true,
      isTransactional: false,
      exchangeRate: 0.79,
      display: {
        symbol: '£',
        symbolPlacement: 'LEFT',
        decimalToken: '.',
        thousandsToken: ',',
        decimalPlaces: 2,
      },
    },
  ];
}
