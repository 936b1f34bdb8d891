import { describe, expect, it } from 'vitest';
import { formatTable, planRegistration, planRemoval } from '../../src/lib/management/hook-plan';
import type { Hook } from '../../src/lib/management/hooks';
import { registeredScopes } from '../../src/lib/webhooks/scopes';

const HERE = 'https://shop.example.com/api/bigcommerce/webhook';
const SECRET = { 'X-Webhook-Secret': 's' };
let nextId = 1;
const hook = (scope: string, fields: Partial<Hook> = {}): Hook => ({
  id: nextId++,
  scope,
  destination: HERE,
  is_active: true,
  headers: SECRET,
  created_at: 0,
  updated_at: 0,
  ...fields,
});

describe('planRegistration', () => {
  it('creates what is missing, fixes what is inactive or has other headers, and leaves the rest', () => {
    const existing = [
      hook('store/product/updated'),
      hook('store/product/created', { is_active: false }),
      hook('store/product/deleted', { headers: { 'X-Webhook-Secret': 'old' } }),
      hook('store/category/created', { destination: 'https://other.example.com/hook' }),
    ];
    const scopes = [
      'store/product/updated',
      'store/product/created',
      'store/product/deleted',
      'store/category/created',
    ];
    const plan = planRegistration(existing, scopes, HERE, SECRET);
    expect(plan.map((step) => [step.action, 'why' in step ? step.why : ''])).toEqual([
      ['unchanged', ''],
      ['update', 'inactive'],
      ['update', 'headers differ'],
      ['create', ''],
    ]);
  });

  it('plans nothing once every hook is in place', () => {
    const existing = registeredScopes(1).map((scope) => hook(scope));
    const plan = planRegistration(existing, registeredScopes(1), HERE, SECRET);
    expect(plan.every((step) => step.action === 'unchanged')).toBe(true);
  });

  it('removes only this site’s hooks', () => {
    const mine = hook('store/product/updated');
    const theirs = hook('store/product/updated', { destination: 'https://other.example.com/hook' });
    expect(planRemoval([mine, theirs], HERE)).toEqual([{ action: 'delete', hook: mine }]);
  });
});

describe('registeredScopes', () => {
  it('covers the catalog scopes for the configured channel only', () => {
    const scopes = registeredScopes(3);
    expect(scopes).toContain('store/product/updated');
    expect(scopes).toContain('store/sku/inventory/updated');
    expect(scopes).toContain('store/channel/3/product/assigned');
    expect(
      scopes.filter((scope) => scope.includes('/channel/')).every((scope) => scope.includes('/channel/3/')),
    ).toBe(true);
    expect(new Set(scopes).size).toBe(scopes.length);
  });
});

describe('formatTable', () => {
  it('pads each column to its widest cell', () => {
    expect(
      formatTable(
        ['a', 'scope'],
        [
          ['created', 'x'],
          ['-', 'store/product/updated'],
        ],
      ),
    ).toBe(
      [
        'a        scope',
        '-------  ---------------------',
        'created  x',
        '-        store/product/updated',
      ].join('\n'),
    );
  });
});
