/** API store settings → domain settings. */
import { minorUnitDigits } from '../../money';
import { nodesOf, type ApiStoreSettings } from '../api-types';
import { BadCatalogDataError } from '../errors';
import { settingsSchema, type Settings } from '../schema';
import { normaliseImage } from './image';
import { validated } from './validate';

/**
 * The store's default currency. The Storefront schema has no field for it, so it is the currency
 * prices come back in (`pricedIn`, when any product has a price), else the active currency whose
 * exchange rate is 1, else the first active one.
 */
function defaultCurrency(site: ApiStoreSettings['site'], pricedIn: string | undefined): string {
  if (pricedIn) return pricedIn;
  const active = nodesOf(site.currencies).filter((currency) => currency.isActive);
  const code = (active.find((currency) => currency.exchangeRate === 1) ?? active[0])?.code;
  if (!code)
    throw new BadCatalogDataError('store settings', 'currencies', 'the store has no active currency');
  return code;
}

/** The domain settings; `pricedIn` is the currency of the products' prices, when known. */
export function normaliseSettings(reply: ApiStoreSettings, pricedIn: string | undefined): Settings {
  const { site } = reply;
  if (!site.settings) throw new BadCatalogDataError('store settings', 'settings', 'the store returned none');
  const code = defaultCurrency(site, pricedIn);
  const { checkoutUrl } = site.settings.url;
  const { logoV2 } = site.settings;
  const logo =
    logoV2.__typename === 'StoreImageLogo' && normaliseImage(logoV2.image, site.settings.storeName);
  const settings: Settings = {
    storeName: site.settings.storeName,
    storeHash: site.settings.storeHash,
    ...(logo ? { logo } : {}),
    // Decimal places of the minor units amounts are stored in (ISO 4217), not the store's display setting.
    currency: { code, decimalPlaces: minorUnitDigits(code) },
    ...(checkoutUrl ? { checkoutUrl } : {}),
    featuredIds: nodesOf(site.featuredProducts).map((product) => product.entityId),
    newestIds: nodesOf(site.newestProducts).map((product) => product.entityId),
  };
  return validated(settingsSchema, settings, 'store settings');
}
